using Eventide.Builtins;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>Import attributes (with { type: 'json' }) as node 20 checks them, and the deprecated assert form V8 still takes.</summary>
internal sealed partial class EsModuleLoader
{
    /// <summary>The modules loaded from .json files (the format that needs with { type: 'json' }).</summary>
    private readonly HashSet<ModuleRecord> _jsonModules = new(ReferenceEqualityComparer.Instance);
    /// <summary>node's module jobs by (URL, type attribute): the error their attribute check threw, or null when it passed.</summary>
    private readonly Dictionary<(string Url, string Type), JsValue?> _attributeChecks = new();

    /// <summary>
    /// node 20's V8 still takes the deprecated "assert { type: 'json' }" for "with", warning on
    /// stderr; Acornima knows only "with", so each such clause is read as "with" (same offsets).
    /// </summary>
    private Acornima.Ast.Module ParseModuleAcceptingAssert(string source, string url)
    {
        while (true)
        {
            try
            {
                return ScriptParser.ParseModule(source, url);
            }
            catch (JsSyntaxError e) when (IsDeprecatedAssert(source, e.Offset))
            {
                engine.Err.Write($"(node:{Environment.ProcessId}) V8: {url}:{e.Line} 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead\n");
                if (!_warnedAssert) engine.Err.Write("(Use `node --trace-warnings ...` to show where the warning was created)\n");
                _warnedAssert = true;
                source = string.Concat(source.AsSpan(0, e.Offset), "with  ", source.AsSpan(e.Offset + 6));
            }
        }
    }

    private bool _warnedAssert;

    /// <summary>"assert" right after an import's module specifier string and before its "{".</summary>
    private static bool IsDeprecatedAssert(string source, int offset)
    {
        if (offset < 0 || !source.AsSpan(offset).StartsWith("assert", StringComparison.Ordinal)) return false;
        var before = source.AsSpan(0, offset).TrimEnd();
        var after = source.AsSpan(offset + 6).TrimStart();
        return before.Length > 0 && before[^1] is '\'' or '"' && after.Length > 0 && after[0] == '{';
    }

    /// <summary>
    /// node 20 makes one module job per (URL, type attribute), "javascript" standing for no type,
    /// and checks the attributes (validateAttributes) when it makes it; a later import of the same
    /// pair reuses the job: no new check, and a failed check's very error again.
    /// </summary>
    internal void ValidateAttributes(ModuleRecord module, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        if (!ChecksImportAttributes) return;
        string? type = null;
        foreach (var (key, value) in attributes)
            if (key == "type") type = value;
        var job = (module.Url, type ?? "javascript");
        if (!_attributeChecks.TryGetValue(job, out var failure))
        {
            failure = CheckAttributes(module, attributes, type)?.GetValue(realm);
            _attributeChecks[job] = failure;
        }
        if (failure is { } error) throw new JsException(error);
    }

    /// <summary>validateAttributes: only "type" is known; JSON needs type "json", and the other formats (module, CommonJS, built-in) take none.</summary>
    private JsException? CheckAttributes(ModuleRecord module, IReadOnlyList<KeyValuePair<string, string>> attributes, string? type)
    {
        foreach (var (key, value) in attributes)
            if (key != "type") return NodeError("ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", $"Import attribute \"{key}\" with value \"{value}\" is not supported", null);
        bool json = _jsonModules.Contains(module);
        if (type == (json ? "json" : null)) return null;
        if (type is null) return NodeError("ERR_IMPORT_ASSERTION_TYPE_MISSING", $"Module \"{module.Url}\" needs an import attribute of type \"json\"", null);
        if (type != "json") return NodeError("ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", $"Import attribute type \"{type}\" is unsupported", null);
        return NodeError("ERR_IMPORT_ASSERTION_TYPE_FAILED", $"Module \"{module.Url}\" is not of type \"json\"", null);
    }
}
