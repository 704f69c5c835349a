using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// The legacy RegExp static properties (the "Legacy RegExp features" proposal, as V8 has them):
/// RegExp.$1-$9, input ($_), lastMatch ($&amp;), lastParen ($+), leftContext ($`) and rightContext ($'),
/// read from the last successful match of a builtin exec in this realm (exec, test, and the
/// String methods that go through them).
/// </summary>
internal sealed class RegExpLegacyStatics
{
    private string _subject = "";
    /// <summary>The last match's captures (start, end per group; -1 when unset).</summary>
    private int[]? _match;
    /// <summary>RegExp.input: the last subject, or what a script assigned to it.</summary>
    private string _input = "";

    /// <summary>UpdateLegacyRegExpStaticProperties: called on every successful builtin match (the captures are kept, not copied).</summary>
    public void Update(string subject, int[] captures)
    {
        _subject = _input = subject;
        _match = captures;
    }

    private int GroupCount => _match is null ? 0 : _match.Length / 2;

    private string Group(int n) =>
        _match is { } m && n < GroupCount && m[2 * n] >= 0 ? _subject[m[2 * n]..m[2 * n + 1]] : "";

    public static void Setup(Realm realm, JsObject ctor)
    {
        var s = realm.RegExpStatics;
        NativeFn ignore = (_, _) => JsValue.Undefined;
        NativeFn getInput = (_, _) => s._input;
        NativeFn setInput = (_, args) => { s._input = Operations.ToString(args.At(0)); return JsValue.Undefined; };
        NativeFn lastMatch = (_, _) => s.Group(0);
        NativeFn lastParen = (_, _) => s.GroupCount > 1 ? s.Group(s.GroupCount - 1) : "";
        NativeFn leftContext = (_, _) => s._match is { } m ? s._subject[..m[0]] : "";
        NativeFn rightContext = (_, _) => s._match is { } m ? s._subject[m[1]..] : "";
        foreach (var (name, alias, getter, setter) in (ReadOnlySpan<(string, string, NativeFn, NativeFn)>)[
            ("input", "$_", getInput, setInput), ("lastMatch", "$&", lastMatch, ignore), ("lastParen", "$+", lastParen, ignore),
            ("leftContext", "$`", leftContext, ignore), ("rightContext", "$'", rightContext, ignore)])
        {
            realm.DefineGetter(ctor, name, getter, setter);
            realm.DefineGetter(ctor, alias, getter, setter);
        }
        for (int i = 1; i <= 9; i++)
        {
            int n = i;
            realm.DefineGetter(ctor, "$" + n, (_, _) => s.Group(n), ignore);
        }
    }
}
