using System.Text.Json;

using Eventide.Host;

namespace Eventide.Node.Loading;

/// <summary>
/// The "exports" field of a package.json as node's require() reads it (PACKAGE_EXPORTS_RESOLVE):
/// subpath keys, "*" patterns, condition objects matched in key order against node 20's
/// CommonJS conditions, and arrays of fallbacks. A package with "exports" exposes only what they name.
/// </summary>
internal static class PackageExports
{
    /// <summary>The conditions require() matches (import uses ["import", "node", "default"]).</summary>
    public static readonly string[] RequireConditions = ["require", "node", "default"];

    /// <summary>Splits "name/sub/path" or "@scope/name/sub" into the package name and "./sub/path" (or ".").</summary>
    public static (string Name, string Subpath)? SplitRequest(string request)
    {
        int slash = request.IndexOf('/');
        if (request.StartsWith('@'))
        {
            if (slash <= 1) return null;
            slash = request.IndexOf('/', slash + 1);
        }
        if (slash == 0) return null;
        return slash < 0 ? (request, ".") : (request[..slash], "." + request[slash..]);
    }

    /// <summary>
    /// The "exports" of packageDir/package.json, or null when the package has none. Resolve then
    /// gives the file a subpath maps to, or null when "exports" does not export it.
    /// </summary>
    public static JsonElement? Read(string packageDir)
    {
        string file = Path.Combine(packageDir, "package.json");
        if (!File.Exists(file)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("exports", out var exports)
                && exports.ValueKind != JsonValueKind.Null ? exports.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>PACKAGE_EXPORTS_RESOLVE: the absolute path subpath maps to, or null if not exported.</summary>
    public static string? Resolve(string packageDir, JsonElement exports, string subpath, string[]? conditions = null)
    {
        conditions ??= RequireConditions;
        bool subpathMap = exports.ValueKind == JsonValueKind.Object
            && exports.EnumerateObject().FirstOrDefault().Name?.StartsWith('.') == true;
        if (!subpathMap) return subpath == "." ? ResolveTarget(packageDir, exports, null, conditions, allowBare: false) : null;
        return ResolveKey(packageDir, exports, subpath, conditions, allowBare: false);
    }

    /// <summary>
    /// PACKAGE_IMPORTS_RESOLVE for "#name" in a package scope: an absolute file path, a bare
    /// specifier to resolve further (e.g. "node:async_hooks"), or null when its "imports" do not define it.
    /// </summary>
    public static string? ResolveImports(PackageScopes.Scope? scope, string specifier, string[] conditions) =>
        scope?.Imports is { } imports
            ? ResolveKey(Path.GetDirectoryName(scope.PackageJson)!, imports, specifier, conditions, allowBare: true)
            : null;

    /// <summary>PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key, else the pattern key with the longest prefix before its "*".</summary>
    private static string? ResolveKey(string packageDir, JsonElement map, string key, string[] conditions, bool allowBare)
    {
        if (map.TryGetProperty(key, out var exact) && !key.Contains('*')) return ResolveTarget(packageDir, exact, null, conditions, allowBare);
        string? bestKey = null;
        string? match = null;
        foreach (var entry in map.EnumerateObject())
        {
            int star = entry.Name.IndexOf('*');
            if (star < 0) continue;
            string prefix = entry.Name[..star], suffix = entry.Name[(star + 1)..];
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length < entry.Name.Length
                || !key.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (bestKey is null || PatternKeyCompare(bestKey, entry.Name) > 0)
            {
                bestKey = entry.Name;
                match = key[prefix.Length..(key.Length - suffix.Length)];
            }
        }
        return bestKey is null ? null : ResolveTarget(packageDir, map.GetProperty(bestKey), match, conditions, allowBare);
    }

    /// <summary>PATTERN_KEY_COMPARE: positive when b should be preferred over a.</summary>
    private static int PatternKeyCompare(string a, string b)
    {
        int aStar = a.IndexOf('*'), bStar = b.IndexOf('*');
        if (aStar != bStar) return bStar - aStar;
        return b.Length - a.Length;
    }

    /// <summary>PACKAGE_TARGET_RESOLVE: strings are "./" paths ("*" replaced), objects pick the first matching condition, arrays the first target that resolves.</summary>
    private static string? ResolveTarget(string packageDir, JsonElement target, string? patternMatch, string[] conditions, bool allowBare)
    {
        switch (target.ValueKind)
        {
            case JsonValueKind.String:
                string value = target.GetString()!;
                if (patternMatch is not null) value = value.Replace("*", patternMatch, StringComparison.Ordinal);
                if (value.StartsWith("./", StringComparison.Ordinal)) return Path.GetFullPath(Path.Combine(packageDir, value));
                // "imports" may map to a package or built-in name ("#dep": "async_hooks"), never to ../, an absolute path or a URL.
                return allowBare && !value.StartsWith("../", StringComparison.Ordinal) && !value.StartsWith('/') && !value.Contains(':') ? value : null;
            case JsonValueKind.Object:
                foreach (var condition in target.EnumerateObject())
                {
                    if (Array.IndexOf(conditions, condition.Name) < 0) continue;
                    if (ResolveTarget(packageDir, condition.Value, patternMatch, conditions, allowBare) is { } resolved) return resolved;
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in target.EnumerateArray())
                    if (ResolveTarget(packageDir, item, patternMatch, conditions, allowBare) is { } resolved) return resolved;
                return null;
            default:
                return null;
        }
    }
}
