using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eventide.Generators;

/// <summary>
/// Writes the JsClass of every <c>[JsExport]</c> partial class: a static <c>JsClass</c> property built
/// with Eventide's JsClass&lt;T&gt; builder (no reflection at run time) and the IJsExported
/// implementation that lets Engine.FromClr wrap instances.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class JsExportGenerator : IIncrementalGenerator
{
    private const string ExportAttribute = "Eventide.JsExportAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var classes = context.SyntaxProvider.ForAttributeWithMetadataName(
            ExportAttribute,
            static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
            static (ctx, _) => ctx.TargetSymbol is INamedTypeSymbol type ? Generate(type) : null);
        context.RegisterSourceOutput(classes, static (output, generated) =>
        {
            if (generated is { } g) output.AddSource(g.HintName, g.Source);
        });
    }

    /// <summary>The generated file (strings only, so the pipeline caches by value).</summary>
    private sealed record GeneratedSource(string HintName, string Source);

    private static GeneratedSource? Generate(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.IsGenericType || type.IsStatic) return null;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            if (outer.IsGenericType) return null;
        string jsName = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ExportAttribute)?
            .NamedArguments.FirstOrDefault(n => n.Key == "Name").Value.Value as string ?? type.Name;
        var source = new ClassWriter(type, jsName).Write();
        string hint = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "").Replace('<', '[').Replace('>', ']') + ".JsExport.g.cs";
        return new GeneratedSource(hint, source);
    }
}
