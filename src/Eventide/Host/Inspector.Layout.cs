using System.Text;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>Line breaking: reduceToSingleString, groupArrayElements (compact 3 grouping), isBelowBreakLength.</summary>
internal static partial class Inspector
{
    /// <summary>reduceToSingleString</summary>
    private static string ReduceToSingleString(InspectContext ctx, List<string> output, string basePart, string[] braces,
        int extrasType, int recurseTimes, JsObject? value)
    {
        if (ctx.Compact != InspectOptions.CompactTrue)
        {
            if (ctx.Compact >= 1)
            {
                // In case the output is grouped, entries are not lined up on a single line.
                int entries = output.Count;
                if (extrasType == ArrayExtrasType && entries > 6) output = GroupArrayElements(ctx, output, value);
                // Combine the innermost `compact` levels on one line when they fit in breakLength.
                if (ctx.CurrentDepth - recurseTimes < ctx.Compact && entries == output.Count)
                {
                    int start = output.Count + ctx.IndentationLvl + braces[0].Length + basePart.Length + 10;
                    if (IsBelowBreakLength(ctx, output, start, basePart))
                    {
                        string joined = string.Join(", ", output);
                        if (!joined.Contains('\n'))
                            return $"{(basePart != "" ? basePart + " " : "")}{braces[0]} {joined} {braces[1]}";
                    }
                }
            }
            // Each entry on its own line.
            string indentation = "\n" + new string(' ', ctx.IndentationLvl);
            return $"{(basePart != "" ? basePart + " " : "")}{braces[0]}{indentation}  {string.Join("," + indentation + "  ", output)}{indentation}{braces[1]}";
        }
        // compact: true — everything on one line when it fits.
        if (IsBelowBreakLength(ctx, output, 0, basePart))
            return $"{braces[0]}{(basePart != "" ? " " + basePart : "")} {string.Join(", ", output)} {braces[1]}";
        string indent = new(' ', ctx.IndentationLvl);
        // A long opening brace (like "Set {") forces the first item onto the next line so items line up.
        string ln = basePart == "" && braces[0].Length == 1 ? " " : $"{(basePart != "" ? " " + basePart : "")}\n{indent}  ";
        return $"{braces[0]}{ln}{string.Join($",\n{indent}  ", output)} {braces[1]}";
    }

    /// <summary>isBelowBreakLength: entries plus separators fit in breakLength, and base has no line break.</summary>
    private static bool IsBelowBreakLength(InspectContext ctx, List<string> output, int start, string basePart)
    {
        double totalLength = output.Count + start;
        if (totalLength + output.Count > ctx.BreakLength) return false;
        foreach (var entry in output)
        {
            totalLength += ctx.Colors ? RemoveColors(entry).Length : entry.Length;
            if (totalLength > ctx.BreakLength) return false;
        }
        return basePart == "" || !basePart.Contains('\n');
    }

    /// <summary>groupArrayElements: lines up short array entries in aligned columns.</summary>
    private static List<string> GroupArrayElements(InspectContext ctx, List<string> output, JsObject? value)
    {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.Count;
        // The "... n more items" entry is not part of the columns.
        if (ctx.Options.MaxArrayLength < output.Count) outputLength--;
        const int separatorSpace = 2; // ", "
        var dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++)
        {
            int len = GetStringWidth(output[i], ctx.Colors);
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }
        int actualMax = maxLength + separatorSpace;
        // At least three columns must fit, and no entry may dwarf the others.
        if (actualMax * 3 + ctx.IndentationLvl < ctx.BreakLength &&
            ((double)totalLength / actualMax > 5 || maxLength <= 6))
        {
            const double approxCharHeights = 2.5;
            double averageBias = Math.Sqrt(actualMax - (double)totalLength / output.Count);
            double biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
            double columnsD = Math.Min(Math.Min(
                RoundHalfUp(Math.Sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                Math.Floor((ctx.BreakLength - ctx.IndentationLvl) / actualMax)),
                Math.Min(ctx.Compact * 4, 15));
            if (columnsD <= 1 || double.IsNaN(columnsD)) return output;
            int columns = (int)columnsD;
            var tmp = new List<string>();
            var maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++)
            {
                int lineMaxLength = 0;
                for (int j = i; j < output.Count; j += columns)
                    if (j < outputLength && dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
                maxLineLength[i] = lineMaxLength + separatorSpace;
            }
            bool padStart = true; // numbers and bigints align right
            if (value is not null)
            {
                for (int i = 0; i < output.Count; i++)
                {
                    var v = value.Get(new PropertyKey((uint)i));
                    if (!v.IsNumber && !v.IsBigInt) { padStart = false; break; }
                }
            }
            for (int i = 0; i < outputLength; i += columns)
            {
                int max = Math.Min(i + columns, outputLength);
                var sb = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++)
                {
                    int padding = maxLineLength[j - i] + output[j].Length - dataLen[j];
                    string cell = output[j] + ", ";
                    sb.Append(padStart ? cell.PadLeft(padding) : cell.PadRight(padding));
                }
                if (padStart)
                {
                    int padding = maxLineLength[j - i] + output[j].Length - dataLen[j] - separatorSpace;
                    sb.Append(output[j].PadLeft(padding));
                }
                else sb.Append(output[j]);
                tmp.Add(sb.ToString());
            }
            if (ctx.Options.MaxArrayLength < output.Count) tmp.Add(output[outputLength]);
            output = tmp;
        }
        return output;
    }

    /// <summary>Math.round: halves round toward +Infinity.</summary>
    private static double RoundHalfUp(double x) => Math.Floor(x + 0.5);
}
