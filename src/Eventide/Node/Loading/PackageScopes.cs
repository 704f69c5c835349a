using System.Text.Json;

using Eventide.Host;

namespace Eventide.Node.Loading;

/// <summary>
/// node's LOOKUP_PACKAGE_SCOPE, read once per directory for an engine: the nearest package.json
/// at or above a directory (never past a node_modules folder), with the two fields module loading
/// asks of it: "type" (a .js file's format) and "imports" (#name specifiers). A 1,000-module graph
/// asks for every file, so each directory's answer is kept.
/// </summary>
internal sealed class PackageScopes
{
    /// <summary>A package scope: its package.json, its "type" (null when absent or unreadable) and its "imports" map.</summary>
    internal sealed record Scope(string PackageJson, string? Type, JsonElement? Imports);

    private readonly Dictionary<string, Scope?> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>The package scope of a file.</summary>
    public Scope? OfFile(string file) => Path.GetDirectoryName(file) is { } dir ? Find(dir) : null;

    /// <summary>The package scope of a directory: its own package.json, else its parent's scope.</summary>
    public Scope? Find(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var known)) return known;
        Scope? scope;
        string file = Path.Combine(directory, "package.json");
        if (Path.GetFileName(directory) == "node_modules") scope = null;
        else if (File.Exists(file)) scope = Read(file);
        else scope = Path.GetDirectoryName(directory) is { } parent ? Find(parent) : null;
        _byDirectory[directory] = scope;
        return scope;
    }

    private static Scope Read(string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new Scope(file, null, null);
            string? type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            JsonElement? imports = root.TryGetProperty("imports", out var i) && i.ValueKind == JsonValueKind.Object ? i.Clone() : null;
            return new Scope(file, type, imports);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return new Scope(file, null, null);
        }
    }
}
