using System.Globalization;
using System.Text;
using Eventide.Compiling;

namespace Eventide.Cli.Pictures;

/// <summary>
/// eventide explain FILE --html OUT: each generator and async function as its state machine. The
/// states go down a column in source order (start, each suspension point, done); next() and
/// fulfilled awaits go straight down, throw/return/rejections leave on the right in channels of
/// their own, loops go back up on the left.
/// </summary>
internal static class StateMachinePage
{
    private const double Left = 230, BoxWidth = 320, BoxHeight = 64, Row = 112, Top = 16, LabelRoom = 330, Channel = 20;

    private static readonly Dictionary<string, (string Color, string Dash)> EdgeStyles = new()
    {
        ["next"] = ("#334155", ""),
        ["loop"] = ("#7c3aed", ""),
        ["throw"] = ("#dc2626", "6 4"),
        ["return"] = ("#64748b", "2 4"),
    };

    public static void Write(string file, string sourcePath, List<FunctionMachine> machines)
    {
        var sb = new StringBuilder();
        if (machines.Count == 0) sb.Append("<section class=\"card\"><p>No generator or async function in this file.</p></section>");
        int index = 0;
        foreach (var m in machines) DrawMachine(sb, m, index++);
        const string about = "Each generator and async function compiles to a state machine: its frame is kept while it is suspended, and the place it stopped is its state. " +
            "Arrows show what resumes each state: next(v) or a fulfilled await goes down, throw/return and rejections leave on the right, loops come back on the left. Hover for details.";
        File.WriteAllText(file, HtmlPage.Render($"State machines of {Path.GetFileName(sourcePath)}", HtmlPage.Escape(about), sb.ToString()));
    }

    private static void DrawMachine(StringBuilder sb, FunctionMachine m, int index)
    {
        sb.Append($"<section class=\"card\"><h2><code>{HtmlPage.Escape(m.Title)}</code></h2>");
        sb.Append($"<p class=\"note\">{HtmlPage.Escape(m.KindName)}, {HtmlPage.Escape(m.Location)}. Kept across suspension: ");
        sb.Append(m.Variables.Count == 0 ? "no variables" : string.Join(", ", m.Variables.Select(v => $"<code>{HtmlPage.Escape(v)}</code>")));
        sb.Append(".</p><div class=\"legend\">");
        foreach (var (kind, label) in (ReadOnlySpan<(string, string)>)[("next", "next / fulfilled"), ("throw", "throw / rejected"), ("return", "return"), ("loop", "loop")])
            if (m.Edges.Any(e => e.Kind == kind)) sb.Append($"<span style=\"--c:{EdgeStyles[kind].Color}\">{label}</span>");
        sb.Append("</div><div class=\"scroll\">");

        var right = m.Edges.Where(e => e.Kind is "throw" or "return").ToList();
        var left = m.Edges.Where(e => e.Kind == "loop").ToList();
        double width = Left + BoxWidth + LabelRoom + right.Count * Channel + 30;
        double height = Top + m.States.Count * Row - (Row - BoxHeight) + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"machine\" id=\"machine-{index}\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\" xmlns=\"http://www.w3.org/2000/svg\">");
        HtmlPage.ArrowMarkers(svg, EdgeStyles.Select(s => (s.Key, s.Value.Color)));
        foreach (var e in m.Edges.Where(e => e.Kind == "next")) DrawNext(svg, e);
        var entries = new Dictionary<int, int>();
        for (int i = 0; i < right.Count; i++) DrawSide(svg, right[i], i, m.Edges.Where(e => e.From == right[i].From && e.Kind is "throw" or "return").ToList().IndexOf(right[i]), entries, rightSide: true);
        for (int i = 0; i < left.Count; i++) DrawSide(svg, left[i], i, 0, entries, rightSide: false);
        for (int i = 0; i < m.States.Count; i++) DrawState(svg, m.States[i], i, i == m.States.Count - 1);
        svg.Append("</svg>");
        sb.Append(svg).Append("</div></section>\n");
    }

    private static double StateY(int state) => Top + state * Row;

    private static void DrawState(StringBuilder sb, MachineState s, int index, bool done)
    {
        double y = StateY(index);
        string color = index == 0 ? "#4f46e5" : done ? "#16a34a" : s.Summary.StartsWith("awaiting", StringComparison.Ordinal) ? "#9333ea" : "#0891b2";
        string tip = $"{s.Name}: {s.Summary} (line {s.Line})" + (s.Code.Length > 0 ? $"\n{s.Code}" : "");
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"box state\" data-id=\"{index}\" data-tip=\"{HtmlPage.Escape(tip)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y:0.#}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"{(done || index == 0 ? 32 : 10)}\" fill=\"#fff\" stroke=\"{color}\" stroke-width=\"2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y:0.#}\" width=\"8\" height=\"{BoxHeight}\" rx=\"4\" fill=\"{color}\" opacity=\"{(done || index == 0 ? 0 : 1)}\"/>");
        HtmlPage.Text(sb, Left + 22, y + 20, [s.Name], "title");
        HtmlPage.Text(sb, Left + 22 + 7.5 * s.Name.Length + 8, y + 20, [done ? s.Summary : $"{s.Summary}"], "small");
        if (s.Code.Length > 0) HtmlPage.Text(sb, Left + 22, y + 44, HtmlPage.Wrap(s.Code, 40, 1), "code");
        else HtmlPage.Text(sb, Left + 22, y + 44, [$"line {s.Line}"], "small");
        sb.Append("</g>");
    }

    private static void DrawNext(StringBuilder sb, MachineEdge e)
    {
        double x = Left + BoxWidth / 2, y1 = StateY(e.From) + BoxHeight, y2 = StateY(e.To);
        DrawPath(sb, e, string.Create(CultureInfo.InvariantCulture, $"M{x:0.#},{y1:0.#} L{x:0.#},{y2:0.#}"));
        HtmlPage.Text(sb, x + 10, (y1 + y2) / 2 + 4, [e.Label], "edge-label");
    }

    /// <summary>An edge in a vertical channel of its own beside the column: out of the source box, along, into the target box.</summary>
    private static void DrawSide(StringBuilder sb, MachineEdge e, int channel, int nthOut, Dictionary<int, int> entries, bool rightSide)
    {
        int nthIn = entries[e.To] = entries.GetValueOrDefault(e.To, -1) + 1;
        double edgeX = rightSide ? Left + BoxWidth : Left;
        double channelX = rightSide ? edgeX + LabelRoom + channel * Channel : edgeX - 130 - channel * Channel;
        double y1 = StateY(e.From) + 18 + 16 * (nthOut % 3);
        // A state that loops to itself: out near its top, back in near its bottom.
        double y2 = e.From == e.To ? StateY(e.To) + BoxHeight - 14 : StateY(e.To) + 14 + 12 * (nthIn % 4);
        double r = 8 * Math.Sign(y2 - y1), dir = rightSide ? 1 : -1;
        if (e.From == e.To) channelX = rightSide ? edgeX + 60 : edgeX - 60;
        string d = string.Create(CultureInfo.InvariantCulture, $"M{edgeX:0.#},{y1:0.#} L{channelX - 8 * dir:0.#},{y1:0.#} Q{channelX:0.#},{y1:0.#} {channelX:0.#},{y1 + r:0.#} L{channelX:0.#},{y2 - r:0.#} Q{channelX:0.#},{y2:0.#} {channelX - 8 * dir:0.#},{y2:0.#} L{edgeX:0.#},{y2:0.#}");
        DrawPath(sb, e, d);
        // The label sits above the edge's way out, or beside a loop to the state itself.
        double labelX = e.From == e.To ? channelX + 6 * dir : edgeX + 8 * dir;
        double labelY = e.From == e.To ? (y1 + y2) / 2 + 4 : y1 - 4;
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"edge-label\" x=\"{labelX:0.#}\" y=\"{labelY:0.#}\" text-anchor=\"{(rightSide ? "start" : "end")}\">{HtmlPage.Escape(e.Label)}</text>");
    }

    private static void DrawPath(StringBuilder sb, MachineEdge e, string d)
    {
        var (color, dash) = EdgeStyles[e.Kind];
        string dashes = dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "";
        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"arrow edge-{e.Kind}\" data-from=\"{e.From}\" data-to=\"{e.To}\" data-tip=\"{HtmlPage.Escape(e.Label)}\" d=\"{d}\" stroke=\"{color}\"{dashes} marker-end=\"url(#arrow-{e.Kind})\"/>");
    }
}
