namespace Eventide.Test262;

/// <summary>The expected error of a negative test (INTERPRETING.md "negative").</summary>
public sealed record NegativeExpectation(string Phase, string Type);

/// <summary>
/// The YAML frontmatter of a test file, between <c>/*---</c> and <c>---*/</c>. Only the keys a runner
/// needs are read (flags, includes, features, negative); a small line-based reader is enough for the
/// subset of YAML test262 uses: scalars, inline lists, block lists, one nested mapping, block scalars.
/// </summary>
public sealed class TestMetadata
{
    public List<string> Flags { get; } = [];
    public List<string> Includes { get; } = [];
    public List<string> Features { get; } = [];
    public NegativeExpectation? Negative { get; private set; }

    public bool HasFlag(string flag) => Flags.Contains(flag);

    public static TestMetadata Parse(string source)
    {
        var meta = new TestMetadata();
        int start = source.IndexOf("/*---", StringComparison.Ordinal);
        if (start < 0) return meta;
        int end = source.IndexOf("---*/", start, StringComparison.Ordinal);
        if (end < 0) return meta;
        var lines = source[(start + 5)..end].Replace("\r\n", "\n").Split(['\n', '\r', '\u2028', '\u2029']);

        string? currentKey = null;
        string? negPhase = null, negType = null;
        foreach (var raw in lines)
        {
            if (raw.Trim().Length == 0) continue;
            bool indented = raw[0] == ' ' || raw[0] == '\t';
            var line = raw.Trim();
            if (!indented)
            {
                int colon = line.IndexOf(':');
                if (colon < 0) { currentKey = null; continue; }
                currentKey = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (value.StartsWith('[')) AddInline(meta.ListFor(currentKey), value);
                continue;
            }
            if (currentKey is null) continue;
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                meta.ListFor(currentKey)?.Add(Unquote(line[2..]));
            }
            else if (currentKey == "negative")
            {
                int colon = line.IndexOf(':');
                if (colon < 0) continue;
                var k = line[..colon].Trim();
                var v = Unquote(line[(colon + 1)..]);
                if (k == "phase") negPhase = v;
                else if (k == "type") negType = v;
            }
        }
        if (negPhase is not null && negType is not null) meta.Negative = new NegativeExpectation(negPhase, negType);
        return meta;
    }

    private List<string>? ListFor(string key) => key switch
    {
        "flags" => Flags,
        "includes" => Includes,
        "features" => Features,
        _ => null,
    };

    private static void AddInline(List<string>? list, string value)
    {
        if (list is null) return;
        int close = value.IndexOf(']');
        var inner = value[1..(close < 0 ? value.Length : close)];
        foreach (var item in inner.Split(','))
        {
            var s = Unquote(item);
            if (s.Length > 0) list.Add(s);
        }
    }

    private static string Unquote(string s)
    {
        s = s.Trim();
        int comment = s.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0) s = s[..comment].TrimEnd();
        if (s.Length >= 2 && (s[0] == '"' || s[0] == '\'') && s[^1] == s[0]) s = s[1..^1];
        return s;
    }
}
