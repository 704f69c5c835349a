using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>node's internal errors (lib/internal/errors.js): a message plus a "code" property.</summary>
internal static class NodeErrors
{
    /// <summary>The argument as a string, or node's ERR_INVALID_ARG_TYPE naming it.</summary>
    public static string StringArgument(Realm realm, JsValue value, string name) => CodedErrors.StringArgument(realm, value, name);

    /// <inheritdoc cref="CodedErrors.InvalidArgType"/>
    public static JsException InvalidArgType(Realm realm, string name, string expected, JsValue actual) => CodedErrors.InvalidArgType(realm, name, expected, actual);

    /// <inheritdoc cref="CodedErrors.InvalidArg"/>
    public static JsException InvalidArg(Realm realm, string name, string requirement, JsValue actual, string noun = "argument") => CodedErrors.InvalidArg(realm, name, requirement, actual, noun);

    /// <inheritdoc cref="CodedErrors.OutOfRange"/>
    public static JsException OutOfRange(Realm realm, string name, string range, string received) => CodedErrors.OutOfRange(realm, name, range, received);

    /// <inheritdoc cref="CodedErrors.Coded"/>
    public static JsException Coded(Realm realm, ErrorKind kind, string code, string message) => CodedErrors.Coded(realm, kind, code, message);

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

    /// <inheritdoc cref="CodedErrors.InvalidArgValue"/>
    public static JsException InvalidArgValue(Realm realm, string name, JsValue value, string reason) => CodedErrors.InvalidArgValue(realm, name, value, reason);

    /// <inheritdoc cref="CodedErrors.WithCode"/>
    public static JsException WithCode(JsObject error, string code) => CodedErrors.WithCode(error, code);
}
