using System.Text.RegularExpressions;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>formatError: an error prints as its stack, improved with the class name, indented when nested.</summary>
internal static partial class Inspector
{
    /// <summary>isError: a native error, or an object that inherits from Error.prototype.</summary>
    private static bool IsError(Realm realm, JsObject value) =>
        value is JsError || (realm.ErrorPrototype is { } ep && IsInChain(value, ep));

    /// <summary>formatError</summary>
    private static string FormatError(InspectContext ctx, JsObject err, string? constructor, string tag, List<PropertyKey> keys)
    {
        var nameValue = err.Get("name");
        string name = nameValue.IsNullish ? "Error" : SafeToString(nameValue);
        string stack = GetStackString(err);

        RemoveDuplicateErrorKeys(ctx, keys, err, stack);
        if (err.HasProperty("cause") && (keys.Count == 0 || !keys.Contains("cause"))) keys.Add("cause");
        // Errors aggregated into an AggregateError.
        if (Operations.IsArray(err.Get("errors")) && (keys.Count == 0 || !keys.Contains("errors"))) keys.Add("errors");

        stack = ImproveStack(stack, constructor, name, tag);

        // Ignore the error message if it's contained in the stack.
        var message = err.Get("message");
        int pos = -1;
        if (Operations.ToBoolean(message))
        {
            string m = SafeToString(message);
            int found = stack.IndexOf(m, StringComparison.Ordinal);
            pos = found == 0 ? -1 : found; // node: (message && indexOf(...)) || -1
            if (pos != -1) pos += message.IsString ? m.Length : 0;
        }
        int stackStart = stack.IndexOf("\n    at", Math.Max(0, pos), StringComparison.Ordinal);
        if (stackStart == -1) stack = $"[{stack}]";
        else
        {
            string newStack = stack[..stackStart];
            var lines = GetStackFrames(ctx, err, stack[(stackStart + 1)..]);
            stack = newStack + "\n" + string.Join("\n", lines);
        }
        // The message and the stack have to be indented as well.
        if (ctx.IndentationLvl != 0) stack = stack.Replace("\n", "\n" + new string(' ', ctx.IndentationLvl));
        return stack;
    }

    /// <summary>getStackString: error.stack when truthy, else Error.prototype.toString.</summary>
    private static string GetStackString(JsObject error)
    {
        var stack = error.Get("stack");
        if (Operations.ToBoolean(stack)) return SafeToString(stack);
        return ErrorToString(error);
    }

    /// <summary>20.5.3.4 Error.prototype.toString</summary>
    private static string ErrorToString(JsObject o)
    {
        var n = o.Get("name");
        string name = n.IsUndefined ? "Error" : Operations.ToString(n);
        var m = o.Get("message");
        string msg = m.IsUndefined ? "" : Operations.ToString(m);
        if (name == "") return msg;
        if (msg == "") return name;
        return $"{name}: {msg}";
    }

    /// <summary>removeDuplicateErrorKeys: name/message/stack are hidden when the stack shows them.</summary>
    private static void RemoveDuplicateErrorKeys(InspectContext ctx, List<PropertyKey> keys, JsObject err, string stack)
    {
        if (ctx.ShowHidden || keys.Count == 0) return;
        foreach (var name in (string[])["name", "message", "stack"])
        {
            int index = keys.IndexOf(name);
            if (index != -1 && stack.Contains(SafeToString(err.Get(name)), StringComparison.Ordinal)) keys.RemoveAt(index);
        }
    }

    private static readonly Regex NullProtoErrorStart = new(@"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)", RegexOptions.CultureInvariant);
    private static readonly Regex NullProtoErrorOnly = new(@"^([a-z_A-Z0-9-]*Error)$", RegexOptions.CultureInvariant);

    /// <summary>improveStack: make the first line name the error's class when the stack does not.</summary>
    private static string ImproveStack(string stack, string? constructor, string name, string tag)
    {
        int len = name.Length;
        if (constructor is null ||
            (name.EndsWith("Error", StringComparison.Ordinal) && stack.StartsWith(name, StringComparison.Ordinal) &&
             (stack.Length == len || stack[len] == ':' || stack[len] == '\n')))
        {
            string fallback = "Error";
            if (constructor is null)
            {
                var m = NullProtoErrorStart.Match(stack);
                if (!m.Success) m = NullProtoErrorOnly.Match(stack);
                fallback = m.Success ? m.Groups[1].Value : "";
                len = fallback.Length;
                if (fallback == "") fallback = "Error";
            }
            string prefix = TrimEnd(GetPrefix(constructor, tag, fallback));
            if (name != prefix)
            {
                if (prefix.Contains(name, StringComparison.Ordinal))
                    stack = len == 0 ? $"{prefix}: {stack}" : prefix + stack[len..];
                else stack = $"{prefix} [{name}]{stack[len..]}";
            }
        }
        return stack;
    }

    /// <summary>getStackFrames: frames identical to the cause's are collapsed.</summary>
    private static List<string> GetStackFrames(InspectContext ctx, JsObject err, string stack)
    {
        var frames = stack.Split('\n').ToList();
        JsValue cause;
        try { cause = err.Get("cause"); }
        catch (JsException) { return frames; }
        if (cause.AsObject is { } c && IsError(ctx.Realm, c))
        {
            string causeStack = GetStackString(c);
            int causeStackStart = causeStack.IndexOf("\n    at", StringComparison.Ordinal);
            if (causeStackStart != -1)
            {
                var causeFrames = causeStack[(causeStackStart + 1)..].Split('\n');
                var (len, offset) = IdenticalSequenceRange(frames, causeFrames);
                if (len > 0)
                {
                    int skipped = len - 2;
                    string msg = $"    ... {skipped} lines matching cause stack trace ...";
                    frames.RemoveRange(offset + 1, skipped);
                    frames.Insert(offset + 1, ctx.Stylize(msg, "undefined"));
                }
            }
        }
        return frames;
    }

    /// <summary>identicalSequenceRange: the longest run (over 3) of a's lines that also appears in b.</summary>
    private static (int Len, int Offset) IdenticalSequenceRange(List<string> a, string[] b)
    {
        for (int i = 0; i < a.Count - 3; i++)
        {
            int pos = Array.IndexOf(b, a[i]);
            if (pos == -1) continue;
            int rest = b.Length - pos;
            if (rest <= 3) continue;
            int len = 1;
            int maxLen = Math.Min(a.Count - i, rest);
            while (maxLen > len && a[i + len] == b[pos + len]) len++;
            if (len > 3) return (len, i);
        }
        return (0, 0);
    }
}
