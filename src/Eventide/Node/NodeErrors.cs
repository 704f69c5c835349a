using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>node's system-call errors (libuv's codes and wording); the argument errors with codes are <see cref="CodedErrors"/>.</summary>
internal static class NodeErrors
{
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
}
