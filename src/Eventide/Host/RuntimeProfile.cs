using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>
/// A runtime an engine runs scripts in, beyond the sandbox's ECMAScript globals and console: its
/// globals, modules and the host resources it grants (<c>Eventide.Node.NodeRuntime</c> is node's).
/// Set it in <see cref="EngineOptions.Runtime"/>; without one an engine reaches nothing of the host.
/// </summary>
public abstract class RuntimeProfile
{
    private protected RuntimeProfile() { }

    /// <summary>The runtime's part of one engine, made when the engine is created (before its realm).</summary>
    internal abstract EngineRuntime Attach(Engine engine);
}

/// <summary>The per-engine half of a <see cref="RuntimeProfile"/>: what the embedding core asks of the runtime.</summary>
internal abstract class EngineRuntime
{
    /// <summary>Installs the runtime's globals in a new realm, after the ECMAScript intrinsics and console.</summary>
    internal abstract void InstallGlobals(Realm realm);

    /// <summary>Runs a program's entry file as the runtime runs programs (node: a CommonJS or an ES module by node's rules).</summary>
    internal abstract JsValue RunMain(string source, string path);

    /// <summary>Resolves and loads ES modules when the host gives no <see cref="EngineOptions.ModuleSource"/> (null: no module can be imported).</summary>
    internal virtual ModuleResolver? CreateModuleResolver(EsModuleLoader loader) => null;

    /// <summary>The error an aborted host operation rejects with (null: the core's Error named AbortError).</summary>
    internal virtual JsValue? CreateAbortError(Realm realm) => null;

    /// <summary>Whether <paramref name="name"/> is a global the runtime defines on first use (util.inspect shows such globals as values).</summary>
    internal virtual bool DefinesLazyGlobal(string name) => false;
}
