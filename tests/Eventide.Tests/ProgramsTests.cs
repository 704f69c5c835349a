namespace Eventide.Tests;

/// <summary>
/// Each Programs/NAME.js runs on Eventide as `node NAME.js` runs it (a CommonJS module with require)
/// and must print exactly NAME.expected, which is node's output for the same file (regenerate with tests/Eventide.Tests/Programs/make-expected.sh).
/// </summary>
[Collection(TimingSensitive.Name)]
public class ProgramsTests
{
    private static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "Programs");

    public static IEnumerable<object[]> Programs() => ProgramsWhere(loopback: false);

    /// <summary>The programs that talk over loopback sockets or to child processes, or all the others.</summary>
    internal static IEnumerable<object[]> ProgramsWhere(bool loopback) =>
        Directory.GetFiles(ProgramsDir, "*.js")
            .Where(p => UsesLoopback(File.ReadAllText(p)) == loopback)
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(p => (string)p[0]);

    private static bool UsesLoopback(string source) =>
        System.Text.RegularExpressions.Regex.IsMatch(source, @"require\('(node:)?(net|http|https|child_process|dgram)'\)");

    internal static void Check(string name, bool fastLoop, int attempts = 1)
    {
        var expected = File.ReadAllText(Path.Combine(ProgramsDir, name + ".expected"));
        string actual = JsRunner.RunFile(Path.Combine(ProgramsDir, name + ".js"), fastLoop: fastLoop);
        for (int i = 1; i < attempts && actual != expected; i++) actual = JsRunner.RunFile(Path.Combine(ProgramsDir, name + ".js"), fastLoop: fastLoop);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrints(string name) => Check(name, fastLoop: true);

    /// <summary>The same programs with the fast loop off: the general path alone must agree with node too.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrintsWithFastLoopOff(string name) => Check(name, fastLoop: false);
}

/// <summary>
/// The programs whose output depends on the order in which the kernel reports loopback socket and
/// child-process events: they run alone, so that a two-core machine busy with other tests does not
/// delay one side of a connection past the other. A program whose output differs runs once more:
/// when the .NET thread pool is still busy with earlier tests' work, a completion can be posted a
/// turn late (a known race of the poll phase, noted on issue 17); a second difference fails.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoopbackPrograms
{
    public const string Name = "Loopback programs";
}

[Collection(LoopbackPrograms.Name)]
public class LoopbackProgramsTests
{
    public static IEnumerable<object[]> Programs() => ProgramsTests.ProgramsWhere(loopback: true);

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrints(string name) => ProgramsTests.Check(name, fastLoop: true, attempts: 2);

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrintsWithFastLoopOff(string name) => ProgramsTests.Check(name, fastLoop: false, attempts: 2);
}
