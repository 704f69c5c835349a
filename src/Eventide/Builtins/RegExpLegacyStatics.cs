using System.Text.RegularExpressions;
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
    private Match? _match;
    /// <summary>Set instead of _match by scans that keep no Match object: the pattern and where its last match starts.</summary>
    private Regex? _regex;
    private int _index;
    private int _groupCount;
    /// <summary>RegExp.input: the last subject, or what a script assigned to it.</summary>
    private string _input = "";

    /// <summary>UpdateLegacyRegExpStaticProperties: called on every successful builtin match.</summary>
    public void Update(string subject, Match match, int groupCount)
    {
        _subject = _input = subject;
        _match = match;
        _regex = null;
        _groupCount = groupCount;
    }

    /// <summary>The same for the match of <paramref name="re"/> at <paramref name="index"/>, found again only if read.</summary>
    public void Update(string subject, JsRegExp re, int index)
    {
        _subject = _input = subject;
        _match = null;
        _regex = re.Regex;
        _index = index;
        _groupCount = re.GroupCount;
    }

    private Match? Current => _match ??= _regex?.Match(_subject, _index);

    private string Group(int n) =>
        Current is { } m && n < _groupCount && m.Groups[n].Success ? m.Groups[n].Value : "";

    public static void Setup(Realm realm, JsObject ctor)
    {
        var s = realm.RegExpStatics;
        NativeFn ignore = (_, _) => JsValue.Undefined;
        NativeFn getInput = (_, _) => s._input;
        NativeFn setInput = (_, args) => { s._input = Operations.ToString(args.At(0)); return JsValue.Undefined; };
        NativeFn lastMatch = (_, _) => s.Current?.Value ?? "";
        NativeFn lastParen = (_, _) => s._groupCount > 1 ? s.Group(s._groupCount - 1) : "";
        NativeFn leftContext = (_, _) => s.Current is { } m ? s._subject[..m.Index] : "";
        NativeFn rightContext = (_, _) => s.Current is { } m ? s._subject[(m.Index + m.Length)..] : "";
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
