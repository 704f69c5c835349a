using System.Globalization;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// The console object (node's lib/internal/console/constructor.js): log/info/debug/dirxml to stdout,
/// warn/error/trace to stderr, formatted by util.format, indented by console.group.
/// </summary>
internal sealed class ConsoleObject
{
    private readonly Realm _realm;
    private readonly Engine _engine;
    private string _groupIndent = "";
    private const int GroupIndentationWidth = 2;
    private readonly Dictionary<string, int> _counts = [];
    private readonly Dictionary<string, double> _timers = [];

    private ConsoleObject(Realm realm)
    {
        _realm = realm;
        _engine = realm.Engine;
    }

    public static void Setup(Realm realm)
    {
        Inspector.SetupRealm(realm);
        var state = new ConsoleObject(realm);
        var console = new JsObject(realm.ObjectPrototype);
        // node's console methods are enumerable own properties.
        void Method(string name, int length, NativeFn body) =>
            console.FastSet(name, new NativeFunction(realm, name, length, body).HiddenFromStacks(), PropertyFlags.Default); // node's are script, its own frames

        Method("log", 0, (_, args) => state.Log(args));
        Method("warn", 0, (_, args) => state.Warn(args));
        Method("dir", 0, (_, args) => state.Dir(args.At(0), args.At(1)));
        Method("time", 0, (_, args) => state.Time(args));
        Method("timeEnd", 0, (_, args) => state.TimeEnd(args));
        Method("timeLog", 0, (_, args) => state.TimeLog(args));
        Method("trace", 0, (_, args) => state.Trace(args));
        Method("assert", 0, (_, args) => state.Assert(args));
        Method("clear", 0, (_, _) => JsValue.Undefined);
        Method("count", 0, (_, args) => state.Count(args));
        Method("countReset", 0, (_, args) => state.CountReset(args));
        Method("group", 0, (_, args) => state.Group(args));
        Method("groupEnd", 0, (_, _) => state.GroupEnd());
        Method("table", 0, (_, args) => state.Table(args));
        Method("debug", 0, (_, args) => state.Log(args));
        Method("info", 0, (_, args) => state.Log(args));
        Method("dirxml", 0, (_, args) => state.Log(args));
        Method("error", 0, (_, args) => state.Warn(args));
        Method("groupCollapsed", 0, (_, args) => state.Group(args));
        // Inspector-only methods: without an attached inspector node does nothing.
        foreach (var name in (string[])["profile", "profileEnd", "timeStamp", "context", "createTask"])
            Method(name, 0, (_, _) => JsValue.Undefined);
        console.FastSet(WellKnownSymbols.ToStringTag, "console", PropertyFlags.Configurable);
        realm.GlobalObject.FastSet("console", console, PropertyFlags.Hidden);
    }

    /// <summary>kWriteToConsole: group indentation on every line, then a newline.</summary>
    private void WriteToConsole(bool stdout, string text)
    {
        if (_groupIndent.Length != 0)
        {
            if (text.Contains('\n')) text = text.Replace("\n", "\n" + _groupIndent);
            text = _groupIndent + text;
        }
        var writer = stdout ? _engine.Out : _engine.Err;
        writer.Write(text);
        writer.Write('\n');
    }

    private JsValue Log(ReadOnlySpan<JsValue> args)
    {
        WriteToConsole(true, Inspector.FormatLogArguments(_realm, args));
        return JsValue.Undefined;
    }

    private JsValue Warn(ReadOnlySpan<JsValue> args)
    {
        WriteToConsole(false, Inspector.FormatLogArguments(_realm, args));
        return JsValue.Undefined;
    }

    /// <summary>console.dir(object, options): inspect with customInspect off, then the user's options.</summary>
    private JsValue Dir(JsValue value, JsValue options)
    {
        var o = new InspectOptions { CustomInspect = false };
        if (options.AsObject is { } opts) o = InspectOptions.FromObject(o, opts);
        WriteToConsole(true, Inspector.Inspect(_realm, value, o));
        return JsValue.Undefined;
    }

    private JsValue Trace(ReadOnlySpan<JsValue> args)
    {
        string message = Inspector.FormatLogArguments(_realm, args);
        string header = message.Length > 0 ? "Trace: " + message : "Trace";
        string frames = _engine.CaptureStackTrace();
        WriteToConsole(false, frames.Length > 0 ? header + "\n" + frames : header);
        return JsValue.Undefined;
    }

    private JsValue Assert(ReadOnlySpan<JsValue> args)
    {
        if (Operations.ToBoolean(args.At(0))) return JsValue.Undefined;
        var rest = args.Length > 1 ? args[1..].ToArray() : [];
        string first = rest.Length == 0 ? "Assertion failed" : "Assertion failed: " + Label(rest[0]);
        if (rest.Length == 0) rest = [first];
        else rest[0] = first;
        return Warn(rest);
    }

    /// <summary>`${label}`: a template literal's ToString (symbols throw).</summary>
    private static string Label(JsValue v) => Operations.ToString(v);

    private static string LabelOrDefault(ReadOnlySpan<JsValue> args) =>
        args.Length == 0 || args[0].IsUndefined ? "default" : Label(args[0]);

    private JsValue Count(ReadOnlySpan<JsValue> args)
    {
        string label = LabelOrDefault(args);
        _counts[label] = _counts.TryGetValue(label, out int n) ? n + 1 : 1;
        return Log([$"{label}: {_counts[label]}"]);
    }

    private JsValue CountReset(ReadOnlySpan<JsValue> args)
    {
        string label = LabelOrDefault(args);
        if (!_counts.Remove(label)) EmitWarning($"Count for '{label}' does not exist");
        return JsValue.Undefined;
    }

    private JsValue Group(ReadOnlySpan<JsValue> args)
    {
        if (args.Length > 0) Log(args);
        _groupIndent += new string(' ', GroupIndentationWidth);
        return JsValue.Undefined;
    }

    private JsValue GroupEnd()
    {
        _groupIndent = _groupIndent[..Math.Max(0, _groupIndent.Length - GroupIndentationWidth)];
        return JsValue.Undefined;
    }

    // -------------------------------------------------------------- timers ----

    private JsValue Time(ReadOnlySpan<JsValue> args)
    {
        string label = LabelOrDefault(args);
        if (_timers.ContainsKey(label))
        {
            EmitWarning($"Label '{label}' already exists for console.time()");
            return JsValue.Undefined;
        }
        _timers[label] = _engine.Clock.Elapsed;
        return JsValue.Undefined;
    }

    private JsValue TimeEnd(ReadOnlySpan<JsValue> args)
    {
        string label = LabelOrDefault(args);
        if (TimeLogImpl("timeEnd", label, null)) _timers.Remove(label);
        return JsValue.Undefined;
    }

    private JsValue TimeLog(ReadOnlySpan<JsValue> args)
    {
        string label = LabelOrDefault(args);
        TimeLogImpl("timeLog", label, args.Length > 1 ? args[1..].ToArray() : []);
        return JsValue.Undefined;
    }

    private bool TimeLogImpl(string name, string label, JsValue[]? data)
    {
        if (!_timers.TryGetValue(label, out double start))
        {
            EmitWarning($"No such label '{label}' for console.{name}()");
            return false;
        }
        double ms = _engine.Clock.Elapsed - start;
        var args = new List<JsValue> { "%s: %s", label, FormatTime(ms) };
        if (data is not null) args.AddRange(data);
        Log(args.ToArray());
        return true;
    }

    /// <summary>formatTime: "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)".</summary>
    internal static string FormatTime(double ms)
    {
        const double second = 1000, minute = 60 * second, hour = 60 * minute;
        double hours = 0, minutes = 0, seconds = 0;
        if (ms >= second)
        {
            if (ms >= minute)
            {
                if (ms >= hour) { hours = Math.Floor(ms / hour); ms %= hour; }
                minutes = Math.Floor(ms / minute);
                ms %= minute;
            }
            seconds = ms / second;
        }
        var inv = CultureInfo.InvariantCulture;
        if (hours != 0 || minutes != 0)
        {
            var parts = seconds.ToString("F3", inv).Split('.');
            string res = hours != 0 ? $"{hours}:{minutes.ToString(inv).PadLeft(2, '0')}" : minutes.ToString(inv);
            return $"{res}:{parts[0].PadLeft(2, '0')}.{parts[1]} ({(hours != 0 ? "h:m" : "")}m:ss.mmm)";
        }
        if (seconds != 0) return seconds.ToString("F3", inv) + "s";
        return NumberConversions.ToString(double.Parse(ms.ToString("F3", inv), inv)) + "ms";
    }

    /// <summary>
    /// process.emitWarning: written on a later tick as "(node:PID) Warning: message", the first one followed
    /// by node's hint about --trace-warnings.
    /// </summary>
    private void EmitWarning(string message)
    {
        var write = new NativeFunction(_realm, "emitWarning", 0, (_, _) =>
        {
            _engine.Err.Write($"(node:{Environment.ProcessId}) Warning: {message}\n");
            if (!_warned) _engine.Err.Write("(Use `node --trace-warnings ...` to show where the warning was created)\n");
            _warned = true;
            return JsValue.Undefined;
        });
        _engine.EnqueueTick(write, []);
    }

    private bool _warned;

    // --------------------------------------------------------------- table ----

    private JsValue Table(ReadOnlySpan<JsValue> args) => ConsoleTable.Render(this, _realm, args.At(0), args.At(1));

    internal JsValue LogText(string text) => Log([text]);
    internal JsValue LogValue(JsValue value) => Log([value]);
}
