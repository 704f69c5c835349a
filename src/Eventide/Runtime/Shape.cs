using System.Runtime.CompilerServices;

namespace Eventide.Runtime;

[Flags]
internal enum PropertyFlags : byte
{
    None = 0,
    Writable = 1,
    Enumerable = 2,
    Configurable = 4,
    /// <summary>The slot holds an <see cref="Accessor"/> instead of a value.</summary>
    Accessor = 8,
    /// <summary>Writable, enumerable, configurable data property: what assignment creates.</summary>
    Default = Writable | Enumerable | Configurable,
    /// <summary>Writable, configurable, not enumerable: builtin methods.</summary>
    Hidden = Writable | Configurable,
}

/// <summary>The getter/setter pair of an accessor property, stored in the property's slot.</summary>
internal sealed class Accessor(JsObject? getter, JsObject? setter)
{
    public JsObject? Getter = getter;
    public JsObject? Setter = setter;
    /// <summary>Set for a data property whose value is computed on first read (an error's "stack",
    /// a lazily created intrinsic): the slot reads as that data property.</summary>
    internal PendingValue? Pending;
}

/// <summary>
/// A hidden class: the ordered list of an object's own property keys with their attributes,
/// plus the prototype. Objects built the same way share a shape, so a shape check can stand in
/// for a property lookup (inline caches). Shapes in dictionary mode belong to one object and
/// are edited in place (after deletes or when an object grows large).
/// </summary>
internal sealed class Shape
{
    private const int DictionaryThreshold = 64;
    private const int LinearSearchLimit = 8;
    /// <summary>While a realm builds its intrinsics, an object past this many properties extends a
    /// private shape in place: one shape per big built-in (Array.prototype...) instead of a
    /// transition chain whose key arrays cost O(n²) bytes, for chains no other object follows.</summary>
    private const int BuildInPlaceFrom = 8;

    /// <summary>The shapes being extended in place by the intrinsics setup on this thread; null otherwise.</summary>
    [ThreadStatic] private static List<Shape>? t_building;

    public JsObject? Prototype { get; }
    public bool IsDictionary { get; }
    /// <summary>Private to one built-in under construction (see <see cref="BuildInPlaceFrom"/>).</summary>
    private bool _building;
    public int Count => _count;
    /// <summary>The keys and their slots never change: a shared shape (dictionaries and a built-in
    /// under construction are edited in place).</summary>
    public bool KeysFixed => !IsDictionary && !_building;

    private PropertyKey[] _keys;
    private PropertyFlags[] _flags;
    private int _count;
    private Dictionary<PropertyKey, int>? _index;
    private Dictionary<(PropertyKey, PropertyFlags), Shape>? _transitions;
    /// <summary>Prototype transitions: the same keys over another prototype (null's kept apart, a dictionary cannot key on it).</summary>
    private Dictionary<JsObject, Shape>? _prototypeTransitions;
    private Shape? _nullPrototypeTransition;
    /// <summary>How many keys are array indices: arrays ask their prototypes whether a write
    /// past the end could meet an inherited element without looking keys up.</summary>
    private int _indexKeyCount;
    /// <summary>1 + the slot of a "prototype" data property, -1 when there is none, 0 not yet known.</summary>
    private int _prototypeSlot;

    private Shape(JsObject? prototype, PropertyKey[] keys, PropertyFlags[] flags, int count, bool dictionary)
    {
        Prototype = prototype;
        _keys = keys;
        _flags = flags;
        _count = count;
        IsDictionary = dictionary;
        for (int i = 0; i < count; i++) if (keys[i].IsArrayIndex) _indexKeyCount++;
        if (count > LinearSearchLimit) BuildIndex();
    }

    /// <summary>Whether any own key is an array index.</summary>
    public bool HasIndexKeys => _indexKeyCount > 0;

    /// <summary>The empty shape for objects whose prototype is <paramref name="prototype"/>.</summary>
    public static Shape CreateRoot(JsObject? prototype) => new(prototype, [], [], 0, false);

    private void BuildIndex()
    {
        _index = new Dictionary<PropertyKey, int>(_count);
        for (int i = 0; i < _count; i++) _index[_keys[i]] = i;
    }

    /// <summary>
    /// The slot of an own "prototype" data property, or -1 ([[Construct]] of script functions reads
    /// it on every `new`): remembered, since a shared shape's keys and attributes never change (a
    /// dictionary's or an intrinsic's under construction may, and are looked up each time).
    /// </summary>
    public int PrototypeDataSlot
    {
        get
        {
            if (_prototypeSlot > 0) return _prototypeSlot - 1;
            if (_prototypeSlot < 0) return -1;
            int slot = Lookup("prototype");
            if (slot >= 0 && (_flags[slot] & PropertyFlags.Accessor) != 0) slot = -1;
            if (!IsDictionary && !_building) _prototypeSlot = slot < 0 ? -1 : slot + 1;
            return slot;
        }
    }

    public PropertyKey KeyAt(int slot) => _keys[slot];
    public PropertyFlags FlagsAt(int slot) => _flags[slot];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Lookup(in PropertyKey key)
    {
        if (_index is not null) return _index.TryGetValue(key, out int i) ? i : -1;
        var keys = _keys;
        for (int i = 0; i < _count; i++)
            if (keys[i].Equals(key)) return i;
        return -1;
    }

    /// <summary>The shape after adding <paramref name="key"/>; its slot is the old Count.</summary>
    public Shape AddProperty(PropertyKey key, PropertyFlags flags)
    {
        if (IsDictionary || _building)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, Math.Max(4, _count * 2));
                Array.Resize(ref _flags, _keys.Length);
            }
            _keys[_count] = key;
            _flags[_count] = flags;
            (_index ??= new())[key] = _count;
            _count++;
            if (key.IsArrayIndex) _indexKeyCount++;
            return this;
        }
        if (_count >= BuildInPlaceFrom && t_building is { } building)
        {
            var own = new Shape(Prototype, Grown(_keys), Grown(_flags), _count, false) { _building = true };
            if (own._index is null) own.BuildIndex();
            building.Add(own);
            return own.AddProperty(key, flags);
        }
        _transitions ??= new();
        if (_transitions.TryGetValue((key, flags), out var next)) return next;
        if (_count >= DictionaryThreshold)
            return ToDictionary().AddProperty(key, flags);
        var keys = new PropertyKey[_count + 1];
        var fl = new PropertyFlags[_count + 1];
        Array.Copy(_keys, keys, _count);
        Array.Copy(_flags, fl, _count);
        keys[_count] = key;
        fl[_count] = flags;
        next = new Shape(Prototype, keys, fl, _count + 1, false);
        _transitions[(key, flags)] = next;
        return next;
    }

    /// <summary>
    /// The shape of an object of this shape whose prototype became <paramref name="prototype"/>:
    /// shared by every object that makes the same change (Object.setPrototypeOf(Sub.prototype, Base.prototype),
    /// { __proto__: null } literals, Object.setPrototypeOf(this, new.target.prototype)), so inline
    /// caches keep working on them. A dictionary shape stays a private copy.
    /// </summary>
    public Shape WithPrototype(JsObject? prototype)
    {
        if (IsDictionary) return ToDictionary(prototype, changePrototype: true);
        if (prototype is null) return _nullPrototypeTransition ??= CopyWithPrototype(null);
        _prototypeTransitions ??= new(ReferenceEqualityComparer.Instance);
        if (!_prototypeTransitions.TryGetValue(prototype, out var next)) _prototypeTransitions[prototype] = next = CopyWithPrototype(prototype);
        return next;
    }

    private T[] Grown<T>(T[] items)
    {
        var grown = new T[_count * 2];
        Array.Copy(items, grown, _count);
        return grown;
    }

    /// <summary>Runs a realm's intrinsics setup with big built-ins extending private shapes in place;
    /// they become ordinary shapes (which later additions leave by transitions) when it returns.</summary>
    public static void BuildingIntrinsics(Action setup)
    {
        var outer = t_building;
        var building = t_building = [];
        try { setup(); }
        finally
        {
            t_building = outer;
            foreach (var shape in building) shape._building = false;
        }
    }

    private Shape CopyWithPrototype(JsObject? prototype) => new(prototype, _keys[.._count], _flags[.._count], _count, false);

    /// <summary>Largest dictionary <see cref="Fixed"/> turns back into a shape with fixed keys.</summary>
    internal const int MaxFixedFromDictionary = 1024;

    /// <summary>A dictionary's keys as a shape with fixed keys (same slots, no transitions), for an object
    /// met as a prototype (see <see cref="JsObject.FixShapeAsPrototype"/>); a later add or delete turns
    /// it back into a dictionary.</summary>
    public Shape Fixed() => IsDictionary ? CopyWithPrototype(Prototype) : this;

    /// <summary>A copy of this shape no other object reaches (a dictionary is one already): inline caches that meet it
    /// were filled by the one object that has it (see <see cref="JsObject.WatchForArrayIteration"/>).</summary>
    public Shape PrivateCopy() => IsDictionary ? this : CopyWithPrototype(Prototype);

    /// <summary>A private, editable copy of this shape.</summary>
    public Shape ToDictionary(JsObject? prototype = null, bool changePrototype = false)
    {
        var keys = new PropertyKey[Math.Max(4, _count)];
        var fl = new PropertyFlags[keys.Length];
        Array.Copy(_keys, keys, _count);
        Array.Copy(_flags, fl, _count);
        var s = new Shape(changePrototype ? prototype : Prototype, keys, fl, _count, true);
        s._index ??= new();
        if (s._index.Count == 0) for (int i = 0; i < _count; i++) s._index[keys[i]] = i;
        return s;
    }

    /// <summary>
    /// The shape of an object of this shape whose property at <paramref name="slot"/> now has
    /// <paramref name="flags"/>, without turning it into a dictionary (a resolved <see cref="PendingValue"/>:
    /// it happens once per such slot, so the copy is not shared through a transition).
    /// </summary>
    public Shape WithFlagsAt(int slot, PropertyFlags flags)
    {
        if (IsDictionary || _building)
        {
            _flags[slot] = flags;
            return this;
        }
        var fl = _flags[.._count];
        fl[slot] = flags;
        return new Shape(Prototype, _keys[.._count], fl, _count, false);
    }

    /// <summary>Dictionary mode only: change a property's attributes in place.</summary>
    public Shape ChangeFlags(int slot, PropertyFlags flags)
    {
        if (_flags[slot] == flags) return this;
        var s = IsDictionary ? this : ToDictionary();
        s._flags[slot] = flags;
        return s;
    }

    /// <summary>Dictionary mode only: remove the key at <paramref name="slot"/>; later slots shift down.</summary>
    public void RemoveAt(int slot)
    {
        if (!IsDictionary) throw new InvalidOperationException();
        if (_keys[slot].IsArrayIndex) _indexKeyCount--;
        _index!.Remove(_keys[slot]);
        for (int i = slot + 1; i < _count; i++)
        {
            _keys[i - 1] = _keys[i];
            _flags[i - 1] = _flags[i];
            _index[_keys[i - 1]] = i - 1;
        }
        _count--;
        _keys[_count] = default;
    }
}
