using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Eventide.Test262;

/// <summary>
/// node (V8), for comparison: long-lived <c>node</c> workers (one per runner thread) each run
/// node-host.js, which takes one test per line and runs it in a fresh vm context with print and
/// $262. A worker that does not answer in time is killed and replaced. node gets no feature skips
/// but what its host cannot give: $262.agent, and [[CanBlock]] false (node's main thread can block).
/// </summary>
public sealed class NodeEngine : ITestEngine, IDisposable
{
    private readonly string _root;
    private readonly string _script;
    private readonly ConcurrentBag<Worker> _idle = [];
    private readonly ConcurrentBag<Worker> _all = [];

    public NodeEngine(string root)
    {
        _root = root;
        _script = Path.Combine(Path.GetTempPath(), $"eventide-test262-node-host-{Environment.ProcessId}.js");
        using (var resource = typeof(NodeEngine).Assembly.GetManifestResourceStream("node-host.js")!)
        using (var file = File.Create(_script))
            resource.CopyTo(file);
        Version = RunNode("--version").Trim();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public string Name => "node";

    public string Version { get; }

    public string? SkipReason(TestMetadata meta, string source) =>
        FeaturePolicy.NeedsAgent(meta, source) ? "agent"
        : meta.HasFlag("CanBlockIsFalse") ? "CanBlockIsFalse"
        : null;

    public EngineRun Run(TestCase test, string mode, IReadOnlyList<string> harnessFiles, TimeSpan timeout)
    {
        var request = JsonSerializer.Serialize(new NodeRequest(
            Path.GetFullPath(Path.Combine(_root, test.Path)), mode == "strict", test.Metadata.HasFlag("module"),
            test.Metadata.HasFlag("async"), test.Metadata.Features.Contains("IsHTMLDDA"), harnessFiles,
            (int)timeout.TotalMilliseconds), NodeHostJson.Default.NodeRequest);
        if (!_idle.TryTake(out var worker)) _all.Add(worker = new Worker(_script, Path.Combine(_root, "harness")));
        // node's own vm timeout answers first; this covers what it cannot interrupt (endless job loops).
        var answer = worker.Ask(request, timeout + TimeSpan.FromSeconds(5));
        if (answer is null)
        {
            worker.Kill();
            return new EngineRun(new Thrown(ThrowKind.Timeout));
        }
        _idle.Add(worker);
        var a = JsonSerializer.Deserialize(answer, NodeHostJson.Default.NodeAnswer)!;
        var kind = Enum.TryParse<ThrowKind>(a.Kind, out var k) ? k : ThrowKind.Internal;
        return new EngineRun(new Thrown(kind, a.Name ?? "", a.Message ?? ""), a.Harness, a.Printed);
    }

    public void Dispose()
    {
        foreach (var w in _all) w.Kill();
        try { File.Delete(_script); } catch (IOException) { }
    }

    private static string RunNode(string args)
    {
        using var p = Process.Start(new ProcessStartInfo("node", args) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    /// <summary>One node process and its pipes.</summary>
    private sealed class Worker
    {
        private readonly Process _process;

        public Worker(string script, string harnessDir)
        {
            var psi = new ProcessStartInfo("node")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--expose-gc", "--experimental-vm-modules", "--no-warnings", script, harnessDir }) psi.ArgumentList.Add(a);
            _process = Process.Start(psi)!;
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginErrorReadLine();
        }

        /// <summary>The answer line, or null when none came in time (or the worker died).</summary>
        public string? Ask(string request, TimeSpan wait)
        {
            try
            {
                _process.StandardInput.WriteLine(request);
                _process.StandardInput.Flush();
                var line = _process.StandardOutput.ReadLineAsync();
                return line.Wait(wait) ? line.Result : null;
            }
            catch (Exception e) when (e is IOException or AggregateException or InvalidOperationException)
            {
                return null;
            }
        }

        public void Kill()
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _process.Dispose();
        }
    }
}

internal sealed record NodeRequest(string File, bool Strict, bool Module, bool Async, bool Htmldda, IReadOnlyList<string> Harness, int Timeout);

internal sealed record NodeAnswer(string Kind, string? Name, string? Message, string? Harness, List<string>? Printed);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(NodeRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(NodeAnswer))]
internal sealed partial class NodeHostJson : System.Text.Json.Serialization.JsonSerializerContext;
