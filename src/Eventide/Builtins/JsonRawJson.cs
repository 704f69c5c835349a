using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>An object made by JSON.rawJSON: null-prototype, frozen, with [[IsRawJSON]] and its text.</summary>
internal sealed class RawJsonObject : JsObject
{
    /// <summary>The text JSON.stringify emits verbatim (the frozen "rawJSON" property).</summary>
    public string Text { get; }

    public RawJsonObject(string text) : base(null)
    {
        Text = text;
        CreateDataPropertyOrThrow("rawJSON", text);
        ObjectConstructor.SetIntegrityLevelOrThrow(this, frozen: true);
    }
}

/// <summary>JSON.rawJSON and JSON.isRawJSON (JSON.parse source text access, ES2026 25.5.3-4).</summary>
internal static class JsonRawJson
{
    public static void Setup(Realm realm, JsObject json)
    {
        // JSON.isRawJSON ( O ): whether O has an [[IsRawJSON]] internal slot.
        realm.DefineMethod(json, "isRawJSON", 1, (_, args) => args.At(0).AsObject is RawJsonObject);
        // JSON.rawJSON ( text )
        realm.DefineMethod(json, "rawJSON", 1, (_, args) => RawJSON(realm, args.At(0)));
    }

    private static JsValue RawJSON(Realm realm, JsValue text)
    {
        // 1. Let jsonString be ? ToString(text).
        string jsonString = Operations.ToString(text);
        // 2. Throw a SyntaxError if jsonString is empty, or if its first or last code unit is tab, line feed, carriage return or space.
        if (jsonString.Length == 0 || IsJsonWhitespace(jsonString[0]) || IsJsonWhitespace(jsonString[^1]))
            throw JsException.SyntaxError("Invalid value for JSON.rawJSON");
        // 3. Throw a SyntaxError if jsonString is not valid JSON text, or if its outermost value is an object or array.
        if (jsonString[0] is '{' or '[') throw JsException.SyntaxError("Invalid value for JSON.rawJSON");
        new JsonParser(realm, jsonString).Parse();
        // 4-8. A null-prototype object with [[IsRawJSON]] and "rawJSON": jsonString, frozen.
        return new RawJsonObject(jsonString);
    }

    private static bool IsJsonWhitespace(char c) => c is '\t' or '\n' or '\r' or ' ';
}
