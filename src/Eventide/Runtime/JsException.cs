using Eventide.Runtime;
namespace Eventide;

/// <summary>The native error constructors a runtime error may be created from (20.5.5).</summary>
internal enum ErrorKind : byte { Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError, AggregateError, SuppressedError }

/// <summary>
/// A JavaScript throw travelling through .NET code. Runtime code that has no realm at hand
/// throws with an <see cref="ErrorKind"/> and message; the interpreter turns that into an
/// error object of the running realm when it catches it (<see cref="GetValue"/>).
/// </summary>
public class JsException : Exception
{
    private JsValue _value;
    private bool _hasValue;
    internal ErrorKind Kind { get; }
    internal string ErrorMessage { get; }
    /// <summary>A script's throw leaving a nested run: where it was thrown is recorded already (node reports that place, not the run's caller).</summary>
    internal bool ThrowSiteRecorded { get; init; }

    /// <summary>A throw of <paramref name="value"/>: a host function throws this to throw a JavaScript value.</summary>
    public JsException(JsValue value) : base(null)
    {
        _value = value;
        _hasValue = true;
        ErrorMessage = "";
    }

    internal JsException(ErrorKind kind, string message) : base(message)
    {
        Kind = kind;
        ErrorMessage = message;
    }

    /// <summary>A throw of <paramref name="value"/> caused by a .NET exception (a host function's failure), kept as <see cref="Exception.InnerException"/>.</summary>
    public JsException(JsValue value, Exception? innerException) : base(null, innerException)
    {
        _value = value;
        _hasValue = true;
        ErrorMessage = "";
    }

    internal bool HasValue => _hasValue;

    /// <summary>The realm whose error constructor the error comes from, when the spec names one other than the catcher's
    /// (a class constructor called without new throws in its own realm; a derived constructor's bad return, in its caller's).</summary>
    internal Realm? ErrorRealm { get; init; }

    /// <summary>What the script threw (an Error object, or any value); undefined when the engine made the error without a realm to make it in.</summary>
    public JsValue Value => _hasValue ? _value : JsValue.Undefined;

    /// <summary>The thrown error's JavaScript stack (its "Error: message" line, then "    at f (file.js:1:7)" frames), when it is an Error object.</summary>
    public string? JsStack => _hasValue && _value.AsObject is JsError error && error.Get("stack") is { IsString: true } stack ? stack.String : null;

    /// <summary>The thrown value, creating the error object in <paramref name="realm"/> if needed.</summary>
    internal JsValue GetValue(Realm realm)
    {
        if (!_hasValue)
        {
            _value = (ErrorRealm ?? realm).CreateError(Kind, ErrorMessage);
            _hasValue = true;
        }
        return _value;
    }

    /// <inheritdoc/>
    public override string Message => _hasValue ? DescribeValue(_value) : $"{Kind}: {ErrorMessage}";

    private static string DescribeValue(JsValue v)
    {
        if (v.AsObject is JsObject o && o.GetOwnDataValue("message") is { IsString: true } m)
        {
            var name = o.Get("name");
            return $"{(name.IsString ? name.String : "Error")}: {m.String}";
        }
        return v.IsString ? v.String : v.ToString();
    }

    /// <summary>A TypeError with <paramref name="message"/>, made in the realm of the script that catches it.</summary>
    public static JsException TypeError(string message) => new(ErrorKind.TypeError, message);
    /// <summary>A RangeError with <paramref name="message"/>, made in the realm of the script that catches it.</summary>
    public static JsException RangeError(string message) => new(ErrorKind.RangeError, message);
    /// <summary>A ReferenceError with <paramref name="message"/>, made in the realm of the script that catches it.</summary>
    public static JsException ReferenceError(string message) => new(ErrorKind.ReferenceError, message);
    /// <summary>A SyntaxError with <paramref name="message"/>, made in the realm of the script that catches it.</summary>
    public static JsException SyntaxError(string message) => new(ErrorKind.SyntaxError, message);
}
