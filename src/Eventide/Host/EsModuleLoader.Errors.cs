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
    private void Link(ModuleRecord module)
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
    /// frames (a require() call); uncaught, it shows node's internal throw site where we know it,
    /// never the last script throw.
    /// </summary>
    private JsException NodeError(string code, string message, string? path)
    {
        var kind = code.StartsWith("ERR_IMPORT_", StringComparison.Ordinal)
            || code is "ERR_INVALID_MODULE_SPECIFIER" or "ERR_PACKAGE_IMPORT_NOT_DEFINED" ? ErrorKind.TypeError : ErrorKind.Error;
        var (frame, site) = InternalThrow(code);
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
    private JsException ModuleSyntaxError(JsSyntaxError e)
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

    /// <summary>Where node 20 throws each loading error: its node:internal frame, and the site it prints uncaught ("" where not kept here).</summary>
    private static (string Frame, string Site) InternalThrow(string code) => code switch
    {
        "ERR_MODULE_NOT_FOUND" => ("finalizeResolution (node:internal/modules/esm/resolve:283:11)",
            "node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n\n"),
        "ERR_REQUIRE_ASYNC_MODULE" => ("ModuleJobSync.runSync (node:internal/modules/esm/module_job:433:13)",
            "node:internal/modules/esm/module_job:433\n      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);\n      ^\n\n"),
        "ERR_UNSUPPORTED_DIR_IMPORT" => ("finalizeResolution (node:internal/modules/esm/resolve:263:11)", ""),
        "ERR_PACKAGE_PATH_NOT_EXPORTED" => ("exportsNotFound (node:internal/modules/esm/resolve:314:10)", ""),
        "ERR_PACKAGE_IMPORT_NOT_DEFINED" => ("importNotDefined (node:internal/modules/esm/resolve:300:10)", ""),
        "ERR_INVALID_MODULE_SPECIFIER" => ("parsePackageName (node:internal/modules/esm/resolve:733:11)", ""),
        _ => ("validateAttributes (node:internal/modules/esm/assert:89:15)", ""),
    };
}
