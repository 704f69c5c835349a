using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 25.5.1.? JSON Parse Record: a parsed value with the source text of a primitive, the records of an
/// array's elements or those of an object's entries (by key; the last of duplicate keys).
/// </summary>
internal sealed class JsonParseRecord(JsValue value)
{
    /// <summary>[[Value]]: the value as parsed (the context's source is given only while it is unchanged).</summary>
    public JsValue Value { get; } = value;
    /// <summary>The source text matched by a primitive's parse node.</summary>
    public string? Source { get; init; }
    /// <summary>[[Elements]]</summary>
    public List<JsonParseRecord>? Elements { get; init; }
    /// <summary>[[Entries]]</summary>
    public Dictionary<string, JsonParseRecord>? Entries { get; init; }
}
