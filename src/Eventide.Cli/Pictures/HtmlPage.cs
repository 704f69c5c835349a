using System.Globalization;
using System.Net;
using System.Text;

namespace Eventide.Cli.Pictures;

/// <summary>
/// The frame of the pictures eventide draws (--trace=FILE.html, explain --html): one
/// self-contained page, its style and script inline, nothing fetched from the network. Elements
/// with a data-tip attribute show it in a tooltip; hovering an element with data-id highlights
/// the arrows (data-from/data-to) that touch it.
/// </summary>
internal static class HtmlPage
{
    public static string Render(string title, string subtitle, string body)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append($"<title>{Escape(title)}</title>\n<style>{Style}</style>\n");
        // An error in the page's script is kept on the document (a headless browser's DOM dump shows it).
        sb.Append("<script>window.addEventListener('error', function (e) { document.documentElement.setAttribute('data-errors', String(e.message)); });</script>\n");
        sb.Append("</head>\n<body>\n");
        sb.Append($"<header><h1>{Escape(title)}</h1><p>{subtitle}</p></header>\n<main>\n{body}</main>\n");
        sb.Append("<div id=\"tip\" role=\"tooltip\"></div>\n");
        sb.Append($"<footer>Drawn by eventide {Escape(ErrorReporter.EventideVersion)}</footer>\n<script>{Script}</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Breaks <paramref name="text"/> into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters (the last one cut with an ellipsis).</summary>
    public static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        for (int i = 0; i < lines.Count; i++)
            if (lines[i].Length > width) lines[i] = lines[i][..(width - 1)] + "…";
        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            string last = lines[^1];
            lines[^1] = (last.Length > width - 1 ? last[..(width - 1)] : last) + "…";
        }
        return lines;
    }

    /// <summary>SVG text lines starting at (x, y), one tspan a line.</summary>
    public static void Text(StringBuilder sb, double x, double y, IEnumerable<string> lines, string cssClass, double lineHeight = 14)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"{cssClass}\" x=\"{x:0.#}\" y=\"{y:0.#}\">");
        int i = 0;
        foreach (var line in lines)
            sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{x:0.#}\" dy=\"{(i++ == 0 ? 0 : lineHeight)}\">{Escape(line)}</tspan>");
        sb.Append("</text>");
    }

    /// <summary>The arrowhead markers, one per colour, for paths drawn with marker-end="url(#arrow-NAME)".</summary>
    public static void ArrowMarkers(StringBuilder sb, IEnumerable<(string Name, string Color)> colors)
    {
        sb.Append("<defs>");
        foreach (var (name, color) in colors)
            sb.Append($"<marker id=\"arrow-{name}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{color}\"/></marker>");
        sb.Append("</defs>");
    }

    private const string Style = """
        :root { color-scheme: light; --ink: #1e293b; --muted: #64748b; --line: #e2e8f0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #f8fafc; }
        header { padding: 20px 28px 8px; }
        h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; }
        h2 { margin: 0; font-size: 17px; font-weight: 600; }
        header p, .note { margin: 0; color: var(--muted); max-width: 980px; }
        main { padding: 8px 28px 20px; }
        code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 16px 18px; margin: 0 0 20px; box-shadow: 0 1px 2px rgba(15, 23, 42, .05); }
        .scroll { overflow-x: auto; }
        .legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 10px 0 14px; color: var(--muted); font-size: 13px; }
        .legend span::before { content: ""; display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; background: var(--c); }
        svg { display: block; }
        svg text { font-size: 12px; fill: var(--ink); }
        svg .title { font-weight: 600; }
        svg .small { font-size: 11px; fill: var(--muted); }
        svg .printed { fill: #0f766e; font-weight: 600; }
        svg .code { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 11.5px; }
        svg .lane-name { font-weight: 600; font-size: 13px; }
        svg .edge-label { font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
        svg [data-tip] { cursor: default; }
        svg .arrow { fill: none; stroke-width: 1.6; opacity: .55; transition: opacity .15s; }
        svg.focus .arrow { opacity: .12; }
        svg.focus .arrow.on { opacity: 1; stroke-width: 2.4; }
        svg .box { transition: filter .15s; }
        svg .box:hover { filter: drop-shadow(0 2px 6px rgba(15, 23, 42, .25)); }
        #tip { position: fixed; pointer-events: none; z-index: 10; max-width: 460px; padding: 8px 10px; border-radius: 8px; background: #0f172a; color: #f8fafc; font-size: 12.5px; line-height: 1.4; white-space: pre-wrap; opacity: 0; transition: opacity .1s; }
        #tip.show { opacity: .96; }
        footer { padding: 0 28px 20px; color: var(--muted); font-size: 12px; }
        """;

    private const string Script = """
        (function () {
          var tip = document.getElementById('tip');
          function place(e) {
            var x = e.clientX + 14, y = e.clientY + 14;
            var r = tip.getBoundingClientRect();
            if (x + r.width > window.innerWidth - 8) x = e.clientX - r.width - 14;
            if (y + r.height > window.innerHeight - 8) y = e.clientY - r.height - 14;
            tip.style.left = x + 'px'; tip.style.top = y + 'px';
          }
          function focus(svg, id, on) {
            if (!svg) return;
            svg.classList.toggle('focus', on);
            svg.querySelectorAll('.arrow').forEach(function (a) {
              a.classList.toggle('on', on && (a.getAttribute('data-from') === id || a.getAttribute('data-to') === id));
            });
          }
          document.querySelectorAll('[data-tip]').forEach(function (el) {
            el.addEventListener('mouseenter', function (e) {
              tip.textContent = el.getAttribute('data-tip'); tip.classList.add('show'); place(e);
              if (el.hasAttribute('data-id')) focus(el.closest('svg'), el.getAttribute('data-id'), true);
            });
            el.addEventListener('mousemove', place);
            el.addEventListener('mouseleave', function () {
              tip.classList.remove('show');
              if (el.hasAttribute('data-id')) focus(el.closest('svg'), null, false);
            });
          });
          document.body.setAttribute('data-ready', 'yes');
        })();
        """;
}
