using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Eventide.Runtime;

namespace Eventide.Compiling;

/// <summary>
/// Parsing and compiling recurse on the .NET stack as deep as the source nests. A large source is
/// compiled on a helper thread whose stack bounds that nesting (deeper than V8 allows), so a file of
/// a million `(` fails in a tenth of a second rather than after filling the CLI's 512 MB stack, and
/// an embedder's small stack does not limit big scripts. Running out of stack is node's RangeError.
/// </summary>
internal static class CompileStack
{
    // A source shorter than this cannot nest deep enough to matter on any usable stack.
    private const int InPlaceLength = 16 * 1024;
    private const int HelperStackSize = 16 * 1024 * 1024;

    public static T Run<T>(string source, Func<T> compile)
    {
        if (source.Length < InPlaceLength) return Guarded(compile);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = Guarded(compile); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, HelperStackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static T Guarded<T>(Func<T> compile)
    {
        try { return compile(); }
        catch (InsufficientExecutionStackException) { throw JsException.RangeError("Maximum call stack size exceeded"); }
    }

    /// <summary>Called at each level of the compiler's recursion over the AST.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureSufficient() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
