namespace Eventide.Tests;

/// <summary>
/// Each Programs/NAME.js runs on Eventide and must print exactly NAME.expected, which is
/// node's output for the same file (regenerate with tests/Eventide.Tests/Programs/make-expected.sh).
/// </summary>
public class ProgramsTests
{
    private static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "Programs");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(ProgramsDir, "*.js").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(p => (string)p[0]);

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrints(string name)
    {
        var source = File.ReadAllText(Path.Combine(ProgramsDir, name + ".js"));
        var expected = File.ReadAllText(Path.Combine(ProgramsDir, name + ".expected"));
        Assert.Equal(expected, JsRunner.Run(source));
    }

    /// <summary>The same programs with the fast loop off: the general path alone must agree with node too.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrintsWithFastLoopOff(string name)
    {
        var source = File.ReadAllText(Path.Combine(ProgramsDir, name + ".js"));
        var expected = File.ReadAllText(Path.Combine(ProgramsDir, name + ".expected"));
        Assert.Equal(expected, JsRunner.Run(source, fastLoop: false));
    }
}
