using System.Diagnostics;

namespace Eventide.Tests;

/// <summary>Runs the eventide CLI (or node) as a child process with a piped stdin, bounded in time.</summary>
internal static class CliProcess
{
    public static bool NodeAvailable { get; } = OnPath("node");

    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, command)));

    /// <summary>`eventide ARGS` with <paramref name="stdin"/> piped in.</summary>
    public static (int Code, string Out, string Err) Eventide(string stdin, params string[] args) =>
        Run(JsRunner.ForkCommand[0], [JsRunner.ForkCommand[1], .. args], stdin);

    public static (int Code, string Out, string Err) Node(string stdin, params string[] args) => Run("node", args, stdin);

    private static (int Code, string Out, string Err) Run(string file, string[] args, string stdin)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        psi.Environment["EVENTIDE_REPL_HISTORY"] = "";
        psi.Environment["NODE_REPL_HISTORY"] = "";
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not exit within a minute");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
