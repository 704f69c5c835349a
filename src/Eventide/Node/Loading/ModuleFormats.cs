using System.Text.RegularExpressions;
using Eventide.Parsing;

namespace Eventide.Node.Loading;

/// <summary>How node tells an ES module from a CommonJS one, and the names a CommonJS module exports to importers.</summary>
internal static partial class ModuleFormats
{
    /// <summary>Whether node would run the entry file as an ES module (a .js file by its package scope's "type").</summary>
    public static bool IsModuleEntry(string path, string source, PackageScopes scopes)
    {
        if (path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase)) return true;
        if (path.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase)) return false;
        if (!path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && Path.HasExtension(path)) return false;
        return scopes.OfFile(path)?.Type switch
        {
            "module" => true,
            "commonjs" => false,
            _ => LooksLikeModule(source),
        };
    }

    /// <summary>node 20's syntax detection: an ambiguous .js file that only parses as a module is one.</summary>
    internal static bool LooksLikeModule(string source)
    {
        if (!ModuleSyntaxHint().IsMatch(source)) return false;
        try
        {
            ScriptParser.Parse(source, "detect", commonJs: true);
            return false;
        }
        catch (JsSyntaxError)
        {
            try
            {
                ScriptParser.ParseModule(source, "detect");
                return true;
            }
            catch (JsSyntaxError)
            {
                return false;
            }
        }
    }

    [GeneratedRegex(@"\b(import|export|await)\b")]
    private static partial Regex ModuleSyntaxHint();

    /// <summary>The names a CommonJS module's source gives its exports (what cjs-module-lexer finds).</summary>
    internal static List<string> CommonJsExportNames(string source)
    {
        var names = new List<string>();
        foreach (Match m in CjsExportAssignment().Matches(source)) names.Add(m.Groups[1].Value);
        foreach (Match m in CjsDefineProperty().Matches(source)) names.Add(m.Groups[1].Value);
        foreach (Match m in CjsObjectLiteral().Matches(source))
            foreach (var part in m.Groups[1].Value.Split(','))
            {
                var name = part.Split(':')[0].Trim();
                if (IdentifierName().IsMatch(name)) names.Add(name);
            }
        names.Remove("default");
        return names.Distinct().ToList();
    }

    [GeneratedRegex(@"(?:\bmodule\.)?\bexports\.([A-Za-z_$][\w$]*)\s*=[^=]")]
    private static partial Regex CjsExportAssignment();
    [GeneratedRegex(@"Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*['""]([A-Za-z_$][\w$]*)['""]")]
    private static partial Regex CjsDefineProperty();
    [GeneratedRegex(@"\bmodule\.exports\s*=\s*\{([^{}]*)\}")]
    private static partial Regex CjsObjectLiteral();
    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    private static partial Regex IdentifierName();
}
