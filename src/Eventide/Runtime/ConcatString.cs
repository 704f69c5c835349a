namespace Eventide.Runtime;

/// <summary>
/// A string made by + from two parts, copied into one .NET string only when something reads it (V8's
/// ConsString): `s += piece` in a loop links parts instead of copying the whole string each time.
/// Only <see cref="JsValue"/> holds one; everything that reads a value's string gets the flat string.
/// </summary>
internal sealed class ConcatString
{
    /// <summary>Concatenations shorter than this are copied at once (a part is cheap to copy, a node is not).</summary>
    public const int MinLength = 256;

    // The parts (a string or a ConcatString each) until flattened, then null.
    private object? _left, _right;
    private string? _flat;
    public readonly int Length;

    private ConcatString(object left, object right, int length)
    {
        _left = left;
        _right = right;
        Length = length;
    }

    /// <summary>13.15.3 step 1.c for two strings (flat or not): a linked string when long enough, else a copy.</summary>
    public static JsValue Concat(JsValue a, JsValue b)
    {
        int la = LengthOf(a), lb = LengthOf(b);
        long length = (long)la + lb;
        if (length > Builtins.StringPrototype.MaxStringLength) throw JsException.RangeError("Invalid string length");
        if (lb == 0) return a;
        if (la == 0) return b;
        if (length < MinLength) return new JsValue(string.Concat(a.String, b.String));
        return JsValue.FromConcat(new ConcatString(Part(a), Part(b), (int)length));
    }

    /// <summary>The string's length, without flattening it.</summary>
    public static int LengthOf(JsValue s) => s.RawRef is string flat ? flat.Length : ((ConcatString)s.RawRef!).Length;

    private static object Part(JsValue s) => s.RawRef is ConcatString { _flat: { } flat } ? flat : s.RawRef!;

    /// <summary>The whole string (built once, iteratively: a left-deep chain of a million parts is fine).</summary>
    public string Flatten()
    {
        if (_flat is not null) return _flat;
        _flat = string.Create(Length, this, static (span, root) =>
        {
            // Parts are written from the end: the right part of a node first, then its left.
            int end = span.Length;
            var pending = new Stack<object>();
            pending.Push(root._left!);
            pending.Push(root._right!);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case string s:
                        end -= s.Length;
                        s.CopyTo(span[end..]);
                        break;
                    case ConcatString { _flat: { } flat }:
                        end -= flat.Length;
                        flat.CopyTo(span[end..]);
                        break;
                    case ConcatString node:
                        pending.Push(node._left!);
                        pending.Push(node._right!);
                        break;
                }
            }
        });
        _left = _right = null;
        return _flat;
    }

    public override string ToString() => Flatten();
}
