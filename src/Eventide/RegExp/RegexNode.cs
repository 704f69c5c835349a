namespace Eventide.RegExp;

/// <summary>The parsed pattern (22.2.1): the tree the compiler turns into bytecode. Flags that
/// modifiers can change (i, m, s) are already applied to the nodes they affect.</summary>
internal abstract class RegexNode;

internal sealed class EmptyNode : RegexNode
{
    public static readonly EmptyNode Instance = new();
}

/// <summary>One pattern character (a code unit, or a code point in unicode mode).</summary>
internal sealed class CharNode(int c, bool ignoreCase) : RegexNode
{
    public readonly int Char = c;
    public readonly bool IgnoreCase = ignoreCase;
}

/// <summary>A character class or class escape; <see cref="Strings"/> are a v-flag class's multi-character strings.</summary>
internal sealed class ClassNode(CharSet set, bool negate, bool ignoreCase, IReadOnlyCollection<string>? strings = null) : RegexNode
{
    public readonly CharSet Set = set;
    public readonly bool Negate = negate;
    public readonly bool IgnoreCase = ignoreCase;
    public readonly IReadOnlyCollection<string>? Strings = strings;
}

internal sealed class DotNode(bool dotAll) : RegexNode
{
    public readonly bool DotAll = dotAll;
}

internal sealed class SequenceNode(List<RegexNode> items) : RegexNode
{
    public readonly List<RegexNode> Items = items;
}

internal sealed class AlternationNode(List<RegexNode> alternatives) : RegexNode
{
    public readonly List<RegexNode> Alternatives = alternatives;
}

internal sealed class GroupNode(int index, RegexNode body) : RegexNode
{
    public readonly int Index = index;
    public RegexNode Body = body;
}

internal enum AssertionKind { LineStart, LineEnd, WordBoundary, NotWordBoundary }

internal sealed class AssertionNode(AssertionKind kind, bool multiline, bool unicodeIgnoreCase) : RegexNode
{
    public readonly AssertionKind Kind = kind;
    public readonly bool Multiline = multiline;
    /// <summary>\b under u/v + i: \w includes the characters that fold into it (ſ, K).</summary>
    public readonly bool UnicodeIgnoreCase = unicodeIgnoreCase;
}

internal sealed class LookaroundNode(bool behind, bool negate, RegexNode body) : RegexNode
{
    public readonly bool Behind = behind, Negate = negate;
    public RegexNode Body = body;
}

/// <summary>\1 or \k&lt;name&gt;: a name can stand for several groups (duplicates in alternatives).</summary>
internal sealed class BackReferenceNode(int[] groups, bool ignoreCase, string? name = null) : RegexNode
{
    public int[] Groups = groups;
    public readonly bool IgnoreCase = ignoreCase;
    public readonly string? Name = name;
}

internal sealed class RepeatNode(RegexNode body, int min, int max, bool greedy, int firstGroup, int groupCount) : RegexNode
{
    public readonly RegexNode Body = body;
    public readonly int Min = min, Max = max;
    public readonly bool Greedy = greedy;
    /// <summary>The capture groups inside the body, cleared at each iteration (22.2.2.3.1 RepeatMatcher step 4).</summary>
    public readonly int FirstGroup = firstGroup, GroupCount = groupCount;
}

/// <summary>A pattern that is not valid; the message is V8's ("Unterminated group").</summary>
internal sealed class RegExpSyntaxException(string message) : Exception(message);
