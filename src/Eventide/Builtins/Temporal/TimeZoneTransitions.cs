namespace Eventide.Builtins.Temporal;

/// <summary>
/// 11.1.x GetNamedTimeZoneNextTransition / GetNamedTimeZonePreviousTransition over the host's time zone data:
/// a walk over whole seconds that skips the stretches where .NET's adjustment rules keep the offset fixed,
/// steps a day at a time through daylight-saving rules, and bisects the day where the offset changes.
/// </summary>
internal static class TimeZoneTransitions
{
    private const long SecondsPerDay = 86_400;
    // TimeZoneInfo covers years 1..9999; a day's margin keeps DateTimeOffset in range.
    private static readonly long FirstSecond = DateTimeOffset.MinValue.ToUnixTimeSeconds() + 2 * SecondsPerDay;
    private static readonly long LastSecond = DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 2 * SecondsPerDay;

    // 11.1.x GetNamedTimeZoneNextTransition
    public static Int128? Next(string id, Int128 epochNs)
    {
        if (Zone(id) is not { } tz) return null;
        long a = Math.Max((long)FloorDiv(epochNs, 1_000_000_000), FirstSecond - 1);
        var rules = tz.GetAdjustmentRules();
        while (a < LastSecond)
        {
            long b = Math.Min(Math.Max(a + SecondsPerDay, ConstantUntil(rules, a)), LastSecond);
            if (Offset(tz, b) != Offset(tz, a)) return Result(Bisect(tz, a, b));
            a = b;
        }
        return null;
    }

    // 11.1.x GetNamedTimeZonePreviousTransition
    public static Int128? Previous(string id, Int128 epochNs)
    {
        if (Zone(id) is not { } tz) return null;
        // The last whole second strictly before epochNs.
        long b = Math.Min((long)FloorDiv(epochNs - 1, 1_000_000_000), LastSecond);
        var rules = tz.GetAdjustmentRules();
        while (b > FirstSecond)
        {
            long a = Math.Max(Math.Min(b - SecondsPerDay, ConstantSince(rules, b)), FirstSecond);
            if (Offset(tz, b) != Offset(tz, a)) return Result(Bisect(tz, a, b));
            b = a;
        }
        return null;
    }

    private static TimeZoneInfo? Zone(string id) =>
        id[0] is '+' or '-' || id is "UTC" or "Etc/UTC" or "Etc/GMT" || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? null : tz;

    private static Int128? Result(long second)
    {
        var ns = (Int128)second * 1_000_000_000;
        return JsInstant.IsValid(ns) ? ns : null;
    }

    private static Int128 FloorDiv(Int128 a, Int128 b)
    {
        var q = a / b;
        return a % b < 0 ? q - 1 : q;
    }

    private static TimeSpan Offset(TimeZoneInfo tz, long second) => tz.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(second));

    /// <summary>The first second in (a, b] whose offset differs from a's, when one change lies in between.</summary>
    private static long Bisect(TimeZoneInfo tz, long a, long b)
    {
        var before = Offset(tz, a);
        while (b - a > 1)
        {
            long mid = a + (b - a) / 2;
            if (Offset(tz, mid) == before) a = mid;
            else b = mid;
        }
        return b;
    }

    private static long UnixSeconds(DateTime date) => new DateTimeOffset(date.Date, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>A second (a day short of the edge, for the rules' local dates) up to which the offset at <paramref name="s"/> cannot change, or s.</summary>
    private static long ConstantUntil(TimeZoneInfo.AdjustmentRule[] rules, long s)
    {
        foreach (var rule in rules)
        {
            long start = UnixSeconds(rule.DateStart), end = UnixSeconds(rule.DateEnd);
            if (s < start - SecondsPerDay) return start - SecondsPerDay;
            if (s <= end + SecondsPerDay)
                return rule.DaylightDelta == TimeSpan.Zero && s >= start + SecondsPerDay ? end - SecondsPerDay : s;
        }
        return rules.Length == 0 || rules[^1].DateEnd.Year < 9999 ? LastSecond : s;
    }

    /// <summary>The mirror of <see cref="ConstantUntil"/>: a second down to which the offset at <paramref name="s"/> cannot change, or s.</summary>
    private static long ConstantSince(TimeZoneInfo.AdjustmentRule[] rules, long s)
    {
        for (int i = rules.Length - 1; i >= 0; i--)
        {
            var rule = rules[i];
            long start = UnixSeconds(rule.DateStart), end = UnixSeconds(rule.DateEnd);
            if (s > end + 2 * SecondsPerDay) return end + 2 * SecondsPerDay;
            if (s >= start - SecondsPerDay)
                return rule.DaylightDelta == TimeSpan.Zero && s <= end ? start + SecondsPerDay : s;
        }
        return FirstSecond;
    }
}
