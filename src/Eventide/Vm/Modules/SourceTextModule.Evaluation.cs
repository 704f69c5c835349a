using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm.Modules;

/// <summary>16.2.1.5.3 Evaluate and the asynchronous module evaluation of top-level await.</summary>
internal sealed partial class SourceTextModule
{
    /// <summary>16.2.1.5.3 Evaluate ( )</summary>
    public override JsPromise Evaluate()
    {
        var module = this;
        // 2. If module.[[Status]] is either evaluating-async or evaluated, set module to module.[[CycleRoot]].
        if (Status is ModuleStatus.EvaluatingAsync or ModuleStatus.Evaluated && _cycleRoot is not null) module = _cycleRoot;
        // 3. If module.[[TopLevelCapability]] is not empty, return its promise.
        if (module._topLevelCapability is { } existing) return (JsPromise)existing.Promise;
        // 4. Let stack be a new empty List.
        var stack = new List<SourceTextModule>();
        // 5-6. Let capability be ! NewPromiseCapability(%Promise%); module.[[TopLevelCapability]] = capability.
        var capability = PromiseCapability.ForIntrinsic(Realm);
        module._topLevelCapability = capability;
        try
        {
            // 7. Let result be Completion(InnerModuleEvaluation(module, stack, 0)).
            InnerModuleEvaluation(module, stack, 0);
            // 9.b. If module.[[AsyncEvaluation]] is false, resolve the capability now.
            if (!module.AsyncEvaluation) capability.CallResolve(JsValue.Undefined);
        }
        catch (JsException e)
        {
            // 8. If result is an abrupt completion: every module on the stack is evaluated, with the error.
            var error = e.GetValue(Realm);
            foreach (var m in stack)
            {
                m.Status = ModuleStatus.Evaluated;
                m.EvaluationError = error;
            }
            // 8.d. Perform ! Call(capability.[[Reject]], undefined, « result.[[Value]] »).
            capability.CallReject(error);
        }
        // 10. Return capability.[[Promise]].
        return (JsPromise)capability.Promise;
    }

    /// <summary>16.2.1.5.3.1 InnerModuleEvaluation ( module, stack, index )</summary>
    private static int InnerModuleEvaluation(ModuleRecord module, List<SourceTextModule> stack, int index)
    {
        // 1. If module is not a Cyclic Module Record: its promise is already settled.
        if (module is not SourceTextModule m)
        {
            var promise = module.Evaluate();
            if (promise.State == PromiseState.Rejected) throw new JsException(promise.Result);
            return index;
        }
        // 2. If module.[[Status]] is either evaluating-async or evaluated: its error, if any.
        if (m.Status is ModuleStatus.EvaluatingAsync or ModuleStatus.Evaluated)
        {
            if (m.EvaluationError is { } error) throw new JsException(error);
            return index;
        }
        // 3. If module.[[Status]] is evaluating, return index.
        if (m.Status == ModuleStatus.Evaluating) return index;
        // 5. Set module.[[Status]] to evaluating.
        m.Status = ModuleStatus.Evaluating;
        // 6-9. DFS indices, no pending dependencies, push it.
        m._dfsIndex = m._dfsAncestorIndex = index;
        m._pendingAsyncDependencies = 0;
        index++;
        stack.Add(m);
        // 10. For each Module Record requiredModule of the evaluation list (a deferred import
        // contributes only its asynchronous transitive dependencies), do
        foreach (var requiredModule in m.EvaluationList())
        {
            // b. Set index to ? InnerModuleEvaluation(requiredModule, stack, index).
            index = InnerModuleEvaluation(requiredModule, stack, index);
            if (requiredModule is not SourceTextModule r) continue;
            // c.ii. If requiredModule.[[Status]] is evaluating: the same cycle.
            if (r.Status == ModuleStatus.Evaluating) m._dfsAncestorIndex = Math.Min(m._dfsAncestorIndex, r._dfsAncestorIndex);
            else
            {
                // c.iii. Otherwise its cycle root stands for it, and its error propagates.
                r = r._cycleRoot!;
                if (r.EvaluationError is { } error) throw new JsException(error);
            }
            // c.iv. If requiredModule.[[AsyncEvaluation]] is true: wait for it.
            if (r.AsyncEvaluation)
            {
                m._pendingAsyncDependencies++;
                r._asyncParentModules.Add(m);
            }
        }
        // 11. If module.[[PendingAsyncDependencies]] > 0 or module.[[HasTLA]] is true, then
        if (m._pendingAsyncDependencies > 0 || m.HasTopLevelAwait)
        {
            // b. Set module.[[AsyncEvaluation]] to true (its order among async modules).
            m._asyncEvaluationOrder = Interlocked.Increment(ref s_asyncEvaluationCounter);
            // d. If module.[[PendingAsyncDependencies]] = 0, perform ExecuteAsyncModule(module).
            if (m._pendingAsyncDependencies == 0) ExecuteAsyncModule(m);
        }
        // 12. Else, perform ? module.ExecuteModule().
        else m.ExecuteModule();
        // 15. If module.[[DFSAncestorIndex]] = module.[[DFSIndex]], the component is done.
        if (m._dfsAncestorIndex == m._dfsIndex)
        {
            while (true)
            {
                var requiredModule = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                requiredModule.Status = requiredModule.AsyncEvaluation ? ModuleStatus.EvaluatingAsync : ModuleStatus.Evaluated;
                requiredModule._cycleRoot = m;
                if (ReferenceEquals(requiredModule, m)) break;
            }
        }
        // 16. Return index.
        return index;
    }

    /// <summary>16.2.1.6.5 ExecuteModule ( [ capability ] ), synchronous: runs the body to its end.</summary>
    private void ExecuteModule()
    {
        var interpreter = Realm.Engine.Interpreter;
        var generator = (GeneratorObject)_body!;
        _body = null;
        interpreter.GeneratorResumeCore(generator, ResumeKind.Next, JsValue.Undefined, out _, out _);
    }

    /// <summary>16.2.1.5.3.2 ExecuteAsyncModule ( module )</summary>
    private static void ExecuteAsyncModule(SourceTextModule module)
    {
        // 2-6. A promise whose reactions are AsyncModuleExecutionFulfilled/Rejected.
        // 7. Perform ! module.ExecuteModule(capability): the async generator's first next()
        // runs the body (AsyncBlockStart) and settles when it completes.
        var interpreter = module.Realm.Engine.Interpreter;
        var body = module._body!;
        module._body = null;
        var promise = (JsPromise)interpreter.AsyncGeneratorRequest(module.Realm, body, ResumeKind.Next, JsValue.Undefined).AsObject!;
        PromiseOperations.PerformPromiseThen(promise, new AsyncModuleExecution(module));
    }

    /// <summary>The reactions of an async module's evaluation (16.2.1.5.3.2 steps 3-6).</summary>
    private sealed class AsyncModuleExecution(SourceTextModule module) : PromiseReaction
    {
        public override string Describe(bool fulfilled) => $"module evaluation of {module.Url} {Outcome(fulfilled)}";

        public override void OnSettled(bool fulfilled, JsValue value)
        {
            if (fulfilled) AsyncModuleExecutionFulfilled(module);
            else AsyncModuleExecutionRejected(module, value);
        }
    }

    /// <summary>16.2.1.5.3.3 GatherAvailableAncestors ( module, execList )</summary>
    private static void GatherAvailableAncestors(SourceTextModule module, List<SourceTextModule> execList)
    {
        // 1. For each Cyclic Module Record m of module.[[AsyncParentModules]], do
        foreach (var m in module._asyncParentModules)
        {
            // a. If execList does not contain m and m.[[CycleRoot]].[[EvaluationError]] is empty, then
            if (execList.Contains(m) || m._cycleRoot!.EvaluationError is not null) continue;
            // v. Set m.[[PendingAsyncDependencies]] to m.[[PendingAsyncDependencies]] - 1.
            m._pendingAsyncDependencies--;
            // vi. If m.[[PendingAsyncDependencies]] = 0, then
            if (m._pendingAsyncDependencies == 0)
            {
                // 1. Append m to execList.
                execList.Add(m);
                // 2. If m.[[HasTLA]] is false, perform GatherAvailableAncestors(m, execList).
                if (!m.HasTopLevelAwait) GatherAvailableAncestors(m, execList);
            }
        }
    }

    /// <summary>16.2.1.5.3.4 AsyncModuleExecutionFulfilled ( module )</summary>
    private static void AsyncModuleExecutionFulfilled(SourceTextModule module)
    {
        // 1. If module.[[Status]] is evaluated, then: (it failed meanwhile) return.
        if (module.Status == ModuleStatus.Evaluated) return;
        // 3. Set module.[[AsyncEvaluation]] to done (false).
        module._asyncEvaluationOrder = 0;
        // 4. Set module.[[Status]] to evaluated.
        module.Status = ModuleStatus.Evaluated;
        // 5. If module.[[TopLevelCapability]] is not empty, resolve it.
        module._topLevelCapability?.CallResolve(JsValue.Undefined);
        // 6-7. Let execList be a new empty List; GatherAvailableAncestors(module, execList).
        var execList = new List<SourceTextModule>();
        GatherAvailableAncestors(module, execList);
        // 8. Let sortedExecList be execList ordered by [[AsyncEvaluation]] order.
        execList.Sort((a, b) => a._asyncEvaluationOrder.CompareTo(b._asyncEvaluationOrder));
        // 10. For each Cyclic Module Record m of sortedExecList, do
        foreach (var m in execList)
        {
            // a. If m.[[Status]] is evaluated, then: (an error reached it) skip.
            if (m.Status == ModuleStatus.Evaluated) continue;
            // b. If m.[[HasTLA]] is true, perform ExecuteAsyncModule(m).
            if (m.HasTopLevelAwait) { ExecuteAsyncModule(m); continue; }
            // c. Else: let result be m.ExecuteModule().
            try
            {
                m.ExecuteModule();
            }
            catch (JsException e)
            {
                // ii. If result is an abrupt completion: AsyncModuleExecutionRejected(m, result.[[Value]]).
                AsyncModuleExecutionRejected(m, e.GetValue(m.Realm));
                continue;
            }
            // iii. Else: evaluated; resolve its top-level capability.
            m._asyncEvaluationOrder = 0;
            m.Status = ModuleStatus.Evaluated;
            m._topLevelCapability?.CallResolve(JsValue.Undefined);
        }
    }

    /// <summary>16.2.1.5.3.5 AsyncModuleExecutionRejected ( module, error )</summary>
    private static void AsyncModuleExecutionRejected(SourceTextModule module, JsValue error)
    {
        // 1. If module.[[Status]] is evaluated, return.
        if (module.Status == ModuleStatus.Evaluated) return;
        // 5-7. Record the error; the module is evaluated.
        module.EvaluationError = error;
        module.Status = ModuleStatus.Evaluated;
        module._asyncEvaluationOrder = 0;
        // 9. If module.[[TopLevelCapability]] is not empty, reject it (before the parents: rejection order).
        module._topLevelCapability?.CallReject(error);
        // 10. For each Cyclic Module Record m of module.[[AsyncParentModules]]: AsyncModuleExecutionRejected(m, error).
        foreach (var m in module._asyncParentModules) AsyncModuleExecutionRejected(m, error);
    }
}
