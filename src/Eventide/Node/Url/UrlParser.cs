using System.Text;

namespace Eventide.Node.Url;

/// <summary>The states of the basic URL parser (4.4).</summary>
internal enum UrlState : byte
{
    SchemeStart, Scheme, NoScheme, SpecialRelativeOrAuthority, PathOrAuthority, Relative, RelativeSlash,
    SpecialAuthoritySlashes, SpecialAuthorityIgnoreSlashes, Authority, Host, Hostname, Port, File, FileSlash,
    FileHost, PathStart, Path, OpaquePath, Query, Fragment,
}

/// <summary>
/// The URL Standard's basic URL parser (4.4), written from the specification's state machine
/// (no NuGet package implements WHATWG URL parsing, and System.Uri follows RFC 3986 instead).
/// With a state override it runs the setters' partial parses on an existing record.
/// </summary>
internal sealed class UrlParser
{
    private const int Eof = -1;
    private readonly int[] _input;
    private readonly UrlRecord? _base;
    private readonly UrlRecord _url;
    private readonly UrlState? _override;
    private readonly List<int> _buffer = new();
    private UrlState _state;
    private int _pointer;
    private bool _atSignSeen, _insideBrackets, _passwordTokenSeen;

    private UrlParser(string input, UrlRecord? baseUrl, UrlRecord url, UrlState? stateOverride)
    {
        if (stateOverride is null) input = input.Trim(C0ControlOrSpace);
        input = input.Replace("\t", "").Replace("\n", "").Replace("\r", "");
        _input = PercentEncoding.CodePoints(input);
        _base = baseUrl;
        _url = url;
        _override = stateOverride;
        _state = stateOverride ?? UrlState.SchemeStart;
    }

    private static readonly char[] C0ControlOrSpace = Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray();

    /// <summary>4.4 basic URL parser without a state override: the record, or null for failure.</summary>
    public static UrlRecord? Parse(string input, UrlRecord? baseUrl)
    {
        var parser = new UrlParser(input, baseUrl, new UrlRecord(), null);
        return parser.Run() == Outcome.Failure ? null : parser._url;
    }

    /// <summary>The basic URL parser with url and a state override (the setters): false for failure.</summary>
    public static bool ParseInto(string input, UrlRecord url, UrlState stateOverride) =>
        new UrlParser(input, null, url, stateOverride).Run() != Outcome.Failure;

    private enum Outcome { Done, Failure }

    private int C => _pointer < _input.Length ? _input[_pointer] : Eof;
    private int At(int offset) => _pointer + offset < _input.Length ? _input[_pointer + offset] : Eof;
    private bool RemainingStartsWith(char c) => At(1) == c;
    private bool Special => _url.IsSpecial;
    private string BufferString()
    {
        var sb = new StringBuilder(_buffer.Count);
        foreach (var cp in _buffer) AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private Outcome Run()
    {
        for (; ; _pointer++)
        {
            var step = Step(C);
            if (step is { } outcome) return outcome;
            if (_pointer >= _input.Length) return Outcome.Done;
        }
    }

    /// <summary>One iteration of the state machine for code point c; an outcome ends the parse.</summary>
    private Outcome? Step(int c)
    {
        switch (_state)
        {
            case UrlState.SchemeStart:
                if (IsAsciiAlpha(c)) { _buffer.Add(ToLower(c)); _state = UrlState.Scheme; }
                else if (_override is null) { _state = UrlState.NoScheme; _pointer--; }
                else return Outcome.Failure;
                return null;
            case UrlState.Scheme: return SchemeState(c);
            case UrlState.NoScheme: return NoSchemeState(c);
            case UrlState.SpecialRelativeOrAuthority:
                if (c == '/' && RemainingStartsWith('/')) { _state = UrlState.SpecialAuthorityIgnoreSlashes; _pointer++; }
                else { _state = UrlState.Relative; _pointer--; }
                return null;
            case UrlState.PathOrAuthority:
                if (c == '/') _state = UrlState.Authority;
                else { _state = UrlState.Path; _pointer--; }
                return null;
            case UrlState.Relative: RelativeState(c); return null;
            case UrlState.RelativeSlash:
                if (Special && c is '/' or '\\') _state = UrlState.SpecialAuthorityIgnoreSlashes;
                else if (c == '/') _state = UrlState.Authority;
                else
                {
                    CopyAuthority(_base!);
                    _state = UrlState.Path;
                    _pointer--;
                }
                return null;
            case UrlState.SpecialAuthoritySlashes:
                if (c == '/' && RemainingStartsWith('/')) { _state = UrlState.SpecialAuthorityIgnoreSlashes; _pointer++; }
                else { _state = UrlState.SpecialAuthorityIgnoreSlashes; _pointer--; }
                return null;
            case UrlState.SpecialAuthorityIgnoreSlashes:
                if (c is not '/' and not '\\') { _state = UrlState.Authority; _pointer--; }
                return null;
            case UrlState.Authority: return AuthorityState(c);
            case UrlState.Host or UrlState.Hostname: return HostState(c);
            case UrlState.Port: return PortState(c);
            case UrlState.File: FileState(c); return null;
            case UrlState.FileSlash:
                if (c is '/' or '\\') _state = UrlState.FileHost;
                else
                {
                    if (_base is { Scheme: "file" })
                    {
                        _url.Host = _base.Host;
                        if (!StartsWithWindowsDriveLetter(_pointer) && _base.Path.Count > 0 && IsNormalizedWindowsDriveLetter(_base.Path[0]))
                            _url.Path.Add(_base.Path[0]);
                    }
                    _state = UrlState.Path;
                    _pointer--;
                }
                return null;
            case UrlState.FileHost: return FileHostState(c);
            case UrlState.PathStart: PathStartState(c); return null;
            case UrlState.Path: PathState(c); return null;
            case UrlState.OpaquePath:
                if (c == '?') { _url.Query = ""; _state = UrlState.Query; }
                else if (c == '#') { _url.Fragment = ""; _state = UrlState.Fragment; }
                else if (c != Eof) _url.OpaquePath += Encode(c, EncodeSet.C0Control);
                return null;
            case UrlState.Query: QueryState(c); return null;
            case UrlState.Fragment:
                if (c != Eof) _url.Fragment += Encode(c, EncodeSet.Fragment);
                return null;
        }
        return Outcome.Failure;
    }

    private static string Encode(int c, EncodeSet set)
    {
        var sb = new StringBuilder(4);
        PercentEncoding.Append(sb, c, set);
        return sb.ToString();
    }

    private Outcome? SchemeState(int c)
    {
        if (IsAsciiAlphanumeric(c) || c is '+' or '-' or '.')
        {
            _buffer.Add(ToLower(c));
            return null;
        }
        if (c == ':')
        {
            string buffer = BufferString();
            if (_override is not null)
            {
                // The protocol setter cannot switch between special and non-special schemes, and so on.
                bool bufferSpecial = UrlRecord.SpecialPort(buffer) != -2;
                if (Special != bufferSpecial) return Outcome.Done;
                if ((_url.IncludesCredentials || _url.Port is not null) && buffer == "file") return Outcome.Done;
                if (_url.Scheme == "file" && _url.Host == "") return Outcome.Done;
            }
            _url.Scheme = buffer;
            if (_override is not null)
            {
                if (_url.Port == UrlRecord.SpecialPort(_url.Scheme)) _url.Port = null;
                return Outcome.Done;
            }
            _buffer.Clear();
            if (_url.Scheme == "file") _state = UrlState.File;
            else if (Special && _base is not null && _base.Scheme == _url.Scheme) _state = UrlState.SpecialRelativeOrAuthority;
            else if (Special) _state = UrlState.SpecialAuthoritySlashes;
            else if (RemainingStartsWith('/')) { _state = UrlState.PathOrAuthority; _pointer++; }
            else { _url.OpaquePath = ""; _state = UrlState.OpaquePath; }
            return null;
        }
        if (_override is null)
        {
            _buffer.Clear();
            _state = UrlState.NoScheme;
            _pointer = -1; // start over from the first code point
            return null;
        }
        return Outcome.Failure;
    }

    private Outcome? NoSchemeState(int c)
    {
        if (_base is null || (_base.HasOpaquePath && c != '#')) return Outcome.Failure;
        if (_base.HasOpaquePath && c == '#')
        {
            _url.Scheme = _base.Scheme;
            _url.OpaquePath = _base.OpaquePath;
            _url.Query = _base.Query;
            _url.Fragment = "";
            _state = UrlState.Fragment;
        }
        else
        {
            _state = _base.Scheme != "file" ? UrlState.Relative : UrlState.File;
            _pointer--;
        }
        return null;
    }

    private void CopyAuthority(UrlRecord from)
    {
        _url.Username = from.Username;
        _url.Password = from.Password;
        _url.Host = from.Host;
        _url.Port = from.Port;
    }

    private void RelativeState(int c)
    {
        var baseUrl = _base!;
        _url.Scheme = baseUrl.Scheme;
        if (c == '/' || (Special && c == '\\')) { _state = UrlState.RelativeSlash; return; }
        CopyAuthority(baseUrl);
        _url.Path = new List<string>(baseUrl.Path);
        _url.Query = baseUrl.Query;
        if (c == '?') { _url.Query = ""; _state = UrlState.Query; }
        else if (c == '#') { _url.Fragment = ""; _state = UrlState.Fragment; }
        else if (c != Eof)
        {
            _url.Query = null;
            ShortenPath();
            _state = UrlState.Path;
            _pointer--;
        }
    }

    private Outcome? AuthorityState(int c)
    {
        if (c == '@')
        {
            if (_atSignSeen) _buffer.InsertRange(0, "%40".Select(ch => (int)ch));
            _atSignSeen = true;
            var username = new StringBuilder(_url.Username);
            var password = new StringBuilder(_url.Password);
            foreach (var cp in _buffer)
            {
                if (cp == ':' && !_passwordTokenSeen) { _passwordTokenSeen = true; continue; }
                PercentEncoding.Append(_passwordTokenSeen ? password : username, cp, EncodeSet.Userinfo);
            }
            _url.Username = username.ToString();
            _url.Password = password.ToString();
            _buffer.Clear();
        }
        else if (c is Eof or '/' or '?' or '#' || (Special && c == '\\'))
        {
            if (_atSignSeen && _buffer.Count == 0) return Outcome.Failure;
            _pointer -= _buffer.Count + 1;
            _buffer.Clear();
            _state = UrlState.Host;
        }
        else _buffer.Add(c);
        return null;
    }

    private Outcome? HostState(int c)
    {
        if (_override is not null && _url.Scheme == "file")
        {
            _pointer--;
            _state = UrlState.FileHost;
        }
        else if (c == ':' && !_insideBrackets)
        {
            if (_buffer.Count == 0) return Outcome.Failure;
            if (_override == UrlState.Hostname) return Outcome.Failure;
            if (UrlHost.Parse(BufferString(), !Special) is not { } host) return Outcome.Failure;
            _url.Host = host;
            _buffer.Clear();
            _state = UrlState.Port;
        }
        else if (c is Eof or '/' or '?' or '#' || (Special && c == '\\'))
        {
            _pointer--;
            if (Special && _buffer.Count == 0) return Outcome.Failure;
            if (_override is not null && _buffer.Count == 0 && (_url.IncludesCredentials || _url.Port is not null)) return Outcome.Failure;
            if (UrlHost.Parse(BufferString(), !Special) is not { } host) return Outcome.Failure;
            _url.Host = host;
            _buffer.Clear();
            _state = UrlState.PathStart;
            if (_override is not null) return Outcome.Done;
        }
        else
        {
            if (c == '[') _insideBrackets = true;
            if (c == ']') _insideBrackets = false;
            _buffer.Add(c);
        }
        return null;
    }

    private Outcome? PortState(int c)
    {
        if (c is >= '0' and <= '9')
        {
            _buffer.Add(c);
            return null;
        }
        if (c is Eof or '/' or '?' or '#' || (Special && c == '\\') || _override is not null)
        {
            if (_buffer.Count != 0)
            {
                // Leading zeros are allowed; anything above 65535 fails.
                int port = 0;
                foreach (var d in _buffer)
                {
                    port = port * 10 + (d - '0');
                    if (port > 65535) return Outcome.Failure;
                }
                _url.Port = port == UrlRecord.SpecialPort(_url.Scheme) ? null : port;
                _buffer.Clear();
                if (_override is not null) return Outcome.Done;
            }
            if (_override is not null) return Outcome.Failure;
            _state = UrlState.PathStart;
            _pointer--;
            return null;
        }
        return Outcome.Failure;
    }

    private void FileState(int c)
    {
        _url.Scheme = "file";
        _url.Host = "";
        if (c is '/' or '\\') { _state = UrlState.FileSlash; return; }
        if (_base is { Scheme: "file" })
        {
            _url.Host = _base.Host;
            _url.Path = new List<string>(_base.Path);
            _url.Query = _base.Query;
            if (c == '?') { _url.Query = ""; _state = UrlState.Query; }
            else if (c == '#') { _url.Fragment = ""; _state = UrlState.Fragment; }
            else if (c != Eof)
            {
                _url.Query = null;
                if (!StartsWithWindowsDriveLetter(_pointer)) ShortenPath();
                else _url.Path.Clear();
                _state = UrlState.Path;
                _pointer--;
            }
            return;
        }
        _state = UrlState.Path;
        _pointer--;
    }

    private Outcome? FileHostState(int c)
    {
        if (c is Eof or '/' or '\\' or '?' or '#')
        {
            _pointer--;
            string buffer = BufferString();
            if (_override is null && IsWindowsDriveLetter(buffer))
            {
                // The drive letter quirk: the buffer is not reset and becomes the first path segment.
                _state = UrlState.Path;
            }
            else if (buffer.Length == 0)
            {
                _url.Host = "";
                if (_override is not null) return Outcome.Done;
                _state = UrlState.PathStart;
            }
            else
            {
                if (UrlHost.Parse(buffer, !Special) is not { } host) return Outcome.Failure;
                if (host == "localhost") host = "";
                _url.Host = host;
                if (_override is not null) return Outcome.Done;
                _buffer.Clear();
                _state = UrlState.PathStart;
            }
        }
        else _buffer.Add(c);
        return null;
    }

    private void PathStartState(int c)
    {
        if (Special)
        {
            _state = UrlState.Path;
            if (c is not '/' and not '\\') _pointer--;
        }
        else if (_override is null && c == '?') { _url.Query = ""; _state = UrlState.Query; }
        else if (_override is null && c == '#') { _url.Fragment = ""; _state = UrlState.Fragment; }
        else if (c != Eof)
        {
            _state = UrlState.Path;
            if (c != '/') _pointer--;
        }
        else if (_override is not null && _url.Host is null) _url.Path.Add("");
    }

    private void PathState(int c)
    {
        bool slash = c == '/' || (Special && c == '\\');
        if (c == Eof || slash || (_override is null && c is '?' or '#'))
        {
            string buffer = BufferString();
            if (IsDoubleDotSegment(buffer))
            {
                ShortenPath();
                if (!slash) _url.Path.Add("");
            }
            else if (IsSingleDotSegment(buffer) && !slash) _url.Path.Add("");
            else if (!IsSingleDotSegment(buffer))
            {
                if (_url.Scheme == "file" && _url.Path.Count == 0 && IsWindowsDriveLetter(buffer))
                    buffer = buffer[0] + ":" + buffer[2..];
                _url.Path.Add(buffer);
            }
            _buffer.Clear();
            if (c == '?') { _url.Query = ""; _state = UrlState.Query; }
            if (c == '#') { _url.Fragment = ""; _state = UrlState.Fragment; }
            return;
        }
        // The buffer holds the percent-encoded segment as code points.
        var encoded = Encode(c, EncodeSet.Path);
        foreach (char ch in encoded) _buffer.Add(ch);
    }

    private void QueryState(int c)
    {
        if ((_override is null && c == '#') || c == Eof)
        {
            var set = Special ? EncodeSet.SpecialQuery : EncodeSet.Query;
            var sb = new StringBuilder(_url.Query);
            foreach (var cp in _buffer) PercentEncoding.Append(sb, cp, set);
            _url.Query = sb.ToString();
            _buffer.Clear();
            if (c == '#') { _url.Fragment = ""; _state = UrlState.Fragment; }
        }
        else if (c != Eof) _buffer.Add(c);
    }

    /// <summary>4.2 shorten a URL's path (a file URL keeps its drive letter).</summary>
    private void ShortenPath()
    {
        var path = _url.Path;
        if (_url.Scheme == "file" && path.Count == 1 && IsNormalizedWindowsDriveLetter(path[0])) return;
        if (path.Count > 0) path.RemoveAt(path.Count - 1);
    }

    private static bool IsSingleDotSegment(string s) => s == "." || s.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleDotSegment(string s) => s switch
    {
        ".." => true,
        _ => s.Length is 4 or 6 && (s.Equals(".%2e", StringComparison.OrdinalIgnoreCase) || s.Equals("%2e.", StringComparison.OrdinalIgnoreCase)
            || s.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase)),
    };

    /// <summary>4.3 Windows drive letter: an ASCII alpha followed by : or |.</summary>
    private static bool IsWindowsDriveLetter(string s) => s.Length == 2 && IsAsciiAlpha(s[0]) && s[1] is ':' or '|';

    private static bool IsNormalizedWindowsDriveLetter(string s) => s.Length == 2 && IsAsciiAlpha(s[0]) && s[1] == ':';

    /// <summary>4.3 starts with a Windows drive letter (from position start of the input).</summary>
    private bool StartsWithWindowsDriveLetter(int start)
    {
        int Cp(int i) => start + i < _input.Length ? _input[start + i] : Eof;
        if (start + 2 > _input.Length || !IsAsciiAlpha(Cp(0)) || Cp(1) is not ':' and not '|') return false;
        return start + 2 == _input.Length || Cp(2) is '/' or '\\' or '?' or '#';
    }

    private static bool IsAsciiAlpha(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    private static bool IsAsciiAlphanumeric(int c) => IsAsciiAlpha(c) || c is >= '0' and <= '9';
    private static int ToLower(int c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
