using System.Text;
using System.Text.RegularExpressions;

namespace Eventide.Node;

/// <summary>
/// path.matchesGlob (experimental in node 20), following the minimatch options node passes:
/// braces ({a,b}, {1..5}), *, ?, [classes], ** across segments, extglobs (@ ? + * !), no
/// negation, no comments, backslashes as separators; wildcards skip names starting with a dot;
/// the path's "." segments drop out and "x/.." pairs cancel before matching.
/// </summary>
internal static class PathGlob
{
    public static bool Matches(PathFlavour flavour, string path, string pattern)
    {
        if (pattern.Length == 0) return path.Length == 0;
        var file = FileSegments(flavour, path);
        foreach (var expanded in ExpandBraces(pattern.Replace('\\', '/')))
        {
            var parts = new List<string>();
            foreach (var part in expanded.Split('/'))
                if (!(part == "**" && parts.Count > 0 && parts[^1] == "**")) parts.Add(part);
            if (MatchFrom(file, 0, parts, 0)) return true;
        }
        return false;
    }

    private static List<string> FileSegments(PathFlavour flavour, string path)
    {
        var segments = new List<string>();
        var raw = flavour is Win32Path ? path.Split('/', '\\') : path.Split('/');
        for (int i = 0; i < raw.Length; i++)
        {
            string segment = raw[i];
            if (segment == "." && i > 0 && i < raw.Length - 1) continue;
            if (segment == ".." && segments.Count > 0 && segments[^1] is not (".." or "" or ".")) { segments.RemoveAt(segments.Count - 1); continue; }
            segments.Add(segment);
        }
        return segments;
    }

    private static bool MatchFrom(List<string> file, int fi, List<string> pattern, int pi)
    {
        if (pi == pattern.Count) return fi == file.Count || (fi == file.Count - 1 && file[fi].Length == 0);
        if (pattern[pi] == "**")
        {
            if (pi == pattern.Count - 1)
            {
                // A trailing ** takes the rest of the path (at least one segment), but no hidden names.
                if (fi == file.Count) return false;
                for (int k = fi; k < file.Count; k++) if (file[k].StartsWith('.')) return false;
                return true;
            }
            for (int k = fi; k <= file.Count; k++)
            {
                if (MatchFrom(file, k, pattern, pi + 1)) return true;
                if (k < file.Count && file[k].StartsWith('.')) return false;
            }
            return false;
        }
        return fi < file.Count && MatchSegment(file[fi], pattern[pi]) && MatchFrom(file, fi + 1, pattern, pi + 1);
    }

    private static bool MatchSegment(string name, string pattern)
    {
        if (name == pattern) return true;
        // An empty name matches only an extglob that may be empty ("*(a|b)", "!(a)"), never a plain wildcard.
        if (name.Length == 0 ? !pattern.Contains('(') : name is "." or "..") return false;
        if (name.Length > 0 && name[0] == '.' && pattern[0] != '.') return false; // wildcards do not reveal hidden names
        return Regex.IsMatch(name, "^" + Translate(pattern, 0, pattern.Length) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    /// <summary>One segment of a glob as a regular expression.</summary>
    private static string Translate(string glob, int start, int end)
    {
        var regex = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            char c = glob[i];
            if (c is '@' or '?' or '+' or '*' or '!' && i + 1 < end && glob[i + 1] == '(' && ClosingParen(glob, i + 1, end) is int close and > 0)
            {
                string inner = string.Join('|', SplitAlternatives(glob, i + 2, close).Select(a => Translate(glob, a.Start, a.End)));
                if (c == '!')
                {
                    // Anything that, followed by the rest of the pattern, is not one of the alternatives followed by it.
                    string rest = Translate(glob, close + 1, end);
                    return regex.Append($"(?:(?!(?:{inner}){rest}$).*?){rest}").ToString();
                }
                regex.Append("(?:").Append(inner).Append(')').Append(c switch { '?' => "?", '+' => "+", '*' => "*", _ => "" });
                i = close;
            }
            else if (c == '*') regex.Append(".*");
            else if (c == '?') regex.Append('.');
            else if (c == '[' && ClassEnd(glob, i, end) is int classEnd and > 0)
            {
                string body = glob[(i + 1)..classEnd];
                bool negated = body.Length > 0 && body[0] is '!' or '^';
                if (negated) body = body[1..];
                regex.Append(negated ? "[^" : "[").Append(body.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                i = classEnd;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.ToString();
    }

    private static int ClosingParen(string glob, int open, int end)
    {
        int depth = 0;
        for (int i = open; i < end; i++)
        {
            if (glob[i] == '(') depth++;
            else if (glob[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static int ClassEnd(string glob, int open, int end)
    {
        for (int i = open + 2; i < end; i++) if (glob[i] == ']') return i;
        return -1;
    }

    private static IEnumerable<(int Start, int End)> SplitAlternatives(string glob, int start, int end)
    {
        int depth = 0, from = start;
        for (int i = start; i < end; i++)
        {
            if (glob[i] == '(') depth++;
            else if (glob[i] == ')') depth--;
            else if (glob[i] == '|' && depth == 0) { yield return (from, i); from = i + 1; }
        }
        yield return (from, end);
    }

    /// <summary>Brace expansion: "a{b,c}d" gives abd and acd, "{1..3}" counts, nested braces expand in turn.</summary>
    private static IEnumerable<string> ExpandBraces(string pattern)
    {
        int open = pattern.IndexOf('{');
        while (open >= 0)
        {
            int depth = 0, close = -1;
            var commas = new List<int>();
            for (int i = open; i < pattern.Length && close < 0; i++)
            {
                if (pattern[i] == '{') depth++;
                else if (pattern[i] == '}' && --depth == 0) close = i;
                else if (pattern[i] == ',' && depth == 1) commas.Add(i);
            }
            if (close < 0) break;
            string prefix = pattern[..open], suffix = pattern[(close + 1)..], body = pattern[(open + 1)..close];
            List<string>? choices = null;
            if (commas.Count > 0)
            {
                choices = [];
                int from = open + 1;
                foreach (int comma in commas.Append(close)) { choices.Add(pattern[from..comma]); from = comma + 1; }
            }
            else if (Regex.Match(body, @"^(-?\d+)\.\.(-?\d+)$") is { Success: true } range)
            {
                int a = int.Parse(range.Groups[1].Value), b = int.Parse(range.Groups[2].Value);
                choices = [];
                for (int n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1) choices.Add(n.ToString());
            }
            if (choices is not null) return choices.SelectMany(choice => ExpandBraces(prefix + choice + suffix));
            open = pattern.IndexOf('{', open + 1);
        }
        return [pattern];
    }
}
