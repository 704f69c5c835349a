using System.Diagnostics;

namespace Eventide.Test262.Tests;

/// <summary>--isolate: a test that kills the process (what a stack overflow does) costs that test only.</summary>
public class IsolationTests
{
    [Fact]
    public async Task CrashingTestIsRecordedAndTheRunContinues()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var results = Path.GetTempFileName();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Test262.dll"), root,
                     "test/crash-hook.js", "test/pass-both-modes.js", "test/only-strict.js",
                     "--isolate", "--threads", "1", "--expectations", "/dev/null", "--results", results })
            psi.ArgumentList.Add(a);
        psi.Environment["TEST262_RUNNER_CRASH_HOOK"] = "crash-hook.js";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, await stderr);

        var lines = File.ReadAllLines(results).Select(l => l.Split('\t')).ToList();
        File.Delete(results);
        Assert.Equal(["crash", "crash"], lines.Where(l => l[0] == "test/crash-hook.js").Select(l => l[3]));
        Assert.Equal(3, lines.Count(l => l[2] == "Pass"));
    }
}
