using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm.Modules;

/// <summary>
/// Deferred module evaluation (the import-defer proposal): `import defer * as ns` links a module
/// without evaluating it (only its asynchronous dependencies run ahead), and the first use of a
/// string key of ns evaluates it synchronously.
/// </summary>
internal sealed partial class SourceTextModule
{
    /// <summary>InnerModuleEvaluation step 10's evaluationList: each eagerly requested module, and for a
    /// deferred one GatherAsynchronousTransitiveDependencies of it, without repeats, in request order.</summary>
    private List<ModuleRecord> EvaluationList()
    {
        var evaluationList = new List<ModuleRecord>();
        foreach (var (required, deferred) in _syntax.RequestPhases)
        {
            var requiredModule = GetImportedModule(required);
            // b. If required.[[Phase]] is defer: ListAppendUnique(evaluationList, GatherAsynchronousTransitiveDependencies(requiredModule)).
            if (deferred)
            {
                foreach (var dependency in GatherAsynchronousTransitiveDependencies(requiredModule))
                    if (!evaluationList.Contains(dependency)) evaluationList.Add(dependency);
            }
            // c. Else if evaluationList does not contain requiredModule, append it.
            else if (!evaluationList.Contains(requiredModule)) evaluationList.Add(requiredModule);
        }
        return evaluationList;
    }

    /// <summary>GatherAsynchronousTransitiveDependencies ( module [ , seen ] ): the not yet evaluated modules
    /// with top-level await that <paramref name="module"/> depends on (itself included), which must run ahead.</summary>
    internal static List<ModuleRecord> GatherAsynchronousTransitiveDependencies(ModuleRecord module, HashSet<ModuleRecord>? seen = null)
    {
        // 1. If seen is not present, set seen to a new empty List. 2. Let result be a new empty List.
        seen ??= new(ReferenceEqualityComparer.Instance);
        var result = new List<ModuleRecord>();
        // 3-4. If seen contains module, return result; append module to seen.
        if (!seen.Add(module)) return result;
        // 5. If module is not a Cyclic Module Record, return result.
        if (module is not SourceTextModule m) return result;
        // 6. If module.[[Status]] is evaluating or IsModuleSCCEvaluated(module), return result.
        if (m.Status == ModuleStatus.Evaluating || m.IsModuleSCCEvaluated()) return result;
        // 7. If module.[[HasTLA]] is true, then append module to result and return result.
        if (m.HasTopLevelAwait)
        {
            result.Add(m);
            return result;
        }
        // 8. For each ModuleRequest Record required of module.[[RequestedModules]]:
        //    ListAppendUnique(result, GatherAsynchronousTransitiveDependencies(requiredModule, seen)).
        foreach (var required in m.RequestedModules)
            foreach (var dependency in GatherAsynchronousTransitiveDependencies(m.GetImportedModule(required), seen))
                if (!result.Contains(dependency)) result.Add(dependency);
        // 9. Return result.
        return result;
    }

    /// <summary>IsModuleSCCEvaluated ( module ): a module evaluated inside a cycle still waiting for a top-level
    /// await counts as evaluated only once its cycle root is.</summary>
    private bool IsModuleSCCEvaluated() =>
        // 1. If module.[[CycleRoot]] is not empty, return whether module.[[CycleRoot]].[[Status]] is evaluated.
        // 2. Return whether module.[[Status]] is evaluated.
        (_cycleRoot ?? this).Status == ModuleStatus.Evaluated;

    /// <summary>ReadyForSyncExecution ( module [ , seen ] ): whether the module's graph can be evaluated synchronously now.</summary>
    private static bool ReadyForSyncExecution(ModuleRecord module, HashSet<ModuleRecord> seen)
    {
        // 1. If module is not a Cyclic Module Record, return true.
        if (module is not SourceTextModule m) return true;
        // 2-4. If seen contains module, return true; append module to seen.
        if (!seen.Add(m)) return true;
        // 5. If IsModuleSCCEvaluated(module), return true.
        if (m.IsModuleSCCEvaluated()) return true;
        // 6. If module.[[Status]] is either evaluating or evaluating-async, return false.
        if (m.Status is ModuleStatus.Evaluating or ModuleStatus.EvaluatingAsync) return false;
        // 7-8. Assert: linked. If module.[[HasTLA]] is true, return false.
        if (m.HasTopLevelAwait) return false;
        // 9. For each required module: if ReadyForSyncExecution(requiredModule, seen) is false, return false.
        foreach (var required in m.RequestedModules)
            if (!ReadyForSyncExecution(m.GetImportedModule(required), seen)) return false;
        // 10. Return true.
        return true;
    }

    /// <summary>EnsureDeferredNamespaceEvaluation ( O ), for the module of a deferred namespace.</summary>
    internal static void EnsureDeferredNamespaceEvaluation(ModuleRecord module)
    {
        // 2. If m is a Cyclic Module Record, m.[[Status]] is not evaluated, and ReadyForSyncExecution(m) is false, throw a TypeError.
        if (module is SourceTextModule { Status: not ModuleStatus.Evaluated } m && !ReadyForSyncExecution(m, new(ReferenceEqualityComparer.Instance)))
            throw JsException.TypeError($"Cannot evaluate the deferred module {m.Url} now: it is being evaluated or waits for a top-level await");
        // 3. Perform ? EvaluateSync(m).
        EvaluateSync(module);
    }

    /// <summary>EvaluateSync ( module ): Evaluate(), whose promise is already settled; its rejection is thrown.</summary>
    private static void EvaluateSync(ModuleRecord module)
    {
        // 2. Let promise be ! module.Evaluate().
        var promise = module.Evaluate();
        // 3. Assert: promise.[[PromiseState]] is either fulfilled or rejected.
        // 4. If promise.[[PromiseState]] is rejected, then
        if (promise.State == PromiseState.Rejected)
        {
            // a. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "handle").
            if (!promise.IsHandled) PromiseOperations.HostPromiseRejectionTracker(promise, RejectionOperation.Handle);
            // b. Set promise.[[PromiseIsHandled]] to true.
            promise.IsHandled = true;
            // c. Return ThrowCompletion(promise.[[PromiseResult]]).
            throw new JsException(promise.Result);
        }
    }
}
