using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// 27.7 async functions. An activation keeps its frame; Await registers the activation itself as
/// the promise reaction, and the reaction job resumes the frame where it stopped.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>15.8.4 EvaluateAsyncFunctionBody / 15.9.4 EvaluateAsyncConciseBody.</summary>
    private JsValue StartAsyncFunction(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        // 1. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(fn.Realm);
        var frame = NewFrame(fn, fn.Template, fn.Realm, fn.Ctx, thisArg, args, fn.Template.IsArrowLike ? fn.LexicalNewTarget : JsValue.Undefined, owned: true);
        var activation = new AsyncFunctionActivation(frame, (JsPromise)capability.Promise);
        frame.Owner = activation;
        // 2-4. FunctionDeclarationInstantiation, then AsyncFunctionStart(promiseCapability, FunctionBody):
        //      an abrupt completion of either rejects the promise (see AsyncFunctionContinue).
        AsyncFunctionContinue(activation, ResumeKind.Start, JsValue.Undefined);
        // 5. Return Completion Record { [[Type]]: return, [[Value]]: promiseCapability.[[Promise]] }.
        return capability.Promise;
    }

    /// <summary>
    /// 27.7.5.2 AsyncBlockStart: runs the body from where it stopped until it awaits or completes.
    /// Completion settles the promise; an await that cannot even begin (PromiseResolve threw)
    /// continues at once with that throw completion.
    /// </summary>
    internal void AsyncFunctionContinue(AsyncFunctionActivation activation, ResumeKind kind, JsValue value)
    {
        var frame = activation.Frame;
        var capability = activation.Capability;
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
            if (Await(frame.Realm, operand, activation, out var error)) return;
            kind = ResumeKind.Throw;
            value = error;
        }
    }

    /// <summary>
    /// 27.7.5.3 Await ( value ), the part after the frame has suspended: false (with the error)
    /// when PromiseResolve throws, so the frame continues with that throw completion instead.
    /// </summary>
    internal static bool Await(Realm realm, JsValue value, PromiseReaction asyncContext, out JsValue error)
    {
        // 1. Let asyncContext be the running execution context (held by the continuation).
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

/// <summary>
/// One running or suspended async function call: its frame and the promise it returned. It is
/// also the reaction each of its awaits registers (one await is pending at a time), so awaiting
/// allocates no closure or reaction record.
/// </summary>
internal sealed class AsyncFunctionActivation(Frame frame, JsPromise promise) : PromiseReaction
{
    public Frame Frame { get; } = frame;
    /// <summary>The promise the call returned.</summary>
    public JsPromise Promise { get; } = promise;
    /// <summary>The promiseCapability of AsyncFunctionStart: always %Promise%'s, so only its promise is kept.</summary>
    public PromiseCapability Capability => new(Promise, null, null);

    public override string Describe(bool fulfilled) =>
        $"await resumes async function {FunctionName(Frame)} at line {Line(Frame)}{(fulfilled ? "" : " by throwing")} {Outcome(fulfilled)}";

    internal static string FunctionName(Frame f) => f.Template.Name.Length > 0 ? f.Template.Name + "()" : "(anonymous)";

    internal static int Line(Frame f) => f.Template.Source is { } src ? src.LineColumn(f.Template.OffsetAt(Math.Max(0, f.Pc - 1))).Line : 0;

    /// <summary>Await steps 3-5: resume the frame with the settled value (normal) or reason (throw).</summary>
    public override void OnSettled(bool fulfilled, JsValue value) =>
        Frame.Realm.Engine.Interpreter.AsyncFunctionContinue(this, fulfilled ? ResumeKind.Next : ResumeKind.Throw, value);
}
