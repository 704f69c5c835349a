using Eventide.Builtins;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>Errors of loading and linking, shaped and printed as node shapes and prints them.</summary>
internal sealed partial class EsModuleLoader
{
    /// <summary>
    /// Links a loaded graph. An import that does not resolve fails as in node: its stack starts
    /// with the importing file's line and carets under the name (node's decorated arrow), then
    /// "SyntaxError: ..." and node's internal frame, and nothing else is printed above it uncaught.
    /// </summary>
    internal void Link(ModuleRecord module)
    {
        try
        {
            module.Link();
        }
        catch (JsException e) when (e.GetValue(realm).AsObject is JsError { LinkSite: var (source, start, end) } error)
        {
            var (line, column) = source.LineColumn(start);
            string carets = new string(' ', column - 1) + new string('^', Math.Max(1, end - start));
            string message = error.Get("message") is { IsString: true } m ? m.String : "";
            error.FastSet("stack", $"{source.Path}:{line}\n{source.LineText(line)}\n{carets}\nSyntaxError: {message}\n"
                + "    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)", PropertyFlags.Hidden);
            error.ReportedSite = "";
            throw;
        }
    }

    /// <summary>
    /// A node error with its code (and url for module-not-found), thrown while loading: its stack
    /// is "Name [CODE]: message", the node:internal frame that throws it in node, then the script's
    /// frames (a require() call); uncaught, node's internal throw site is printed above it, never
    /// the last script throw.
    /// </summary>
    internal JsException NodeError(string code, string message, string? path, bool packageLookup = false)
    {
        var kind = code.StartsWith("ERR_IMPORT_", StringComparison.Ordinal)
            || code is "ERR_INVALID_MODULE_SPECIFIER" or "ERR_PACKAGE_IMPORT_NOT_DEFINED" ? ErrorKind.TypeError : ErrorKind.Error;
        var (frame, site) = InternalThrow(code, packageLookup);
        var error = ErrorWithInternalFrame(kind, $"{(kind == ErrorKind.TypeError ? "TypeError" : "Error")} [{code}]", message, frame, site);
        error.CreateDataPropertyOrThrow("code", code);
        // node's error classes print their code in toString too: "Error [CODE]: message".
        _codeToString ??= new NativeFunction(realm, "toString", 0, (self, _) =>
            self.AsObject is JsObject o ? $"{Operations.ToString(o.Get("name"))} [{Operations.ToString(o.Get("code"))}]: {Operations.ToString(o.Get("message"))}" : "");
        error.FastSet("toString", _codeToString, PropertyFlags.Hidden);
        if (path is not null) error.CreateDataPropertyOrThrow("url", new Uri(path).AbsoluteUri);
        return new JsException(error);
    }

    /// <summary>
    /// A module's syntax error as scripts see it (import() rejects with it, require() throws it):
    /// uncaught, node shows the module's file, line and a caret above it.
    /// </summary>
    internal JsException ModuleSyntaxError(JsSyntaxError e)
    {
        var lines = (e.SourceCode ?? "").Split('\n');
        string line = e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1].TrimEnd('\r') : "";
        string site = $"{e.Path}:{e.Line}\n{line}\n{new string(' ', Math.Max(0, e.Column - 1))}^\n\n";
        return new JsException(ErrorWithInternalFrame(ErrorKind.SyntaxError, "SyntaxError", e.Message,
            "compileSourceTextModule (node:internal/modules/esm/utils:346:16)", site));
    }

    /// <summary>An error whose stack is "header: message", node's internal frame, then the script's frames (of a require() call, say).</summary>
    private JsError ErrorWithInternalFrame(ErrorKind kind, string header, string message, string frame, string reportedSite)
    {
        var error = (JsError)realm.CreateError(kind, message);
        string captured = error.Get("stack") is { IsString: true } s ? s.String : "";
        int frames = captured.IndexOf("\n    at ", StringComparison.Ordinal);
        error.FastSet("stack", $"{header}: {message}\n    at {frame}{(frames < 0 ? "" : captured[frames..])}", PropertyFlags.Hidden);
        error.ReportedSite = reportedSite;
        return error;
    }

    private NativeFunction? _codeToString;

    /// <summary>Where node 20 throws each loading error (its node:internal function and source line), for the frame and the site it prints uncaught.</summary>
    private static (string Frame, string Site) InternalThrow(string code, bool packageLookup) =>
        (code, packageLookup) switch
        {
            ("ERR_MODULE_NOT_FOUND", true) => Internal("packageResolve", "resolve", 873, 9, "  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);"),
            ("ERR_MODULE_NOT_FOUND", _) => Internal("finalizeResolution", "resolve", 283, 11, "    throw new ERR_MODULE_NOT_FOUND("),
            ("ERR_UNSUPPORTED_DIR_IMPORT", _) => Internal("finalizeResolution", "resolve", 271, 11, "    throw new ERR_UNSUPPORTED_DIR_IMPORT(path, basePath, String(resolved));"),
            ("ERR_PACKAGE_PATH_NOT_EXPORTED", _) => Internal("exportsNotFound", "resolve", 322, 10, "  return new ERR_PACKAGE_PATH_NOT_EXPORTED("),
            ("ERR_PACKAGE_IMPORT_NOT_DEFINED", _) => Internal("importNotDefined", "resolve", 309, 10, "  return new ERR_PACKAGE_IMPORT_NOT_DEFINED("),
            ("ERR_INVALID_MODULE_SPECIFIER", _) => Internal("parsePackageName", "resolve", 801, 11, "    throw new ERR_INVALID_MODULE_SPECIFIER("),
            ("ERR_REQUIRE_ASYNC_MODULE", _) => Internal("ModuleJobSync.runSync", "module_job", 433, 13, "      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);", caret: 7),
            ("ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", _) => Internal("validateAttributes", "assert", 61, 13, "      throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], importAttributes[keys[i]]);"),
            ("ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", _) => Internal("handleInvalidType", "assert", 106, 11, "    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);"),
            ("ERR_IMPORT_ASSERTION_TYPE_FAILED", _) => Internal("handleInvalidType", "assert", 110, 9, "  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);"),
            _ => Internal("validateAttributes", "assert", 89, 15, "        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);"),
        };

    /// <summary>node's frame "fn (node:internal/modules/esm/FILE:LINE:COL)" and its printed site (source line, caret under the throw).</summary>
    private static (string Frame, string Site) Internal(string function, string file, int line, int column, string sourceLine, int? caret = null) =>
        ($"{function} (node:internal/modules/esm/{file}:{line}:{column})",
         $"node:internal/modules/esm/{file}:{line}\n{sourceLine}\n{new string(' ', (caret ?? column) - 1)}^\n\n");
}
