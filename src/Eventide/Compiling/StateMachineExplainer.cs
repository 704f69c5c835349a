using System.Text;
using Acornima.Ast;
using Eventide.Parsing;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// `eventide explain`: shows a generator's or async function's compiled form as the state
/// machine the seed draws by hand (sections 4.4 and 4.5): its states (the suspension points of
/// the bytecode), what each resumption receives, and the variables that live across suspension.
/// </summary>
internal static class StateMachineExplainer
{
    /// <remarks><paramref name="module"/>: The file is an ES module: with top-level await, its body is a state machine too.</remarks>
    public static string Explain(string source, string path, string? functionName, bool module = false)
    {
        var (compiler, text, body) = Compile(source, path, module);
        var sb = new StringBuilder();
        int shown = 0;
        if (body is var (moduleNode, moduleCode) && moduleCode.Kind == FunctionKind.AsyncGenerator && functionName is null)
        {
            ExplainFunction(sb, text, moduleNode, moduleCode, moduleBody: true);
            shown++;
        }
        foreach (var (node, t) in compiler.Compiled.OrderBy(c => c.Node.Start))
        {
            if (!t.IsGenerator && !t.IsAsync) continue;
            if (functionName is not null && t.Name != functionName) continue;
            if (shown++ > 0) sb.Append('\n');
            ExplainFunction(sb, text, node, t, moduleBody: false);
        }
        if (shown == 0)
            sb.Append(functionName is null
                ? "No generator or async function in this file.\n"
                : $"No generator or async function named '{functionName}' in this file.\n");
        return sb.ToString();
    }

    /// <summary>Every function's bytecode (or the one named), in source order.</summary>
    public static string ExplainBytecode(string source, string path, string? functionName, bool module = false)
    {
        var (compiler, text, body) = Compile(source, path, module);
        var sb = new StringBuilder();
        if (functionName is null)
            sb.Append($"({(module ? "module body" : "top level")})    [{text.Path}]\n").Append(Disassembler.Disassemble(body!.Value.Code)).Append('\n');
        foreach (var (node, t) in compiler.Compiled.OrderBy(c => c.Node.Start))
        {
            if (functionName is not null && t.Name != functionName) continue;
            var (line, _) = text.LineColumn(node.Start);
            sb.Append($"{(t.Name.Length == 0 ? "(anonymous)" : t.Name)}    [{text.Path}:{line}]\n");
            sb.Append(Disassembler.Disassemble(t)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Compiles the file as node would run it: a CommonJS wrapper, or an ES module's body.</summary>
    internal static (ScriptCompiler Compiler, SourceText Text, (Node Node, FunctionTemplate Code)? Body) Compile(string source, string path, bool module)
    {
        var text = new SourceText(path, source);
        var compiler = new ScriptCompiler(text);
        if (!module) return (compiler, text, (null!, compiler.CompileModuleWrapper(ScriptParser.Parse(source, path, strict: false, commonJs: true))));
        var ast = ScriptParser.ParseModule(source, path);
        var (code, _) = compiler.CompileModule(ast, ModuleSyntax.From(ast), new Vm.Modules.ModuleSite());
        return (compiler, text, (ast, code));
    }

    internal static string KindName(FunctionTemplate t) => t.Kind switch
    {
        FunctionKind.Generator => "generator function",
        FunctionKind.AsyncGenerator => "async generator function",
        FunctionKind.AsyncArrow => "async arrow function",
        _ => "async function",
    };

    private static void ExplainFunction(StringBuilder sb, SourceText text, Node node, FunctionTemplate t, bool moduleBody)
    {
        var (line, _) = text.LineColumn(node.Start);
        string header = text.LineText(line).Trim();
        if (header.EndsWith('{')) header = header[..^1].TrimEnd();
        sb.Append(moduleBody
            ? $"module body    [ES module with top-level await, {text.Path}]\n\n"
            : $"{header}    [{KindName(t)}, {text.Path}:{line}]\n\n");

        var expressions = new Dictionary<int, Node>();
        var returns = new List<ReturnStatement>();
        CollectSuspensionNodes(node, expressions, returns, isRoot: true);

        var variables = t.Variables.Where(v => v.Name != "arguments").Select(v => v.Name).Distinct().ToList();
        sb.Append("  The frame is kept while suspended: its program counter is the state, its registers\n");
        sb.Append("  hold the variables. Variables that live across suspension:\n");
        sb.Append(variables.Count == 0 ? "    (none)\n" : $"    {string.Join(", ", variables)}\n");
        sb.Append('\n');

        bool generator = t.IsGenerator && !moduleBody;
        var points = t.SuspendPoints.Where(p => p.Op != OpCode.InitialYield).ToList();
        int state = 0;
        int fromLine = text.LineColumn(node.Start).Line;
        if (moduleBody)
            sb.Append("  state 0  linking made the frame (imports bound, functions hoisted); evaluation,\n           after the modules it imports, runs the body up to the first await.\n");
        else if (generator)
            sb.Append($"  state 0  created by the call; nothing has run yet.\n           next() starts the body (its argument is ignored).\n");
        else
            sb.Append($"  state 0  the call runs the body synchronously up to the first await.\n");

        for (int i = 0; i < points.Count; i++)
        {
            var p = points[i];
            int pointLine = text.LineColumn(p.SourceOffset).Line;
            string what = expressions.TryGetValue(p.SourceOffset, out var expr) ? Snippet(text, expr) : text.LineText(pointLine).Trim();
            // An async generator awaits every value before yielding it (27.6.3.8: AsyncGeneratorYield(? Await(value))).
            bool awaitsYieldOperand = p.Op == OpCode.Await && i + 1 < points.Count
                && points[i + 1].Op == OpCode.AsyncGeneratorYield && points[i + 1].SourceOffset == p.SourceOffset;
            sb.Append($"           runs {LineRange(fromLine, pointLine)}, then ");
            sb.Append(p.Op switch
            {
                OpCode.Await when awaitsYieldOperand => $"awaits the value to yield at `{what}`\n           (an async generator awaits what it yields)\n",
                OpCode.Await when expr is VariableDeclaration => $"awaits the disposal of `{what}`\n           (await using: DisposeResources awaits at the end of the scope)\n",
                OpCode.Await => $"awaits `{what}`\n",
                OpCode.AsyncGeneratorYield => $"yields at `{what}`: the waiting next() promise\n           is resolved with {{ value, done: false }}\n",
                OpCode.YieldDelegate => $"delegates with `{what}`\n",
                _ => $"yields at `{what}`\n",
            });
            state++;
            sb.Append($"  state {state}  suspended at line {pointLine}. ");
            sb.Append(p.Op switch
            {
                OpCode.Await => "A promise job resumes it with the awaited value\n           (a rejection is thrown at the await).\n",
                OpCode.YieldDelegate => "next/throw/return are forwarded to the inner iterator until it is done;\n           its return value becomes the value of the yield* expression.\n",
                OpCode.AsyncGeneratorYield => "The next queued next(v) resumes it (at once if one is waiting):\n           v becomes the value of the yield expression.\n",
                _ => "next(v) resumes it: v becomes the value of the yield expression.\n",
            });
            fromLine = pointLine;
        }
        int endLine = text.LineColumn(Math.Max(node.Start, node.End - 1)).Line;
        string ret = returns.Count > 0 ? $"returns `{Snippet(text, returns[^1].Argument ?? (Node)returns[^1])}`" : "reaches the end";
        sb.Append($"           runs {LineRange(fromLine, endLine)} and {ret}.\n");
        if (moduleBody)
        {
            sb.Append("  done     the module is evaluated: its evaluation promise is resolved, and the modules that\n           import it (and any import() of it) go on; a throw rejects it instead.\n");
            return;
        }
        sb.Append(generator
            ? "  done     the result is { value, done: true }; later next() calls give { value: undefined, done: true }.\n"
            : "  done     the function's promise is resolved with the return value (rejected if it throws).\n");
        if (generator)
            sb.Append("\n  throw(e) resumes a suspended state by throwing e at its yield (catch/finally there run);\n  return(v) runs pending finally blocks, then completes with { value: v, done: true }.\n");
    }

    private static string LineRange(int from, int to) => from == to ? $"line {from}" : $"lines {from}-{to}";

    internal static string Snippet(SourceText text, Node n)
    {
        var s = text.Text[n.Start..n.End].ReplaceLineEndings(" ");
        return s.Length > 60 ? s[..57] + "..." : s;
    }

    /// <summary>yield/await expressions and return statements of this function (not of nested functions).</summary>
    internal static void CollectSuspensionNodes(Node node, Dictionary<int, Node> expressions, List<ReturnStatement> returns, bool isRoot)
    {
        if (!isRoot && node is FunctionDeclaration or FunctionExpression or ArrowFunctionExpression or ClassBody) return;
        switch (node)
        {
            case YieldExpression or AwaitExpression or VariableDeclaration { Kind: VariableDeclarationKind.AwaitUsing }:
                expressions.TryAdd(node.Start, node);
                break;
            case ReturnStatement rs:
                returns.Add(rs);
                break;
        }
        foreach (var child in node.ChildNodes) CollectSuspensionNodes(child, expressions, returns, false);
    }
}
