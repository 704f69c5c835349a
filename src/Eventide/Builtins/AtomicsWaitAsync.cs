using System.Numerics;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 25.4.14 Atomics.waitAsync: an async waiter waits in the process-wide lists of
/// <see cref="AtomicsWaiterLists"/>, woken by any agent's notify or by its timeout. As in node, neither
/// a pending waiter nor its timeout keeps the event loop alive, and a notified waiter's promise is
/// resolved by a task of the poll phase (V8 posts it to the platform), posted across threads when
/// another agent notified it.
/// </summary>
internal static class AtomicsWaitAsync
{
    /// <summary>A waiter record: its engine, promise capability and timeout timer (null: waits forever).</summary>
    private sealed class Waiter(Engine engine, PromiseCapability capability) : AtomicsWaiterLists.Waiter
    {
        public readonly PromiseCapability Capability = capability;
        public HostTimer? Timeout;

        /// <summary>25.4.3.12 EnqueueResolveInAgentJob: resolves with "ok" in a job of its own agent.</summary>
        public override void Wake(Realm notifier)
        {
            if (ReferenceEquals(notifier.Engine, engine))
            {
                if (Timeout is { } timer) engine.Loop.Clear(timer);
                engine.Loop.Defer("Atomics.waitAsync resolution", () => Capability.CallResolve("ok"));
                return;
            }
            // Another agent's thread: the timer and the promise belong to this engine's loop thread.
            engine.Loop.PostFromAgent("Atomics.waitAsync resolution", () =>
            {
                if (Timeout is { } timer) engine.Loop.Clear(timer);
                Capability.CallResolve("ok");
            });
        }
    }

    /// <summary>25.4.3.14 DoWait ( async, typedArray, index, value, timeout )</summary>
    public static JsValue DoWait(Realm realm, JsTypedArray ta, int byteIndexInBuffer, JsValue v, double t)
    {
        var engine = realm.Engine;
        // 16. Let promiseCapability be ! NewPromiseCapability(%Promise%); let resultObject be OrdinaryObjectCreate(%Object.prototype%).
        var resultObject = realm.NewObject();
        var block = ta.Buffer.Data!;
        Waiter waiter;
        lock (AtomicsWaiterLists.CriticalSection)
        {
            // 19. Let w be GetValueFromBuffer(buffer, byteIndexInBuffer, elementType, true, seq-cst).
            var w = ElementTypes.Read(block, byteIndexInBuffer, ta.Type);
            // 20. If v ≠ w, then the result is { async: false, value: "not-equal" }.
            if (!JsValue.SameValue(v, w)) return Result(resultObject, false, "not-equal");
            // 21. If t = 0 and mode is async, then the result is { async: false, value: "timed-out" }.
            if (t == 0) return Result(resultObject, false, "timed-out");
            // 27-28. Let waiterRecord be a new Waiter Record; Perform AddWaiter(WL, waiterRecord).
            waiter = new Waiter(engine, PromiseCapability.ForIntrinsic(realm));
            AtomicsWaiterLists.AddWaiter(block, byteIndexInBuffer, waiter);
        }
        var capability = waiter.Capability;
        // 30. Else if timeoutTime is finite, Perform EnqueueAtomicsWaitAsyncTimeoutJob(WL, waiterRecord).
        if (!double.IsPositiveInfinity(t))
        {
            var onTimeout = new NativeFunction(realm, "", 0, (_, _) =>
            {
                // 25.4.3.13 EnqueueAtomicsWaitAsyncTimeoutJob: if WL.[[Waiters]] contains waiterRecord,
                // set its [[Result]] to "timed-out", RemoveWaiter(WL, waiterRecord), NotifyWaiter.
                bool removed;
                lock (AtomicsWaiterLists.CriticalSection) removed = AtomicsWaiterLists.RemoveWaiter(block, byteIndexInBuffer, waiter);
                if (removed) capability.CallResolve("timed-out");
                return JsValue.Undefined;
            });
            waiter.Timeout = engine.Loop.AddTimer(realm.ObjectPrototype, onTimeout, [], t, repeat: false);
            engine.Loop.SetRef(waiter.Timeout, false);
        }
        // 33-35. The result is { async: true, value: promiseCapability.[[Promise]] }.
        return Result(resultObject, true, capability.Promise);
    }

    private static JsObject Result(JsObject resultObject, bool isAsync, JsValue value)
    {
        resultObject.CreateDataPropertyOrThrow("async", isAsync);
        resultObject.CreateDataPropertyOrThrow("value", value);
        return resultObject;
    }
}
