using System.Text;
using Acornima;
using Acornima.Ast;

namespace Eventide.Node.Repl;

/// <summary>
/// The REPL's top-level await, as node's REPL does it: the input becomes the body of an async arrow function
/// called at once; its declarations are hoisted out of it (var, or let for let/const/class) and become
/// assignments inside, so they persist in the global scope; a last expression statement is returned
/// as { value } (so a promise value is not awaited twice).
/// </summary>
internal static class TopLevelAwait
{
    private const string Prefix = "(async () => { ";

    /// <summary>The rewritten script, or null when the input has no top-level await (or does not parse even so).</summary>
    public static string? Rewrite(string code)
    {
        if (!code.Contains("await", StringComparison.Ordinal)) return null;
        string wrapped = Prefix + code + "\n})()";
        Script script;
        try { script = new Parser(new ParserOptions { EcmaVersion = EcmaVersion.Latest }).ParseScript(wrapped); }
        catch (ParseErrorException) { return null; }
        if (script.Body is not [ExpressionStatement { Expression: CallExpression { Callee: ArrowFunctionExpression { Body: FunctionBody body } } }]) return null;

        var hoisted = new StringBuilder();
        var edits = new List<(int Start, int End, string Text)>();
        var statements = body.Body;
        for (int i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            switch (statement)
            {
                case VariableDeclaration declaration:
                    string keyword = declaration.Kind == VariableDeclarationKind.Var ? "var" : "let";
                    var assignments = new List<string>();
                    foreach (var d in declaration.Declarations)
                    {
                        hoisted.Append(keyword).Append(' ').Append(string.Join(", ", BoundNames(d.Id))).Append("; ");
                        if (d.Init is not null) assignments.Add($"{Text(wrapped, d.Id)} = {Text(wrapped, d.Init)}");
                    }
                    edits.Add((statement.Start, statement.End, assignments.Count == 0 ? ";" : $"void ({string.Join(", ", assignments)});"));
                    break;
                case FunctionDeclaration { Id: { } fid }:
                    hoisted.Append("var ").Append(fid.Name).Append("; ");
                    edits.Add((statement.Start, statement.Start, $"{fid.Name} = "));
                    edits.Add((statement.End, statement.End, ";"));
                    break;
                case ClassDeclaration { Id: { } cid }:
                    hoisted.Append("let ").Append(cid.Name).Append("; ");
                    edits.Add((statement.Start, statement.Start, $"{cid.Name} = "));
                    edits.Add((statement.End, statement.End, ";"));
                    break;
                case ExpressionStatement expression when i == statements.Count - 1:
                    edits.Add((statement.Start, statement.End, $"return {{ value: ({Text(wrapped, expression.Expression)}) }};"));
                    break;
            }
        }
        var result = new StringBuilder(wrapped);
        foreach (var (start, end, text) in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
            result.Remove(start, end - start).Insert(start, text);
        return hoisted + result.ToString();
    }

    private static string Text(string source, Acornima.Ast.Node node) => source[node.Start..node.End];

    /// <summary>The names a binding pattern declares.</summary>
    private static IEnumerable<string> BoundNames(Acornima.Ast.Node? pattern) => pattern switch
    {
        Identifier id => [id.Name],
        ObjectPattern o => o.Properties.SelectMany(p => p switch
        {
            Property prop => BoundNames(prop.Value),
            RestElement rest => BoundNames(rest.Argument),
            _ => [],
        }),
        ArrayPattern a => a.Elements.SelectMany(BoundNames),
        AssignmentPattern ap => BoundNames(ap.Left),
        RestElement r => BoundNames(r.Argument),
        _ => [],
    };
}
