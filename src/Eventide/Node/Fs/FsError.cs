using Eventide.Runtime;

namespace Eventide.Node.Fs;

/// <summary>
/// A failed file-system call as libuv reports it (code, errno, syscall, path, dest), raised on a
/// worker thread and turned into node's error object on the loop thread (<see cref="ToJs"/>).
/// </summary>
internal sealed class FsError(string code, string syscall, string? path, string? dest = null) : Exception(code)
{
    public string Code { get; } = code;

    /// <summary>node's error: "ENOENT: no such file or directory, open 'x'" with errno, code, syscall, path (and dest).</summary>
    public JsObject ToJs(Realm realm)
    {
        if (Code == "ERR_FS_EISDIR") return DirectorySystemError(realm);
        var (errno, text) = UvErrors.Describe(Code);
        string message = $"{Code}: {text}, {syscall}" + (path is null ? "" : $" '{path}'") + (dest is null ? "" : $" -> '{dest}'");
        var error = realm.CreateError(ErrorKind.Error, message);
        error.CreateDataPropertyOrThrow("errno", errno);
        error.CreateDataPropertyOrThrow("code", Code);
        error.CreateDataPropertyOrThrow("syscall", syscall);
        if (path is not null) error.CreateDataPropertyOrThrow("path", path);
        if (dest is not null) error.CreateDataPropertyOrThrow("dest", dest);
        return error;
    }

    /// <summary>node's SystemError for rm() of a directory without recursive.</summary>
    private JsObject DirectorySystemError(Realm realm)
    {
        var error = realm.CreateError(ErrorKind.Error, $"Path is a directory: {syscall} returned EISDIR (is a directory) {path}");
        error.CreateDataPropertyOrThrow("code", Code);
        var info = realm.NewObject();
        info.CreateDataPropertyOrThrow("code", "EISDIR");
        info.CreateDataPropertyOrThrow("message", "is a directory");
        info.CreateDataPropertyOrThrow("path", path!);
        info.CreateDataPropertyOrThrow("syscall", syscall);
        info.CreateDataPropertyOrThrow("errno", 21);
        error.CreateDataPropertyOrThrow("info", info);
        error.CreateDataPropertyOrThrow("errno", 21);
        error.CreateDataPropertyOrThrow("syscall", syscall);
        error.CreateDataPropertyOrThrow("path", path!);
        // node's SystemError class: its name and code lead the stack.
        error.FastSet("name", "SystemError", PropertyFlags.Hidden);
        if (error.Get("stack") is { IsString: true } stack && stack.String.StartsWith("Error:", StringComparison.Ordinal))
            error.FastSet("stack", $"SystemError [{Code}]" + stack.String["Error".Length..], PropertyFlags.Hidden);
        return error;
    }

    /// <summary>The libuv code for a .NET I/O exception (errno when .NET kept it, else by exception type).</summary>
    public static string CodeOf(Exception e) => e switch
    {
        FsError fs => fs.Code,
        FileNotFoundException or DirectoryNotFoundException => "ENOENT",
        PathTooLongException => "ENAMETOOLONG",
        UnauthorizedAccessException => "EACCES",
        IOException io when UvErrors.ByErrno(io.HResult) is { } code => code,
        _ => "EIO",
    };

    /// <summary>Runs a file-system call, turning .NET's exceptions into node's error for <paramref name="syscall"/>.</summary>
    public static T Run<T>(string syscall, string? path, Func<T> call, string? dest = null)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FsError(CodeOf(e), syscall, path, dest);
        }
    }
}
