using Eventide.Test262;

namespace Eventide.Test262.Tests;

public class MetadataAndExpectationsTests
{
    [Fact]
    public void ParsesInlineAndBlockLists()
    {
        var meta = TestMetadata.Parse("""
            /*---
            description: >
              folded text: with a colon
            info: |
              flags: [notAFlag]
            features: [Symbol, "Symbol.iterator"]
            includes:
              - compareArray.js
              - propertyHelper.js
            flags: [onlyStrict, async]
            negative:
              phase: parse
              type: SyntaxError
            ---*/
            """);
        Assert.Equal(["Symbol", "Symbol.iterator"], meta.Features);
        Assert.Equal(["compareArray.js", "propertyHelper.js"], meta.Includes);
        Assert.Equal(["onlyStrict", "async"], meta.Flags);
        Assert.Equal(new NegativeExpectation("parse", "SyntaxError"), meta.Negative);
    }

    [Fact]
    public void CheckReportsRegressionsAndNowPassing()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            # comment
            test/a.js [strict] # assertion
            test/b.js [non-strict] # timeout
            """);
        var expected = Expectations.Load(file);
        var check = CheckResult.Compare(expected,
        [
            new TestResult("test/a.js", "strict", Outcome.Fail, "assertion"),
            new TestResult("test/a.js", "non-strict", Outcome.Fail, "assertion"),
            new TestResult("test/b.js", "non-strict", Outcome.Pass),
        ]);
        Assert.Equal(["test/a.js [non-strict]"], check.Regressions.Select(r => r.Key));
        Assert.Equal(["test/b.js [non-strict]"], check.NowPassing);

        // --update replaces only the entries of tests that ran.
        expected.Entries["test/c.js [strict]"] = "TypeError";
        expected.Update([new TestResult("test/a.js", "non-strict", Outcome.Fail, "assertion"), new TestResult("test/b.js", "non-strict", Outcome.Pass)],
            new HashSet<string> { "test/a.js", "test/b.js" });
        Assert.Equal(["test/a.js [non-strict]", "test/c.js [strict]"], expected.Entries.Keys);
        File.Delete(file);
    }

    [Theory]
    [InlineData("Test262Error", "Expected SameValue", "assertion")]
    [InlineData("ReferenceError", "Reflect is not defined", "missing-global:Reflect")]
    [InlineData("TypeError", "Object.fromEntries is not a function", "not-a-function:Object.fromEntries")]
    [InlineData("TypeError", "[1].filter is not a function", "not-a-function:*.filter")]
    [InlineData("SyntaxError", "'with' statements are not supported by Eventide", "unsupported:with-statements")]
    [InlineData("Error", "Internal error: NullReferenceException: x", "internal-error")]
    [InlineData("RangeError", "Invalid array length", "RangeError")]
    public void CategoriesComeFromTheError(string name, string message, string category) =>
        Assert.Equal(category, FailureCategory.ForError(name, message));
}
