using Eventide.Host;

namespace Eventide;

/// <summary>
/// Where an embedding host's ES modules come from (<see cref="EngineOptions.ModuleSource"/>): the
/// host names every module and supplies its text, so a script imports only what the host grants.
/// Names are the host's own strings; a module's <c>import.meta.url</c> is its name.
/// </summary>
public interface IModuleSource
{
    /// <summary>
    /// The name of the module that <paramref name="specifier"/> means when imported by the module
    /// named <paramref name="referrer"/> (null when the host itself imports), or null when there is none.
    /// </summary>
    string? Resolve(string specifier, string? referrer);

    /// <summary>The source text of the module named <paramref name="name"/> (a name <see cref="Resolve"/> returned).
    /// A name ending in ".json" is a JSON module.</summary>
    string Load(string name);
}

/// <summary>
/// Modules held in memory by name. "./x.js" and "../x.js" resolve against the importing module's
/// name as paths do ("lib/a.js" importing "./b.js" gets "lib/b.js"); any other specifier is a name as given.
/// </summary>
public sealed class InMemoryModuleSource : IModuleSource
{
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) the module <paramref name="name"/>.</summary>
    public InMemoryModuleSource Add(string name, string source)
    {
        _sources[name] = source;
        return this;
    }

    /// <inheritdoc/>
    public string? Resolve(string specifier, string? referrer)
    {
        string name = IsRelative(specifier) && referrer is not null ? Join(referrer, specifier) : specifier;
        return _sources.ContainsKey(name) ? name : null;
    }

    /// <inheritdoc/>
    public string Load(string name) => _sources[name];

    internal static bool IsRelative(string specifier) => specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal);

    /// <summary>The referrer's directory joined with a relative specifier, with "." and ".." segments removed.</summary>
    private static string Join(string referrer, string specifier)
    {
        var segments = referrer.Split('/').SkipLast(1).ToList();
        foreach (var part in specifier.Split('/'))
        {
            if (part == ".") continue;
            if (part == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); continue; }
            segments.Add(part);
        }
        return string.Join('/', segments);
    }
}

/// <summary>
/// Modules read from files under one directory, and nothing outside it: a module's name is its file
/// URL (symbolic links followed); "./x.mjs", "../x.mjs" and "/x.mjs" resolve as node resolves them, a bare "x.mjs" against
/// the root. No node_modules lookup.
/// </summary>
public sealed class FileSystemModuleSource(string root) : IModuleSource
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(FilePaths.RealPath(root));

    /// <inheritdoc/>
    public string? Resolve(string specifier, string? referrer)
    {
        string baseDir = referrer is null ? _root : Path.GetDirectoryName(FilePaths.FromFileUrl(referrer)!)!;
        string path;
        if (specifier.StartsWith("file://", StringComparison.Ordinal))
        {
            if (FilePaths.FromFileUrl(specifier) is not { } local) return null;
            path = local;
        }
        else if (specifier.StartsWith('/')) path = specifier;
        else if (InMemoryModuleSource.IsRelative(specifier)) path = Path.Combine(baseDir, Uri.UnescapeDataString(specifier));
        else path = Path.Combine(_root, specifier);
        // Links are followed first, so one cannot lead outside the root.
        path = FilePaths.RealPath(path);
        bool inside = path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(path) ? new Uri(path).AbsoluteUri : null;
    }

    /// <inheritdoc/>
    public string Load(string name) => File.ReadAllText(FilePaths.FromFileUrl(name)!);
}
