using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>5.5.1 ISO Date-Time Records.</summary>
internal readonly record struct IsoDateTime(IsoDate Date, IsoTime Time) : IComparable<IsoDateTime>
{
    public int CompareTo(IsoDateTime other)
    {
        int c = Date.CompareTo(other.Date);
        return c != 0 ? c : Time.CompareTo(other.Time);
    }

    /// <summary>GetUTCEpochNanoseconds: the date-time read as UTC.</summary>
    public Int128 EpochNanoseconds => (Int128)Date.EpochDays * IsoTime.NsPerDay + Time.TotalNanoseconds;

    private static readonly Int128 Limit = (Int128)100_000_001 * IsoTime.NsPerDay;

    // 5.5.x ISODateTimeWithinLimits
    public bool WithinLimits()
    {
        if (Date.Year < -271821 || Date.Year > 275760) return false;
        var ns = EpochNanoseconds;
        return ns > -Limit && ns < Limit;
    }

    public IsoDateTime AddTime(Int128 ns)
    {
        var (days, time) = Time.Add(ns);
        return new IsoDateTime(Date.AddDays(days), time);
    }
}
