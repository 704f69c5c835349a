using System.Text;
using System.Text.RegularExpressions;

namespace Eventide.Test262;

/// <summary>
/// Derives a short, stable reason category from a failure (error name and message), so the
/// expectations file groups failures by cause: missing-global:Reflect, unsupported:with-statement,
/// assertion, timeout, ...
/// </summary>
public static partial class FailureCategory
{
    public const string Timeout = "timeout";
    public const string InternalError = "internal-error";
    public const string StackOverflow = "stack-overflow";
    public const string ParseError = "parse-error";
    public const string HarnessError = "harness-error";
    public const string MissingEarlyError = "missing-early-error";
    public const string LateEarlyError = "early-error-at-runtime";
    public const string NotThrown = "expected-runtime-error";
    public const string WrongErrorType = "wrong-error-type";
    public const string AsyncIncomplete = "async-not-completed";
    public const string AsyncFailure = "async-failure";

    /// <summary>Category for an uncaught error in a test expected to pass.</summary>
    public static string ForError(string errorName, string message)
    {
        if (Unsupported(message) is { } u) return u;
        if (message.StartsWith("Internal error", StringComparison.Ordinal)) return InternalError;
        if (errorName == "Test262Error") return "assertion";
        if (errorName == "ReferenceError" && NotDefined().Match(message) is { Success: true } nd)
            return "missing-global:" + nd.Groups[1].Value;
        if (errorName == "TypeError" && NotAFunction().Match(message) is { Success: true } nf)
            return "not-a-function:" + nf.Groups[1].Value;
        if (errorName == "TypeError" && MethodNotAFunction().Match(message) is { Success: true } mf)
            return "not-a-function:*." + mf.Groups[1].Value;
        if (errorName == "RangeError" && message.Contains("Maximum call stack", StringComparison.Ordinal)) return StackOverflow;
        return errorName.Length > 0 && errorName.Length <= 30 && IsIdentifier(errorName) ? errorName : "throw";
    }

    /// <summary>Category for a parse/compile error of a test expected to parse.</summary>
    public static string ForParseError(string message) => Unsupported(message) ?? ParseError;

    /// <summary>An engine limitation ("... is not supported"), which never counts as the SyntaxError a negative test expects.</summary>
    public static bool IsUnsupported(string message) => NotSupported().IsMatch(message);

    /// <summary>"'with' statements are not supported by Eventide" → unsupported:with-statements.</summary>
    private static string? Unsupported(string message)
    {
        var m = NotSupported().Match(message);
        if (!m.Success) return null;
        return "unsupported:" + Slug(m.Groups[1].Value);
    }

    private static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 40) break;
        }
        return sb.ToString().Trim('-');
    }

    private static bool IsIdentifier(string s)
    {
        foreach (char c in s) if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$') return false;
        return true;
    }

    [GeneratedRegex(@"^(.*?)\s+(?:are|is)\s+not\s+(?:yet\s+)?supported")]
    private static partial Regex NotSupported();

    [GeneratedRegex(@"^([\w$]+) is not defined")]
    private static partial Regex NotDefined();

    // Only name builtin-looking callees (Object.fromEntries, Reflect.ownKeys): the rest is noise.
    [GeneratedRegex(@"^((?:[A-Z][\w$]*)(?:\.[\w$]+){0,3}) is not a function")]
    private static partial Regex NotAFunction();

    // Any other receiver: keep only the method name ([1].filter → *.filter).
    [GeneratedRegex(@"\.([\w$]+) is not a function$")]
    private static partial Regex MethodNotAFunction();
}
