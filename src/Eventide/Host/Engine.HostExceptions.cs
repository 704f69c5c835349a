using System.Runtime.CompilerServices;
using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Vm;

using Eventide.Host;

namespace Eventide;

/// <summary>
/// How .NET exceptions thrown by host code (functions given to <see cref="SetValue(string, Func{JsValue[], JsValue})"/>
/// or <see cref="FromClr"/>, host async functions whose Task faults) reach scripts, and come back
/// to the host. One mapping, <see cref="ScriptErrorFor"/>, for calls and tasks alike:
/// <list type="bullet">
/// <item>a <see cref="JsException"/> is thrown as its JS value;</item>
/// <item>an <see cref="OperationCanceledException"/> (a cancelled task) as a DOMException named AbortError;</item>
/// <item>any other exception as a JS <c>Error</c> whose message is the exception's message, with
/// nothing of its .NET type or stack (unless <see cref="EngineOptions.ExposeHostExceptionDetails"/>
/// prefixes the type's name);</item>
/// <item>the limits' exceptions (<see cref="ExecutionCancelledException"/>, <see cref="UncatchableException"/>)
/// pass through untouched: scripts cannot catch them.</item>
/// </list>
/// When such an Error leaves the engine uncaught (or rejects a promise the host awaits), the
/// <see cref="JsException"/> the host gets has the original exception as its InnerException.
/// </summary>
public sealed partial class Engine
{
    /// <summary>The .NET exception behind each Error made for one, for the host to get back.</summary>
    private readonly ConditionalWeakTable<JsObject, Exception> _hostExceptions = new();

    /// <summary>What a script sees for a host exception (see the class summary).</summary>
    internal JsValue ScriptErrorFor(Exception exception)
    {
        if (exception is JsException js) return js.GetValue(Realm);
        if (exception is OperationCanceledException) return AbortError();
        string message = Options.ExposeHostExceptionDetails ? $"{exception.GetType().FullName}: {exception.Message}" : exception.Message;
        var error = Realm.CreateError(ErrorKind.Error, message);
        _hostExceptions.AddOrUpdate(error, exception);
        return error;
    }

    /// <summary>The exception a host sees for a JS throw or rejection: with the .NET exception behind it, when a host exception caused it.</summary>
    internal JsException HostExceptionFor(JsValue thrown, bool throwSiteRecorded = false) =>
        thrown.AsObject is { } o && _hostExceptions.TryGetValue(o, out var inner)
            ? new JsException(thrown, inner) { ThrowSiteRecorded = throwSiteRecorded }
            : new JsException(thrown) { ThrowSiteRecorded = throwSiteRecorded };

    /// <summary>A host function as a JS function: its .NET exceptions are thrown to the script as <see cref="ScriptErrorFor"/> says.</summary>
    private NativeFunction HostFunction(string name, Func<JsValue[], JsValue> function) =>
        new(Realm, name, 0, (_, args) =>
        {
            try { return function(args.ToArray()); }
            catch (Exception e) when (e is not (JsException or ExecutionCancelledException or UncatchableException))
            {
                throw new JsException(ScriptErrorFor(e), e);
            }
        });
}
