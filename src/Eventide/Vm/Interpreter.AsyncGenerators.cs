using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// 27.6.3 AsyncGenerator abstract operations. Requests queue up on the generator; the frame runs
/// only while the generator is executing, and every await or yield goes through a promise job.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>15.6.2 EvaluateAsyncGeneratorBody: bind parameters, then return the suspended generator.</summary>
    private JsValue StartAsyncGenerator(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        // 1. Perform ? FunctionDeclarationInstantiation(functionObject, argumentsList).
        var frame = NewFrame(fn, fn.Template, fn.Realm, fn.Ctx, thisArg, args, JsValue.Undefined, owned: true);
        RunFrame(frame); // parameter initialisation, up to InitialYield
        // 2. Let generator be ? OrdinaryCreateFromConstructor(functionObject, "%AsyncGeneratorFunction.prototype.prototype%", ...).
        var proto = PrototypeFromConstructor(fn, fn.Realm.AsyncGeneratorPrototype ?? fn.Realm.ObjectPrototype);
        // 3. Set generator.[[AsyncGeneratorQueue]] to a new empty List.
        // 4. Perform AsyncGeneratorStart(generator, FunctionBody): state suspended-start.
        var generator = new AsyncGeneratorObject(proto) { Frame = frame };
        frame.Owner = generator;
        return generator;
    }

    /// <summary>27.6.1.2-4 AsyncGenerator.prototype.next / return / throw.</summary>
    internal JsValue AsyncGeneratorRequest(Realm realm, JsValue thisValue, ResumeKind kind, JsValue value)
    {
        // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(realm);
        // 3. Let result be Completion(AsyncGeneratorValidate(generator, empty)).
        // 4. IfAbruptRejectPromise(result, promiseCapability).
        if (thisValue.Ref is not AsyncGeneratorObject generator)
        {
            string method = kind switch { ResumeKind.Return => "return", ResumeKind.Throw => "throw", _ => "next" };
            capability.CallReject(realm.CreateError(ErrorKind.TypeError,
                $"Method [AsyncGenerator].prototype.{method} called on incompatible receiver {Operations.ToDisplay(thisValue)}"));
            return capability.Promise;
        }
        // 5. Let state be generator.[[AsyncGeneratorState]].
        var state = generator.State;
        switch (kind)
        {
            case ResumeKind.Next:
                // 6. If state is completed, resolve with CreateIterResultObject(undefined, true).
                if (state == AsyncGeneratorState.Completed)
                {
                    capability.CallResolve(CreateIterResult(realm, JsValue.Undefined, true));
                    return capability.Promise;
                }
                // 7-8. Perform AsyncGeneratorEnqueue(generator, NormalCompletion(value), promiseCapability).
                generator.Queue.Enqueue(new(kind, value, capability));
                // 9. If state is either suspended-start or suspended-yield, perform AsyncGeneratorResume(generator, completion).
                if (state is AsyncGeneratorState.SuspendedStart or AsyncGeneratorState.SuspendedYield)
                    AsyncGeneratorResume(generator, kind, value);
                break;
            case ResumeKind.Return:
                // 5-6. Perform AsyncGeneratorEnqueue(generator, Completion { [[Type]]: return, [[Value]]: value }, promiseCapability).
                generator.Queue.Enqueue(new(kind, value, capability));
                // 8. If state is either suspended-start or completed, then
                if (state is AsyncGeneratorState.SuspendedStart or AsyncGeneratorState.Completed)
                {
                    // a. Set generator.[[AsyncGeneratorState]] to awaiting-return.
                    generator.State = AsyncGeneratorState.AwaitingReturn;
                    generator.Frame = null;
                    // b. Perform AsyncGeneratorAwaitReturn(generator).
                    AsyncGeneratorAwaitReturn(generator);
                }
                // 9. Else if state is suspended-yield, perform AsyncGeneratorResume(generator, completion).
                else if (state == AsyncGeneratorState.SuspendedYield)
                    AsyncGeneratorResume(generator, kind, value);
                break;
            default:
                // 6. If state is suspended-start, then set generator.[[AsyncGeneratorState]] to completed.
                if (state == AsyncGeneratorState.SuspendedStart)
                {
                    generator.State = state = AsyncGeneratorState.Completed;
                    generator.Frame = null;
                }
                // 7. If state is completed, reject with exception.
                if (state == AsyncGeneratorState.Completed)
                {
                    capability.CallReject(value);
                    return capability.Promise;
                }
                // 8-9. Perform AsyncGeneratorEnqueue(generator, ThrowCompletion(exception), promiseCapability).
                generator.Queue.Enqueue(new(kind, value, capability));
                // 10. If state is suspended-yield, perform AsyncGeneratorResume(generator, completion).
                if (state == AsyncGeneratorState.SuspendedYield)
                    AsyncGeneratorResume(generator, kind, value);
                break;
        }
        // Return promiseCapability.[[Promise]].
        return capability.Promise;
    }

    /// <summary>27.6.3.5 AsyncGeneratorResume ( generator, completion )</summary>
    private void AsyncGeneratorResume(AsyncGeneratorObject generator, ResumeKind kind, JsValue value)
    {
        // 1. Assert: generator.[[AsyncGeneratorState]] is either suspended-start or suspended-yield.
        bool atStart = generator.State == AsyncGeneratorState.SuspendedStart;
        // 5. Set generator.[[AsyncGeneratorState]] to executing.
        generator.State = AsyncGeneratorState.Executing;
        // 6-7. Resume genContext with completion.
        if (atStart) AsyncGeneratorRun(generator, ResumeKind.Start, JsValue.Undefined);
        else ContinueAfterYield(generator, kind, value);
    }

    /// <summary>
    /// The generator was suspended at a yield (or inside yield*) and gets its resumption:
    /// 27.6.3.6 AsyncGeneratorUnwrapYieldResumption awaits a return value before returning.
    /// </summary>
    private void ContinueAfterYield(AsyncGeneratorObject generator, ResumeKind kind, JsValue value)
    {
        var frame = generator.Frame!;
        // 1. If resumptionValue is not a return completion, return ? resumptionValue.
        if (kind != ResumeKind.Return)
        {
            if (frame.Delegating) AsyncDelegateStep(generator, kind, value);
            else AsyncGeneratorRun(generator, kind, value);
            return;
        }
        // 2. Let awaited be Completion(Await(resumptionValue.[[Value]])).
        // 3-5. A throw continues as a throw; a value continues as a return completion.
        var continuation = new AsyncGeneratorStep(this, generator, AsyncGeneratorStepKind.ReturnResumption);
        if (!Await(frame.Realm, value, continuation, out var error)) continuation.OnSettled(false, error);
    }

    /// <summary>Runs the generator's frame until it awaits, yields with no request waiting, or completes
    /// (27.6.3.2 AsyncGeneratorStart step 4 handles the completion).</summary>
    internal void AsyncGeneratorRun(AsyncGeneratorObject generator, ResumeKind kind, JsValue value)
    {
        var frame = generator.Frame!;
        var realm = frame.Realm;
        while (true)
        {
            JsValue result;
            try
            {
                result = Resume(frame, kind, value);
            }
            catch (JsException e)
            {
                AsyncGeneratorBodyCompleted(generator, true, e.GetValue(realm));
                return;
            }
            if (!frame.Suspended)
            {
                AsyncGeneratorBodyCompleted(generator, false, result);
                return;
            }
            if (frame.SuspendedAt == OpCode.YieldDelegate)
            {
                // yield*: frame.Delegating is set and the iterable is on the stack; get its async iterator.
                try
                {
                    var iterable = frame.Regs[frame.Sp - 1];
                    frame.Regs[frame.Sp - 1] = JsValue.FromInternal(AsyncIteratorRecord.GetAsyncIterator(realm, iterable));
                }
                catch (JsException e)
                {
                    EndDelegation(frame);
                    kind = ResumeKind.Throw;
                    value = e.GetValue(realm);
                    continue;
                }
                AsyncDelegateStep(generator, ResumeKind.Next, JsValue.Undefined);
                return;
            }
            var operand = frame.Regs[--frame.Sp];
            if (frame.SuspendedAt == OpCode.Await)
            {
                var step = generator.BodyStep ??= new AsyncGeneratorStep(this, generator, AsyncGeneratorStepKind.Body);
                if (Await(realm, operand, step, out var error)) return;
                kind = ResumeKind.Throw;
                value = error;
                continue;
            }
            // AsyncGeneratorYield: the operand was awaited already by the preceding Await.
            if (!AsyncGeneratorYield(generator, operand, out kind, out value)) return;
        }
    }

    /// <summary>
    /// 27.6.3.7 AsyncGeneratorYield ( value ): settles the oldest request; true (with the next
    /// request's completion) when another request is waiting, so the body continues at once.
    /// </summary>
    private bool AsyncGeneratorYield(AsyncGeneratorObject generator, JsValue value, out ResumeKind kind, out JsValue resumption)
    {
        // 5. Let completion be NormalCompletion(value).
        // 9. Perform AsyncGeneratorCompleteStep(generator, completion, false, previousRealm).
        AsyncGeneratorCompleteStep(generator, false, value, false);
        // 10. Let queue be generator.[[AsyncGeneratorQueue]].
        // 11. If queue is not empty, then
        if (generator.Queue.TryPeek(out var toYield))
        {
            // a. NOTE: Execution continues without suspending the generator.
            // b-c. Let resumptionValue be Completion(toYield.[[Completion]]).
            if (toYield.Completion == ResumeKind.Return)
            {
                // d. Return ? AsyncGeneratorUnwrapYieldResumption(resumptionValue): awaits first.
                ContinueAfterYield(generator, ResumeKind.Return, toYield.Value);
                kind = default;
                resumption = default;
                return false;
            }
            kind = toYield.Completion;
            resumption = toYield.Value;
            return true;
        }
        // 12. Else, set generator.[[AsyncGeneratorState]] to suspended-yield and suspend.
        generator.State = AsyncGeneratorState.SuspendedYield;
        kind = default;
        resumption = default;
        return false;
    }

    /// <summary>27.6.3.2 AsyncGeneratorStart, step 4.b-h: the body returned or threw.</summary>
    private void AsyncGeneratorBodyCompleted(AsyncGeneratorObject generator, bool isThrow, JsValue value)
    {
        // c. Set generator.[[AsyncGeneratorState]] to completed.
        generator.State = AsyncGeneratorState.Completed;
        generator.Frame = null;
        // d-e. A normal completion becomes undefined; a return completion its value (the frame's result).
        // f. Perform AsyncGeneratorCompleteStep(generator, result, true).
        AsyncGeneratorCompleteStep(generator, isThrow, value, true);
        // g. Perform AsyncGeneratorDrainQueue(generator).
        AsyncGeneratorDrainQueue(generator);
    }

    /// <summary>27.6.3.4 AsyncGeneratorCompleteStep ( generator, completion, done [ , realm ] )</summary>
    private static void AsyncGeneratorCompleteStep(AsyncGeneratorObject generator, bool isThrow, JsValue value, bool done)
    {
        // 2-3. Let next be the first element of generator.[[AsyncGeneratorQueue]]; remove it.
        var next = generator.Queue.Dequeue();
        // 4. Let promiseCapability be next.[[Capability]].
        var capability = next.Capability;
        // 6. If completion is a throw completion, then Call(promiseCapability.[[Reject]], undefined, « value »).
        if (isThrow)
        {
            capability.CallReject(value);
            return;
        }
        // 7.c. Let iteratorResult be CreateIterResultObject(value, done).
        // 7.d. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
        capability.CallResolve(CreateIterResult(Realm.Current!, value, done));
    }

    /// <summary>27.6.3.8 AsyncGeneratorAwaitReturn ( generator )</summary>
    private void AsyncGeneratorAwaitReturn(AsyncGeneratorObject generator)
    {
        // 2-6. The first request is a return completion.
        var next = generator.Queue.Peek();
        var realm = Realm.Current!;
        JsObject promise;
        try
        {
            // 7. Let promiseCompletion be Completion(PromiseResolve(%Promise%, completion.[[Value]])).
            promise = PromiseOperations.PromiseResolve(realm, realm.PromiseConstructor, next.Value);
        }
        catch (JsException e)
        {
            // 8. If promiseCompletion is an abrupt completion, then
            generator.State = AsyncGeneratorState.Completed;
            // a. Perform AsyncGeneratorCompleteStep(generator, promiseCompletion, true).
            AsyncGeneratorCompleteStep(generator, true, e.GetValue(realm), true);
            // b. Perform AsyncGeneratorDrainQueue(generator).
            AsyncGeneratorDrainQueue(generator);
            return;
        }
        // 11-17. PerformPromiseThen(promise, onFulfilled, onRejected): both complete the request and drain.
        PromiseOperations.PerformPromiseThen((JsPromise)promise, new AsyncGeneratorStep(this, generator, AsyncGeneratorStepKind.AwaitReturn));
    }

    /// <summary>AsyncGeneratorAwaitReturn's fulfilledClosure / rejectedClosure.</summary>
    internal void AsyncGeneratorReturnSettled(AsyncGeneratorObject generator, bool fulfilled, JsValue value)
    {
        // a. Set generator.[[AsyncGeneratorState]] to completed.
        generator.State = AsyncGeneratorState.Completed;
        // b. Let result be NormalCompletion(value) / ThrowCompletion(reason).
        // c. Perform AsyncGeneratorCompleteStep(generator, result, true).
        AsyncGeneratorCompleteStep(generator, !fulfilled, value, true);
        // d. Perform AsyncGeneratorDrainQueue(generator).
        AsyncGeneratorDrainQueue(generator);
    }

    /// <summary>27.6.3.9 AsyncGeneratorDrainQueue ( generator )</summary>
    private void AsyncGeneratorDrainQueue(AsyncGeneratorObject generator)
    {
        // 1. Assert: generator.[[AsyncGeneratorState]] is completed.
        // 2-3. If queue is empty, return.
        // 5. Repeat, while done is false,
        while (generator.Queue.TryPeek(out var next))
        {
            // b. Let completion be Completion(next.[[Completion]]).
            // c. If completion is a return completion, then
            if (next.Completion == ResumeKind.Return)
            {
                // i. Set generator.[[AsyncGeneratorState]] to awaiting-return.
                generator.State = AsyncGeneratorState.AwaitingReturn;
                // ii. Perform AsyncGeneratorAwaitReturn(generator).
                AsyncGeneratorAwaitReturn(generator);
                // iii. Set done to true.
                return;
            }
            // d.i. If completion is a normal completion, then set completion to NormalCompletion(undefined).
            // d.ii. Perform AsyncGeneratorCompleteStep(generator, completion, true).
            bool isThrow = next.Completion == ResumeKind.Throw;
            AsyncGeneratorCompleteStep(generator, isThrow, isThrow ? next.Value : JsValue.Undefined, true);
        }
    }
}

internal enum AsyncGeneratorStepKind { Body, ReturnResumption, AwaitReturn, Delegate, DelegateClose }

/// <summary>The closures an async generator hands to PerformPromiseThen, by what they continue.</summary>
internal sealed class AsyncGeneratorStep(Interpreter interpreter, AsyncGeneratorObject generator, AsyncGeneratorStepKind kind, ResumeKind delegatedKind = ResumeKind.Next) : PromiseReaction
{
    public override string Describe(bool fulfilled)
    {
        string name = generator.Frame is { } f ? f.FunctionName : "async generator";
        string what = kind switch
        {
            // A module with top-level await runs as an async generator's body (SourceTextModule).
            AsyncGeneratorStepKind.Body when generator.Frame is { Template: { IsModule: true, Source: { } src } } mf =>
                $"top-level await resumes the evaluation of module {src.Path} at line {mf.Line}",
            AsyncGeneratorStepKind.Body => $"await resumes async generator {name}",
            AsyncGeneratorStepKind.ReturnResumption => $"async generator {name}: return(value) awaited, returning",
            AsyncGeneratorStepKind.AwaitReturn => "async generator: return(value) awaited, settles the request",
            _ => $"yield* in {name}: inner iterator result awaited",
        };
        return $"{what} {Outcome(fulfilled)}";
    }

    public override void OnSettled(bool fulfilled, JsValue value)
    {
        switch (kind)
        {
            case AsyncGeneratorStepKind.Body:
                // Await steps 3-5 inside the body.
                interpreter.AsyncGeneratorRun(generator, fulfilled ? ResumeKind.Next : ResumeKind.Throw, value);
                break;
            case AsyncGeneratorStepKind.ReturnResumption:
                // 27.6.3.6 steps 3-5: a rejected value throws at the yield; otherwise return with it.
                if (generator.Frame!.Delegating) interpreter.AsyncDelegateStep(generator, fulfilled ? ResumeKind.Return : ResumeKind.Throw, value);
                else interpreter.AsyncGeneratorRun(generator, fulfilled ? ResumeKind.Return : ResumeKind.Throw, value);
                break;
            case AsyncGeneratorStepKind.AwaitReturn:
                interpreter.AsyncGeneratorReturnSettled(generator, fulfilled, value);
                break;
            default:
                interpreter.AsyncDelegateSettled(generator, kind, delegatedKind, fulfilled, value);
                break;
        }
    }
}
