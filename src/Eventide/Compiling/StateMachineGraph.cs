using Acornima.Ast;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// A state of a generator's or async function's machine: the start, a suspension point, or done.
/// Code: the yield or await expression the state is suspended at (the function's header for the start).
/// </summary>
internal sealed record MachineState(string Name, string Summary, int Line, string Code);

/// <summary>
/// A transition: what resumes the machine (next, throw, return, a settled await) and where it runs
/// to. Kind: next, throw, return or loop (a next() that goes round a loop to an earlier state).
/// </summary>
internal sealed record MachineEdge(int From, int To, string Kind, string Label);

/// <summary>One function's machine, for `eventide explain --html`.</summary>
internal sealed record FunctionMachine(string Title, string KindName, string Location, IReadOnlyList<string> Variables, IReadOnlyList<MachineState> States, IReadOnlyList<MachineEdge> Edges);

/// <summary>
/// The state machines `eventide explain` describes in words, as graphs: the states are the
/// suspension points of the compiled function (the same ones the explainer lists), the edges what
/// resumes each one, following try/catch/finally and loops in the source.
/// </summary>
internal static class StateMachineGraph
{
    public static List<FunctionMachine> Build(string source, string path, string? functionName, bool module = false)
    {
        var (compiler, text, body) = StateMachineExplainer.Compile(source, path, module);
        var machines = new List<FunctionMachine>();
        if (body is var (moduleNode, moduleCode) && moduleCode.Kind == FunctionKind.AsyncGenerator && functionName is null)
            machines.Add(Machine(text, moduleNode, moduleCode, moduleBody: true));
        foreach (var (node, t) in compiler.Compiled.OrderBy(c => c.Node.Start))
        {
            if (!t.IsGenerator && !t.IsAsync) continue;
            if (functionName is not null && t.Name != functionName) continue;
            machines.Add(Machine(text, node, t, moduleBody: false));
        }
        return machines;
    }

    private static FunctionMachine Machine(SourceText text, Node node, FunctionTemplate t, bool moduleBody)
    {
        int line = text.LineColumn(node.Start).Line;
        string header = text.LineText(line).Trim();
        if (header.EndsWith('{')) header = header[..^1].TrimEnd();
        bool generator = t.IsGenerator && !moduleBody;
        var expressions = new Dictionary<int, Node>();
        StateMachineExplainer.CollectSuspensionNodes(node, expressions, [], isRoot: true);
        var points = t.SuspendPoints.Where(p => p.Op != OpCode.InitialYield).ToList();

        var states = new List<MachineState>
        {
            new("start", moduleBody ? "linked: evaluation runs the body to the first await"
                : generator ? "created by the call: nothing has run yet" : "the call runs the body synchronously", line, moduleBody ? "module body" : header),
        };
        foreach (var p in points)
        {
            int pointLine = text.LineColumn(p.SourceOffset).Line;
            string code = expressions.TryGetValue(p.SourceOffset, out var expr) ? StateMachineExplainer.Snippet(text, expr) : text.LineText(pointLine).Trim();
            string what = p.Op switch { OpCode.Await => "awaiting", OpCode.YieldDelegate => "delegating", _ => "suspended at a yield" };
            states.Add(new($"state {states.Count}", $"{what}, line {pointLine}", pointLine, code));
        }
        int done = states.Count;
        int endLine = text.LineColumn(Math.Max(node.Start, node.End - 1)).Line;
        states.Add(new("done", moduleBody ? "module evaluated" : generator ? "{ value, done: true } from now on" : "the promise is settled", endLine, ""));

        var edges = new List<MachineEdge>();
        var ancestors = points.Select(p => Enclosing(node, p.SourceOffset)).ToList();
        for (int k = 0; k <= points.Count; k++)
        {
            // k = 0 is the start; state k (k >= 1) is suspended at points[k - 1].
            int next = k + 1 <= points.Count ? k + 1 : done;
            bool awaits = k >= 1 && points[k - 1].Op == OpCode.Await;
            string forward = k == 0
                ? (generator ? "next()" : "call")
                : awaits ? "fulfilled: resumes with the value" : points[k - 1].Op == OpCode.YieldDelegate ? "inner iterator done" : "next(v): v is the yield's value";
            edges.Add(new(k, next, "next", forward + (next == done ? ", runs to the end" : "")));
            if (k == 0) continue;
            var chain = ancestors[k - 1];
            // The innermost loop around this point: the last point inside it can go round again.
            if (chain.FirstOrDefault(IsLoop) is { } loop && LastIndexWithin(points, loop) == k - 1)
            {
                int first = points.FindIndex(p => p.SourceOffset >= loop.Start && p.SourceOffset < loop.End) + 1;
                edges.Add(new(k, first, "loop", $"loops (line {text.LineColumn(loop.Start).Line})"));
            }
            var (target, how) = ThrowTarget(text, points, points[k - 1].SourceOffset, chain, done);
            if (awaits) edges.Add(new(k, target, "throw", "rejected: throws at the await" + how));
            else if (generator)
            {
                edges.Add(new(k, target, "throw", "throw(e)" + how));
                var finallyLine = chain.OfType<TryStatement>().FirstOrDefault(ts => ts.Finalizer is not null && Within(ts.Block, points[k - 1].SourceOffset)) is { } f
                    ? $", runs finally (line {text.LineColumn(f.Finalizer!.Start).Line})" : "";
                edges.Add(new(k, done, "return", "return(v)" + finallyLine));
            }
        }
        var variables = t.Variables.Where(v => v.Name != "arguments").Select(v => v.Name).Distinct().ToList();
        string location = $"{Path.GetFileName(text.Path)}:{line}";
        return new FunctionMachine(moduleBody ? "module body" : header, moduleBody ? "ES module with top-level await" : StateMachineExplainer.KindName(t), location, variables, states, edges);
    }

    /// <summary>Where an exception thrown at a suspension point goes: a catch around it, or out (through finally blocks) to done.</summary>
    private static (int Target, string How) ThrowTarget(SourceText text, List<(int Pc, int SourceOffset, OpCode Op)> points, int offset, List<Node> chain, int done)
    {
        foreach (var ts in chain.OfType<TryStatement>())
        {
            if (!Within(ts.Block, offset)) continue; // thrown in its catch or finally: goes further out
            if (ts.Handler is { } handler)
            {
                // It runs on in the catch block, then after the try statement, up to the next suspension point.
                int next = points.FindIndex(p => p.SourceOffset >= handler.Start);
                return (next < 0 ? done : next + 1, $", caught at line {text.LineColumn(handler.Start).Line}");
            }
            if (ts.Finalizer is { } fin) return (done, $", runs finally (line {text.LineColumn(fin.Start).Line})");
        }
        return (done, "");
    }

    private static bool Within(Node n, int offset) => offset >= n.Start && offset < n.End;

    private static bool IsLoop(Node n) => n is ForStatement or ForInStatement or ForOfStatement or WhileStatement or DoWhileStatement;

    private static int LastIndexWithin(List<(int Pc, int SourceOffset, OpCode Op)> points, Node n) =>
        points.FindLastIndex(p => Within(n, p.SourceOffset));

    /// <summary>The nodes around <paramref name="offset"/> inside the function (not inside nested functions), innermost first.</summary>
    private static List<Node> Enclosing(Node function, int offset)
    {
        var chain = new List<Node>();
        var current = function;
        while (true)
        {
            Node? inner = null;
            foreach (var child in current.ChildNodes)
            {
                if (!Within(child, offset) || child is FunctionDeclaration or FunctionExpression or ArrowFunctionExpression or ClassBody) continue;
                inner = child;
                break;
            }
            if (inner is null) break;
            chain.Add(inner);
            current = inner;
        }
        chain.Reverse();
        return chain;
    }
}
