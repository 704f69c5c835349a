using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Runtime;
using Eventide.Builtins;

namespace Eventide.Vm;

/// <summary>7.4.1 Iterator Records: an iterator, its next method and whether it is done.</summary>
internal sealed class IteratorRecord
{
    public JsObject Iterator { get; }
    public JsValue NextMethod { get; }
    public bool Done { get; set; }

    // Fast path for arrays whose iteration is unobservable (default @@iterator and next).
    private readonly JsArray? _array;
    private uint _index;

    // Fast path for generators whose next is the intrinsic one: resume without result objects.
    private readonly GeneratorObject? _generator;
    internal GeneratorObject? Generator => _generator;

    // Fast paths for iterator helpers and array iterators whose next is the intrinsic one: no result objects.
    private readonly IteratorHelper? _helper;
    private readonly ArrayIterator? _arrayIterator;

    private IteratorRecord(JsObject iterator, JsValue next)
    {
        Iterator = iterator;
        NextMethod = next;
        if (next.Ref is not JsFunction f) return;
        if (iterator is GeneratorObject g && ReferenceEquals(f, f.Realm.GeneratorNext)) _generator = g;
        else if (iterator is IteratorHelper h && ReferenceEquals(f, f.Realm.IteratorHelperNext)) _helper = h;
        else if (iterator is ArrayIterator a && ReferenceEquals(f, f.Realm.ArrayIteratorNext)) _arrayIterator = a;
    }
    private IteratorRecord(JsArray array) { Iterator = array; _array = array; }

    /// <summary>7.4.3 GetIterator(obj, sync)</summary>
    /// <remarks><paramref name="allowFastPath"/>: Arrays with default iteration may skip the iterator object; pass
    /// false when the caller needs the real next method (yield* forwards values to it).</remarks>
    public static IteratorRecord GetIterator(Realm realm, JsValue obj, bool allowFastPath = true) =>
        GetIterator(realm, obj, null, allowFastPath);

    /// <summary>GetIterator at a site whose errors name its source expression (<paramref name="subject"/>).</summary>
    public static IteratorRecord GetIterator(Realm realm, JsValue obj, ErrorSubject? subject, bool allowFastPath = true)
    {
        if (allowFastPath && ForArray(realm, obj) is { } record) return record;
        var method = obj.IsNullish ? JsValue.Undefined : Operations.GetV(obj, WellKnownSymbols.Iterator);
        if (method.AsFunction is not { } f) throw NotIterable(obj, subject);
        return FromMethod(obj, f);
    }

    /// <summary>GetIterator's record for an array with default iteration, which skips the iterator object; null for anything else.</summary>
    public static IteratorRecord? ForArray(Realm realm, JsValue obj) =>
        obj.RawRef is JsArray arr && HasDefaultArrayIteration(realm, arr) ? new IteratorRecord(arr) : null;

    /// <summary>V8's words for a value without a callable @@iterator, naming the expression when it knows it.</summary>
    private static JsException NotIterable(JsValue obj, ErrorSubject? subject) => JsException.TypeError(subject switch
    {
        { Kind: ErrorSubjectKind.Iterate, Text: { } t } => $"{t} is not iterable",
        { Kind: ErrorSubjectKind.IterateCallResult, Text: { } t } => $"{t} is not a function or its return value is not iterable",
        { Kind: ErrorSubjectKind.SpreadArgument, Text: { } t } => obj.IsNullish
            ? $"{t} is not iterable (cannot read property undefined)"
            : "Spread syntax requires ...iterable[Symbol.iterator] to be a function",
        _ => $"{Operations.DefaultCallSite(obj)} is not iterable (cannot read property Symbol(Symbol.iterator))",
    });

    /// <summary>7.4.2 GetIteratorFromMethod</summary>
    public static IteratorRecord FromMethod(JsValue obj, JsFunction method)
    {
        var iterator = method.Call(obj, []);
        if (iterator.AsObject is not JsObject it) throw new JsException(ErrorKind.TypeError, "Result of the Symbol.iterator method is not an object");
        return new IteratorRecord(it, it.Get("next"));
    }

    /// <summary>7.4.? GetIteratorDirect: an iterator object used as is.</summary>
    public static IteratorRecord Direct(JsObject iterator) => new(iterator, iterator.Get("next"));

    private static readonly PropertyKey IteratorKey = WellKnownSymbols.Iterator;

    /// <summary>True when iterating this array cannot run user code: default @@iterator and %ArrayIteratorPrototype%.next.</summary>
    public static bool HasDefaultArrayIteration(Realm realm, JsArray arr) => DefaultIteration(realm, arr);

    /// <summary>True when iterating this array yields its dense elements and runs no user code: it is packed,
    /// with the default iteration (f(...args), Array.from(a)). One call for both tests.</summary>
    public static bool IteratesAsPacked(Realm realm, JsArray arr) => arr.IsPacked && DefaultIteration(realm, arr);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool DefaultIteration(Realm realm, JsArray arr) =>
        // The usual case in two tests: an array literal's shape (no own property but its elements, %Array.prototype%
        // its prototype) while the realm's iteration methods are untouched (Realm.ArrayIterationIntact).
        (ReferenceEquals(arr.Shape, realm.ArrayShape) && realm.ArrayIterationIntact) || DefaultIterationChecked(realm, arr);

    /// <summary><see cref="DefaultIteration"/> once the protector is cleared or for an array with own properties:
    /// the two methods looked at (out of line, so the dispatch loop's spread keeps a small body).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DefaultIterationChecked(Realm realm, JsArray arr)
    {
        var arrayShape = realm.ArrayShape;
        if (arrayShape is null) return false; // the realm's arrays are still being set up
        // No own properties besides elements (an array literal's shape), or else none named @@iterator.
        if (!ReferenceEquals(arr.Shape, arrayShape) && !InheritsIterator(realm, arr)) return false;
        if (realm.ArrayIterationIntact) return true;
        return realm.ArrayValuesGuard.HoldsData(realm.ArrayPrototype, realm.ArrayValues!)
            && realm.ArrayIteratorNextGuard.HoldsData(realm.ArrayIteratorPrototype, realm.ArrayIteratorNext!);
    }

    /// <summary>An array with own properties besides its elements: its prototype is %Array.prototype% and none
    /// of them is @@iterator (out of line: the usual case above keeps a small frame for every spread and for-of).</summary>
    private static bool InheritsIterator(Realm realm, JsArray arr) =>
        ReferenceEquals(arr.GetPrototypeOf(), realm.ArrayPrototype) && arr.Shape.Lookup(IteratorKey) < 0;

    /// <summary>7.4.8 IteratorStepValue: false when done.</summary>
    public bool Step(out JsValue value)
    {
        if (_array is not null) return StepArray(out value);
        Done = true; // if next() throws, the iterator counts as done (not closed)
        if (_generator is not null) return StepGenerator(out value);
        if (_helper is not null || _arrayIterator is not null)
        {
            bool more = _helper is not null
                ? _helper.Resume(out value)
                : ArrayIteratorPrototype.Step(((JsFunction)NextMethod.Ref!).Realm, _arrayIterator!, out value); // next's realm makes entries' pairs
            if (!more) return false;
            Done = false;
            return true;
        }
        var r = CallNext();
        var realm = Realm.Current;
        if (Interpreter.IteratorComplete(realm, r)) { value = default; return false; }
        value = Interpreter.IteratorValue(realm, r);
        Done = false;
        return true;
    }

    /// <summary>7.4.6 IteratorStep: like <see cref="Step"/> but an ordinary iterator's result value is never read.</summary>
    public bool Skip()
    {
        if (_array is not null || _generator is not null || _helper is not null || _arrayIterator is not null) return Step(out _);
        Done = true;
        var r = CallNext();
        if (Interpreter.IteratorComplete(Realm.Current, r)) return false;
        Done = false;
        return true;
    }

    /// <summary>7.4.4 IteratorNext without a value: the result object, a TypeError when it is not one.</summary>
    private JsObject CallNext()
    {
        var result = Operations.Call(NextMethod, Iterator, []);
        return result.AsObject ?? throw new JsException(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object");
    }

    /// <summary>Arrays with default iteration: %ArrayIteratorPrototype%.next without the result object.</summary>
    internal bool StepArray(out JsValue value)
    {
        value = default;
        return StepArrayInto(ref value);
    }

    /// <summary><see cref="StepArray"/> storing the element into <paramref name="target"/> (the dispatch loop's
    /// register or local): one copy of it, not two; untouched when done.</summary>
    internal bool StepArrayInto(ref JsValue target)
    {
        var array = _array!;
        if (Done || _index >= array.Length) { Done = true; return false; }
        uint index = _index++;
        if (array.TryGetDense(index, out var value)) JsValue.Store(ref target, value); // a number without the barrier
        else target = array.Get(new PropertyKey(index));
        return true;
    }

    /// <summary>True when this record iterates an array without observable steps (see <see cref="StepArray"/>).</summary>
    internal bool IsArrayFastPath => _array is not null;

    /// <summary>Step over a generator with the intrinsic next: GeneratorResume without the result object.</summary>
    private bool StepGenerator(out JsValue value)
    {
        var interpreter = Realm.Current!.Engine.Interpreter;
        var g = Interpreter.GeneratorValidate(_generator!, "Generator.prototype.next");
        value = interpreter.GeneratorResumeCore(g, ResumeKind.Next, JsValue.Undefined, out bool done, out var inner);
        if (inner is not null)
        {
            // Inside yield*, the inner iterator's own result object is what next() would return.
            var realm = Realm.Current;
            done = Interpreter.IteratorComplete(realm, inner);
            if (!done) value = Interpreter.IteratorValue(realm, inner);
        }
        if (done) { value = default; return false; }
        Done = false;
        return true;
    }

    /// <summary>7.4.10 IteratorClose with a normal completion.</summary>
    public void Close()
    {
        Done = true;
        if (_array is not null) return;
        var ret = Operations.GetMethod(Iterator, "return");
        if (ret is null) return;
        var result = ret.Call(Iterator, []);
        if (!result.IsObject) throw new JsException(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object");
    }

    /// <summary>IteratorClose with a throw completion: errors from return() are swallowed.</summary>
    public void CloseQuietly()
    {
        try { Close(); }
        catch (JsException) { }
    }
}
