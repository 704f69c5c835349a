namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // Set up by the ArrayBuffer, SharedArrayBuffer, DataView and TypedArray builtins.
    public JsFunction ArrayBufferConstructor = null!;
    public JsObject ArrayBufferPrototype = null!;
    public JsFunction SharedArrayBufferConstructor = null!;
    public JsObject SharedArrayBufferPrototype = null!;
    /// <summary>DataView, created on first use (Builtins/Intrinsics.Binary.cs); its prototype is set by its setup, which the first read runs.</summary>
    internal LazyIntrinsic DataView = null!;
    public JsObject DataViewPrototype { get => field ?? DataView.Prototype; set; }
    /// <summary>%TypedArray% and %TypedArray.prototype%.</summary>
    public JsFunction TypedArrayConstructor = null!;
    public JsObject TypedArrayPrototype = null!;
    /// <summary>The eleven (twelve with Float16Array) concrete constructors and prototypes, by <see cref="ElementType"/>.</summary>
    public readonly JsFunction[] TypedArrayConstructors = new JsFunction[ElementTypes.Count];
    public readonly JsObject[] TypedArrayPrototypes = new JsObject[ElementTypes.Count];

    /// <summary>The intrinsic get %TypedArray%.prototype.length, and where it lives (the dispatch loop's ta.length fast path).</summary>
    internal JsObject? TypedArrayLengthGetter;
    internal PropertyGuard TypedArrayLengthGuard = new(LengthKey);

    /// <summary>True when reading "length" from <paramref name="ta"/> would just run the intrinsic getter: no own or
    /// concrete-prototype "length" shadows it and %TypedArray%.prototype still holds it.</summary>
    internal bool HasIntrinsicLength(JsTypedArray ta)
    {
        // The last view shape proven (a loop reads one array's length again and again): no per-type tables.
        if (ReferenceEquals(ta.Shape, _lastLengthFreeView) && ReferenceEquals(_lastLengthFreeConcrete!.Shape, _lastLengthFreeConcreteShape))
            return HoldsIntrinsicLengthGetter;
        return HasIntrinsicLengthByType(ta);
    }

    private Shape? _lastLengthFreeView, _lastLengthFreeConcreteShape;
    private JsObject? _lastLengthFreeConcrete;

    private bool HasIntrinsicLengthByType(JsTypedArray ta)
    {
        int type = (int)ta.Type;
        var concrete = TypedArrayPrototypes[type];
        // A view and concrete prototype whose shapes were seen without "length" (shapes that are not
        // dictionaries never gain keys): only the getter on %TypedArray%.prototype is left to check.
        if (ReferenceEquals(ta.Shape, _lengthFreeViewShapes[type]) && ReferenceEquals(concrete.Shape, _lengthFreeConcreteShapes[type]))
        {
            (_lastLengthFreeView, _lastLengthFreeConcrete, _lastLengthFreeConcreteShape) = (ta.Shape, concrete, concrete.Shape);
            return HoldsIntrinsicLengthGetter;
        }
        if (!SearchIntrinsicLength(ta, concrete)) return false;
        if (ReferenceEquals(ta.Shape.Prototype, concrete) && !ta.Shape.IsDictionary && !concrete.Shape.IsDictionary)
        {
            _lengthFreeViewShapes[type] = ta.Shape;
            _lengthFreeConcreteShapes[type] = concrete.Shape;
        }
        return true;
    }

    private readonly Shape?[] _lengthFreeViewShapes = new Shape?[ElementTypes.Count];
    private readonly Shape?[] _lengthFreeConcreteShapes = new Shape?[ElementTypes.Count];

    private bool SearchIntrinsicLength(JsTypedArray ta, JsObject concrete)
    {
        if (ta.Shape.Lookup(LengthKey) >= 0) return false;
        // Subclass prototypes (node's Buffer, class X extends Uint8Array) may sit in between, if ordinary and without a length.
        var proto = ta.Shape.Prototype;
        for (int depth = 0; !ReferenceEquals(proto, concrete); depth++, proto = proto.Shape.Prototype)
        {
            if (depth == MaxSubclassDepth || proto is null || proto.GetType() != typeof(JsObject)) return false;
            if (ReferenceEquals(proto.Shape, _lengthFreeShape)) continue;
            if (proto.Shape.Lookup(LengthKey) >= 0) return false;
            // A shape never changes its keys unless it is a dictionary: remember one found without "length" (Buffer.prototype has ~100 keys).
            if (!proto.Shape.IsDictionary) _lengthFreeShape = proto.Shape;
        }
        return ReferenceEquals(concrete.Shape.Prototype, TypedArrayPrototype) && concrete.Shape.Lookup(LengthKey) < 0
            && HoldsIntrinsicLengthGetter;
    }

    /// <summary>%TypedArray%.prototype still holds the intrinsic length getter (what every shape check above leaves to check):
    /// surely while nothing has defined or deleted its "length" since setup, else by looking.</summary>
    private bool HoldsIntrinsicLengthGetter => TypedArrayLengthUntouched
        || (TypedArrayLengthGetter is not null && TypedArrayLengthGuard.HoldsGetter(TypedArrayPrototype, TypedArrayLengthGetter));

    /// <summary>No [[DefineOwnProperty]] or [[Delete]] of "length" on %TypedArray%.prototype since setup (<see cref="TypedArrayPrototypeObject"/>).</summary>
    internal bool TypedArrayLengthUntouched;

    internal static readonly PropertyKey LengthKey = "length";
    private const int MaxSubclassDepth = 3;
    private Shape? _lengthFreeShape;

    /// <summary>A new ArrayBuffer holding <paramref name="bytes"/> (for hosts: Buffer, TextEncoder, fs).</summary>
    public JsArrayBuffer NewArrayBuffer(byte[] bytes) => new(ArrayBufferPrototype, bytes);

    /// <summary>A new typed array of <paramref name="type"/> over a whole new buffer holding <paramref name="bytes"/>.</summary>
    public JsTypedArray NewTypedArray(ElementType type, byte[] bytes) =>
        new(TypedArrayPrototypes[(int)type], type, NewArrayBuffer(bytes), 0, bytes.Length / ElementTypes.Size(type));
}
