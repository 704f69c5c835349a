using System.Runtime.CompilerServices;
using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// 27.5.3 Generator abstract operations. A generator keeps its frame; resuming it continues the
/// interpreter loop at the suspended pc (Interpreter.Resume), so no .NET stack is held while
/// suspended and none grows per yield.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>15.5.2 EvaluateGeneratorBody: bind parameters, then return the suspended generator.</summary>
    private JsValue StartGenerator(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        // 1. Perform ? FunctionDeclarationInstantiation(functionObject, argumentsList).
        var frame = NewFrame(fn, fn.Template, fn.Realm, fn.Ctx, thisArg, args, JsValue.Undefined, owned: true);
        RunFrame(frame); // runs parameter initialisation up to InitialYield
        // 2. Let G be ? OrdinaryCreateFromConstructor(functionObject, "%GeneratorFunction.prototype.prototype%", ...).
        var proto = PrototypeFromConstructor(fn, fn.Realm.GeneratorPrototype ?? fn.Realm.ObjectPrototype);
        var generator = new GeneratorObject(proto);
        // 3-4. GeneratorStart(G, FunctionBody): the frame is G's [[GeneratorContext]], state suspended-start.
        frame.Owner = generator;
        frame.GeneratorState = GeneratorState.SuspendedStart;
        generator.Frame = frame;
        return generator;
    }

    /// <summary>27.5.3.2 GeneratorValidate</summary>
    internal static GeneratorObject GeneratorValidate(JsValue generator, string method)
    {
        if (generator.AsObject is not GeneratorObject g)
            throw new JsException(ErrorKind.TypeError, $"Method [Generator].prototype.{method[(method.LastIndexOf('.') + 1)..]} called on incompatible receiver {Operations.ToDisplay(generator)}");
        if (g.State == GeneratorState.Executing)
            throw new JsException(ErrorKind.TypeError, "Generator is already running");
        return g;
    }

    /// <summary>27.5.3.3 GeneratorResume (next) and 27.5.3.4 GeneratorResumeAbrupt (throw, return).</summary>
    public JsValue GeneratorResume(Realm realm, JsValue generator, ResumeKind kind, JsValue value, string method)
    {
        var g = GeneratorValidate(generator, method);
        var result = GeneratorResumeCore(g, kind, value, out bool done, out var innerResult);
        return innerResult ?? CreateIterResult(realm, result, done);
    }

    /// <summary>
    /// GeneratorResume without the result object: the yielded or returned value and whether the
    /// generator is done. Inside yield* the inner iterator's result object is handed through
    /// unchanged (15.5.5 GeneratorYield(innerResult)) and returned in <paramref name="innerResult"/>.
    /// for-of over a generator with the intrinsic next uses this directly: the result object it
    /// skips is a fresh ordinary object, so not creating it is unobservable.
    /// </summary>
    internal JsValue GeneratorResumeCore(GeneratorObject g, ResumeKind kind, JsValue value, out bool done, out JsObject? innerResult)
    {
        innerResult = null;
        if (g.State == GeneratorState.SuspendedStart && kind != ResumeKind.Next)
        {
            // GeneratorResumeAbrupt step 2: a generator that never started just completes.
            g.Complete();
        }
        if (g.State == GeneratorState.Completed)
        {
            if (kind == ResumeKind.Throw) throw new JsException(value);
            done = true;
            return kind == ResumeKind.Return ? value : JsValue.Undefined;
        }
        var frame = g.Frame!;
        if (g.State == GeneratorState.SuspendedStart) kind = ResumeKind.Start;
        g.State = GeneratorState.Executing;
        try
        {
            while (true)
            {
                if (frame.Delegating)
                {
                    // yield*: forward the resumption to the inner iterator (15.5.5 step 7).
                    if (DelegateStep(frame, ref kind, ref value) is { } inner)
                    {
                        g.State = GeneratorState.SuspendedYield;
                        innerResult = inner;
                        done = false;
                        return JsValue.Undefined;
                    }
                }
                var result = Resume(frame, kind, value);
                if (frame.Suspended)
                {
                    if (frame.Delegating) { kind = ResumeKind.Next; value = JsValue.Undefined; continue; }
                    var yielded = frame.Regs[--frame.Sp];
                    g.State = GeneratorState.SuspendedYield;
                    done = false;
                    return yielded;
                }
                g.Complete();
                done = true;
                return result;
            }
        }
        catch
        {
            g.Complete();
            throw;
        }
    }

    /// <summary>
    /// One step of yield* (15.5.5 YieldExpression : yield * AssignmentExpression, step 7): sends
    /// the resumption to the inner iterator. Returns the inner result object to hand to the caller
    /// when the inner iterator is not done; otherwise ends the delegation and sets how the outer
    /// frame continues (its yield* evaluates to the inner value, or returns it, or throws).
    /// </summary>
    private JsObject? DelegateStep(Frame frame, ref ResumeKind kind, ref JsValue value)
    {
        var rec = (IteratorRecord)frame.Regs[frame.Sp - 1].Ref!;
        var iterator = rec.Iterator;
        JsValue innerResult;
        try
        {
            switch (kind)
            {
                case ResumeKind.Throw:
                    {
                        var throwMethod = Operations.GetMethod(iterator, "throw");
                        if (throwMethod is null)
                        {
                            // 7.b.iii: close the iterator, then throw a TypeError (protocol violation).
                            rec.Close();
                            throw new JsException(frame.Realm.CreateError(ErrorKind.TypeError, "The iterator does not provide a 'throw' method."));
                        }
                        innerResult = throwMethod.Call(iterator, [value]);
                        break;
                    }
                case ResumeKind.Return:
                    {
                        var returnMethod = Operations.GetMethod(iterator, "return");
                        if (returnMethod is null)
                        {
                            EndDelegation(frame);
                            return null; // the outer generator returns value
                        }
                        innerResult = returnMethod.Call(iterator, [value]);
                        break;
                    }
                default:
                    if (rec.Generator is { } inner)
                    {
                        // The intrinsic %GeneratorPrototype%.next on a generator (a chain of yield*):
                        // its steps without the call. The result object next() would make is made only
                        // when it is handed on; a done one is fresh, so reading its value is unobservable.
                        var v = GeneratorResumeCore(GeneratorValidate(inner, "Generator.prototype.next"), ResumeKind.Next, value, out bool innerDone, out var passed);
                        if (passed is not null) { innerResult = passed; break; }
                        if (!innerDone) return CreateIterResult(((JsFunction)rec.NextMethod.Ref!).Realm, v, false);
                        value = v;
                        kind = ResumeKind.Next;
                        EndDelegation(frame);
                        return null;
                    }
                    innerResult = Operations.Call(rec.NextMethod, iterator, [value]);
                    break;
            }
            if (innerResult.AsObject is not JsObject resultObject)
                throw new JsException(frame.Realm.CreateError(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(innerResult)} is not an object"));
            if (!IteratorComplete(frame.Realm, resultObject)) return resultObject;
            value = IteratorValue(frame.Realm, resultObject);
            // A done result of return() makes the outer generator return; otherwise yield* yields value.
            kind = kind == ResumeKind.Return ? ResumeKind.Return : ResumeKind.Next;
        }
        catch (JsException ex)
        {
            value = ex.GetValue(frame.Realm);
            kind = ResumeKind.Throw;
        }
        EndDelegation(frame);
        return null;
    }

    private static void EndDelegation(Frame frame)
    {
        frame.Delegating = false;
        frame.Regs[--frame.Sp] = default; // pop the iterator record
    }

    /// <summary>
    /// The entry frame stops at a suspension point (yield, await): it keeps pc (past the
    /// instruction) and sp, leaves the frame stack, and Execute returns the marker to the frame's
    /// driver (the generator or async function), which resumes it later.
    /// </summary>
    private JsValue SuspendEntry(Frame f, int resumePc, int sp, OpCode at)
    {
        f.Pc = resumePc;
        f.Sp = sp;
        f.SuspendedAt = at;
        f.Suspended = true;
        PopFrame(f);
        return JsValue.FromInternal(SuspendMarker.Instance);
    }

    /// <summary>The slots of <see cref="CreateIterResult"/>'s shape: a result object that keeps it is read by slot.</summary>
    internal const int IterResultValueSlot = 0, IterResultDoneSlot = 1;

    /// <summary>7.4.14 CreateIterResultObject</summary>
    internal static JsObject CreateIterResult(Realm realm, JsValue value, bool done) =>
        new(realm.IterResultShape, [value, done ? JsValue.True : JsValue.False]);

    /// <summary>7.4.6 IteratorComplete: a result of the realm's own shape is read by its slot (both are data properties);
    /// without a realm (a host call between runs), by Get.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every step of a yield* chain
    internal static bool IteratorComplete(Realm? realm, JsObject iterResult) =>
        Operations.ToBoolean(ReferenceEquals(iterResult.Shape, realm?.IterResultShape) ? iterResult.Slots[IterResultDoneSlot] : iterResult.Get("done"));

    /// <summary>7.4.7 IteratorValue, by slot as <see cref="IteratorComplete"/>.</summary>
    internal static JsValue IteratorValue(Realm? realm, JsObject iterResult) =>
        ReferenceEquals(iterResult.Shape, realm?.IterResultShape) ? iterResult.Slots[IterResultValueSlot] : iterResult.Get("value");
}
