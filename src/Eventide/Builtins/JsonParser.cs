using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 25.5.1 JSON.parse's text → value step: a direct parser of the JSON grammar (ECMA-404) with
/// V8's error messages, so failures read exactly as node prints them. With <c>recordSource</c> it also
/// builds the JSON Parse Records a reviver's context needs (source text of each primitive).
/// </summary>
internal sealed class JsonParser(Realm realm, string text, bool recordSource = false)
{
    private int _pos;
    // The record of the value ParseValue last returned (only when recordSource).
    private JsonParseRecord? _lastRecord;
    private readonly Vm.ExecutionBudget _budget = realm.Budget;
    private readonly StringBuilder _sb = new();

    public JsValue Parse()
    {
        SkipWhitespace();
        var v = ParseValue();
        SkipWhitespace();
        if (_pos < text.Length) throw FailAt(_pos, $"Unexpected non-whitespace character after JSON at position {_pos}");
        return v;
    }

    /// <summary>Parse, and CreateJSONParseRecord for the whole text (requires recordSource).</summary>
    public JsValue Parse(out JsonParseRecord record)
    {
        var v = Parse();
        record = _lastRecord!;
        return v;
    }

    /// <summary>Where the text failed to parse (-1 while it has not): node reports a JSON.parse error that
    /// nothing catches at that place of the text, as V8 treats the text as a script.</summary>
    public int ErrorPosition { get; private set; } = -1;

    private JsException Fail(string message, int pos) => FailAt(pos, $"{message} in JSON at position {pos}");

    private JsException Unterminated() => FailAt(_pos, $"Unterminated string in JSON at position {_pos}");

    private JsException FailAt(int pos, string message)
    {
        ErrorPosition = pos;
        return JsException.SyntaxError(message);
    }

    /// <summary>The error <paramref name="e"/> made now (its stack too), carrying the header node prints when it is
    /// uncaught: "&lt;anonymous_script&gt;:LINE", the text's line and a caret under the failing character (none past the end).</summary>
    public JsException WithReportedSite(JsException e)
    {
        var error = e.GetValue(realm);
        if (error.AsObject is JsError jsError)
        {
            var source = new Compiling.SourceText("<anonymous_script>", text);
            int at = Math.Min(ErrorPosition, text.Length);
            var (line, col) = source.LineColumn(at);
            string caret = ErrorPosition < text.Length ? new string(' ', col - 1) + "^\n" : "";
            jsError.ReportedSite = $"<anonymous_script>:{line}\n{source.LineText(line)}\n{caret}\n";
        }
        return new JsException(error);
    }

    /// <summary>V8's "Unexpected token" message, with up to 10 characters of context either side.</summary>
    private JsException UnexpectedToken(int pos)
    {
        ErrorPosition = pos;
        if (pos >= text.Length) return JsException.SyntaxError("Unexpected end of JSON input");
        if (text is "[object Object]" or "undefined" or "Infinity" or "NaN")
            return JsException.SyntaxError($"\"{text}\" is not valid JSON");
        const int context = 10;
        string token = char.IsSurrogate(text[pos]) && pos + 1 < text.Length ? text.Substring(pos, 2) : text[pos].ToString();
        string snippet;
        if (text.Length <= context * 2 + 1) snippet = $"\"{text}\"";
        else if (pos < context) snippet = $"\"{text[..(pos + context)]}\"...";
        else if (pos < text.Length - context) snippet = $"...\"{text.Substring(pos - context, context * 2)}\"...";
        else snippet = $"...\"{text[(pos - context)..]}\"";
        return JsException.SyntaxError($"Unexpected token '{token}', {snippet} is not valid JSON");
    }

    private void SkipWhitespace()
    {
        while (_pos < text.Length)
        {
            char c = text[_pos];
            if (c is ' ' or '\t' or '\n' or '\r') _pos++;
            else break;
        }
    }

    private JsValue ParseValue()
    {
        _budget.Tick();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsException.RangeError("Maximum call stack size exceeded");
        if (_pos >= text.Length) throw UnexpectedToken(_pos);
        if (!recordSource) return ParseValueAt(text[_pos]);
        int start = _pos;
        var v = ParseValueAt(text[_pos]);
        if (!v.IsObject) _lastRecord = new JsonParseRecord(v) { Source = text[start.._pos] };
        return v;
    }

    private JsValue ParseValueAt(char c)
    {
        switch (c)
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return ParseString();
            case 't': ExpectLiteral("true"); return JsValue.True;
            case 'f': ExpectLiteral("false"); return JsValue.False;
            case 'n': ExpectLiteral("null"); return JsValue.Null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                throw UnexpectedToken(_pos);
        }
    }

    private void ExpectLiteral(string literal)
    {
        for (int i = 0; i < literal.Length; i++)
        {
            if (_pos + i >= text.Length || text[_pos + i] != literal[i]) throw UnexpectedToken(_pos + i);
        }
        _pos += literal.Length;
    }

    private JsValue ParseObject()
    {
        var obj = realm.NewObject();
        var record = recordSource ? _lastRecord = new JsonParseRecord(obj) { Entries = new() } : null;
        _pos++; // {
        SkipWhitespace();
        if (_pos < text.Length && text[_pos] == '}') { _pos++; return obj; }
        if (_pos >= text.Length || text[_pos] != '"') throw Fail("Expected property name or '}'", _pos);
        while (true)
        {
            string key = ParseString();
            SkipWhitespace();
            if (_pos >= text.Length || text[_pos] != ':') throw Fail("Expected ':' after property name", _pos);
            _pos++;
            SkipWhitespace();
            var value = ParseValue();
            obj.CreateDataProperty(key, value);
            if (record is not null) record.Entries![key] = _lastRecord!; // the last duplicate is the one that counts
            SkipWhitespace();
            if (_pos < text.Length && text[_pos] == '}') { _pos++; return Finish(obj, record); }
            if (_pos >= text.Length || text[_pos] != ',') throw Fail("Expected ',' or '}' after property value", _pos);
            _pos++;
            SkipWhitespace();
            if (_pos >= text.Length || text[_pos] != '"') throw Fail("Expected double-quoted property name", _pos);
        }
    }

    private JsValue ParseArray()
    {
        var arr = realm.NewArray();
        var record = recordSource ? _lastRecord = new JsonParseRecord(arr) { Elements = new() } : null;
        _pos++; // [
        SkipWhitespace();
        if (_pos < text.Length && text[_pos] == ']') { _pos++; return arr; }
        while (true)
        {
            arr.Push(ParseValue());
            record?.Elements!.Add(_lastRecord!);
            SkipWhitespace();
            if (_pos < text.Length && text[_pos] == ']') { _pos++; return Finish(arr, record); }
            if (_pos >= text.Length || text[_pos] != ',') throw Fail("Expected ',' or ']' after array element", _pos);
            _pos++;
            SkipWhitespace();
        }
    }

    /// <summary>A container's value is complete: its record is again the last one.</summary>
    private JsObject Finish(JsObject container, JsonParseRecord? record)
    {
        if (record is not null) _lastRecord = record;
        return container;
    }

    private string ParseString()
    {
        int start = ++_pos; // opening quote
        // Fast path: no escapes.
        while (_pos < text.Length)
        {
            char c = text[_pos];
            if (c == '"') return text.Substring(start, _pos++ - start);
            if (c == '\\' || c < 0x20) break;
            _pos++;
        }
        _sb.Clear();
        _sb.Append(text, start, _pos - start);
        while (true)
        {
            if (_pos >= text.Length) throw Unterminated();
            char c = text[_pos];
            if (c == '"') { _pos++; return _sb.ToString(); }
            if (c < 0x20) throw Fail("Bad control character in string literal", _pos);
            if (c != '\\') { _sb.Append(c); _pos++; continue; }
            _pos++;
            if (_pos >= text.Length) throw Unterminated();
            char e = text[_pos++];
            switch (e)
            {
                case '"': _sb.Append('"'); break;
                case '\\': _sb.Append('\\'); break;
                case '/': _sb.Append('/'); break;
                case 'b': _sb.Append('\b'); break;
                case 'f': _sb.Append('\f'); break;
                case 'n': _sb.Append('\n'); break;
                case 'r': _sb.Append('\r'); break;
                case 't': _sb.Append('\t'); break;
                case 'u':
                    int code = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        if (_pos >= text.Length) throw Unterminated();
                        int d = HexValue(text[_pos]);
                        if (d < 0) throw Fail("Bad Unicode escape", _pos);
                        code = code * 16 + d;
                        _pos++;
                    }
                    _sb.Append((char)code);
                    break;
                default: throw Fail("Bad escaped character", _pos - 1);
            }
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private JsValue ParseNumber()
    {
        int start = _pos;
        if (text[_pos] == '-')
        {
            _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Fail("No number after minus sign", _pos);
        }
        if (text[_pos] == '0')
        {
            _pos++;
            if (_pos < text.Length && char.IsAsciiDigit(text[_pos])) throw Fail("Unexpected number", _pos);
        }
        else while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        bool integer = true;
        if (_pos < text.Length && text[_pos] == '.')
        {
            integer = false;
            _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Fail("Unterminated fractional number", _pos);
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }
        if (_pos < text.Length && (text[_pos] == 'e' || text[_pos] == 'E'))
        {
            integer = false;
            _pos++;
            if (_pos < text.Length && (text[_pos] == '+' || text[_pos] == '-')) _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Fail("Exponent part is missing a number", _pos);
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }
        var span = text.AsSpan(start, _pos - start);
        if (integer && span.Length < 10) return int.Parse(span, CultureInfo.InvariantCulture) is var n && n == 0 && span[0] == '-' ? -0.0 : n;
        return double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
