using System.Globalization;

namespace Eventide.Builtins;

/// <summary>
/// 21.4.3.2 Date.parse: the ISO format (21.4.1.32 Date Time String Format, with expanded years),
/// then a fallback for the legacy forms V8 accepts, including what toString and toUTCString produce.
/// </summary>
internal static class DateParser
{
    public static double Parse(string s)
    {
        s = s.Trim();
        double iso = ParseIso(s);
        // Signed (expanded) years exist only in the ISO format.
        return double.IsNaN(iso) && s.Length > 0 && s[0] is not ('+' or '-') ? ParseLegacy(s) : iso;
    }

    // ---------------------------------------------------------------- ISO ----

    private static double ParseIso(string s)
    {
        int p = 0;
        double year;
        if (p < s.Length && (s[p] == '+' || s[p] == '-'))
        {
            bool negative = s[p] == '-';
            p++;
            if (!Digits(s, ref p, 6, out int y)) return double.NaN;
            if (negative && y == 0) return double.NaN;
            year = negative ? -y : y;
        }
        else
        {
            if (!Digits(s, ref p, 4, out int y)) return double.NaN;
            year = y;
        }
        int month = 1, day = 1;
        if (p < s.Length && s[p] == '-')
        {
            p++;
            if (!Digits(s, ref p, 2, out month) || month < 1 || month > 12) return double.NaN;
            if (p < s.Length && s[p] == '-')
            {
                p++;
                if (!Digits(s, ref p, 2, out day) || day < 1 || day > 31) return double.NaN;
            }
        }
        double date = DateMath.MakeDay(year, month - 1, day);
        if (p == s.Length) return DateMath.TimeClip(DateMath.MakeDate(date, 0));
        if (s[p] != 'T' && s[p] != 't') return double.NaN;
        p++;
        if (!Digits(s, ref p, 2, out int hour) || p >= s.Length || s[p] != ':') return double.NaN;
        p++;
        if (!Digits(s, ref p, 2, out int minute) || minute > 59) return double.NaN;
        int second = 0, ms = 0;
        if (p < s.Length && s[p] == ':')
        {
            p++;
            if (!Digits(s, ref p, 2, out second) || second > 59) return double.NaN;
            if (p < s.Length && (s[p] == '.' || s[p] == ','))
            {
                p++;
                int start = p, value = 0;
                while (p < s.Length && char.IsAsciiDigit(s[p]))
                {
                    if (p - start < 3) value = value * 10 + (s[p] - '0');
                    p++;
                }
                if (p == start) return double.NaN;
                for (int k = p - start; k < 3; k++) value *= 10;
                ms = value;
            }
        }
        if (hour > 24 || (hour == 24 && (minute != 0 || second != 0 || ms != 0))) return double.NaN;
        double time = DateMath.MakeDate(date, DateMath.MakeTime(hour, minute, second, ms));
        if (p == s.Length) return DateMath.TimeClip(DateMath.Utc(time));
        if (s[p] == 'Z' || s[p] == 'z') return p + 1 == s.Length ? DateMath.TimeClip(time) : double.NaN;
        if (s[p] != '+' && s[p] != '-') return double.NaN;
        int sign = s[p] == '-' ? -1 : 1;
        p++;
        if (!Digits(s, ref p, 2, out int oh) || p >= s.Length || s[p] != ':') return double.NaN;
        p++;
        if (!Digits(s, ref p, 2, out int om) || p != s.Length || oh > 23 || om > 59) return double.NaN;
        return DateMath.TimeClip(time - sign * (oh * DateMath.MsPerHour + om * DateMath.MsPerMinute));
    }

    private static bool Digits(string s, ref int p, int count, out int value)
    {
        value = 0;
        if (p + count > s.Length) return false;
        for (int i = 0; i < count; i++)
        {
            char c = s[p + i];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        p += count;
        return true;
    }

    // ------------------------------------------------------------- legacy ----

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static double ParseLegacy(string s)
    {
        int p = 0;
        int month = -1;
        double year = double.NaN, day = double.NaN;
        int hour = -1, minute = 0, second = 0, ms = 0;
        bool? pm = null;
        double? offset = null;
        bool sawZoneName = false;
        var numbers = new List<(int Value, int Digits)>();
        while (p < s.Length)
        {
            char c = s[p];
            if (char.IsWhiteSpace(c) || c == ',') { p++; continue; }
            if (c == '(')
            {
                int depth = 0;
                while (p < s.Length)
                {
                    if (s[p] == '(') depth++;
                    else if (s[p] == ')' && --depth == 0) { p++; break; }
                    p++;
                }
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                int start = p;
                long n = ReadNumber(s, ref p);
                int digits = p - start;
                if (n > int.MaxValue) return double.NaN;
                if (p < s.Length && s[p] == ':' && hour < 0)
                {
                    hour = (int)n;
                    p++;
                    minute = (int)ReadNumber(s, ref p);
                    if (p < s.Length && s[p] == ':')
                    {
                        p++;
                        second = (int)ReadNumber(s, ref p);
                        if (p < s.Length && s[p] == '.')
                        {
                            p++;
                            int msStart = p;
                            long frac = ReadNumber(s, ref p);
                            int fd = p - msStart;
                            ms = fd >= 3 ? (int)(frac / (long)Math.Pow(10, fd - 3)) : (int)(frac * (long)Math.Pow(10, 3 - fd));
                        }
                    }
                    continue;
                }
                if (p < s.Length && (s[p] == '/' || s[p] == '-') && p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]) && double.IsNaN(day) && numbers.Count == 0)
                {
                    char sep = s[p];
                    p++;
                    long b = ReadNumber(s, ref p);
                    long c3 = -1;
                    int c3Digits = 0;
                    if (p < s.Length && s[p] == sep && p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]))
                    {
                        int c3Start = ++p;
                        c3 = ReadNumber(s, ref p);
                        c3Digits = p - c3Start;
                    }
                    if (digits >= 3) { year = n; month = (int)b - 1; day = c3 < 0 ? 1 : c3; }
                    else { month = (int)n - 1; day = b; if (c3 >= 0) year = FixYear(c3, c3Digits); }
                    continue;
                }
                numbers.Add(((int)n, digits));
                continue;
            }
            if (c == '+' || c == '-')
            {
                if ((hour >= 0 || sawZoneName) && p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]))
                {
                    int sign = c == '-' ? -1 : 1;
                    p++;
                    int start = p;
                    long n = ReadNumber(s, ref p);
                    int hh, mm;
                    if (p < s.Length && s[p] == ':') { p++; hh = (int)n; mm = (int)ReadNumber(s, ref p); }
                    else if (p - start <= 2) { hh = (int)n; mm = 0; }
                    else { hh = (int)(n / 100); mm = (int)(n % 100); }
                    offset = sign * (hh * DateMath.MsPerHour + mm * DateMath.MsPerMinute);
                    continue;
                }
                p++;
                continue;
            }
            if (char.IsLetter(c))
            {
                int start = p;
                while (p < s.Length && char.IsLetter(s[p])) p++;
                string word = s[start..p].ToLowerInvariant();
                if (p < s.Length && s[p] == '.') p++;
                if (word is "am" or "pm") { pm = word == "pm"; continue; }
                if (word is "gmt" or "utc" or "ut" or "z") { offset ??= 0; sawZoneName = true; continue; }
                if (word == "t" && hour < 0) continue;
                if (word.Length >= 3)
                {
                    int mi = Array.FindIndex(Months, m => word.StartsWith(m, StringComparison.Ordinal));
                    if (mi >= 0 && month < 0) { month = mi; continue; }
                    if (Array.FindIndex(Days, d => word.StartsWith(d, StringComparison.Ordinal)) >= 0) continue;
                }
                if (word is "est" or "edt" or "cst" or "cdt" or "mst" or "mdt" or "pst" or "pdt")
                {
                    int baseOffset = word[0] switch { 'e' => -5, 'c' => -6, 'm' => -7, _ => -8 };
                    offset = (baseOffset + (word[1] == 'd' ? 1 : 0)) * DateMath.MsPerHour;
                    continue;
                }
                return double.NaN;
            }
            p++;
        }
        // Free numbers without a month name: V8's DayComposer pads them with 1s to three and reads
        // month/day/year, or year/month/day when the first cannot be a day ("5" is May 1, 2001).
        if (month < 0 && double.IsNaN(year) && double.IsNaN(day) && numbers.Count is >= 1 and <= 3)
        {
            int[] comp = [1, 1, 1];
            for (int i = 0; i < numbers.Count; i++) comp[i] = numbers[i].Value;
            int y;
            if (comp[0] is >= 1 and <= 31) { month = comp[0] - 1; day = comp[1]; y = comp[2]; }
            else { y = comp[0]; month = comp[1] - 1; day = comp[2]; }
            year = y is >= 0 and <= 49 ? 2000 + y : y is >= 50 and <= 99 ? 1900 + y : y;
            numbers.Clear();
        }
        // Free numbers: with a month name they are the day and the year (either order).
        foreach (var (value, digits) in numbers)
        {
            if (double.IsNaN(day) && digits <= 2 && value >= 1 && value <= 31 && month >= 0) day = value;
            else if (double.IsNaN(year)) year = FixYear(value, digits);
            else if (double.IsNaN(day)) day = value;
            else return double.NaN;
        }
        // A month name and one number: V8's padded year 1, i.e. 2001 ("May 5").
        if (month >= 0 && double.IsNaN(year) && !double.IsNaN(day)) year = 2001;
        if (month < 0 || double.IsNaN(year)) return double.NaN;
        if (double.IsNaN(day)) day = 1;
        if (hour < 0) hour = 0;
        if (pm is bool isPm)
        {
            if (hour > 12) return double.NaN;
            if (isPm && hour < 12) hour += 12;
            else if (!isPm && hour == 12) hour = 0;
        }
        if (month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return double.NaN;
        double t = DateMath.MakeDate(DateMath.MakeDay(year, month, day), DateMath.MakeTime(hour, minute, second, ms));
        t = offset is double o ? t - o : DateMath.Utc(t);
        return DateMath.TimeClip(t);
    }

    private static double FixYear(long y, int digits) => digits <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;

    private static long ReadNumber(string s, ref int p)
    {
        long n = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p]))
        {
            if (n < 1_000_000_000_000) n = n * 10 + (s[p] - '0');
            p++;
        }
        return n;
    }
}
