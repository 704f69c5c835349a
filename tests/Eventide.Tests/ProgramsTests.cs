namespace Eventide.Tests;

/// <summary>
/// Each Programs/NAME.js runs on Eventide as `node NAME.js` runs it (a CommonJS module with require)
/// and must print exactly NAME.expected, which is node's output for the same file (regenerate with tests/Eventide.Tests/Programs/make-expected.sh).
/// </summary>
[Collection(TimingSensitive.Name)]
public class ProgramsTests
{
    private static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "Programs");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(ProgramsDir, "*.js").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(p => (string)p[0]);

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrints(string name)
    {
        var expected = File.ReadAllText(Path.Combine(ProgramsDir, name + ".expected"));
        Assert.Equal(expected, JsRunner.RunFile(Path.Combine(ProgramsDir, name + ".js")));
    }

    /// <summary>The same programs with the fast loop off: the general path alone must agree with node too.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatNodePrintsWithFastLoopOff(string name)
    {
        var expected = File.ReadAllText(Path.Combine(ProgramsDir, name + ".expected"));
        Assert.Equal(expected, JsRunner.RunFile(Path.Combine(ProgramsDir, name + ".js"), fastLoop: false));
    }
}
