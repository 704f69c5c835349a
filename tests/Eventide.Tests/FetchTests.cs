using System.Diagnostics;

namespace Eventide.Tests;

/// <summary>
/// Each Fetch/NAME.js runs against a real loopback HTTP server under node and under Eventide (fast
/// loop on and off); the outputs must be the same. node is run live here: the server's port changes
/// from run to run, and the programs print nothing that depends on it.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class FetchTests : IClassFixture<LoopbackHttpServer>
{
    private readonly LoopbackHttpServer _server;

    public FetchTests(LoopbackHttpServer server)
    {
        _server = server;
        // The programs read where the server is from the environment, under node and in-process alike.
        Environment.SetEnvironmentVariable("EVENTIDE_TEST_BASE", server.BaseUrl);
        Environment.SetEnvironmentVariable("EVENTIDE_TEST_CLOSED_PORT", server.ClosedPort.ToString());
    }

    private static string FetchDir => Path.Combine(AppContext.BaseDirectory, "Fetch");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(FetchDir, "*.js").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(p => (string)p[0]);

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task PrintsWhatNodePrints(string name)
    {
        string path = Path.Combine(FetchDir, name + ".js");
        string expected = await RunNode(path);
        foreach (bool fastLoop in new[] { true, false })
        {
            string actual = JsRunner.RunFile(path, fastLoop, virtualTime: false);
            if (actual != expected || Environment.GetEnvironmentVariable("EVENTIDE_FETCH_KEEP") == "1")
            {
                // Both outputs side by side for the diff (the assertion shows only where they part).
                string stem = Path.Combine(Path.GetTempPath(), $"eventide-fetch-{name}");
                File.WriteAllText(stem + ".node.txt", expected);
                File.WriteAllText(stem + ".eventide.txt", actual);
            }
            Assert.Equal(expected, actual);
        }
    }

    private static async Task<string> RunNode(string path)
    {
        var psi = new ProcessStartInfo("node", [path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(psi)!;
        var stderr = node.StandardError.ReadToEndAsync();
        string stdout = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"node failed: {await stderr}");
        return stdout;
    }
}
