using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// 27.7 async functions. An activation is its frame (whose owner is the promise it returned);
/// Await registers the frame itself as the promise reaction, and as the reaction job it resumes
/// where it stopped, so awaiting allocates no closure or reaction record.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>15.8.4 EvaluateAsyncFunctionBody / 15.9.4 EvaluateAsyncConciseBody.</summary>
    private JsValue StartAsyncFunction(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        // 1. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(fn.Realm);
        var frame = NewFrame(fn, fn.Template, fn.Realm, fn.Ctx, thisArg, args, fn.Template.IsArrowLike ? fn.LexicalNewTarget : JsValue.Undefined, owned: true);
        // The frame's owner is the promise it settles; the frame itself is its awaits' reaction.
        frame.Owner = capability.Promise;
        // 2-4. FunctionDeclarationInstantiation, then AsyncFunctionStart(promiseCapability, FunctionBody):
        //      an abrupt completion of either rejects the promise (see AsyncFunctionContinue).
        AsyncFunctionContinue(frame, ResumeKind.Start, JsValue.Undefined);
        // 5. Return Completion Record { [[Type]]: return, [[Value]]: promiseCapability.[[Promise]] }.
        return capability.Promise;
    }

    /// <summary>
    /// 27.7.5.2 AsyncBlockStart: runs the body from where it stopped until it awaits or completes.
    /// Completion settles the promise; an await that cannot even begin (PromiseResolve threw)
    /// continues at once with that throw completion.
    /// </summary>
    internal void AsyncFunctionContinue(Frame frame, ResumeKind kind, JsValue value)
    {
        // The promiseCapability of AsyncFunctionStart: always %Promise%'s, so only its promise is kept.
        var capability = new PromiseCapability((JsPromise)frame.Owner!, null, null);
        while (true)
        {
            JsValue result;
            try
            {
                result = kind == ResumeKind.Start ? RunFrame(frame) : Resume(frame, kind, value);
            }
            catch (JsException e)
            {
                // 2.e. Else, Assert: result is a throw completion.
                //    i. Perform ! Call(promiseCapability.[[Reject]], undefined, « result.[[Value]] »).
                capability.CallReject(e.GetValue(frame.Realm));
                return;
            }
            if (!frame.Suspended)
            {
                // 2.c-d. If result is a normal or return completion, Call(promiseCapability.[[Resolve]], undefined, « value »).
                capability.CallResolve(result);
                return;
            }
            // Suspended at Await: the operand is on the frame's stack.
            var operand = frame.Regs[--frame.Sp];
            if (Await(frame.Realm, operand, frame, out var error)) return;
            kind = ResumeKind.Throw;
            value = error;
        }
    }

    /// <summary>
    /// 27.7.5.3 Await ( value ), the part after the frame has suspended: false (with the error)
    /// when PromiseResolve throws, so the frame continues with that throw completion instead.
    /// </summary>
    internal static bool Await(Realm realm, JsValue value, ReactionJob asyncContext, out JsValue error)
    {
        // 1. Let asyncContext be the running execution context (held by the continuation).
        if (!value.IsObject)
        {
            // 2. A primitive: PromiseResolve makes a new promise already fulfilled with it, which
            //    nothing else can reach, so 7. PerformPromiseThen queues the reaction job at once
            //    (its step 10) and the promise itself is skipped.
            PromiseOperations.EnqueueFulfilledReaction(asyncContext, value);
            error = default;
            return true;
        }
        JsObject promise;
        try
        {
            // 2. Let promise be ? PromiseResolve(%Promise%, value).
            promise = PromiseOperations.PromiseResolve(realm, realm.PromiseConstructor, value);
        }
        catch (JsException e)
        {
            error = e.GetValue(realm);
            return false;
        }
        // 3-6. onFulfilled / onRejected resume asyncContext with a normal / throw completion (the continuation).
        // 7. Perform PerformPromiseThen(promise, onFulfilled, onRejected).
        PromiseOperations.PerformPromiseThen((JsPromise)promise, asyncContext);
        // 8-9. Remove asyncContext from the execution context stack (the frame has already suspended).
        error = default;
        return true;
    }
}
