using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Eventide.Cli;

namespace Eventide.Tests;

/// <summary>
/// eventide --trace=FILE.html and eventide explain --html: the pages drawn from the examples, their
/// content, and (where Chromium is installed) how a real browser renders them.
/// </summary>
public class PicturesTests
{
    /// <summary>The repository's examples directory (found above the test binaries).</summary>
    private static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "examples", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"examples/{name} not found above {AppContext.BaseDirectory}");
    }

    private static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"eventide-picture-{Guid.NewGuid():N}{extension}");

    private static string TimelinePage(string page)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Execute([$"--trace={page}", Example("timeline.js")], stdout, stderr);
        Assert.Equal("", stderr.ToString());
        Assert.Equal(0, code);
        // The program's own output is untouched by the recording (the order of its last, timed lines depends on the machine's speed, in node too).
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["script: start", "script: end", "nextTick", "promise 42", "queueMicrotask"], lines[..5]);
        Assert.Equal(["await chain: first then second", "immediate", "read 27 lines", "timeout 0"], lines[5..].Order());
        return File.ReadAllText(page);
    }

    private static string StateMachinePage(string page)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Execute(["explain", Example("state-machine.js"), "--html", page], stdout, stderr);
        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString() + stdout.ToString());
        return File.ReadAllText(page);
    }

    [Fact]
    public void TimelineDrawsEveryJobInItsPhaseWithWhereItWasScheduled()
    {
        string page = TempFile(".html");
        try
        {
            string html = TimelinePage(page);
            // Self-contained: nothing fetched.
            Assert.DoesNotContain("src=\"http", html);
            Assert.DoesNotContain("href=\"http", html);
            foreach (var lane in new[] { "script", "nextTick", "microtasks", "timers", "poll", "check" })
                Assert.Contains($"<tspan x=\"14\" dy=\"0\">{lane}</tspan>", html);
            Assert.Equal(["script", "nextTick", "microtasks", "timers", "poll", "check"],
                Regex.Matches(html, "<span style=\"--c:#[0-9a-f]+\" title=\"[^\"]*\">([a-zA-Z]+)</span>").Select(m => m.Groups[1].Value));
            // Boxes: the script, the three jobs of the first checkpoint plus the await, the timers, the immediate, the read.
            int boxes = Regex.Matches(html, "class=\"box job\"").Count;
            Assert.InRange(boxes, 12, 40);
            // Each job points back to the job that scheduled it, from the call that did.
            Assert.Contains("process.nextTick callback (anonymous) (line 22)", html);
            Assert.Contains("from timeline.js:22:", html);
            Assert.Contains("scheduled by #0 (script)", html);
            Assert.Matches("data-from=\"0\" data-to=\"\\d+\"", html);
            // What each job printed, beside its number.
            Assert.Contains("›&#160;nextTick</tspan>", html);
            Assert.Contains("›&#160;promise&#160;42</tspan>", html);
            // The value a promise job passed on.
            Assert.Contains("passed: 42", html);
            Assert.Contains("passed: &#39;first&#39;", html);
        }
        finally { File.Delete(page); }
    }

    [Fact]
    public void StateMachinePageDrawsStatesAndTheirTransitions()
    {
        string page = TempFile(".html");
        try
        {
            string html = StateMachinePage(page);
            Assert.Contains("<code>function* countdown(from)</code>", html);
            Assert.Contains("<code>async function brew(kind)</code>", html);
            // countdown: start, the yield, done; the yield is in a loop and a try/finally.
            Assert.Contains("yield n", html);
            Assert.Contains("loops (line 5)", html);
            Assert.Contains("return(v), runs finally (line 10)", html);
            // brew: three awaits; the one in the try is caught at line 20.
            Assert.Contains("await heat(90)", html);
            Assert.Contains("rejected: throws at the await, caught at line 20", html);
            // countdown, brew and the async arrow steep (heat is a plain arrow).
            Assert.Equal(3, Regex.Matches(html, "<svg class=\"machine\"").Count);
        }
        finally { File.Delete(page); }
    }

    [ChromiumFact]
    public void PagesRenderInHeadlessChromiumWithoutErrors()
    {
        string timeline = TempFile(".html"), machine = TempFile(".html");
        try
        {
            TimelinePage(timeline);
            StateMachinePage(machine);
            foreach (var (page, element) in new[] { (timeline, "class=\"box job\""), (machine, "class=\"box state\"") })
            {
                // The DOM after the page's script ran: the drawing is there and the script ended without an error.
                var (dom, log) = Chromium("--dump-dom", new Uri(page).AbsoluteUri);
                Assert.Contains(element, dom);
                Assert.Contains("data-ready=\"yes\"", dom);
                Assert.DoesNotContain("data-errors=\"", dom);
                // Chromium logs every console message and uncaught error as INFO:CONSOLE; the pages log nothing.
                Assert.DoesNotContain(":CONSOLE", log);
                string png = TempFile(".png");
                try
                {
                    Chromium($"--screenshot={png}", "--window-size=1200,800", new Uri(page).AbsoluteUri);
                    Assert.True(File.Exists(png), $"no screenshot of {page}");
                    Assert.True(DistinctPixelBytes(png) > 16, $"the screenshot of {page} is blank");
                }
                finally { File.Delete(png); }
            }
        }
        finally
        {
            File.Delete(timeline);
            File.Delete(machine);
        }
    }

    private static (string Stdout, string Stderr) Chromium(params string[] args)
    {
        string profile = Path.Combine(Path.GetTempPath(), $"eventide-chromium-{Guid.NewGuid():N}");
        var psi = new ProcessStartInfo(ChromiumFactAttribute.Browser!)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in (string[])["--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}", .. args])
            psi.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not exit within a minute");
            }
            return (output.Result, error.Result);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>How many different byte values the PNG's (inflated) image data holds: a blank page gives one or two.</summary>
    private static int DistinctPixelBytes(string png)
    {
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= bytes.Length;)
        {
            int length = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
            string type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (type == "IDAT") idat.Write(bytes, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new bool[256];
        var buffer = new byte[1 << 16];
        for (int n; (n = inflated.Read(buffer)) > 0;)
            for (int i = 0; i < n; i++) seen[buffer[i]] = true;
        return seen.Count(s => s);
    }

    /// <summary>A test that needs Chromium: skipped, saying so, where it is not installed.</summary>
    private sealed class ChromiumFactAttribute : FactAttribute
    {
        public static string? Browser { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);

        public ChromiumFactAttribute()
        {
            if (Browser is null) Skip = "Chromium is not installed: the pictures' browser test needs it (apt-get install chromium)";
        }
    }
}
