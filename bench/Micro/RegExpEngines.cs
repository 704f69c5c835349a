using System.Text.RegularExpressions;
using Acornima;
using BenchmarkDotNet.Attributes;
using Eventide.RegExp;

/// <summary>
/// Eventide's own regex matcher against the .NET Regex that Acornima's JS → .NET conversion makes of
/// the same pattern (the path RegExp ran on before the own engine took every pattern), per pattern
/// family of bench/programs/regex.js. Each operation finds every match of the pattern in one text
/// (or tests every line, for the anchored validators) and reads the captures, as RegExp exec does.
/// </summary>
[MemoryDiagnoser]
public class RegExpEngines
{
    /// <summary>The families: name, pattern, flags, whether to scan the text or test each line.</summary>
    private static readonly (string Name, string Pattern, string Flags, bool PerLine)[] Families =
    [
        ("literal", "example", "g", false),
        ("ignore-case literal", "error", "gi", false),
        ("digits \\d+", @"\d+", "g", false),
        ("split \\s+", @"\s+", "g", false),
        ("split ,\\s*", @",\s*", "g", false),
        ("word [a-z]+", "[a-z]+", "g", false),
        ("date captures", @"(\d{4})-(\d{2})-(\d{2})", "g", false),
        ("named groups", @"(?<key>[a-z]+)=(?<value>\d+)", "g", false),
        ("word boundary", @"\b(\w)(\w*)\b", "g", false),
        ("lexer alternation", @"\s+|\/\/[^\n]*|([A-Za-z_$][\w$]*)|(\d+(?:\.\d+)?)|(""(?:[^""\\]|\\.)*"")|([-+*\/=;(){}])|.", "g", false),
        ("email validator", @"^[\w.+-]+@[\w-]+\.[\w.-]+$", "", true),
        ("url validator", @"^https?:\/\/[^\s/$.?#].[^\s]*$", "i", true),
    ];

    public static IEnumerable<string> FamilyNames => Families.Select(f => f.Name);

    [ParamsSource(nameof(FamilyNames))]
    public string Family { get; set; } = "";

    private string _text = "";
    private string[] _lines = [];
    private RegexMatcher _own = null!;
    private Regex _dotnet = null!;
    private int[] _captures = [];
    private bool _perLine;

    [GlobalSetup]
    public void Setup()
    {
        var (_, pattern, flags, perLine) = Families.First(f => f.Name == Family);
        _perLine = perLine;
        var words = new[] { "alpha", "beta", "gamma", "delta", "Error", "warning", "info", "request", "user", "id" };
        var random = new Random(42);
        var lines = new List<string>();
        for (int i = 0; i < 1000; i++)
        {
            var w = string.Join(' ', Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)]));
            lines.Add(perLine
                ? (i % 2 == 0 ? $"user{random.Next(500)}@example.com" : $"https://site{random.Next(50)}.org/p/{random.Next(1000)}?q={random.Next(99)}")
                : $"2024-0{1 + random.Next(9)}-1{random.Next(10)} {w}, user{random.Next(500)}@example.com, let v{i} = (a + {i * 3}) * \"s{i}\"; // c code={random.Next(600)}");
        }
        _lines = [.. lines];
        _text = string.Join('\n', lines);
        var parsed = RegexParser.Parse(pattern, flags);
        _own = new RegexMatcher(RegexCompiler.Compile(parsed, unicode: false), poll: null);
        _captures = new int[parsed.GroupCount * 2];
#pragma warning disable CS0618 // the conversion Acornima marks obsolete is what the comparison is against
        var converted = Tokenizer.AdaptRegExp(pattern, flags, compiled: false, matchTimeout: TimeSpan.FromSeconds(10), throwIfNotAdaptable: true,
            EcmaVersion.Latest, ExperimentalESFeatures.RegExpDuplicateNamedCapturingGroups);
#pragma warning restore CS0618
        _dotnet = converted.Regex!;
    }

    [Benchmark]
    public int Own()
    {
        int found = 0;
        if (_perLine)
        {
            foreach (var line in _lines) if (_own.Exec(line, 0, false, _captures)) found++;
            return found;
        }
        for (int at = 0; at <= _text.Length && _own.Exec(_text, at, false, _captures); found++)
            at = _captures[1] > _captures[0] ? _captures[1] : _captures[1] + 1;
        return found;
    }

    [Benchmark(Baseline = true)]
    public int DotNet()
    {
        int found = 0;
        if (_perLine)
        {
            foreach (var line in _lines) if (DotNetExec(line, 0)) found++;
            return found;
        }
        for (int at = 0; at <= _text.Length && DotNetExec(_text, at); found++)
            at = _captures[1] > _captures[0] ? _captures[1] : _captures[1] + 1;
        return found;
    }

    /// <summary>What RegExp exec did on the .NET path: one Match, its groups copied out as (start, end) pairs.</summary>
    private bool DotNetExec(string input, int start)
    {
        var m = _dotnet.Match(input, start);
        if (!m.Success) return false;
        for (int i = 0; i < _captures.Length / 2; i++)
        {
            var g = m.Groups[i];
            _captures[2 * i] = g.Success ? g.Index : -1;
            _captures[2 * i + 1] = g.Success ? g.Index + g.Length : -1;
        }
        return true;
    }
}
