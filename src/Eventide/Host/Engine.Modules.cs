using Eventide.Builtins;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;
using Eventide.Host;

namespace Eventide;

/// <summary>ES modules for the embedding host, from <see cref="EngineOptions.ModuleSource"/>.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// Imports the module <paramref name="specifier"/> names in the host's module source: loads its
    /// graph, links and evaluates it. The task completes with the module's namespace object when
    /// the evaluation ends: at once for a graph without top-level await, otherwise while the host
    /// drives the engine (<see cref="RunEventLoop"/>). Load, link and evaluation errors fault it
    /// with a <see cref="JsException"/> (a syntax error in a module with a <see cref="JsSyntaxError"/>).
    /// </summary>
    public Task<JsObject> ImportAsync(string specifier)
    {
        var settled = new TaskCompletionSource<JsObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Options.ModuleSource is null) throw new InvalidOperationException("The engine has no module source: set EngineOptions.ModuleSource.");
        using var entry = Enter();
        try
        {
            var (module, evaluation) = EsModules.ImportFromHost(specifier);
            PromiseOperations.PerformPromiseThen(evaluation, new NamespaceReaction(module, settled));
            // A graph without top-level await has already run: no loop turn needed to learn it.
            if (evaluation.State == PromiseState.Fulfilled) settled.TrySetResult(module.GetModuleNamespace());
            else if (evaluation.State == PromiseState.Rejected) settled.TrySetException(new JsException(evaluation.Result));
        }
        catch (JsException e)
        {
            // The host sees the error object a script would catch.
            settled.TrySetException(e.HasValue ? e : new JsException(e.GetValue(Realm)));
        }
        catch (JsSyntaxError e)
        {
            settled.TrySetException(e);
        }
        return settled.Task;
    }

    /// <summary>
    /// Imports a module and runs the event loop until its evaluation ends; returns its namespace
    /// object (its exports by name). Throws what <see cref="ImportAsync"/> would fault with.
    /// </summary>
    public JsObject Import(string specifier)
    {
        var task = ImportAsync(specifier);
        if (!task.IsCompleted) RunEventLoop();
        if (!task.IsCompleted) throw new InvalidOperationException($"The module '{specifier}' is still waiting on a top-level await that nothing will settle.");
        return task.IsFaulted ? throw task.Exception!.InnerException! : task.Result;
    }

    /// <summary>Completes the host's task with the namespace once the module's evaluation settles.</summary>
    private sealed class NamespaceReaction(ModuleRecord module, TaskCompletionSource<JsObject> settled) : PromiseReaction
    {
        public override void OnSettled(bool fulfilled, JsValue value)
        {
            if (fulfilled) settled.TrySetResult(module.GetModuleNamespace());
            else settled.TrySetException(new JsException(value));
        }

        public override string Describe(bool fulfilled) => $"the host's import of {module.Url} {Outcome(fulfilled)}";
    }
}
