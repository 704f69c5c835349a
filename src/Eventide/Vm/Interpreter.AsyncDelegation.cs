using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// yield* in an async generator (15.5.5, generatorKind async): every resumption goes to the inner
/// async iterator, whose result is awaited; not-done results are yielded without awaiting again.
/// The iterator record is on top of the frame's stack while frame.Delegating is set.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>One turn of the 15.5.5 step 7 loop, for the received completion.</summary>
    internal void AsyncDelegateStep(AsyncGeneratorObject generator, ResumeKind received, JsValue value)
    {
        var frame = generator.Frame!;
        var realm = frame.Realm;
        var record = (IteratorRecord)frame.Regs[frame.Sp - 1].Ref!;
        var iterator = record.Iterator;
        JsValue innerResult;
        var stepKind = AsyncGeneratorStepKind.Delegate;
        try
        {
            switch (received)
            {
                case ResumeKind.Throw:
                    {
                        // b.i. Let throw be ? GetMethod(iterator, "throw").
                        var throwMethod = Operations.GetMethod(iterator, "throw");
                        if (throwMethod is null)
                        {
                            // b.iii. No throw method: AsyncIteratorClose(iteratorRecord, normal), then throw a TypeError.
                            var returnMethod = Operations.GetMethod(iterator, "return");
                            if (returnMethod is null) throw new JsException(ErrorKind.TypeError, "The iterator does not provide a 'throw' method.");
                            innerResult = returnMethod.Call(iterator, []);
                            stepKind = AsyncGeneratorStepKind.DelegateClose;
                            break;
                        }
                        // b.ii.1. Let innerResult be ? Call(throw, iterator, « received.[[Value]] »).
                        innerResult = throwMethod.Call(iterator, [value]);
                        break;
                    }
                case ResumeKind.Return:
                    {
                        // c.ii. Let return be ? GetMethod(iterator, "return").
                        var returnMethod = Operations.GetMethod(iterator, "return");
                        if (returnMethod is null)
                        {
                            // c.iii. If return is undefined: Await(received.[[Value]]), then return it.
                            EndDelegation(frame);
                            ContinueAfterYield(generator, ResumeKind.Return, value);
                            return;
                        }
                        // c.iv. Let innerReturnResult be ? Call(return, iterator, « received.[[Value]] »).
                        innerResult = returnMethod.Call(iterator, [value]);
                        break;
                    }
                default:
                    // a.i. Let innerResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « received.[[Value]] »).
                    innerResult = Operations.Call(record.NextMethod, iterator, [value]);
                    break;
            }
        }
        catch (JsException e)
        {
            EndDelegation(frame);
            AsyncGeneratorRun(generator, ResumeKind.Throw, e.GetValue(realm));
            return;
        }
        // a.ii / b.ii.2 / c.v. If generatorKind is async, set innerResult to ? Await(innerResult).
        var continuation = new AsyncGeneratorStep(this, generator, stepKind, received);
        if (!Await(realm, innerResult, continuation, out var error))
        {
            EndDelegation(frame);
            AsyncGeneratorRun(generator, ResumeKind.Throw, error);
        }
    }

    /// <summary>The awaited inner result arrived (or the await rejected).</summary>
    internal void AsyncDelegateSettled(AsyncGeneratorObject generator, AsyncGeneratorStepKind stepKind, ResumeKind received, bool fulfilled, JsValue innerResult)
    {
        var frame = generator.Frame!;
        var realm = frame.Realm;
        if (!fulfilled)
        {
            EndDelegation(frame);
            AsyncGeneratorRun(generator, ResumeKind.Throw, innerResult);
            return;
        }
        JsValue value;
        try
        {
            // iii. If innerResult is not an Object, throw a TypeError exception.
            if (innerResult.AsObject is not JsObject resultObject)
                throw new JsException(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(innerResult)} is not an object");
            // b.iii.6: the iterator was closed because it has no throw method.
            if (stepKind == AsyncGeneratorStepKind.DelegateClose)
                throw new JsException(ErrorKind.TypeError, "The iterator does not provide a 'throw' method.");
            // iv. Let done be ? IteratorComplete(innerResult).
            bool done = IteratorComplete(realm, resultObject);
            // vi. (also) ? IteratorValue(innerResult).
            value = IteratorValue(realm, resultObject);
            if (done)
            {
                // v. If done is true, return ? IteratorValue(innerResult) (c.viii: as a return completion).
                EndDelegation(frame);
                AsyncGeneratorRun(generator, received == ResumeKind.Return ? ResumeKind.Return : ResumeKind.Next, value);
                return;
            }
        }
        catch (JsException e)
        {
            EndDelegation(frame);
            AsyncGeneratorRun(generator, ResumeKind.Throw, e.GetValue(realm));
            return;
        }
        // vi. If generatorKind is async, set received to Completion(AsyncGeneratorYield(? IteratorValue(innerResult))).
        if (AsyncGeneratorYield(generator, value, out var kind, out var resumption))
            AsyncDelegateStep(generator, kind, resumption);
    }
}
