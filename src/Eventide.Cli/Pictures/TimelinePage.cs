using System.Globalization;
using System.Text;
using Eventide.Host;

namespace Eventide.Cli.Pictures;

/// <summary>
/// eventide --trace=FILE.html: the run as a timeline. One lane per phase of the loop, each job or
/// callback a box in the order it ran (left to right), an arrow from the job that scheduled it,
/// and a tooltip with where it was scheduled and what it was passed.
/// </summary>
internal static class TimelinePage
{
    private const double LabelWidth = 150, Column = 214, BoxWidth = 194, BoxHeight = 84, LaneHeight = 104, Top = 34;

    /// <summary>The lanes in the order the loop visits them, with what each one is and its colour.</summary>
    private static readonly (string Lane, string Title, string Color, string About)[] Lanes =
    [
        ("script", "script", "#4f46e5", "the main script, run to the end before the loop starts"),
        ("module", "module", "#4f46e5", "the main ES module's evaluation"),
        ("nextTick", "nextTick", "#db2777", "process.nextTick callbacks: first at every microtask checkpoint"),
        ("microtasks", "microtasks", "#9333ea", "promise jobs (then/catch handlers, await resumptions) and queueMicrotask"),
        ("timers", "timers", "#ea580c", "setTimeout and setInterval callbacks whose time has come"),
        ("pending", "pending", "#64748b", "I/O callbacks the loop deferred to the next round"),
        ("poll", "poll", "#0891b2", "I/O completions (files, sockets, child processes); the loop waits here"),
        ("check", "check", "#16a34a", "setImmediate callbacks, right after poll"),
        ("close", "close", "#dc2626", "close callbacks of handles"),
    ];

    public static void Write(string file, TimelineRecording recording)
    {
        var entries = recording.Entries;
        var lanes = Lanes.Where(l => entries.Any(e => e.Lane == l.Lane)).ToList();
        var laneIndex = lanes.Select((l, i) => (l.Lane, i)).ToDictionary(p => p.Lane, p => p.i);
        var sb = new StringBuilder();
        sb.Append("<section class=\"card\">");
        sb.Append("<div class=\"legend\">");
        foreach (var l in lanes) sb.Append($"<span style=\"--c:{l.Color}\" title=\"{HtmlPage.Escape(l.About)}\">{l.Title}</span>");
        sb.Append("</div><div class=\"scroll\">");
        double width = LabelWidth + Math.Max(entries.Count, 1) * Column + 20;
        double height = Top + lanes.Count * LaneHeight + 10;
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"timeline\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\" xmlns=\"http://www.w3.org/2000/svg\">");
        HtmlPage.ArrowMarkers(sb, lanes.Select(l => (l.Lane, l.Color)));
        DrawLanes(sb, lanes, width);
        DrawTimes(sb, entries, height);
        foreach (var e in entries)
            if (e.ScheduledBy >= 0 && e.ScheduledBy < entries.Count) DrawArrow(sb, entries[e.ScheduledBy], e, laneIndex, lanes[laneIndex[e.Lane]].Color);
        foreach (var e in entries) DrawBox(sb, e, entries, laneIndex[e.Lane], lanes[laneIndex[e.Lane]].Color, recording.Script, recording.PrintedBy(e.Id));
        sb.Append("</svg></div>");
        if (recording.Dropped > 0) sb.Append($"<p class=\"note\">The run went on for {recording.Dropped} more steps, not drawn.</p>");
        sb.Append("</section>");
        string script = recording.Script is { } s ? Path.GetFileName(s) : "the program";
        const string about = "Time runs left to right: each box is a job or callback, in the lane of the phase that ran it, in the order it ran. " +
            "An arrow goes from the job that scheduled a box (the call that queued it) to the box; › shows what the job printed. Hover a box for where it was scheduled, what it was passed and all it printed.";
        File.WriteAllText(file, HtmlPage.Render($"Event loop timeline of {script}", HtmlPage.Escape(about), sb.ToString()));
    }

    private static void DrawLanes(StringBuilder sb, List<(string Lane, string Title, string Color, string About)> lanes, double width)
    {
        for (int i = 0; i < lanes.Count; i++)
        {
            double y = Top + i * LaneHeight;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y:0.#}\" width=\"{width:0}\" height=\"{LaneHeight}\" fill=\"{(i % 2 == 0 ? "#f8fafc" : "#ffffff")}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y + 8:0.#}\" width=\"4\" height=\"{LaneHeight - 16}\" rx=\"2\" fill=\"{lanes[i].Color}\"/>");
            sb.Append($"<g data-tip=\"{HtmlPage.Escape(lanes[i].About)}\">");
            HtmlPage.Text(sb, 14, y + LaneHeight / 2 - 2, [lanes[i].Title], "lane-name");
            HtmlPage.Text(sb, 14, y + LaneHeight / 2 + 14, [LaneHint(lanes[i].Lane)], "small");
            sb.Append("</g>");
        }
    }

    private static string LaneHint(string lane) => lane switch
    {
        "script" or "module" => "synchronous code",
        "nextTick" or "microtasks" => "after every callback",
        "poll" => "I/O, waits",
        _ => "phase",
    };

    /// <summary>The loop's clock above the columns, written where it moved on.</summary>
    private static void DrawTimes(StringBuilder sb, IReadOnlyList<TimelineEntry> entries, double height)
    {
        double last = double.NaN;
        foreach (var e in entries)
        {
            if (e.Time == last) continue;
            last = e.Time;
            double x = LabelWidth + e.Id * Column;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x - 10:0.#}\" y1=\"{Top - 6}\" x2=\"{x - 10:0.#}\" y2=\"{height - 6:0.#}\" stroke=\"#cbd5e1\" stroke-dasharray=\"3 4\"/>");
            HtmlPage.Text(sb, x - 6, Top - 12, [string.Create(CultureInfo.InvariantCulture, $"{e.Time:0} ms")], "small");
        }
    }

    private static (double X, double Y) BoxAt(TimelineEntry e, int lane) => (LabelWidth + e.Id * Column, Top + lane * LaneHeight + (LaneHeight - BoxHeight) / 2);

    private static void DrawBox(StringBuilder sb, TimelineEntry e, IReadOnlyList<TimelineEntry> entries, int lane, string color, string? script, string? printed)
    {
        var (x, y) = BoxAt(e, lane);
        // The script's path in full only in the tooltip: the box has room for its name.
        string shown = script is null || !Path.IsPathRooted(script) ? e.Description : e.Description
            .Replace(new Uri(script).AbsoluteUri, Path.GetFileName(script), StringComparison.Ordinal)
            .Replace(script, Path.GetFileName(script), StringComparison.Ordinal);
        var tip = new StringBuilder($"#{e.Id} {e.Lane} at {e.Time:0} ms\n{e.Description}");
        if (e.ScheduledBy >= 0 && e.ScheduledBy < entries.Count) tip.Append($"\nscheduled by #{e.ScheduledBy} ({entries[e.ScheduledBy].Lane})");
        if (e.ScheduledAt is { } at) tip.Append($"\nscheduled at {at}");
        if (e.Value is { } v) tip.Append($"\npassed: {v}");
        if (printed is not null) tip.Append($"\nprinted:\n{printed.TrimEnd('\n')}");
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"box job\" data-id=\"{e.Id}\" data-tip=\"{HtmlPage.Escape(tip.ToString())}\">");
        string dash = e.IsWait ? " stroke-dasharray=\"5 4\"" : "";
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"8\" fill=\"{(e.IsWait ? "#ffffff" : Tint(color))}\" stroke=\"{color}\" stroke-width=\"1.4\"{dash}/>");
        HtmlPage.Text(sb, x + 9, y + 16, [$"#{e.Id}" + (e.IsWait ? " waiting" : "")], "title");
        // The first line the job printed, beside its number.
        if (printed?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first)
        {
            int offset = 16 + 8 * $"#{e.Id}".Length, room = (int)((BoxWidth - offset - 8) / 7); // about 7 px a character
            HtmlPage.Text(sb, x + offset, y + 16, HtmlPage.Wrap("›\u00a0" + first.Replace(' ', '\u00a0'), room, 1), "printed code");
        }
        var lines = HtmlPage.Wrap(shown, 28, e.ScheduledAt is null ? 4 : 3);
        HtmlPage.Text(sb, x + 9, y + 31, lines, "small", 13);
        if (e.ScheduledAt is { } site) HtmlPage.Text(sb, x + 9, y + BoxHeight - 7, [$"from {ShortSite(site)}"], "small code");
        sb.Append("</g>");
    }

    /// <summary>FILE:LINE:COLUMN with the file's name only.</summary>
    private static string ShortSite(string site)
    {
        int colon = site.LastIndexOf(':', site.LastIndexOf(':') - 1);
        return colon > 0 ? Path.GetFileName(site[..colon]) + site[colon..] : site;
    }

    private static void DrawArrow(StringBuilder sb, TimelineEntry from, TimelineEntry to, Dictionary<string, int> laneIndex, string color)
    {
        var (fx, fy) = BoxAt(from, laneIndex[from.Lane]);
        var (tx, ty) = BoxAt(to, laneIndex[to.Lane]);
        double x1 = fx + BoxWidth, y1 = fy + BoxHeight / 2, x2 = tx, y2 = ty + BoxHeight / 2;
        if (laneIndex[from.Lane] == laneIndex[to.Lane] && to.Id - from.Id > 1)
        {
            // Along one lane past other boxes: arc over them.
            y1 = fy; y2 = ty;
            double lift = Math.Min(28, 10 + (to.Id - from.Id) * 3);
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"arrow\" data-from=\"{from.Id}\" data-to=\"{to.Id}\" d=\"M{fx + BoxWidth / 2:0.#},{y1:0.#} C{fx + BoxWidth / 2:0.#},{y1 - lift:0.#} {tx + BoxWidth / 2:0.#},{y2 - lift:0.#} {tx + BoxWidth / 2:0.#},{y2:0.#}\" stroke=\"{color}\" marker-end=\"url(#arrow-{to.Lane})\"/>");
            return;
        }
        if (laneIndex[from.Lane] == laneIndex[to.Lane])
        {
            // The next box of the same lane: straight across.
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"arrow\" data-from=\"{from.Id}\" data-to=\"{to.Id}\" d=\"M{x1:0.#},{y1:0.#} L{x2:0.#},{y2:0.#}\" stroke=\"{color}\" marker-end=\"url(#arrow-{to.Lane})\"/>");
            return;
        }
        // Another lane: out of the scheduler's side, into the top (or bottom) of the job, so that an
        // arrow never seems to come from the box just before its target.
        bool down = laneIndex[to.Lane] > laneIndex[from.Lane];
        x2 = tx + 24;
        y2 = down ? ty : ty + BoxHeight;
        double pull = Math.Max(20, Math.Abs(y2 - y1) / 2) * (down ? 1 : -1);
        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"arrow\" data-from=\"{from.Id}\" data-to=\"{to.Id}\" d=\"M{x1:0.#},{y1:0.#} C{x1 + Math.Max(20, (x2 - x1) / 2):0.#},{y1:0.#} {x2:0.#},{y2 - pull:0.#} {x2:0.#},{y2:0.#}\" stroke=\"{color}\" marker-end=\"url(#arrow-{to.Lane})\"/>");
    }

    /// <summary>A light fill of the lane's colour.</summary>
    private static string Tint(string color)
    {
        int r = Convert.ToInt32(color[1..3], 16), g = Convert.ToInt32(color[3..5], 16), b = Convert.ToInt32(color[5..7], 16);
        return $"#{Mix(r):x2}{Mix(g):x2}{Mix(b):x2}";
        static int Mix(int c) => (int)(c * 0.1 + 255 * 0.9);
    }
}
