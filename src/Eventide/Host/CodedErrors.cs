using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// Errors with node's codes and wording (lib/internal/errors.js: a message plus a "code" property),
/// which the embedding API uses too (a host method given the wrong argument) as well as the node layer.
/// </summary>
internal static class CodedErrors
{
    /// <summary>The argument as a string, or node's ERR_INVALID_ARG_TYPE naming it.</summary>
    public static string StringArgument(Realm realm, JsValue value, string name) =>
        value.IsString ? value.String : throw InvalidArgType(realm, name, "string", value);

    /// <summary>ERR_INVALID_ARG_TYPE: The "name" argument must be of type T. Received ...</summary>
    public static JsException InvalidArgType(Realm realm, string name, string expected, JsValue actual) =>
        InvalidArg(realm, name, $"of type {expected}", actual);

    /// <summary>ERR_INVALID_ARG_TYPE with node's wording of what was wanted ("an instance of Array", "of type string or an instance of Error").</summary>
    public static JsException InvalidArg(Realm realm, string name, string requirement, JsValue actual, string noun = "argument")
    {
        var error = realm.CreateError(ErrorKind.TypeError, $"The \"{name}\" {noun} must be {requirement}.{Inspector.DescribeReceived(realm, actual)}");
        return WithCode(error, "ERR_INVALID_ARG_TYPE");
    }

    /// <summary>ERR_OUT_OF_RANGE: The value of "name" is out of range. It must be R. Received V</summary>
    public static JsException OutOfRange(Realm realm, string name, string range, string received) =>
        WithCode(realm.CreateError(ErrorKind.RangeError, $"The value of \"{name}\" is out of range. It must be {range}. Received {received}"), "ERR_OUT_OF_RANGE");

    /// <summary>A coded error of the given kind: node's ERR_UNKNOWN_SIGNAL and the like.</summary>
    public static JsException Coded(Realm realm, ErrorKind kind, string code, string message) =>
        WithCode(realm.CreateError(kind, message), code);

    /// <summary>ERR_INVALID_ARG_VALUE: The argument 'name' must be ... Received ...</summary>
    public static JsException InvalidArgValue(Realm realm, string name, JsValue value, string reason)
    {
        var error = realm.CreateError(ErrorKind.TypeError, $"The argument '{name}' {reason}. Received {Inspector.Inspect(realm, value)}");
        return WithCode(error, "ERR_INVALID_ARG_VALUE");
    }

    public static JsException WithCode(JsObject error, string code)
    {
        error.FastSet("code", code, PropertyFlags.Default);
        // node shows the code in the name part of the stack: "TypeError [CODE]: message".
        if (error.Get("stack") is { IsString: true } stack && stack.String.IndexOf(':') is int colon and > 0)
            error.FastSet("stack", stack.String[..colon] + $" [{code}]" + stack.String[colon..], PropertyFlags.Hidden);
        return new JsException(error);
    }
}
