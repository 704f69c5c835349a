using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>node's internal errors (lib/internal/errors.js): a message plus a "code" property.</summary>
internal static class NodeErrors
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

    /// <summary>A failed system call as libuv words it: "CODE: description, syscall 'path' -> 'dest'" with errno, code, syscall, path, dest.</summary>
    public static JsException UvException(Realm realm, string code, string syscall, string? path = null, string? dest = null) =>
        new(UvError(realm, code, syscall, path, dest));

    /// <summary>The error object of <see cref="UvException"/>, its errno and text from libuv's table.</summary>
    public static JsObject UvError(Realm realm, string code, string syscall, string? path = null, string? dest = null)
    {
        var (errno, description) = UvErrors.Lookup(code);
        string message = $"{code}: {description}, {syscall}" + (path is null ? "" : $" '{path}'") + (dest is null ? "" : $" -> '{dest}'");
        var error = SystemCallError(realm, message, code, errno, syscall);
        if (path is not null) error.CreateDataPropertyOrThrow("path", path);
        if (dest is not null) error.CreateDataPropertyOrThrow("dest", dest);
        return error;
    }

    /// <summary>A failed call reported by errno alone: "syscall CODE" (process.kill's ESRCH).</summary>
    public static JsException ErrnoException(Realm realm, string code, string syscall) =>
        new(SystemCallError(realm, $"{syscall} {code}", code, UvErrors.Lookup(code).Errno, syscall));

    private static JsObject SystemCallError(Realm realm, string message, string code, int errno, string syscall)
    {
        var error = realm.CreateError(ErrorKind.Error, message);
        error.CreateDataPropertyOrThrow("errno", errno);
        error.CreateDataPropertyOrThrow("code", code);
        error.CreateDataPropertyOrThrow("syscall", syscall);
        return error;
    }

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
