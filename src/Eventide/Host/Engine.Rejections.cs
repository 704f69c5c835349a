using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>node's --unhandled-rejections modes other than the default "throw".</summary>
public sealed partial class Engine
{
    /// <summary>Rejections reported as warnings, by node's rejection id (for the handled-late warning).</summary>
    private Dictionary<JsPromise, int>? _warnedRejections;
    private int _lastRejectionId;

    private const string UnhandledWarningText = "Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, " +
        "or by rejecting a promise which was not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag " +
        "`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode).";

    /// <summary>One unhandled rejection in strict, warn or warn-with-error-code mode, as node reports it.</summary>
    private void ReportUnhandledRejection(JsPromise promise)
    {
        var reason = promise.Result;
        int id = ++_lastRejectionId;
        switch (Options.UnhandledRejections)
        {
            case UnhandledRejectionMode.Strict:
                if (!HasListeners("uncaughtException"))
                {
                    ExitCode = 1;
                    throw new UnhandledRejectionException(reason, strict: true);
                }
                EmitProcessEvent("uncaughtException", reason, "unhandledRejection");
                EmitProcessEvent("unhandledRejection", reason, promise);
                return;
            case UnhandledRejectionMode.Silent:
                EmitProcessEvent("unhandledRejection", reason, promise);
                (_warnedRejections ??= new())[promise] = id;
                return;
            case UnhandledRejectionMode.Warn:
                EmitProcessEvent("unhandledRejection", reason, promise);
                WarnUnhandled(promise, id);
                return;
            case UnhandledRejectionMode.WarnWithErrorCode:
                if (HasListeners("unhandledRejection")) { EmitProcessEvent("unhandledRejection", reason, promise); return; }
                WarnUnhandled(promise, id);
                ExitCode = 1;
                return;
        }
    }

    private void WarnUnhandled(JsPromise promise, int id)
    {
        var reason = promise.Result;
        string shown = reason.AsObject is JsObject o && o.Get("stack") is { IsString: true } stack ? stack.String : Inspector.Inspect(Realm, reason);
        EmitWarning(shown, "UnhandledPromiseRejectionWarning");
        EmitWarning($"{UnhandledWarningText} (rejection id: {id})", "UnhandledPromiseRejectionWarning");
        (_warnedRejections ??= new())[promise] = id;
    }

    /// <summary>A handler attached to a rejection already reported: node's PromiseRejectionHandledWarning.</summary>
    private void WarnIfHandledLate(JsPromise promise)
    {
        if (_warnedRejections is null || !_warnedRejections.Remove(promise, out int id)) return;
        EmitWarning($"Promise rejection was handled asynchronously (rejection id: {id})", "PromiseRejectionHandledWarning");
    }

    /// <summary>process.emitWarning(message, type), so the warning prints (and hints) as the script's own would.</summary>
    private void EmitWarning(string message, string type)
    {
        if (Process?.Get("emitWarning").AsFunction is { } emitWarning) emitWarning.Call(Process, [message, type]);
    }
}
