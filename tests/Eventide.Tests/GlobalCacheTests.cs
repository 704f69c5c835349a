namespace Eventide.Tests;

/// <summary>Global-name sites cache where a name lives; these check the cache follows changes.</summary>
public class GlobalCacheTests
{
    [Theory]
    // A global property deleted and re-added, then shadowed by a later script's let.
    [InlineData("var r = ''; globalThis.g = 1; function read() { return typeof g === 'undefined' ? 'u' : g } r += read(); delete globalThis.g; r += read(); globalThis.g = 3; r += read(); r", "1u3")]
    // Writes go to the current binding.
    [InlineData("var v = 1; function w(x) { v = x } w(2); w(3); '' + v", "3")]
    public void GlobalNamesFollowChanges(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Fact]
    public void ALaterScriptsLetShadowsAGlobalProperty()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        engine.Execute("globalThis.x = 'property'; function read() { return x }");
        Assert.Equal("property", engine.Evaluate("read()").String);
        engine.Execute("let x = 'lexical';");
        Assert.Equal("lexical", engine.Evaluate("read()").String);
    }
}
