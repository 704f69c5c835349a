using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>Atomics.pause ( [ N ] ) (proposal-atomics-microwait): a spin-wait hint to the CPU.</summary>
internal static class AtomicsPause
{
    /// <summary>The most spin iterations one call gives, whatever N asks: a hint must not become a busy sleep.</summary>
    private const int MaxSpin = 1 << 10;

    public static void Define(Realm realm, JsObject atomics) =>
        realm.DefineMethod(atomics, "pause", 0, (_, args) =>
        {
            var n = args.At(0);
            // 1. If N is neither undefined nor an integral Number, throw a TypeError exception.
            if (!n.IsUndefined && !(n.IsNumber && NumberConstructor.IsIntegralNumber(n.Number)))
                throw JsException.TypeError("Atomics.pause: the iteration count must be an integral Number");
            // 2. Signal a spin-wait to the CPU, N times when N is given (bounded).
            Thread.SpinWait(n.IsUndefined ? 1 : (int)Math.Clamp(n.Number, 1, MaxSpin));
            // 3. Return undefined.
            return JsValue.Undefined;
        });
}
