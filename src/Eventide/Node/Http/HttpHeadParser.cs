using System.Text;
using Eventide.Runtime;

namespace Eventide.Node.Http;

/// <summary>
/// require('internal/http_head') for internal/http_parser: the head of an HTTP/1.x message (start
/// line and header lines) parsed in one native pass, with llhttp's error codes, words and offsets.
/// The JavaScript parser keeps the state machine and the bodies; the head is where the per-byte work is.
/// </summary>
internal static class HttpHeadParser
{
    /// <summary>What the head says about framing and the connection (flags in the result).</summary>
    [Flags]
    private enum HeadFlags
    {
        Chunked = 1,
        TransferEncoding = 2,
        ConnectionClose = 4,
        ConnectionKeepAlive = 8,
        ConnectionUpgrade = 16,
        UpgradeHeader = 32,
    }

    /// <summary>The methods llhttp knows (node's http.METHODS).</summary>
    private static readonly string[] Methods =
    [
        "ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE",
        "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH",
        "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK",
        "UNLOCK", "UNSUBSCRIBE",
    ];

    private const int Incomplete = -1;
    private const int Failed = -2;

    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        binding.CreateDataPropertyOrThrow("methods", realm.NewArray(Methods.Select(m => (JsValue)m).ToArray()));
        // parseHead(view, start, isRequest): -1 while the head is incomplete; [-2, code, reason, offset]
        // for a bad one; else [end, major, minor, method|status, url|reason, contentLength, flags, ...rawHeaders].
        realm.DefineMethod(binding, "parseHead", 3, (_, a) =>
            new Parse(realm, ByteViews.Of(a.At(0)), (int)Operations.ToNumber(a.At(1)), Operations.ToBoolean(a.At(2))).Run());
        return binding;
    }

    private static bool IsTokenChar(byte c) =>
        c is (byte)'!' or (byte)'#' or (byte)'$' or (byte)'%' or (byte)'&' or (byte)'\'' or (byte)'*' or (byte)'+' or (byte)'-'
            or (byte)'.' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~'
        || c is >= (byte)'0' and <= (byte)'9' || c is >= (byte)'a' and <= (byte)'z' || c is >= (byte)'A' and <= (byte)'Z';

    private static bool IsValueChar(byte c) => c == '\t' || (c >= 0x20 && c != 0x7f);

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length != name.Length) return false;
        for (int i = 0; i < bytes.Length; i++)
            if ((bytes[i] | 0x20) != name[i]) return false;
        return true;
    }

    /// <summary>One head being parsed: positions are offsets in the whole view.</summary>
    private ref struct Parse(Realm realm, ReadOnlySpan<byte> data, int start, bool isRequest)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private JsArray? _error;
        private int _major;
        private int _minor;
        private long _contentLength = -1;
        private HeadFlags _flags;

        public JsValue Run()
        {
            int pos = start;
            // Empty lines before a message are tolerated, as llhttp does between keep-alive messages.
            while (pos + 1 < _data.Length && _data[pos] == '\r' && _data[pos + 1] == '\n') pos += 2;
            int lineEnd = NextLineEnd(pos);
            if (lineEnd < 0) return Incomplete;
            JsValue first;
            JsValue second;
            if (isRequest)
            {
                if (!RequestLine(pos, lineEnd, out first, out second)) return _error!;
            }
            else if (!StatusLine(pos, lineEnd, out first, out second)) return _error!;
            var headers = new List<JsValue>();
            pos = lineEnd + 1;
            while (true)
            {
                lineEnd = NextLineEnd(pos);
                if (lineEnd < 0) return Incomplete;
                if (lineEnd == pos || _data[lineEnd - 1] != '\r')
                    return Fail("HPE_STRICT", "Missing expected CR after header value", lineEnd);
                if (lineEnd - 1 == pos) break;
                if (!HeaderLine(pos, lineEnd - 1, headers)) return _error!;
                pos = lineEnd + 1;
            }
            var result = realm.NewArray(7 + headers.Count);
            result.Push(lineEnd + 1);
            result.Push(_major);
            result.Push(_minor);
            result.Push(first);
            result.Push(second);
            result.Push((double)_contentLength);
            result.Push((int)_flags);
            foreach (var header in headers) result.Push(header);
            return result;
        }

        private readonly int NextLineEnd(int pos)
        {
            int found = _data[pos..].IndexOf((byte)'\n');
            return found < 0 ? -1 : pos + found;
        }

        private JsArray Fail(string code, string reason, int offset)
        {
            _error = realm.NewArray([Failed, code, reason, offset - start]);
            return _error;
        }

        // METHOD SP url SP HTTP/x.y CRLF
        private bool RequestLine(int pos, int lineEnd, out JsValue method, out JsValue url)
        {
            method = url = JsValue.Undefined;
            var line = _data[pos..lineEnd];
            int space = line.IndexOf((byte)' ');
            string name = Latin1(space < 0 ? line : line[..space]);
            if (space < 0 || Array.IndexOf(Methods, name) < 0)
            {
                // llhttp fails on the first byte no method can continue with.
                int matched = 0;
                while (matched < name.Length && Methods.Any(m => m.StartsWith(name[..(matched + 1)], StringComparison.Ordinal))) matched++;
                Fail("HPE_INVALID_METHOD", "Invalid method encountered", pos + matched);
                return false;
            }
            int urlStart = space + 1;
            int contentEnd = line.Length > 0 && line[^1] == '\r' ? line.Length - 1 : line.Length;
            int urlLength = line[urlStart..contentEnd].IndexOf((byte)' ');
            int urlEnd = urlLength < 0 ? contentEnd : urlStart + urlLength;
            if (urlEnd == urlStart) { Fail("HPE_INVALID_URL", "Unexpected start char in url", pos + urlStart); return false; }
            for (int i = urlStart; i < urlEnd; i++)
                if (line[i] <= 32 || line[i] == 127) { Fail("HPE_INVALID_URL", "Invalid characters in url", pos + i); return false; }
            if (urlLength < 0) { Fail("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", pos + contentEnd); return false; }
            if (!Version(pos, lineEnd, urlEnd + 1, beforeStatus: false)) return false;
            method = name;
            url = Latin1(line[urlStart..urlEnd]);
            return true;
        }

        // HTTP/x.y SP ddd [SP reason] CRLF
        private bool StatusLine(int pos, int lineEnd, out JsValue status, out JsValue reason)
        {
            status = reason = JsValue.Undefined;
            if (!Version(pos, lineEnd, 0, beforeStatus: true)) return false;
            var line = _data[pos..lineEnd];
            const int codeStart = 9;
            int code = 0;
            for (int i = codeStart; i < codeStart + 3; i++)
            {
                if (i >= line.Length || line[i] < '0' || line[i] > '9') { Fail("HPE_INVALID_STATUS", "Invalid status code", pos + codeStart); return false; }
                code = code * 10 + (line[i] - '0');
            }
            byte after = codeStart + 3 < line.Length ? line[codeStart + 3] : (byte)0;
            if (after != ' ' && after != '\r') { Fail("HPE_INVALID_STATUS", "Invalid status code", pos + codeStart + 3); return false; }
            if (line[^1] != '\r') { Fail("HPE_STRICT", "Expected LF after CR", lineEnd); return false; }
            status = code;
            reason = after == ' ' ? Latin1(line[(codeStart + 4)..^1]) : "";
            return true;
        }

        // "HTTP/x.y" at `at` in the line, then CRLF (a request line) or a space (a status line).
        private bool Version(int pos, int lineEnd, int at, bool beforeStatus)
        {
            var line = _data[pos..lineEnd];
            ReadOnlySpan<byte> prefix = "HTTP/"u8;
            for (int i = 0; i < prefix.Length; i++)
                if (at + i >= line.Length || line[at + i] != prefix[i]) { Fail("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", pos + at + i); return false; }
            int major = at + 5 < line.Length ? line[at + 5] - '0' : -1;
            bool dot = at + 6 < line.Length && line[at + 6] == '.';
            int minor = at + 7 < line.Length ? line[at + 7] - '0' : -1;
            if (major is < 0 or > 9 || !dot || minor is < 0 or > 9 || !((major == 1 && minor <= 1) || (major == 0 && minor == 9) || (major == 2 && minor == 0)))
            {
                Fail("HPE_INVALID_VERSION", "Invalid HTTP version", pos + at + 8);
                return false;
            }
            bool ok = beforeStatus
                ? at + 8 < line.Length && line[at + 8] == ' '
                : at + 9 == line.Length && line[at + 8] == '\r';
            if (!ok)
            {
                Fail("HPE_INVALID_VERSION", beforeStatus ? "Expected space after version" : "Expected CRLF after version", pos + at + 9);
                return false;
            }
            _major = major;
            _minor = minor;
            return true;
        }

        // name ":" OWS value OWS, with Content-Length and Transfer-Encoding checked where llhttp checks them.
        private bool HeaderLine(int pos, int end, List<JsValue> headers)
        {
            var line = _data[pos..end];
            int colon = line.IndexOf((byte)':');
            int nameEnd = colon < 0 ? line.Length : colon;
            for (int i = 0; i < nameEnd; i++)
                if (!IsTokenChar(line[i])) { Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", pos + i); return false; }
            if (colon <= 0) { Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", pos + nameEnd); return false; }
            int valueStart = colon + 1;
            int valueEnd = line.Length;
            while (valueStart < valueEnd && line[valueStart] is (byte)' ' or (byte)'\t') valueStart++;
            while (valueEnd > valueStart && line[valueEnd - 1] is (byte)' ' or (byte)'\t') valueEnd--;
            for (int i = valueStart; i < valueEnd; i++)
                if (!IsValueChar(line[i])) { Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", pos + i); return false; }
            if (headers.Count >= 4000) { Fail("HPE_HEADER_OVERFLOW", "Header overflow", pos); return false; }
            var name = line[..colon];
            var value = line[valueStart..valueEnd];
            if (!FramingHeader(name, value, pos + valueStart, pos + colon + 1)) return false;
            headers.Add(Latin1(name));
            headers.Add(Latin1(value));
            return true;
        }

        private bool FramingHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, int valueAt, int colonAt)
        {
            if (EqualsIgnoreCase(name, "content-length"))
            {
                if (_contentLength != -1) { Fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", valueAt); return false; }
                long length = 0;
                for (int i = 0; i < value.Length; i++)
                {
                    if (value[i] < '0' || value[i] > '9' || length > (long)1e15) { Fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", valueAt + i); return false; }
                    length = length * 10 + (value[i] - '0');
                }
                if (value.Length == 0) { Fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", valueAt); return false; }
                if ((_flags & HeadFlags.TransferEncoding) != 0) { Fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", valueAt); return false; }
                _contentLength = length;
            }
            else if (EqualsIgnoreCase(name, "transfer-encoding"))
            {
                if (_contentLength != -1) { Fail("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", colonAt); return false; }
                _flags |= HeadFlags.TransferEncoding;
                // Chunked only when it is the last coding.
                int comma = value.LastIndexOf((byte)',');
                var last = value[(comma + 1)..].Trim(" \t"u8);
                _flags = EqualsIgnoreCase(last, "chunked") ? _flags | HeadFlags.Chunked : _flags & ~HeadFlags.Chunked;
            }
            else if (EqualsIgnoreCase(name, "connection"))
            {
                foreach (var range in value.Split((byte)','))
                {
                    var token = value[range].Trim(" \t"u8);
                    if (EqualsIgnoreCase(token, "close")) _flags |= HeadFlags.ConnectionClose;
                    else if (EqualsIgnoreCase(token, "keep-alive")) _flags |= HeadFlags.ConnectionKeepAlive;
                    else if (EqualsIgnoreCase(token, "upgrade")) _flags |= HeadFlags.ConnectionUpgrade;
                }
            }
            else if (EqualsIgnoreCase(name, "upgrade")) _flags |= HeadFlags.UpgradeHeader;
            return true;
        }
    }
}
