using Eventide.Host;
namespace Eventide;

/// <summary>Limits and switches of one engine instance.</summary>
public sealed class EngineOptions
{
    /// <summary>
    /// The runtime scripts run in beyond the sandbox (ECMAScript's globals and console): null, the
    /// default, gives them nothing of the host; <c>new NodeRuntime { Grants = ... }</c> adds node's
    /// globals, modules and the host resources it grants (Eventide.Node).
    /// </summary>
    public RuntimeProfile? Runtime { get; set; }
    /// <summary>Maximum JavaScript call depth before "RangeError: Maximum call stack size exceeded".</summary>
    public int MaxCallDepth { get; set; } = 10_000;
    /// <summary>What a rejection still unhandled after a microtask checkpoint does (node's --unhandled-rejections).</summary>
    public UnhandledRejectionMode UnhandledRejections { get; set; } = UnhandledRejectionMode.Throw;
    /// <summary>Where to write the event loop's timeline (eventide --trace); null: none.</summary>
    public TextWriter? Timeline { get; set; }
    /// <summary>Where to keep the event loop's run for a picture (eventide --trace=FILE.html); null: nowhere.</summary>
    internal TimelineRecording? TimelineRecording { get; set; }
    /// <summary>Run timers in order without real waiting.</summary>
    public bool VirtualTime { get; set; }
    /// <summary>
    /// Make runs reproducible (null: off): virtual time, Date and performance.now() from a fixed
    /// instant moving with the virtual clock, Math.random and crypto's random bytes seeded
    /// (eventide --deterministic[=SEED]).
    /// </summary>
    public DeterministicOptions? Deterministic { get; set; }
    /// <summary>Where console.log writes (stdout by default).</summary>
    public TextWriter? Stdout { get; set; }
    /// <summary>Where console.error/warn write (stderr by default).</summary>
    public TextWriter? Stderr { get; set; }
    /// <summary>
    /// Stop running scripts this long after the engine was created (null: no limit); throws
    /// ExecutionCancelledException. The time counts from the engine's creation, over all its
    /// calls: once it has run out the engine runs nothing more. For a limit that counts from each
    /// call (and leaves the engine usable), pass <see cref="ExecutionLimits"/> to the call.
    /// </summary>
    public TimeSpan? TimeLimit { get; set; }
    /// <summary>
    /// The engine's fuel over its whole life (null: unlimited): a deterministic count of calls,
    /// loop iterations and builtin steps (see <see cref="ExecutionLimits.Fuel"/>); throws
    /// FuelExhaustedException, which scripts cannot catch.
    /// </summary>
    public long? Fuel { get; set; }
    /// <summary>
    /// Stop running scripts once the managed heap exceeds this many bytes (null: no limit); throws
    /// MemoryLimitExceededException, which scripts cannot catch. Checked on calls, loop back
    /// edges and builtin steps every few hundred of them against GC.GetTotalMemory, which counts
    /// the whole process (with several engines in one process, the limit bounds them together);
    /// a large allocation (a dense array, a buffer, a long string) is checked before it happens.
    /// </summary>
    public long? MemoryLimit { get; set; }
    /// <summary>
    /// Run the common cases of hot instructions in the interpreter's fast loop (the default). Off,
    /// every instruction takes the general path: slower, for checking that both agree
    /// (eventide --no-fast-loop or EVENTIDE_FAST_LOOP=0).
    /// </summary>
    public bool FastLoop { get; set; } = true;
    /// <summary>
    /// Where <see cref="Engine.Import"/> and the imports of its modules find ES modules (null: the host
    /// imports none). The CLI's entry file and its imports use node's file resolution instead.
    /// </summary>
    public IModuleSource? ModuleSource { get; set; }
    /// <summary>
    /// Show scripts the .NET type of exceptions thrown by host functions: the JS Error's message
    /// becomes "System.InvalidOperationException: message" instead of the message alone. Off by
    /// default, so scripts learn nothing of the host's implementation.
    /// </summary>
    public bool ExposeHostExceptionDetails { get; set; }
    /// <summary>Cooperative cancellation, checked on backward jumps, calls and in long-running builtins.</summary>
    public CancellationToken CancellationToken { get; set; }
}

/// <summary>node's --unhandled-rejections modes that Eventide supports.</summary>
public enum UnhandledRejectionMode
{
    /// <summary>node's default: raise it as an uncaught error (stderr report, exit code 1).</summary>
    Throw,
    /// <summary>Ignore it (test262's harness reports failures itself).</summary>
    None,
    /// <summary>node's strict: raise it as an uncaught exception even when 'unhandledRejection' has listeners.</summary>
    Strict,
    /// <summary>node's warn: emit 'unhandledRejection', then always print a warning; the run goes on.</summary>
    Warn,
    /// <summary>node's none: nothing printed, but 'unhandledRejection' listeners still hear of it (and a late handler warns).</summary>
    Silent,
    /// <summary>node's warn-with-error-code: emit 'unhandledRejection', or without listeners warn and set exit code 1.</summary>
    WarnWithErrorCode,
}
