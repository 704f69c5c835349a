using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>A [JsExport] class the generator turns into a JsClass (HostObjectsTests uses it).</summary>
[JsExport]
public partial class Greeter
{
    public Greeter(string name)
    {
        Name = name;
        Created++;
    }

    public string Name { get; set; }
    public string? Nickname { get; set; }
    public int Greetings { get; private set; }
    public Weekday Day { get; set; } = Weekday.Monday;
    [JsIgnore] public string Secret => "s3cret";
    [JsName("fullTitle")] public string Title => $"Greeter {Name}";

    public static int Created { get; set; }

    public static Greeter Create(string name) => new(name);

    public string Greet(string who, string punctuation = "!")
    {
        Greetings++;
        return $"Hello {who}, I am {Name}{punctuation}";
    }

    public double Add(double a, double b) => a + b;

    public int Scale(int value, int factor = 2) => value * factor;

    public Greeter Self() => this;

    public async Task<string> FetchAsync(int delayMs, CancellationToken token)
    {
        await Task.Delay(delayMs, token);
        return $"{Name} fetched";
    }

    public Task WaitAsync(int delayMs) => Task.Delay(delayMs);

    public ValueTask<int> CountAsync() => new(Greetings);

    public async Task FailLaterAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("later failure");
    }

    public void Rename(string name)
    {
        string old = Name;
        Name = name;
        Renamed?.Invoke(this, old);
    }

    public void Tick(int n) => Ticked?.Invoke(n, "tick");

    public event EventHandler<string>? Renamed;
    public event Action<int, string>? Ticked;

    public void Fail() => throw new InvalidOperationException("greeter is broken");

    /// <summary>Hands scripts a System.Type: the conversion refuses it (a host fault the script sees as an Error).</summary>
    public object Leak() => typeof(Greeter);

    public DateTime NextDay(DateTime date) => date.AddDays(1);

    public List<int> Doubled(IReadOnlyList<int> values) => values.Select(v => v * 2).ToList();

    public Dictionary<string, int> Lengths(string[] words) => words.ToDictionary(w => w, w => w.Length);

    public int Total(Dictionary<string, int> counts) => counts.Values.Sum();

    public string Describe(Greeter other) => $"{Name} knows {other.Name}";

    public override string ToString() => $"Greeter({Name})";
}

public enum Weekday { Sunday, Monday, Tuesday }

/// <summary>An indexed [JsExport] class: obj[i] reads and writes the list; Count bounds it.</summary>
[JsExport(Name = "Row")]
public partial class Cells
{
    private readonly List<double> _cells = [1, 2, 3];

    public int Count => _cells.Count;

    public double this[int index]
    {
        get => _cells[index];
        set => _cells[index] = double.IsNaN(value) ? throw new ArgumentException("a cell cannot hold NaN") : value;
    }

    public void Push(double value) => _cells.Add(value);
}

/// <summary>An exported subclass of an exported class: its JsClass has the base's members as well as its own.</summary>
[JsExport]
public partial class LoudGreeter(string name) : Greeter(name)
{
    public string Shout(string who) => Greet(who).ToUpperInvariant();
}

/// <summary>Generated code for a nested class, keyword-named members, overloads and optional arguments of several kinds.</summary>
public static partial class Nesting
{
    [JsExport]
    public partial record Options
    {
        public bool @default { get; set; } = true;
        public string Pick(int n) => $"int {n}";
        public string Pick(string s) => $"string {s}";
        [JsName("pickText")] public string Pick(string s, string suffix) => s + suffix;
        public string Defaults(Weekday day = Weekday.Tuesday, char c = 'c', decimal m = 1.5m, string? text = null, long big = 1L << 40) =>
            $"{day}|{c}|{m}|{text ?? "null"}|{big}";
        public string Anything(object? value, JsValue raw) => $"{value?.GetType().Name ?? "null"}|{raw.Type}";
    }
}
