using System.Numerics;
using System.Runtime.CompilerServices;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 25.4.14 Atomics.waitAsync and the waiter lists Atomics.notify wakes, for the one agent an engine
/// is: only this agent can change a location, so an async waiter is woken by this agent's notify or
/// by its timeout. As in node, neither a pending waiter nor its timeout keeps the event loop alive,
/// and a notified waiter's promise is resolved by a task of the poll phase (V8 posts it to the platform).
/// </summary>
internal static class AtomicsWaitAsync
{
    /// <summary>A waiter record: its promise capability and its timeout timer (null: waits forever).</summary>
    private sealed class Waiter(PromiseCapability capability)
    {
        public readonly PromiseCapability Capability = capability;
        public HostTimer? Timeout;
    }

    /// <summary>25.4.3.6 GetWaiterList: the waiters of each (block, byte index), per engine.</summary>
    private sealed class WaiterLists
    {
        public readonly Dictionary<(byte[] Block, int ByteIndex), List<Waiter>> Lists = new();
    }

    private static readonly ConditionalWeakTable<Engine, WaiterLists> ByEngine = new();

    private static List<Waiter> GetWaiterList(Engine engine, byte[] block, int byteIndex)
    {
        var lists = ByEngine.GetValue(engine, _ => new WaiterLists()).Lists;
        if (!lists.TryGetValue((block, byteIndex), out var list)) lists[(block, byteIndex)] = list = new();
        return list;
    }

    /// <summary>25.4.3.14 DoWait ( async, typedArray, index, value, timeout )</summary>
    public static JsValue DoWait(Realm realm, JsTypedArray ta, int byteIndexInBuffer, JsValue v, double t)
    {
        var engine = realm.Engine;
        // 16. Let promiseCapability be ! NewPromiseCapability(%Promise%); let resultObject be OrdinaryObjectCreate(%Object.prototype%).
        var resultObject = realm.NewObject();
        // 19. Let w be GetValueFromBuffer(buffer, byteIndexInBuffer, elementType, true, seq-cst).
        var block = ta.Buffer.Data!;
        var w = ElementTypes.Read(block, byteIndexInBuffer, ta.Type);
        // 20. If v ≠ w, then the result is { async: false, value: "not-equal" }.
        if (!JsValue.SameValue(v, w)) return Result(resultObject, false, "not-equal");
        // 21. If t = 0 and mode is async, then the result is { async: false, value: "timed-out" }.
        if (t == 0) return Result(resultObject, false, "timed-out");
        var capability = PromiseCapability.ForIntrinsic(realm);
        // 27-28. Let waiterRecord be a new Waiter Record; Perform AddWaiter(WL, waiterRecord).
        var list = GetWaiterList(engine, block, byteIndexInBuffer);
        var waiter = new Waiter(capability);
        list.Add(waiter);
        // 30. Else if timeoutTime is finite, Perform EnqueueAtomicsWaitAsyncTimeoutJob(WL, waiterRecord).
        if (!double.IsPositiveInfinity(t))
        {
            var onTimeout = new NativeFunction(realm, "", 0, (_, _) =>
            {
                // 25.4.3.13 EnqueueAtomicsWaitAsyncTimeoutJob: if WL.[[Waiters]] contains waiterRecord,
                // set its [[Result]] to "timed-out", RemoveWaiter(WL, waiterRecord), NotifyWaiter.
                if (list.Remove(waiter)) capability.CallResolve("timed-out");
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

    /// <summary>25.4.15 Atomics.notify steps 7-13: wakes up to <paramref name="count"/> waiters in order; how many it woke.</summary>
    public static int Notify(Realm realm, byte[] block, int byteIndexInBuffer, double count)
    {
        var engine = realm.Engine;
        if (!ByEngine.TryGetValue(engine, out var lists) || !lists.Lists.TryGetValue((block, byteIndexInBuffer), out var list)) return 0;
        // 9. Let S be RemoveWaiters(WL, c).
        int n = (int)Math.Min(count, list.Count);
        var woken = list.GetRange(0, n);
        list.RemoveRange(0, n);
        if (list.Count == 0) lists.Lists.Remove((block, byteIndexInBuffer));
        // 10. For each element W of S, Perform NotifyWaiter(WL, W): 25.4.3.12 EnqueueResolveInAgentJob
        // resolves its promise with "ok" in a job of its own (a poll-phase task, as node runs V8's).
        foreach (var waiter in woken)
        {
            if (waiter.Timeout is { } timer) engine.Loop.Clear(timer);
            engine.Loop.Defer("Atomics.waitAsync resolution", () => waiter.Capability.CallResolve("ok"));
        }
        // 13. Return 𝔽(n).
        return n;
    }
}
