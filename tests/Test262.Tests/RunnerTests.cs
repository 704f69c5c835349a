using Eventide.Test262;

namespace Eventide.Test262.Tests;

/// <summary>The runner's verdicts on tiny test262-format files (Fixtures/test), one per flag and negative phase.</summary>
public class RunnerTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Runs one fixture on a large-stack thread, as the real runner does; returns mode → result.</summary>
    private static Dictionary<string, TestResult> Run(string name, double timeoutSeconds = 5)
    {
        var executor = new TestExecutor(Root, TimeSpan.FromSeconds(timeoutSeconds));
        var results = new ParallelRunner(executor, 1).Run(Root, [Path.Combine(Root, "test", name)]);
        return results.ToDictionary(r => r.Mode);
    }

    private static void AssertOutcome(Dictionary<string, TestResult> results, string mode, Outcome outcome, string? reason = null)
    {
        Assert.True(results.ContainsKey(mode), $"no {mode} run; got {string.Join(", ", results.Keys)}");
        var r = results[mode];
        Assert.True(r.Outcome == outcome, $"{r.Key}: expected {outcome}, got {r.Outcome} ({r.Reason}: {r.Message})");
        if (reason is not null) Assert.Equal(reason, r.Reason);
    }

    [Fact]
    public void PlainTestRunsInBothModes()
    {
        var r = Run("pass-both-modes.js");
        Assert.Equal(2, r.Count);
        AssertOutcome(r, "non-strict", Outcome.Pass);
        AssertOutcome(r, "strict", Outcome.Pass);
    }

    [Fact]
    public void FailingAssertionFailsBothModes()
    {
        var r = Run("fail-assertion.js");
        AssertOutcome(r, "non-strict", Outcome.Fail, "assertion");
        AssertOutcome(r, "strict", Outcome.Fail, "assertion");
        Assert.Contains("one is not two", r["strict"].Message);
    }

    [Fact]
    public void StrictModeGetsTheUseStrictPrefix()
    {
        var r = Run("strict-only-failure.js");
        AssertOutcome(r, "non-strict", Outcome.Pass);
        AssertOutcome(r, "strict", Outcome.Fail, "missing-global:undeclaredByFixture");
    }

    [Fact]
    public void OnlyStrictRunsOnceStrict()
    {
        var r = Run("only-strict.js");
        Assert.Single(r);
        AssertOutcome(r, "strict", Outcome.Pass);
    }

    [Fact]
    public void NoStrictRunsOnceNonStrict()
    {
        var r = Run("no-strict.js");
        Assert.Single(r);
        AssertOutcome(r, "non-strict", Outcome.Pass);
    }

    [Fact]
    public void RawRunsUnmodifiedWithoutHarness()
    {
        var r = Run("raw.js");
        Assert.Single(r);
        AssertOutcome(r, "non-strict", Outcome.Pass);
    }

    [Fact]
    public void IncludesAreEvaluated() => AssertOutcome(Run("includes.js"), "strict", Outcome.Pass);

    [Fact]
    public void MissingHarnessFileIsAnInternalError() =>
        AssertOutcome(Run("missing-include.js"), "non-strict", Outcome.Fail, FailureCategory.InternalError);

    [Fact]
    public void NegativeParsePassesOnSyntaxError()
    {
        var r = Run("negative-parse.js");
        AssertOutcome(r, "non-strict", Outcome.Pass);
        AssertOutcome(r, "strict", Outcome.Pass);
    }

    [Fact]
    public void NegativeParseFailsWhenTheErrorComesAtRuntime() =>
        AssertOutcome(Run("negative-parse-but-runtime.js"), "non-strict", Outcome.Fail, FailureCategory.LateEarlyError);

    [Fact]
    public void UnsupportedSyntaxIsNotAnEarlyError()
    {
        // Only meaningful while the engine rejects `with`; once it runs, the test fails as "nothing thrown".
        var r = Run("negative-parse-unsupported.js");
        AssertOutcome(r, "non-strict", Outcome.Fail);
    }

    [Fact]
    public void NegativeRuntimePassesOnTheRightError() =>
        AssertOutcome(Run("negative-runtime.js"), "strict", Outcome.Pass);

    [Fact]
    public void NegativeRuntimeFailsOnTheWrongError() =>
        AssertOutcome(Run("negative-runtime-wrong-type.js"), "strict", Outcome.Fail, FailureCategory.WrongErrorType);

    [Fact]
    public void NegativeRuntimeFailsWhenNothingIsThrown() =>
        AssertOutcome(Run("negative-runtime-not-thrown.js"), "non-strict", Outcome.Fail, FailureCategory.NotThrown);

    [Fact]
    public void AsyncPassesOnAsyncTestComplete()
    {
        var r = Run("async-pass.js");
        AssertOutcome(r, "non-strict", Outcome.Pass);
        AssertOutcome(r, "strict", Outcome.Pass);
    }

    [Fact]
    public void AsyncFailsOnAsyncTestFailure()
    {
        var r = Run("async-fail.js");
        AssertOutcome(r, "non-strict", Outcome.Fail, "assertion");
        Assert.Contains("Test262:AsyncTestFailure:", r["non-strict"].Message);
    }

    [Fact]
    public void AsyncFailsWhenNeverDone() =>
        AssertOutcome(Run("async-never-done.js"), "strict", Outcome.Fail, FailureCategory.AsyncIncomplete);

    [Fact]
    public void UnsupportedFeatureIsSkippedNotPassed()
    {
        var r = Run("feature-skip.js");
        AssertOutcome(r, "non-strict", Outcome.Skip, "decorators");
        AssertOutcome(r, "strict", Outcome.Skip, "decorators");
    }

    [Fact]
    public void ModuleTestsRunOnceAsModules()
    {
        var r = Run("module.js");
        Assert.Single(r);
        AssertOutcome(r, "non-strict", Outcome.Pass);
        // A resolution-phase early error is recognised as one.
        AssertOutcome(Run("module-resolution-error.js"), "non-strict", Outcome.Pass);
        // An error after a top-level await fails the test.
        var failed = Run("module-fails-at-runtime.js");
        Assert.Equal(Outcome.Fail, failed["non-strict"].Outcome);
        Assert.Contains("module body failed", failed["non-strict"].Message);
    }

    [Fact]
    public void EndlessLoopTimesOut()
    {
        var r = Run("timeout.js", timeoutSeconds: 0.5);
        AssertOutcome(r, "non-strict", Outcome.Fail, FailureCategory.Timeout);
        // Stopped by the VM polling the cancellation token, not by the watchdog abandoning the thread.
        Assert.DoesNotContain("hard timeout", r["non-strict"].Message);
    }

    [Fact]
    public void EndlessCallsTimeOut()
    {
        var r = Run("timeout-recursion.js", timeoutSeconds: 0.5);
        AssertOutcome(r, "strict", Outcome.Fail, FailureCategory.Timeout);
        Assert.DoesNotContain("hard timeout", r["strict"].Message);
    }

    [Fact]
    public void DeepRecursionIsARangeErrorNotACrash() =>
        AssertOutcome(Run("deep-recursion.js"), "strict", Outcome.Pass);

    [Fact]
    public void CreateRealmAndEvalScript()
    {
        AssertOutcome(Run("host-create-realm.js"), "non-strict", Outcome.Pass);
        AssertOutcome(Run("host-eval-script.js"), "non-strict", Outcome.Pass);
    }

    [Fact]
    public void PrintAndHostObjectAreNotEnumerable() =>
        AssertOutcome(Run("print-is-hidden.js"), "non-strict", Outcome.Pass);
}
