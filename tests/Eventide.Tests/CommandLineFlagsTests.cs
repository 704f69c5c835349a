using Eventide.Cli;

namespace Eventide.Tests;

/// <summary>
/// node's command line on the eventide command (-e/-p, stdin, --, --input-type, --version, --help,
/// --stack-trace-limit, --unhandled-rejections, bad options): stdout, stderr and exit code compared with
/// node's own run of the same line when node is on PATH.
/// </summary>
public class CommandLineFlagsTests
{
    private static (int Code, string Out, string Err) Run(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Execute(args, stdout, stderr, stdin: new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Same stdout and exit code as node for the same arguments (and stdin).</summary>
    [Theory]
    [InlineData("", "-p", "({ a: 1, b: 's', c: [1, 2, { d: null }] })")]
    [InlineData("", "-pe", "Promise.resolve([1, 'x'])")]
    [InlineData("", "--print", "this === globalThis")]
    [InlineData("", "-e", "console.log(process.argv.length, process.argv.slice(1), __filename, __dirname, module.id, typeof require, typeof exports)", "--", "x", "y")]
    [InlineData("", "--eval=console.log(require('path').basename('/a/b.txt'))")]
    [InlineData("", "-p", "setTimeout(() => console.log('later'), 5); 'now'")]
    [InlineData("", "--input-type=module", "-e", "console.log(typeof require, import.meta.url.endsWith('/[eval1]'))")]
    [InlineData("", "--stack-trace-limit=2", "-p", "function a() { return b() } function b() { return c() } function c() { return new Error('x').stack.split('\\n').length } a()")]
    [InlineData("", "-e", "process.exitCode = 3")]
    [InlineData("console.log(1 + 1, __filename, typeof require)\n", "-")]
    [InlineData("console.log(process.argv.slice(1))\n", "-", "a", "b")]
    [InlineData("import { sep } from 'path'; console.log(sep, import.meta.url.endsWith('/[eval1]'))\n")]
    [InlineData("console.log('piped', typeof module)\n")]
    public void OutputAndExitCodeMatchNode(string stdin, params string[] args)
    {
        var (code, output, _) = Run(args, stdin);
        if (!CliProcess.NodeAvailable) return;
        var node = CliProcess.Node(stdin, args);
        Assert.Equal(node.Out, output);
        Assert.Equal(node.Code, code);
    }

    [Theory]
    [InlineData("--xyz")]
    [InlineData("--version", "--xyz")]
    [InlineData("--unhandled-rejections=sometimes", "-e", "1")]
    [InlineData("--input-type=json", "-e", "1")]
    [InlineData("-e")]
    public void InvalidArgumentsExitWithNinesMessage(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(9, code);
        Assert.Equal("", output);
        Assert.StartsWith("eventide: ", err);
        if (!CliProcess.NodeAvailable) return;
        var node = CliProcess.Node("", args);
        Assert.Equal(9, node.Code);
        Assert.Equal(node.Err.Replace("node: ", "eventide: "), err);
    }

    [Fact]
    public void UncaughtErrorInEvalIsReportedAsNodeDoesWithEventidesFooter()
    {
        var (code, _, err) = Run(["-e", "throw new Error('x')"]);
        Assert.Equal(1, code);
        Assert.Equal($"[eval]:1\nthrow new Error('x')\n^\n\nError: x\n    at [eval]:1:7\n\n{ErrorReporter.Footer}\n", err);
        Assert.Matches(@"^Eventide v\d+\.\d+\.\d+$", ErrorReporter.Footer);
    }

    [Fact]
    public void VersionPrintsEventidesVersion()
    {
        var (code, output, _) = Run(["--version"]);
        Assert.Equal(0, code);
        Assert.Matches(@"^v\d+\.\d+\.\d+\n$", output);
        Assert.Equal(output, Run(["-v"]).Out);
        Assert.Equal(ErrorReporter.EventideVersion + "\n", output);
    }

    [Fact]
    public void HelpListsEveryOption()
    {
        var (code, output, _) = Run(["--help"]);
        Assert.Equal(0, code);
        foreach (var option in new[] { "-e, --eval", "-p, --print", "-i, --interactive", "--input-type", "--unhandled-rejections=strict|warn|none|throw|warn-with-error-code",
            "--stack-trace-limit", "--enable-source-maps", "--max-old-space-size", "--stack-size", "--virtual-time", "--deterministic[=SEED]", "--trace", "--no-fast-loop", "-h, --help",
            "-v, --version", "explain", "--function", "--bytecode", "EVENTIDE_REPL_HISTORY", "\n  -  ", "\n  --  " })
            Assert.Contains(option, output);
    }

    [Fact]
    public void DeterministicRunsPrintTheSameBytesForTheSameSeed()
    {
        string program = "const t0 = Date.now(); setTimeout(() => console.log(Date.now() - t0, new Date().toISOString(), Math.random(), require('crypto').randomUUID()), 250); console.log(Math.random())";
        var first = Run(["--deterministic", "-e", program]);
        Assert.Equal(0, first.Code);
        Assert.Equal(first, Run(["--deterministic=0", "-e", program]));
        Assert.Matches(@"^0\.\d+\n250 2000-01-01T00:00:00\.250Z 0\.\d+ [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$", first.Out);
        var other = Run(["--deterministic=12345", "-e", program]);
        Assert.NotEqual(first.Out, other.Out);
        Assert.Equal(other, Run(["--deterministic=12345", "-e", program]));
        Assert.Equal((9, "", "eventide: invalid value for --deterministic\n"), Run(["--deterministic=abc", "-e", program]));
    }

    [Fact]
    public void PrintOfEsmInputIsNodesError()
    {
        var (code, _, err) = Run(["--input-type=module", "-p", "1"]);
        Assert.Equal(1, code);
        Assert.Contains("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input", err);
    }

    [Fact]
    public void EnableSourceMapsIsAccepted() => Assert.Equal("ok\n", Run(["--enable-source-maps", "-e", "console.log('ok')"]).Out);

    [Fact]
    public void UnsettledTopLevelAwaitExitsWith13()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-tla-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(path, "console.log('waiting');\nawait new Promise(() => {});\n");
        try
        {
            var (code, output, err) = Run([path]);
            Assert.Equal(13, code);
            Assert.Equal("waiting\n", output);
            if (CliProcess.NodeAvailable) Assert.Equal(CliProcess.Node("", path).Err, err);
        }
        finally { File.Delete(path); }
    }

    public static TheoryData<string, string> RejectionCases()
    {
        string[] programs =
        [
            "Promise.reject(new Error('r'));\nsetTimeout(() => console.log('after'), 10);\n",
            "Promise.reject(42);\nsetTimeout(() => console.log('after'), 10);\n",
            "process.on('unhandledRejection', (r) => console.log('handler', r));\nPromise.reject(42);\nsetTimeout(() => console.log('after'), 10);\n",
            "const p = Promise.reject(new Error('late'));\nsetTimeout(() => p.catch(() => console.log('caught')), 10);\n",
        ];
        var data = new TheoryData<string, string>();
        foreach (var mode in new[] { "strict", "warn", "none", "throw", "warn-with-error-code" })
            foreach (var program in programs) data.Add(mode, program);
        return data;
    }

    /// <summary>Each --unhandled-rejections mode prints what node prints (less node's internal frames) and exits as node does.</summary>
    [Theory]
    [MemberData(nameof(RejectionCases))]
    public void UnhandledRejectionModesMatchNode(string mode, string program)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-rej-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, program);
        try
        {
            var (code, output, err) = Run([$"--unhandled-rejections={mode}", path]);
            if (!CliProcess.NodeAvailable) return;
            var node = CliProcess.Node("", $"--unhandled-rejections={mode}", path);
            Assert.Equal(node.Out, output);
            Assert.Equal(node.Code, code);
            Assert.Equal(NormalizeNodeStderr(node.Err), NormalizeNodeStderr(err).Replace(ErrorReporter.Footer, "Node.js v20.20.2"));
        }
        finally { File.Delete(path); }
    }

    /// <summary>Process ids out, and the stack frames inside node's own JavaScript (Eventide has no such frames).</summary>
    private static string NormalizeNodeStderr(string err)
    {
        var lines = err.Replace("\r", "").Split('\n')
            .Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+at (.*\(node:internal/.*\)|node:internal/.*)$"));
        return System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines), @"\(node:\d+\)", "(node:PID)");
    }
}
