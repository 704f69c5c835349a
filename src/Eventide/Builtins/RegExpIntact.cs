using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// Watches the properties of %RegExp.prototype% and %RegExp% that the RegExp builtins read on a
/// RegExp (exec, flags and the flag getters, constructor, the @@ methods, @@species), so that
/// @@split, @@replace, @@match and the String methods can skip those reads (and @@split its
/// species construction) for a plain RegExp, as V8 does: each watched property still holds the
/// value the realm set up (same shape, same slot contents; a redefinition stores a new value or
/// changes the shape), and the RegExp has no own property but lastIndex.
/// </summary>
internal sealed class RegExpIntact
{
    private readonly JsObject _proto, _ctor;
    private readonly Shape _protoShape, _ctorShape;
    private readonly int[] _protoSlots;
    private readonly object?[] _protoValues;
    private readonly int _speciesSlot;
    private readonly object? _speciesValue;

    private static readonly PropertyKey[] WatchedKeys =
    [
        "exec", "flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky",
        "constructor", WellKnownSymbols.Match, WellKnownSymbols.MatchAll, WellKnownSymbols.Replace,
        WellKnownSymbols.Search, WellKnownSymbols.Split,
    ];

    private RegExpIntact(JsObject proto, JsObject ctor)
    {
        _proto = proto;
        _ctor = ctor;
        _protoShape = proto.Shape;
        _ctorShape = ctor.Shape;
        _protoSlots = new int[WatchedKeys.Length];
        _protoValues = new object?[WatchedKeys.Length];
        for (int i = 0; i < WatchedKeys.Length; i++)
        {
            _protoSlots[i] = proto.Shape.Lookup(WatchedKeys[i]);
            _protoValues[i] = proto.Slots[_protoSlots[i]].RawRef;
        }
        _speciesSlot = ctor.Shape.Lookup(WellKnownSymbols.Species);
        _speciesValue = ctor.Slots[_speciesSlot].RawRef;
    }

    /// <summary>Called once the realm's RegExp.prototype and RegExp are set up. A dictionary-mode
    /// shape is edited in place, so its identity says nothing: then nothing is ever intact.</summary>
    public static RegExpIntact? Capture(JsObject proto, JsObject ctor) =>
        proto.Shape.IsDictionary || ctor.Shape.IsDictionary ? null : new RegExpIntact(proto, ctor);

    /// <summary>True while every watched property holds its original value.</summary>
    public bool Holds()
    {
        if (_proto.Shape != _protoShape || _ctor.Shape != _ctorShape) return false;
        var slots = _proto.Slots;
        for (int i = 0; i < _protoSlots.Length; i++)
            if (slots[_protoSlots[i]].RawRef != _protoValues[i]) return false;
        return _ctor.Slots[_speciesSlot].RawRef == _speciesValue;
    }

    /// <summary>True when <paramref name="o"/> is a RegExp of this realm with no own property but
    /// lastIndex and the watched properties are intact: reading exec, flags, the flag getters,
    /// constructor, @@species or an @@ method runs no code and gives the original.</summary>
    public bool Holds(JsObject o, out JsRegExp re)
    {
        re = (o as JsRegExp)!;
        return re is not null && re.Shape.Count == 1 && re.Shape.Prototype == _proto && Holds();
    }
}
