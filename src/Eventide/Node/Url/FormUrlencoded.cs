using System.Text;

namespace Eventide.Node.Url;

/// <summary>application/x-www-form-urlencoded (5): parsing into name-value pairs and serializing them.</summary>
internal static class FormUrlencoded
{
    /// <summary>5.1 application/x-www-form-urlencoded parser.</summary>
    public static List<(string Name, string Value)> Parse(string input)
    {
        var output = new List<(string, string)>();
        foreach (var sequence in input.Split('&'))
        {
            if (sequence.Length == 0) continue;
            int eq = sequence.IndexOf('=');
            string name = eq < 0 ? sequence : sequence[..eq];
            string value = eq < 0 ? "" : sequence[(eq + 1)..];
            output.Add((Decode(name), Decode(value)));
        }
        return output;
    }

    private static string Decode(string s) => PercentEncoding.DecodeToString(s.Replace('+', ' '));

    /// <summary>5.2 application/x-www-form-urlencoded serializer.</summary>
    public static string Serialize(IEnumerable<(string Name, string Value)> tuples)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in tuples)
        {
            if (sb.Length > 0) sb.Append('&');
            foreach (var c in PercentEncoding.Runes(name)) PercentEncoding.Append(sb, c, EncodeSet.FormUrlencoded, spaceAsPlus: true);
            sb.Append('=');
            foreach (var c in PercentEncoding.Runes(value)) PercentEncoding.Append(sb, c, EncodeSet.FormUrlencoded, spaceAsPlus: true);
        }
        return sb.ToString();
    }
}
