namespace Eventide.Tests;

/// <summary>
/// Array.fromAsync (23.1.2.2). node 20 has no Array.fromAsync, so the expected orders come from node 20
/// running a model of the spec's closure as an async function (each spec Await one await, the
/// iterator loop a for await, which also performs AsyncIteratorClose on a throw), against the same
/// chain of logged microtasks.
/// </summary>
public class ArrayFromAsyncTests
{
    [Fact]
    public void AwaitsInterleaveWithOtherMicrotasksAsTheSpecOrdersThem()
    {
        const string source = """
            const log = [];
            let p = Promise.resolve();
            for (let i = 1; i <= 12; i++) p = p.then(() => log.push('t' + i));
            Array.fromAsync([1, Promise.resolve(2), 3]).then(a => log.push('sync:' + a.join()));
            Array.fromAsync({ length: 2, 0: 'x', 1: Promise.resolve('y') }).then(a => log.push('arraylike:' + a.join()));
            async function* agen() { yield 'a'; yield 'b'; }
            Array.fromAsync(agen(), async (v, i) => v + i).then(a => log.push('async+map:' + a.join()));
            Array.fromAsync([1, 2], v => { if (v === 2) throw new Error('boom'); return v; }).catch(e => log.push('rejected:' + e.message));
            setTimeout(() => console.log(log.join(' ')), 0);
            """;
        Assert.Equal("t1 t2 t3 arraylike:x,y t4 t5 t6 t7 rejected:boom t8 async+map:a0,b1 t9 sync:1,2,3 t10 t11 t12\n", JsRunner.Run(source));
    }

    [Fact]
    public void AThrowingMapperClosesTheIteratorAndAwaitsReturnBeforeRejecting()
    {
        const string source = """
            const log = [];
            let p = Promise.resolve();
            for (let i = 1; i <= 8; i++) p = p.then(() => log.push('t' + i));
            const source = {
              i: 0,
              [Symbol.asyncIterator]() { return this; },
              next() { log.push('next'); return Promise.resolve({ value: this.i++, done: false }); },
              return() { log.push('return'); return Promise.resolve({ done: true }); },
            };
            Array.fromAsync(source, v => { if (v === 1) throw new Error('mapper failed'); return v; })
              .catch(e => log.push('rejected:' + e.message));
            Array.fromAsync(null).catch(e => log.push(e.constructor.name));
            Array.fromAsync([1], 'nope').catch(e => log.push(e.constructor.name));
            class Box { constructor(...a) { log.push('Box(' + a.length + ')'); } }
            Array.fromAsync.call(Box, { length: 1, 0: 'v' }).then(b => log.push(`${b instanceof Box} ${b.length} ${b[0]}`));
            setTimeout(() => console.log(log.join(' ')), 0);
            """;
        Assert.Equal("next Box(1) t1 TypeError TypeError t2 next true 1 v t3 return t4 t5 rejected:mapper failed t6 t7 t8\n", JsRunner.Run(source));
    }
}
