using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>3.5.1 ISO Date Records and the proleptic Gregorian arithmetic on them (3.5, 12.3).</summary>
internal readonly record struct IsoDate(int Year, int Month, int Day) : IComparable<IsoDate>
{
    // 3.5.x CompareISODate
    public int CompareTo(IsoDate other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    // 12.3.x ISODaysInMonth
    public static int DaysInMonth(double year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static bool IsLeapYear(double year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    // 3.5.x IsValidISODate
    public static bool IsValid(double year, double month, double day) =>
        month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, (int)month);

    /// <summary>3.5.x ISODateToEpochDays: days since 1970-01-01 (month 1-based, may be out of 1..12 after balancing).</summary>
    public static long ToEpochDays(long year, long month, long day)
    {
        year += FloorDiv(month - 1, 12);
        month = FloorMod(month - 1, 12) + 1;
        // Days from civil (Howard Hinnant), with March-based years.
        long y = month <= 2 ? year - 1 : year;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = (month + 9) % 12;
        long doy = (153 * mp + 2) / 5 + 1 - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468 + day - 1 + 0;
    }

    public long EpochDays => ToEpochDays(Year, Month, Day);

    /// <summary>13.x EpochDaysToISODate (the inverse of ToEpochDays).</summary>
    public static IsoDate FromEpochDays(long days)
    {
        long z = days + 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new IsoDate((int)(m <= 2 ? y + 1 : y), (int)m, (int)d);
    }

    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
    }

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    // 3.5.x BalanceISODate
    public static IsoDate Balance(long year, long month, long day) => FromEpochDays(ToEpochDays(year, month, day));

    public IsoDate AddDays(long days) => FromEpochDays(EpochDays + days);

    // 3.5.x ISODateWithinLimits: the date at noon lies within the representable date-times.
    public static bool WithinLimits(long year, long month, long day)
    {
        if (year < -271821 || year > 275760) return false;
        long days = ToEpochDays(year, month, day);
        return days >= -100_000_001 && days <= 100_000_000;
    }

    public bool WithinLimits() => WithinLimits(Year, Month, Day);

    // 9.5.x ISOYearMonthWithinLimits
    public static bool YearMonthWithinLimits(double year, double month) =>
        year >= -271821 && year <= 275760 && !(year == -271821 && month < 4) && !(year == 275760 && month > 9);

    // 3.5.x RegulateISODate
    public static IsoDate Regulate(double year, double month, double day, Overflow overflow)
    {
        if (overflow == Overflow.Reject)
        {
            if (!IsValid(year, month, day)) throw JsException.RangeError("Date is out of range");
        }
        else
        {
            month = Math.Clamp(month, 1, 12);
            day = Math.Clamp(day, 1, DaysInMonth(year, (int)month));
        }
        if (Math.Abs(year) > 1e9) throw JsException.RangeError("Date is out of range");
        return new IsoDate((int)year, (int)month, (int)day);
    }

    // 3.5.x BalanceISOYearMonth
    public static (double Year, int Month) BalanceYearMonth(double year, double month)
    {
        double m = month - 1;
        double y = year + Math.Floor(m / 12);
        return (y, (int)(m - Math.Floor(m / 12) * 12) + 1);
    }

    // 12.3.x CalendarDateAdd for iso8601 (AddISODate)
    public IsoDate Add(in DateDuration duration, Overflow overflow)
    {
        var (y, m) = BalanceYearMonth(Year + duration.Years, Month + duration.Months);
        var intermediate = Regulate(y, m, Day, overflow);
        var result = intermediate.AddDays((long)(duration.Days + 7 * duration.Weeks));
        if (!result.WithinLimits()) throw JsException.RangeError("Date is outside the supported range");
        return result;
    }

    /// <summary>Whether (year, month, day) lies beyond <paramref name="target"/> in the direction of sign (ISODateSurpasses).</summary>
    private static bool Surpasses(int sign, long year, long month, long day, IsoDate target)
    {
        if (year != target.Year) return sign * (year - target.Year) > 0;
        if (month != target.Month) return sign * (month - target.Month) > 0;
        return sign * (day - target.Day) > 0;
    }

    // 12.3.x CalendarDateUntil for iso8601 (DifferenceISODate), computed directly instead of by counting.
    public DateDuration Until(IsoDate other, TemporalUnit largestUnit)
    {
        int sign = -CompareTo(other);
        if (sign == 0) return default;
        long years = 0, months = 0;
        if (largestUnit == TemporalUnit.Year)
        {
            long candidate = other.Year - Year;
            while (candidate != 0 && Surpasses(sign, Year + candidate, Month, Day, other)) candidate -= sign;
            years = candidate;
        }
        if (largestUnit <= TemporalUnit.Month)
        {
            long candidate = (long)other.Year * 12 + other.Month - ((Year + years) * 12 + Month);
            while (candidate != 0)
            {
                var (y, m) = BalanceYearMonth(Year + years, Month + candidate);
                if (!Surpasses(sign, (long)y, m, Day, other)) break;
                candidate -= sign;
            }
            months = candidate;
        }
        var (iy, im) = BalanceYearMonth(Year + years, Month + months);
        var constrained = Regulate(iy, im, Day, Overflow.Constrain);
        long days = other.EpochDays - constrained.EpochDays;
        long weeks = 0;
        if (largestUnit == TemporalUnit.Week)
        {
            weeks = days / 7;
            days -= weeks * 7;
        }
        return new DateDuration(years, months, weeks, days);
    }
}
