using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>How an <see cref="EsModuleLoader"/> finds and loads what modules import: the host's module source, or a runtime's (node's files).</summary>
internal abstract class ModuleResolver
{
    /// <summary>HostLoadImportedModule: the module <paramref name="specifier"/> names from <paramref name="referrer"/> (null: the host's own import), and whether it was loaded just now; null when nothing is found.</summary>
    internal abstract (ModuleRecord Module, bool Fresh)? Load(string specifier, string? referrer);

    /// <summary>What a module's own imports resolve against (its URL, or node's file path).</summary>
    internal virtual string ReferrerOf(ModuleRecord module) => module.Url;

    /// <summary>The referrer of a script's import() as <see cref="Load"/> takes it (node: a file URL becomes its path).</summary>
    internal virtual string ImportReferrer(string referrer) => referrer;

    /// <summary>import(): resolves <paramref name="specifier"/> now (throwing its resolution error) and calls <paramref name="load"/> when the module may load (node: in a later turn).</summary>
    internal virtual void ResolveForImport(string specifier, string referrer, Action load) => load();

    /// <summary>A built-in module the runtime has under <paramref name="specifier"/> (null when it has none), for a host source that does not claim the name.</summary>
    internal virtual (ModuleRecord Module, bool Fresh)? LoadBuiltin(string specifier) => null;

    /// <summary>The URL and text of the file <paramref name="specifier"/> names (import ... with { type: 'text' }); null when this host has no files.</summary>
    internal virtual (string Url, string Text)? ReadText(string specifier, string? referrer) => null;

    /// <summary>The bytes of the file a specifier names, for a bytes module (import-bytes), or null when it names none.</summary>
    internal virtual (string Url, byte[] Bytes)? ReadBytes(string specifier, string? referrer) => null;
}
