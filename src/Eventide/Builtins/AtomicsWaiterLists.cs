using System.Diagnostics;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 25.4.3.6 GetWaiterList and the critical section, process-wide: every engine (agent) that views a
/// Shared Data Block (the same byte[]) shares its waiter lists, so a sync wait on one thread is woken
/// by a notify on another, and async waiters of every engine wait in the same lists, in order. The
/// Atomics operations on shared memory run inside the critical section too, so they are atomic
/// with respect to each other across threads.
/// </summary>
internal static class AtomicsWaiterLists
{
    /// <summary>A Waiter Record: woken (with "ok") by <see cref="Notify"/> after its removal.</summary>
    internal abstract class Waiter
    {
        /// <summary>NotifyWaiter: called inside the critical section, on the notifying thread.</summary>
        public abstract void Wake(Realm notifier);
    }

    /// <summary>A blocked Atomics.wait: its thread sleeps on the critical section's monitor.</summary>
    private sealed class SyncWaiter : Waiter
    {
        public bool Notified;

        public override void Wake(Realm notifier)
        {
            Notified = true;
            Monitor.PulseAll(CriticalSection);
        }
    }

    /// <summary>The critical section: EnterCriticalSection(WL) for every list, and the lock of Atomics operations on shared memory.</summary>
    public static readonly object CriticalSection = new();

    private static readonly Dictionary<(byte[] Block, int ByteIndex), List<Waiter>> Lists = new();

    /// <summary>How often a blocked wait looks at its engine's limits (cancellation, time limit, disposal).</summary>
    private const int CheckIntervalMs = 50;

    /// <summary>25.4.3.8 AddWaiter (inside the critical section).</summary>
    public static void AddWaiter(byte[] block, int byteIndex, Waiter waiter)
    {
        if (!Lists.TryGetValue((block, byteIndex), out var list)) Lists[(block, byteIndex)] = list = [];
        list.Add(waiter);
    }

    /// <summary>25.4.3.9 RemoveWaiter (inside the critical section): false when it was already removed (notified).</summary>
    public static bool RemoveWaiter(byte[] block, int byteIndex, Waiter waiter)
    {
        if (!Lists.TryGetValue((block, byteIndex), out var list) || !list.Remove(waiter)) return false;
        if (list.Count == 0) Lists.Remove((block, byteIndex));
        return true;
    }

    /// <summary>25.4.15 Atomics.notify steps 7-13: removes up to <paramref name="count"/> waiters in order and wakes them; how many.</summary>
    public static int Notify(Realm realm, byte[] block, int byteIndex, double count)
    {
        lock (CriticalSection)
        {
            if (!Lists.TryGetValue((block, byteIndex), out var list)) return 0;
            // 9. Let S be RemoveWaiters(WL, c).
            int n = (int)Math.Min(count, list.Count);
            var woken = list.GetRange(0, n);
            list.RemoveRange(0, n);
            if (list.Count == 0) Lists.Remove((block, byteIndex));
            // 10. For each element W of S, perform NotifyWaiter(WL, W).
            foreach (var waiter in woken) waiter.Wake(realm);
            return n;
        }
    }

    /// <summary>
    /// 25.4.3.14 DoWait for a sync wait, from step 19: "not-equal", "ok" or "timed-out". The blocked
    /// thread still ends with its engine (cancellation, time limit, disposal).
    /// </summary>
    public static string WaitSync(Realm realm, JsTypedArray ta, int byteIndex, JsValue v, double t)
    {
        var block = ta.Buffer.Data!;
        var budget = realm.Budget;
        lock (CriticalSection)
        {
            // 19-20. If v ≠ GetValueFromBuffer(...), return "not-equal".
            if (!JsValue.SameValue(v, ElementTypes.Read(block, byteIndex, ta.Type))) return "not-equal";
            var waiter = new SyncWaiter();
            AddWaiter(block, byteIndex, waiter);
            long deadline = double.IsPositiveInfinity(t) ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(t / 1000 * Stopwatch.Frequency);
            try
            {
                // 25.4.3.10 SuspendThisAgent, until notified or timed out.
                while (!waiter.Notified)
                {
                    budget.Check();
                    long left = deadline - Stopwatch.GetTimestamp();
                    if (left <= 0) break;
                    double leftMs = (double)left / Stopwatch.Frequency * 1000;
                    Monitor.Wait(CriticalSection, (int)Math.Ceiling(Math.Min(leftMs, CheckIntervalMs)));
                }
            }
            finally
            {
                if (!waiter.Notified) RemoveWaiter(block, byteIndex, waiter);
            }
            return waiter.Notified ? "ok" : "timed-out";
        }
    }
}
