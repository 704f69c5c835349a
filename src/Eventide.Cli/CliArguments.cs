using Eventide.Host;

namespace Eventide.Cli;

/// <summary>What to run: a file, -e/-p code, stdin's text, or the REPL.</summary>
internal enum EntryKind { File, Eval, Stdin, Repl, Help, Version }

/// <summary>The command line, parsed as node parses its own: options, then the script and its arguments.</summary>
internal sealed class CliArguments
{
    public EntryKind Entry { get; private set; } = EntryKind.File;
    public string? File { get; private set; }
    public string? Code { get; private set; }
    /// <summary>-p: print the completion value of the code with util.inspect.</summary>
    public bool Print { get; private set; }
    /// <summary>-i: the REPL even when stdin is not a terminal.</summary>
    public bool Interactive { get; private set; }
    /// <summary>--input-type=module: -e, -p and stdin's code is an ES module.</summary>
    public bool InputIsModule { get; private set; }
    public bool InputTypeGiven { get; private set; }
    public int? StackTraceLimit { get; private set; }
    /// <summary>--trace=FILE.html: where to draw the run's timeline.</summary>
    public string? TracePage { get; private set; }
    /// <summary>--watch (or --watch-path): rerun the file when it or what it loaded changes.</summary>
    public bool Watch { get; private set; }
    public List<string> WatchPaths { get; } = [];
    public bool WatchPreserveOutput { get; private set; }
    public List<string> ScriptArguments { get; } = [];

    /// <summary>node's "node: ..." line for an invalid command line (exit code 9), null when the line is valid.</summary>
    public string? Error { get; private set; }

    private CliArguments() { }

    /// <param name="stdinIsTerminal">With no script, a terminal's stdin starts the REPL; any other stdin is the script.</param>
    public static CliArguments Parse(string[] args, EngineOptions options, TextWriter stderr, bool stdinIsTerminal)
    {
        var parsed = new CliArguments();
        int i = 0;
        for (; i < args.Length && parsed.Error is null; i++)
        {
            string a = args[i];
            if (a == "--") { i++; break; }
            if (a == "-" || !a.StartsWith('-')) break;
            parsed.ParseOption(a, args, ref i, options, stderr);
        }
        if (parsed.Error is not null) return parsed;
        if (parsed.Entry is EntryKind.Help or EntryKind.Version) return parsed;
        // The first positional argument is the script (or "-" for stdin), unless the code came from -e/-p.
        if (parsed.Entry == EntryKind.File && i < args.Length)
        {
            if (args[i] == "-") parsed.Entry = EntryKind.Stdin;
            else parsed.File = args[i];
            i++;
        }
        else if (parsed.Entry == EntryKind.File)
        {
            parsed.Entry = parsed.Interactive || stdinIsTerminal ? EntryKind.Repl : EntryKind.Stdin;
        }
        for (; i < args.Length; i++) parsed.ScriptArguments.Add(args[i]);
        if (parsed.Entry == EntryKind.File && parsed.InputTypeGiven) parsed.Error = "--input-type can only be used with string input via --eval, --print, or STDIN";
        if (parsed.Watch && parsed.Entry == EntryKind.Eval) parsed.Error ??= "either --watch or --eval can be used, not both";
        else if (parsed.Watch && parsed.Entry != EntryKind.File) parsed.Error ??= "--watch requires specifying a file";
        return parsed;
    }

    private void ParseOption(string a, string[] args, ref int i, EngineOptions options, TextWriter stderr)
    {
        int eq = a.IndexOf('=');
        string name = eq > 0 && a.StartsWith("--", StringComparison.Ordinal) ? a[..eq] : a;
        string? inlineValue = eq > 0 && a.StartsWith("--", StringComparison.Ordinal) ? a[(eq + 1)..] : null;
        switch (name)
        {
            case "-e" or "--eval":
                Code = ValueOf(name, inlineValue, args, ref i);
                Entry = EntryKind.Eval;
                break;
            case "-p" or "--print" or "-pe" or "-ep":
                Print = true;
                Code = ValueOf(name, inlineValue, args, ref i);
                Entry = EntryKind.Eval;
                break;
            case "-i" or "--interactive": Interactive = true; break;
            case "-h" or "--help": Entry = EntryKind.Help; break;
            case "-v" or "--version": Entry = EntryKind.Version; break;
            case "--input-type":
                string type = ValueOf(name, inlineValue, args, ref i) ?? "";
                if (type is not ("module" or "commonjs")) Error ??= "--input-type must be \"module\" or \"commonjs\"";
                InputIsModule = type == "module";
                InputTypeGiven = true;
                break;
            case "--unhandled-rejections":
                string mode = ValueOf(name, inlineValue, args, ref i) ?? "";
                if (RejectionModeNamed(mode) is { } m) options.UnhandledRejections = m;
                else Error ??= "invalid value for --unhandled-rejections";
                break;
            case "--stack-trace-limit":
                // A V8 flag: its own message, then node's bad-option line.
                if (inlineValue is null || !int.TryParse(inlineValue, out int limit))
                {
                    stderr.WriteLine("Error: illegal value for flag --stack-trace-limit of type int\nTry --help for options");
                    Error = $"bad option: {a}";
                }
                else StackTraceLimit = limit;
                break;
            case "--enable-source-maps": break; // accepted: stacks already point into the files that ran
            case "--virtual-time": options.VirtualTime = true; break;
            case "--deterministic":
                // The seed comes only after '=': a following argument is the script.
                if (inlineValue is null) options.Deterministic = new DeterministicOptions();
                else if (ulong.TryParse(inlineValue, out ulong seed)) options.Deterministic = new DeterministicOptions { Seed = seed };
                else Error ??= $"invalid value for {name}";
                break;
            case "--trace":
                // --trace prints on stderr; --trace=FILE draws the run as a page (Pictures.TimelinePage).
                if (inlineValue is null) options.Timeline = stderr;
                else if (inlineValue.Length == 0) Error ??= $"{name} requires an argument";
                else
                {
                    TracePage = inlineValue;
                    options.TimelineRecording = new TimelineRecording();
                }
                break;
            case "--watch": Watch = true; break;
            case "--watch-path":
                // node: --watch-path starts watch mode too, watching only the paths given.
                if (ValueOf(name, inlineValue, args, ref i) is { } watched) WatchPaths.Add(watched);
                Watch = true;
                break;
            case "--watch-preserve-output": WatchPreserveOutput = true; break;
            case "--no-fast-loop": options.FastLoop = false; break;
            case "--stack-size":
                if (int.TryParse(ValueOf(name, inlineValue, args, ref i), out int depth)) options.MaxCallDepth = depth;
                else Error ??= $"invalid value for {name}";
                break;
            case "--max-old-space-size":
                // node's heap limit in MB, here the bound on the managed heap (EngineOptions.MemoryLimit).
                if (long.TryParse(ValueOf(name, inlineValue, args, ref i), out long mb)) options.MemoryLimit = mb * 1024 * 1024;
                else Error ??= $"invalid value for {name}";
                break;
            default: Error = $"bad option: {a}"; break;
        }
    }

    /// <summary>node's names for the --unhandled-rejections modes.</summary>
    private static UnhandledRejectionMode? RejectionModeNamed(string name) => name switch
    {
        "throw" => UnhandledRejectionMode.Throw,
        "strict" => UnhandledRejectionMode.Strict,
        "warn" => UnhandledRejectionMode.Warn,
        "warn-with-error-code" => UnhandledRejectionMode.WarnWithErrorCode,
        "none" => UnhandledRejectionMode.Silent,
        _ => null,
    };

    /// <summary>An option's value: after '=' or the next argument.</summary>
    private string? ValueOf(string name, string? inlineValue, string[] args, ref int i)
    {
        if (inlineValue is not null) return inlineValue;
        if (i + 1 < args.Length) return args[++i];
        Error ??= $"{name} requires an argument";
        return null;
    }
}
