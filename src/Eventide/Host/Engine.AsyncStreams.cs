using System.Runtime.CompilerServices;
using Eventide.Runtime;
using Eventide.Vm;
using Eventide.Host;

namespace Eventide;

/// <summary>Async streams both ways: IAsyncEnumerable as JS async iterables, JS async iterables as IAsyncEnumerable.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// An async iterable object for a .NET async sequence: <c>for await</c> walks it, each
    /// <c>[Symbol.asyncIterator]()</c> starts a new enumeration, items are converted by
    /// <see cref="FromClr"/>, and <c>return()</c> (what <c>break</c> calls) or the end of the
    /// sequence disposes the enumerator. MoveNextAsync runs as a host task through the event loop.
    /// </summary>
    public JsValue FromAsyncEnumerable<T>(IAsyncEnumerable<T> source)
    {
        using var entry = Enter();
        var iterable = Realm.NewObject();
        iterable.FastSet(WellKnownSymbols.AsyncIterator,
            new NativeFunction(Realm, "[Symbol.asyncIterator]", 0, (_, _) => new HostAsyncIterator<T>(this, source.GetAsyncEnumerator(CancellationToken)).Iterator),
            PropertyFlags.Hidden);
        return iterable;
    }

    /// <summary>Defines a global async iterable over a .NET async sequence (see <see cref="FromAsyncEnumerable{T}"/>).</summary>
    public Engine SetValue<T>(string name, IAsyncEnumerable<T> source) => SetValue(name, FromAsyncEnumerable(source));

    /// <summary>One enumeration of a .NET async sequence as a JS async iterator: next() and return(), one MoveNextAsync at a time.</summary>
    private sealed class HostAsyncIterator<T>
    {
        private readonly Engine _engine;
        private readonly IAsyncEnumerator<T> _enumerator;
        /// <summary>The last step: each waits for the one before (an enumerator takes one MoveNextAsync at a time).</summary>
        private Task _previous = Task.CompletedTask;
        private bool _finished;

        public JsObject Iterator { get; }

        public HostAsyncIterator(Engine engine, IAsyncEnumerator<T> enumerator)
        {
            _engine = engine;
            _enumerator = enumerator;
            var realm = engine.Realm;
            Iterator = new JsObject(realm.AsyncIteratorPrototype);
            Iterator.FastSet("next", new NativeFunction(realm, "next", 1, (_, _) => Step(NextAsync)), PropertyFlags.Hidden);
            Iterator.FastSet("return", new NativeFunction(realm, "return", 1, (_, args) =>
            {
                var value = args.Length > 0 ? args[0] : JsValue.Undefined;
                return Step(async () => { await FinishAsync().ConfigureAwait(false); return (false, default(T)!); }, value);
            }), PropertyFlags.Hidden);
        }

        /// <summary>Runs <paramref name="step"/> after the previous one, as a host task whose result becomes an iterator result.</summary>
        private JsValue Step(Func<Task<(bool HasValue, T Item)>> step, JsValue returned = default)
        {
            var previous = _previous;
            var task = Chain(previous, step);
            _previous = task;
            return _engine.StartHostTask(task, r => Interpreter.CreateIterResult(_engine.Realm, r.HasValue ? _engine.FromClr(r.Item) : returned, !r.HasValue));
        }

        private static async Task<(bool HasValue, T Item)> Chain(Task previous, Func<Task<(bool HasValue, T Item)>> step)
        {
            try { await previous.ConfigureAwait(false); } catch { /* the step before reported its own failure */ }
            return await step().ConfigureAwait(false);
        }

        private async Task<(bool, T)> NextAsync()
        {
            if (_finished) return (false, default!);
            try
            {
                if (await _enumerator.MoveNextAsync().ConfigureAwait(false)) return (true, _enumerator.Current);
            }
            catch
            {
                await FinishAsync().ConfigureAwait(false);
                throw;
            }
            await FinishAsync().ConfigureAwait(false);
            return (false, default!);
        }

        private async Task FinishAsync()
        {
            if (_finished) return;
            _finished = true;
            await _enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A JS async iterable (an async generator, or any object with <c>[Symbol.asyncIterator]</c>
    /// or, failing that, <c>[Symbol.iterator]</c>) as a .NET async sequence for <c>await foreach</c>.
    /// Each step calls the iterator's next() and drives the event loop until its promise settles;
    /// leaving early (break, disposal, or the enumerator's <see cref="CancellationToken"/>) calls
    /// its return(). A rejection or throw surfaces as a <see cref="JsException"/>.
    /// </summary>
    public async IAsyncEnumerable<JsValue> ToAsyncEnumerable(JsValue iterable, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        JsValue iterator, next;
        using (Enter())
        {
            var method = Operations.GetMethod(iterable, WellKnownSymbols.AsyncIterator) ?? Operations.GetMethod(iterable, WellKnownSymbols.Iterator)
                ?? throw new JsException(Realm.CreateError(ErrorKind.TypeError, $"{Operations.ToDisplay(iterable)} is not async iterable"));
            iterator = method.Call(iterable, []);
            if (!iterator.IsObject) throw new JsException(Realm.CreateError(ErrorKind.TypeError, "Result of the Symbol.asyncIterator method is not an object"));
            next = iterator.AsObject!.Get("next");
        }
        bool finished = false;
        try
        {
            while (true)
            {
                JsValue value;
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    JsValue step;
                    using (Enter()) step = Operations.Call(next, iterator, []);
                    var result = await SettleAsync(step, cancellationToken).ConfigureAwait(false);
                    using (Enter())
                    {
                        if (result.AsObject is not { } resultObject) throw new JsException(Realm.CreateError(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object"));
                        finished = Vm.Interpreter.IteratorComplete(Realm, resultObject);
                        value = Vm.Interpreter.IteratorValue(Realm, resultObject);
                    }
                }
                catch (JsException)
                {
                    finished = true; // a throwing iterator is done: return() is not called (7.4.6 IteratorClose is for early exits)
                    throw;
                }
                if (finished) yield break;
                yield return value;
            }
        }
        finally
        {
            if (!finished) await CloseIteratorAsync(iterator).ConfigureAwait(false);
        }
    }

    /// <summary>Calls an iterator's return() (if it has one) and waits for it to settle.</summary>
    private async Task CloseIteratorAsync(JsValue iterator)
    {
        JsValue closing;
        using (Enter())
        {
            if (Operations.GetMethod(iterator, "return") is not { } returnMethod) return;
            closing = returnMethod.Call(iterator, []);
        }
        await SettleAsync(closing, default).ConfigureAwait(false);
    }
}
