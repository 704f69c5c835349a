namespace Eventide.Vm.Modules;

/// <summary>
/// What a module's compiled code refers to its own module by (import.meta): set once the
/// Source Text Module Record exists, which is after its code is compiled.
/// </summary>
internal sealed class ModuleSite
{
    public SourceTextModule? Module { get; set; }
}
