namespace Eventide.Test262;

/// <summary>
/// Which tests Eventide cannot run: test262 features it does not implement (skipped, with the
/// feature named in the results, never counted as passed). Remove a feature from the list when
/// it lands, then run with --update to record what still fails.
/// </summary>
public static class FeaturePolicy
{
    public static readonly IReadOnlySet<string> Unsupported = new HashSet<string>(StringComparer.Ordinal)
    {
        // Proposals and host capabilities out of scope.
        "decorators", "IsHTMLDDA",
        "host-gc-required", "tail-call-optimization", "Intl.Era-monthcode", "legacy-regexp",
        // Error.prototype.stack as an accessor (a proposal): node's errors own a "stack" data property,
        // so `delete err.stack` leaves none; an inherited accessor would bring it back. We keep node's.
        "error-stack-accessor",
        // Test harness capabilities the runner does not provide (the main agent can block).
        "CanBlockIsFalse",
    };

    /// <summary>The first unsupported feature a test needs, or null when it can run.</summary>
    public static string? UnsupportedFeature(TestMetadata meta, string source)
    {
        if (meta.HasFlag("CanBlockIsFalse")) return "CanBlockIsFalse";
        foreach (var f in meta.Features)
        {
            if (Unsupported.Contains(f)) return f;
        }
        return null;
    }

    /// <summary>$262.agent (concurrent agents): no runner host provides it, for any engine.</summary>
    public static bool NeedsAgent(TestMetadata meta, string source) =>
        meta.Features.Contains("agent") || meta.Includes.Contains("atomicsHelper.js") || source.Contains("$262.agent", StringComparison.Ordinal);
}
