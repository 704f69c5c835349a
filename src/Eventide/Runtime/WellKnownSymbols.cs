namespace Eventide.Runtime;

/// <summary>6.1.5.1 Well-Known Symbols, shared by all realms (they are immutable).</summary>
internal static class WellKnownSymbols
{
    public static readonly JsSymbol AsyncDispose = new("Symbol.asyncDispose");
    public static readonly JsSymbol AsyncIterator = new("Symbol.asyncIterator");
    public static readonly JsSymbol Dispose = new("Symbol.dispose");
    public static readonly JsSymbol HasInstance = new("Symbol.hasInstance");
    public static readonly JsSymbol IsConcatSpreadable = new("Symbol.isConcatSpreadable");
    public static readonly JsSymbol Iterator = new("Symbol.iterator");
    public static readonly JsSymbol Match = new("Symbol.match");
    public static readonly JsSymbol MatchAll = new("Symbol.matchAll");
    public static readonly JsSymbol Replace = new("Symbol.replace");
    public static readonly JsSymbol Search = new("Symbol.search");
    public static readonly JsSymbol Species = new("Symbol.species");
    public static readonly JsSymbol Split = new("Symbol.split");
    public static readonly JsSymbol ToPrimitive = new("Symbol.toPrimitive");
    public static readonly JsSymbol ToStringTag = new("Symbol.toStringTag");
    public static readonly JsSymbol Unscopables = new("Symbol.unscopables");

    public static readonly (string Name, JsSymbol Symbol)[] All =
    [
        ("asyncDispose", AsyncDispose), ("asyncIterator", AsyncIterator), ("dispose", Dispose), ("hasInstance", HasInstance), ("isConcatSpreadable", IsConcatSpreadable),
        ("iterator", Iterator), ("match", Match), ("matchAll", MatchAll), ("replace", Replace), ("search", Search),
        ("species", Species), ("split", Split), ("toPrimitive", ToPrimitive), ("toStringTag", ToStringTag),
        ("unscopables", Unscopables),
    ];
}
