using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// The further entries of a named-get or named-set site whose <see cref="PropertyCache"/> has seen more
/// than one receiver shape (a base constructor's this.x = x on each subclass's instances), or of a get
/// site that found its property where the dispatch loop's one-entry check cannot vouch for it: on a
/// prototype past the direct one (a subclass's inherited method, a generator's next), or nowhere on
/// the chain (an absent option read as undefined). Checked on the site's slow path, before a full
/// lookup. Entries hold only shapes whose keys never change, so the receiver's shape, the shapes of
/// the prototypes between it and the holder, and the holder's shape together prove that the lookup
/// would find the same slot.
/// </summary>
internal sealed class PolymorphicCache
{
    /// <summary>Entries per site (V8 keeps four shapes before a site goes megamorphic).</summary>
    private const int Capacity = 4;
    /// <summary>How many prototypes a lookup may pass before its holder (or the chain's end).</summary>
    internal const int MaxDepth = 6;

    /// <summary>Where a lookup on receivers of one shape found its property (or that it is absent).</summary>
    internal struct Entry
    {
        public Shape Shape;
        /// <summary>Null for an own property (or for an absent one, Slot -1).</summary>
        public JsObject? Holder;
        public Shape? HolderShape;
        /// <summary>Gets: the shapes of the prototypes after the receiver's and before the holder (or the
        /// chain's end). Adding sets: the shapes of the whole prototype chain.</summary>
        public Shape[]? Between;
        public int Slot;
        /// <summary>Adding sets: the shape after the add.</summary>
        public Shape? NewShape;

        /// <summary>A get entry's value for <paramref name="o"/>, whose shape is this entry's; false when a
        /// prototype it passed or its holder has changed shape since.</summary>
        public readonly bool TryRead(JsObject o, out JsValue value)
        {
            if (Holder is null && Slot >= 0)
            {
                value = o.Slots[Slot];
                return true;
            }
            // The prototypes the lookup passes still have the shapes it saw (so still lack the key).
            var p = Shape.Prototype;
            if (Between is { } between)
            {
                foreach (var s in between)
                {
                    if (p is null || !ReferenceEquals(p.Shape, s)) { value = default; return false; }
                    p = s.Prototype;
                }
            }
            if (Holder is null)
            {
                // Absent: the chain ended where it did when the entry was made.
                value = JsValue.Undefined;
                return p is null;
            }
            if (!ReferenceEquals(p, Holder) || !ReferenceEquals(Holder.Shape, HolderShape)) { value = default; return false; }
            value = Holder.Slots[Slot];
            return true;
        }
    }

    private readonly Entry[] _entries = new Entry[Capacity];
    private int _count;
    private int _nextVictim;

    /// <summary>The property's value when an entry matches <paramref name="o"/>'s shape and its chain is unchanged.</summary>
    public bool TryGet(JsObject o, out JsValue value)
    {
        var shape = o.Shape;
        for (int i = 0; i < _count; i++)
        {
            ref var e = ref _entries[i];
            if (ReferenceEquals(e.Shape, shape)) return e.TryRead(o, out value);
        }
        value = default;
        return false;
    }

    /// <summary>
    /// Resolves <paramref name="key"/> on the prototypes of <paramref name="o"/> (which lacks it) through
    /// ordinary objects with fixed shapes, and says where it was found (<paramref name="holder"/> null:
    /// absent) and which prototypes' shapes it passed; false when the lookup meets anything else (an
    /// accessor, a dictionary, an exotic object, a chain longer than <see cref="MaxDepth"/>).
    /// </summary>
    public static bool TryResolve(JsObject o, in PropertyKey key, out JsObject? holder, out int slot, out Shape[]? between)
    {
        holder = null;
        slot = -1;
        between = null;
        List<Shape>? passed = null;
        for (var p = o.Shape.Prototype; p is not null; p = p.Shape.Prototype)
        {
            // Ordinary [[Get]] only: an array's length or a String object's indices are not in its shape.
            if (!p.HasOrdinaryGet || !p.CachesNamedProperties || !p.FixShapeAsPrototype() || (passed?.Count ?? 0) >= MaxDepth) return false;
            var pshape = p.Shape;
            int found = pshape.Lookup(key);
            if (found >= 0)
            {
                if ((pshape.FlagsAt(found) & PropertyFlags.Accessor) != 0) return false;
                holder = p;
                slot = found;
                break;
            }
            (passed ??= new List<Shape>(2)).Add(pshape);
        }
        between = passed?.ToArray();
        return true;
    }

    /// <summary>A named set on <paramref name="o"/> when an entry matches its shape: a write to an own
    /// writable data property, or an add whose prototype chain still lacks the key.</summary>
    public bool TrySet(JsObject o, JsValue value)
    {
        var shape = o.Shape;
        for (int i = 0; i < _count; i++)
        {
            ref var e = ref _entries[i];
            if (!ReferenceEquals(e.Shape, shape)) continue;
            if (e.NewShape is null) JsValue.Store(ref o.Slots[e.Slot], value);
            else if (Interpreter.ChainUnchanged(o, e.Between!)) o.AddSlotWithShape(e.NewShape, value);
            else return false;
            return true;
        }
        return false;
    }

    /// <summary>Remembers a resolved lookup for receivers of <paramref name="shape"/>, replacing this shape's old entry or, when full, the oldest.</summary>
    public void Add(Shape shape, JsObject? holder, Shape? holderShape, int slot, Shape[]? between, Shape? newShape = null)
    {
        int at = -1;
        for (int i = 0; i < _count; i++) if (ReferenceEquals(_entries[i].Shape, shape)) { at = i; break; }
        if (at < 0)
        {
            if (_count < Capacity) at = _count++;
            else
            {
                at = _nextVictim;
                _nextVictim = (_nextVictim + 1) % Capacity;
            }
        }
        _entries[at] = new Entry { Shape = shape, Holder = holder, HolderShape = holderShape, Between = between, Slot = slot, NewShape = newShape };
    }
}
