using Acornima.Ast;
using Eventide.Vm.Modules;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// The static semantics of a module's import and export declarations (16.2.1.6.1 ParseModule
/// steps 4-11): the modules it requests, in source order, and its import and export entries.
/// </summary>
/// <summary>16.2.1.3 ModuleRequest Record: a specifier and its import attributes (key, value) in source order.</summary>
internal sealed record ModuleRequest(string Specifier, IReadOnlyList<KeyValuePair<string, string>> Attributes);

/// <summary>A ModuleRequest's [[Phase]]: evaluation (import), source (import source / import.source) or defer (import defer / import.defer).</summary>
internal enum ImportPhase { Evaluation, Source, Defer }

internal sealed class ModuleSyntax
{
    public List<string> RequestedModules { get; } = new();
    /// <summary>Every request in source order with whether it is an import defer (InnerModuleEvaluation's evaluation list follows it).</summary>
    public List<(string Specifier, bool Deferred)> RequestPhases { get; } = new();
    /// <summary>16.2.1.3 ModuleRequest Records: each import's specifier with its import attributes (with { type: 'json' }), in source order.</summary>
    public List<ModuleRequest> ModuleRequests { get; } = new();
    public List<ImportEntry> ImportEntries { get; } = new();
    public List<ExportEntry> LocalExportEntries { get; } = new();
    public List<ExportEntry> IndirectExportEntries { get; } = new();
    public List<ExportEntry> StarExportEntries { get; } = new();
    /// <summary>The body contains await outside any function (a top-level await).</summary>
    public bool HasTopLevelAwait { get; private set; }

    public static ModuleSyntax From(Module module)
    {
        var syntax = new ModuleSyntax();
        var exports = new List<ExportEntry>();
        foreach (var st in module.Body)
        {
            switch (st)
            {
                case ImportDeclaration id:
                    syntax.Request(id.Source.Value, id.Attributes, deferred: id.Phase == Acornima.Ast.ImportPhase.Defer);
                    foreach (var spec in id.Specifiers)
                    {
                        string? imported = spec switch
                        {
                            // import source x from "m": the binding is m's module source object.
                            ImportDefaultSpecifier when id.Phase == Acornima.Ast.ImportPhase.Source => ImportEntry.ModuleSource,
                            ImportDefaultSpecifier => "default",
                            ImportNamespaceSpecifier => null,
                            ImportSpecifier s => NameOf(s.Imported),
                            _ => throw new InvalidOperationException(spec.Type.ToString()),
                        };
                        // A link error points at the imported name (the local one for a default import).
                        Node written = spec is ImportSpecifier named ? named.Imported : spec.Local;
                        syntax.ImportEntries.Add(new ImportEntry(id.Source.Value, imported, spec.Local.Name)
                        {
                            Site = (written.Start, written.End),
                            Deferred = id.Phase == Acornima.Ast.ImportPhase.Defer,
                        });
                    }
                    break;
                case ExportNamedDeclaration en when en.Source is not null:
                    syntax.Request(en.Source.Value, en.Attributes);
                    foreach (var spec in en.Specifiers)
                        exports.Add(new ExportEntry(NameOf(spec.Exported), en.Source.Value, NameOf(spec.Local), null) { Site = (spec.Local.Start, spec.Local.End) });
                    break;
                case ExportNamedDeclaration en:
                    if (en.Declaration is not null)
                        foreach (var name in DeclaredNames(en.Declaration)) exports.Add(new ExportEntry(name, null, null, name));
                    foreach (var spec in en.Specifiers)
                        exports.Add(new ExportEntry(NameOf(spec.Exported), null, null, NameOf(spec.Local)));
                    break;
                case ExportDefaultDeclaration ed:
                    string local = ed.Declaration switch
                    {
                        FunctionDeclaration { Id: { } fid } => fid.Name,
                        ClassDeclaration { Id: { } cid } => cid.Name,
                        _ => ScopeAnalyzer.DefaultExportName,
                    };
                    exports.Add(new ExportEntry("default", null, null, local));
                    break;
                case ExportAllDeclaration ea:
                    syntax.Request(ea.Source.Value, ea.Attributes);
                    exports.Add(ea.Exported is null
                        ? new ExportEntry(null, ea.Source.Value, ExportEntry.All, null)
                        : new ExportEntry(NameOf(ea.Exported), ea.Source.Value, ExportEntry.All, null));
                    break;
            }
        }
        // 10. Sort the export entries: a local export of an imported binding re-exports it.
        foreach (var ee in exports)
        {
            if (ee.ModuleRequest is null)
            {
                var ie = syntax.ImportEntries.Find(i => i.LocalName == ee.LocalName);
                if (ie is null) syntax.LocalExportEntries.Add(ee);
                else if (ie.ImportName is null) syntax.LocalExportEntries.Add(ee); // re-export of an imported namespace object
                else syntax.IndirectExportEntries.Add(new ExportEntry(ee.ExportName, ie.ModuleRequest, ie.ImportName, null) { Site = ie.Site });
            }
            else if (ee.ImportName == ExportEntry.All && ee.ExportName is null) syntax.StarExportEntries.Add(ee);
            else syntax.IndirectExportEntries.Add(ee);
        }
        syntax.HasTopLevelAwait = ContainsTopLevelAwait(module);
        return syntax;
    }

    private void Request(string specifier, in NodeList<ImportAttribute> attributes, bool deferred = false)
    {
        if (!RequestedModules.Contains(specifier)) RequestedModules.Add(specifier);
        RequestPhases.Add((specifier, deferred));
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var a in attributes) pairs.Add(new(NameOf(a.Key), a.Value.Value?.ToString() ?? ""));
        ModuleRequests.Add(new ModuleRequest(specifier, pairs));
    }

    private static string NameOf(Expression e) => e switch
    {
        Identifier id => id.Name,
        StringLiteral s => s.Value,
        _ => throw new InvalidOperationException(e.Type.ToString()),
    };

    private static IEnumerable<string> DeclaredNames(Declaration d)
    {
        switch (d)
        {
            case VariableDeclaration vd:
                foreach (var decl in vd.Declarations)
                {
                    var names = new List<Identifier>();
                    ScopeAnalyzer.CollectBoundNames(decl.Id, names);
                    foreach (var n in names) yield return n.Name;
                }
                break;
            case FunctionDeclaration { Id: { } fid }: yield return fid.Name; break;
            case ClassDeclaration { Id: { } cid }: yield return cid.Name; break;
        }
    }

    private static bool ContainsTopLevelAwait(Node node)
    {
        CompileStack.EnsureSufficient();
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case AwaitExpression:
                case ForOfStatement { Await: true }:
                case VariableDeclaration { Kind: VariableDeclarationKind.AwaitUsing }:
                    return true;
                case FunctionDeclaration or FunctionExpression or ArrowFunctionExpression:
                    continue;
                case ClassDeclaration or ClassExpression:
                    // Computed keys and heritage run at top level; bodies of methods do not.
                    if (ContainsTopLevelAwait(child)) return true;
                    continue;
            }
            if (ContainsTopLevelAwait(child)) return true;
        }
        return false;
    }
}
