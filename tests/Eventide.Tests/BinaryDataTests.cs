using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>ArrayBuffer, typed arrays and DataView: the element fast path against the general path, and the host API.</summary>
public class BinaryDataTests
{
    /// <summary>Keyed reads and writes with awkward Number keys print the same with the dispatch loop's fast path on and off (and as node does).</summary>
    [Fact]
    public void ElementFastPathAgreesWithGeneralPath()
    {
        const string source = """
            const keys = [0, -0, 1, 1.5, -1, 3, 4, NaN, Infinity, 2 ** 32, '1', '-0', '01'];
            for (const T of [Uint8Array, Int16Array, Float32Array, Uint8ClampedArray]) {
              const a = new T([10, 20, 30, 40]);
              const out = [];
              for (const k of keys) { a[k] = 7; out.push(a[k]); }
              for (const k of keys) { a[k] += 1; out.push(a[k]); }
              a[2] = 'x'; a[3] = { valueOf: () => 300 };
              console.log(T.name, out.join(), a.join(), Object.keys(a).join());
            }
            const b = new BigInt64Array(2); b[0] = 5n; b[1] -= 2n; console.log(b.join());
            const buf = new ArrayBuffer(4, { maxByteLength: 8 }); const t = new Uint8Array(buf); t[3] = 9; buf.resize(2);
            let s = 0; for (let i = 0; i < 4; i++) s += t[i] === undefined ? 1 : 0; t[3] = 1; buf.resize(4); console.log(s, t[3]);
            """;
        const string expected = """
            Uint8Array 7,7,7,,,7,,,,,7,,7,8,9,8,,,8,,,,,9,,8 9,9,0,44 0,1,2,3,01
            Int16Array 7,7,7,,,7,,,,,7,,7,8,9,8,,,8,,,,,9,,8 9,9,0,300 0,1,2,3,01
            Float32Array 7,7,7,,,7,,,,,7,,7,8,9,8,,,8,,,,,9,,8 9,9,NaN,300 0,1,2,3,01
            Uint8ClampedArray 7,7,7,,,7,,,,,7,,7,8,9,8,,,8,,,,,9,,8 9,9,0,255 0,1,2,3,01
            5,-2
            2 0

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), JsRunner.Run(source));
        Assert.Equal(expected.ReplaceLineEndings("\n"), JsRunner.Run(source, fastLoop: false));
    }

    [Fact]
    public void HostsShareBytesWithScripts()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var bytes = engine.Realm.NewTypedArray(ElementType.Uint8, [1, 2, 3]);
        engine.Realm.GlobalObject.Set("bytes", bytes);
        Assert.Equal("1,2,3|6", engine.Execute("bytes[0] = 1; bytes.join() + '|' + bytes.reduce((a, b) => a + b)", "test.js").String);
        engine.Execute("bytes[2] = 255", "test.js");
        Assert.Equal(255, bytes.Buffer.Bytes[2]);
        bytes.Buffer.Detach();
        Assert.Equal("0,undefined", engine.Execute("bytes.length + ',' + bytes[0]", "test.js").String);
    }

    [Theory]
    [InlineData("new Uint8Array(-1)", "RangeError: Invalid typed array length: -1")]
    [InlineData("new Int32Array(new ArrayBuffer(6))", "RangeError: byte length of Int32Array should be a multiple of 4")]
    [InlineData("new DataView(new ArrayBuffer(2)).getUint16(1)", "RangeError: Offset is outside the bounds of the DataView")]
    [InlineData("const b = new ArrayBuffer(2); const a = new Uint8Array(b); b.transfer(); a.map(x => x)", "TypeError: Cannot perform %TypedArray%.prototype.map on a detached ArrayBuffer")]
    [InlineData("Uint8Array.fromBase64('@')", "SyntaxError: Invalid base64 character")]
    [InlineData("Atomics.wait(new Int32Array(4), 0, 0, 0)", "TypeError: [object Int32Array] is not a shared typed array.")]
    public void ErrorsAsV8WordsThem(string source, string expected) => Assert.Equal(expected, JsRunner.Throws(source));

    [Theory]
    [InlineData("new Uint8Array([72, 105, 255]).toBase64()", "SGn/")]
    [InlineData("new Uint8Array([72, 105, 255]).toBase64({ alphabet: 'base64url', omitPadding: true })", "SGn_")]
    [InlineData("Uint8Array.fromBase64('SGk=').join()", "72,105")]
    [InlineData("new Uint8Array([1, 171]).toHex() + Uint8Array.fromHex('0aFF').join()", "01ab10,255")]
    [InlineData("const t = new Uint8Array(4); const r = t.setFromBase64('AQID BA=='); `${r.read},${r.written},${t}`", "9,4,1,2,3,4")]
    [InlineData("const b = new ArrayBuffer(3); const c = b.transfer(5); `${b.detached},${c.byteLength},${b.byteLength}`", "true,5,0")]
    [InlineData("String(new Float16Array([1.1, 65520, 1e-8]))", "1.099609375,Infinity,0")]
    [InlineData("Math.f16round(1.337)", "1.3369140625")]
    public void NewerApisWork(string source, string expected) => Assert.Equal(expected, Operations.ToString(JsRunner.Eval(source)));

    /// <summary>
    /// ta.length in the dispatch loop stands for %TypedArray%.prototype's getter only while the realm knows nothing
    /// redefined or deleted it: each way of changing it, in a fresh realm after the loop has read the length, shows
    /// at once (the reads before and after, with the fast loop and without).
    /// </summary>
    [Theory]
    [InlineData("Object.defineProperty(TA, 'length', { get() { return 2; } })", "6,2")]
    [InlineData("Reflect.defineProperty(TA, 'length', { get() { return 3; } })", "6,3")]
    [InlineData("TA.__defineGetter__('length', function () { return 4; })", "6,4")]
    [InlineData("delete TA.length", "6,0")]
    [InlineData("Object.defineProperty(TA, 'length', { value: 5 })", "6,5")]
    [InlineData("Object.defineProperties(TA, { length: { get: () => 1 } })", "6,1")]
    [InlineData("Object.freeze(TA)", "6,6")]
    [InlineData("Object.defineProperty(TA, 'byteLength', { get() { return 2; } })", "6,6")]
    public void TypedArrayLengthChangesShowInTheLoop(string change, string expected)
    {
        string source = $$"""
            const TA = Object.getPrototypeOf(Uint8Array.prototype);
            function count(t) { let n = 0; for (let i = 0; i < t.length && i < 10; i++) n++; return n; }
            const t = new Uint16Array(6);
            const before = count(t);
            {{change}};
            console.log(`${before},${count(t)}`);
            """;
        foreach (bool fastLoop in new[] { true, false })
            Assert.Equal(expected + "\n", JsRunner.Run(source, fastLoop: fastLoop));
    }

    /// <summary>
    /// Writes to a typed array over an immutable buffer fail on the dispatch loop's fast path as on the
    /// general path: TypeError in strict code, nothing in sloppy code, and no conversion runs.
    /// </summary>
    [Fact]
    public void ImmutableBufferWritesFailOnBothPaths()
    {
        const string source = """
            const t = new Uint8Array(new Uint8Array([1, 2]).buffer.transferToImmutable());
            let converted = false;
            t[0] = 9; t[1] = { valueOf() { converted = true; return 5; } };
            let strict; try { (() => { 'use strict'; t[0] = 7; })(); } catch (e) { strict = e.constructor.name; }
            console.log(t.join(), converted, strict, t.buffer.immutable, Object.isFrozen(Object.freeze(t)));
            """;
        foreach (bool fastLoop in new[] { true, false })
            Assert.Equal("1,2 false TypeError true true\n", JsRunner.Run(source, fastLoop: fastLoop));
    }

    /// <summary>node's APIs that write into a view's bytes from .NET (Buffer write/copy/swap, TextEncoder.encodeInto)
    /// refuse an immutable buffer as the view's own methods do, and leave its bytes alone.</summary>
    [Fact]
    public void NodeApisDoNotWriteIntoImmutableBuffers()
    {
        const string source = """
            const ab = new Uint8Array([1, 2, 3, 4]).buffer.transferToImmutable();
            const b = Buffer.from(ab);
            const tries = [() => b.write('hi'), () => Buffer.from('zz').copy(b), () => b.swap16(), () => new TextEncoder().encodeInto('x', new Uint8Array(ab))];
            console.log(tries.map(f => { try { f(); return 'wrote'; } catch (e) { return e.constructor.name; } }).join(), [...b].join());
            """;
        Assert.Equal("TypeError,TypeError,TypeError,TypeError 1,2,3,4\n", JsRunner.Run(source));
    }

    /// <summary>Two engines on two threads share a SharedArrayBuffer's block: a sync Atomics.wait in one is woken by Atomics.notify in the other.</summary>
    [Fact]
    public void AtomicsWaitIsWokenByAnotherEngine()
    {
        using var main = new Engine();
        var sab = (JsArrayBuffer)main.Evaluate("globalThis.i32 = new Int32Array(new SharedArrayBuffer(8)); i32.buffer").Object;
        string? result = null;
        var waiter = new Thread(() =>
        {
            using var agent = new Engine();
            var shared = new JsArrayBuffer(agent.Realm.SharedArrayBufferPrototype, sab.Data!, shared: true);
            agent.SetValue("sab", shared);
            result = Operations.ToString(agent.Evaluate("Atomics.wait(new Int32Array(sab), 1, 0, 10000)"));
        });
        waiter.Start();
        // Notify once the waiter is in the list (notify counts the waiters it woke).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (main.Evaluate("Atomics.notify(i32, 1)").Number == 0 && DateTime.UtcNow < deadline) Thread.Sleep(5);
        Assert.True(waiter.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal("ok", result);
    }
}
