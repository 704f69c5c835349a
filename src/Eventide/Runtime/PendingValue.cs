namespace Eventide.Runtime;

/// <summary>
/// The value of a data property computed on first read. It sits in an accessor slot
/// (<see cref="Accessor.Pending"/>) that every read (JsObject.Get, DescriptorAt) turns into the
/// value, so scripts only ever see the data property; inline caches skip accessor slots, so they
/// never see it pending.
/// </summary>
internal abstract class PendingValue
{
    /// <summary>The property's value, for the object holding it at <paramref name="slot"/>.</summary>
    public abstract JsValue Read(JsObject holder, int slot);

    /// <summary>Whether a redefinition of the attributes alone keeps the value pending, instead of computing it first.</summary>
    public virtual bool StaysPendingOnRedefine => false;
}

/// <summary>
/// A big, rarely used intrinsic (a Temporal type, Temporal.Now...) created on first use rather than
/// with its realm: the property that holds it is pending until first read, then an ordinary data
/// property, in the same place and with the same attributes, so key order, descriptors and identity
/// are what an eagerly built realm shows. The realm's own references to it (a prototype for
/// objects the engine creates) ask <see cref="Value"/>, so the intrinsic is the same object
/// whichever asks first, even after a script deleted the property.
/// </summary>
internal sealed class LazyIntrinsic : PendingValue
{
    private Func<JsObject>? _create;
    private JsObject? _value;

    private LazyIntrinsic(Func<JsObject> create) => _create = create;

    /// <summary>Defines <paramref name="key"/> on <paramref name="holder"/> as a writable, configurable, not enumerable data property created on first use.</summary>
    public static LazyIntrinsic Define(JsObject holder, PropertyKey key, Func<JsObject> create)
    {
        var lazy = new LazyIntrinsic(create);
        holder.FastSet(key, JsValue.FromInternal(new Accessor(null, null) { Pending = lazy }), PropertyFlags.Hidden | PropertyFlags.Accessor);
        return lazy;
    }

    /// <summary>The intrinsic, created now if this is the first use.</summary>
    public JsObject Value => _value ?? Create();

    private JsObject Create()
    {
        var create = _create ?? throw new InvalidOperationException("An intrinsic was needed while it was being created.");
        _create = null;
        // Built as the realm's other intrinsics are: big prototypes extend private shapes in place.
        Shape.BuildingIntrinsics(() => _value = create());
        return _value!;
    }

    public override JsValue Read(JsObject holder, int slot)
    {
        var value = Value;
        holder.ResolvePending(slot, value);
        return value;
    }

    /// <summary>A constructor's "prototype" (non-writable, non-configurable, so always the one it was created with).</summary>
    public JsObject Prototype => Value.GetOwnDataValue("prototype").AsObject!;
}
