using System.Diagnostics;
using System.Text.Json;
using Eventide.Cli;

// The fuzz batch host: reads one script path per line on stdin and, for each, runs it as the
// eventide command would (CommandLine.Execute, in-process on fresh engines, virtual time) with the
// fast loop on and then off, answering one JSON line per script:
//   {"file":..., "runs":[{"out":..., "err":..., "code":N, "ms":N}, {...fast loop off...}]}
// A run over the time limit reports code -1 (a hang). Saves eventide's ~0.15 s startup per run.
var limit = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5);
var stdout = Console.Out;
var thread = new Thread(() =>
{
    // Warm up (JIT) before the first program, whose time limit would otherwise pay for it.
    var warm = Path.Combine(Path.GetTempPath(), $"fuzzhost-warmup-{Environment.ProcessId}.js");
    File.WriteAllText(warm, "class A { #x = 1; get x() { return this.#x; } }\nasync function* g() { yield* [1, 2]; }\n(async () => { for await (const v of g()) new A().x + v; })();\nsetTimeout(() => JSON.stringify([...'ab'].map(String)), 1);\n");
    Run(warm, true);
    Run(warm, false);
    File.Delete(warm);
    string? line;
    while ((line = Console.In.ReadLine()) is not null)
    {
        if (line.Length == 0) continue;
        var runs = new[] { Run(line, true), Run(line, false) };
        stdout.WriteLine(JsonSerializer.Serialize(new { file = line, runs }));
        stdout.Flush();
    }
}, 512 * 1024 * 1024);
thread.Start();
thread.Join();

object Run(string file, bool fastLoop)
{
    Environment.SetEnvironmentVariable("EVENTIDE_FAST_LOOP", fastLoop ? "1" : "0");
    var o = new StringWriter();
    var e = new StringWriter();
    var sw = Stopwatch.StartNew();
    int code;
    try
    {
        code = CommandLine.Execute(["--virtual-time", file], o, e, limit);
        if (e.ToString().Contains("internal error: ExecutionCancelledException", StringComparison.Ordinal)) code = -1;
    }
    catch (Exception ex)
    {
        // CommandLine.Execute reports every exception itself; one escaping is a host-level crash.
        e.WriteLine($"fuzzhost: escaped {ex.GetType().Name}: {ex.Message}");
        code = 70;
    }
    return new { @out = o.ToString(), err = e.ToString(), code, ms = sw.ElapsedMilliseconds };
}
