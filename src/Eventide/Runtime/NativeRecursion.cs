using System.Runtime.CompilerServices;

namespace Eventide.Runtime;

/// <summary>
/// Bounds a native recursion that a script controls (a proxy forwarding to a proxy, JSON or join of
/// nested arrays): past node's order of depth, or when the .NET stack runs short, it ends as node's
/// RangeError. The depth bound keeps the failure prompt on the CLI's very large stack.
/// <code>using var _ = NativeRecursion.Enter();</code>
/// </summary>
internal ref struct NativeRecursion
{
    public const int MaxDepth = 10_000;
    [ThreadStatic] private static int t_depth;

    public static NativeRecursion Enter()
    {
        if (t_depth >= MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw JsException.RangeError("Maximum call stack size exceeded");
        t_depth++;
        return default;
    }

    public readonly void Dispose() => t_depth--;
}
