namespace Eventide.Tests;

/// <summary>
/// Temporal through the engine. node 20 has no Temporal, so the expectations are test262's
/// (the file each case comes from is named beside it).
/// </summary>
public class TemporalTests
{
    [Theory]
    // Duration/prototype/round/balance... (hours25 with largestUnit days, with and without relativeTo)
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 25).round({ largestUnit: 'days' }).toString()", "P1DT1H")]
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 25).round({ largestUnit: 'days', relativeTo: '2019-11-02' }).toString()", "P1DT1H")]
    // Duration/prototype/total/balance-subseconds.js
    [InlineData("'' + new Temporal.Duration(0, 0, 0, 0, 0, 0, 0, 999, 999999, 999999999).total('seconds')", "2.998998999")]
    [InlineData("'' + new Temporal.Duration(0, 0, 0, 0, 0, 0, 0, -999, -999999, -999999999).total('seconds')", "-2.998998999")]
    // PlainDate/prototype/add/basic.js: adding a month to January 31 constrains to the end of February
    [InlineData("Temporal.PlainDate.from('2019-01-31').add({ months: 1 }).toString()", "2019-02-28")]
    [InlineData("Temporal.PlainDate.from('2020-01-31').add({ months: 1 }).toString()", "2020-02-29")]
    // Instant/prototype/toString/basic.js
    [InlineData("new Temporal.Instant(217175010123456789n).toString()", "1976-11-18T14:23:30.123456789Z")]
    // Duration/prototype/add/...: a fractional hour spreads over the smaller units (PT1.03125H)
    [InlineData("String(new Temporal.Duration().add('PT1.03125H'))", "PT1H1M52.5S")]
    // ZonedDateTime/prototype/until/basic.js: "3 years, 6 months, 17 days"
    [InlineData("Temporal.ZonedDateTime.from('1997-12-01T12:34[UTC]').until('2001-06-18T12:34[UTC]', { largestUnit: 'years' }).toString()", "P3Y6M17D")]
    // Duration/prototype/round/relativeto-days-24-hours-relative-to-zoned-date-time.js: no DST change, days are 24 hours
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 25).round({ largestUnit: 'days', relativeTo: new Temporal.ZonedDateTime(1_000_000_000_000_000_000n, '+04:30') }).toString()", "P1DT1H")]
    // ZonedDateTime/prototype/getTimeZoneTransition/utc-no-transitions.js
    [InlineData("String(new Temporal.ZonedDateTime(0n, 'UTC').getTimeZoneTransition('next'))", "null")]
    public void MatchesTest262(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    // Los Angeles (tzdata): 2020-03-08 is a 23-hour day (02:00 PST became 03:00 PDT), 2020-11-01 a 25-hour one.
    [InlineData("Temporal.ZonedDateTime.from('2020-03-08T00:00[America/Los_Angeles]').until('2020-03-09T00:00[America/Los_Angeles]', { largestUnit: 'hours' }).toString()", "PT23H")]
    [InlineData("Temporal.ZonedDateTime.from('2020-03-08T00:00[America/Los_Angeles]').until('2020-03-09T00:00[America/Los_Angeles]', { largestUnit: 'days' }).toString()", "P1D")]
    [InlineData("Temporal.Duration.from({ hours: 24 }).round({ largestUnit: 'days', relativeTo: '2020-03-08T00:00[America/Los_Angeles]' }).toString()", "P1DT1H")]
    [InlineData("String(Temporal.Duration.from({ hours: 23 }).total({ unit: 'days', relativeTo: '2020-03-08T00:00[America/Los_Angeles]' }))", "1")]
    [InlineData("String(Temporal.Duration.compare({ hours: 24 }, { days: 1 }, { relativeTo: '2020-03-08T00:00[America/Los_Angeles]' }))", "1")]
    [InlineData("Temporal.ZonedDateTime.from('2020-06-01T00:00[America/Los_Angeles]').getTimeZoneTransition('next').toString()", "2020-11-01T01:00:00-08:00[America/Los_Angeles]")]
    [InlineData("Temporal.ZonedDateTime.from('2020-06-01T00:00[America/Los_Angeles]').getTimeZoneTransition({ direction: 'previous' }).toString()", "2020-03-08T03:00:00-07:00[America/Los_Angeles]")]
    public void FollowsTheTimeZoneDatabase(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    // RegulateISODate under overflow: 'reject' (the constrain case is PlainDate/prototype/add/constrain-days.js): no February 31
    [InlineData("Temporal.PlainDate.from('2019-01-31').add({ months: 1 }, { overflow: 'reject' })", "RangeError")]
    // Duration/prototype/valueOf/basic.js
    [InlineData("new Temporal.Duration(1) + 1", "TypeError")]
    // Duration/prototype/total: calendar units need relativeTo
    [InlineData("new Temporal.Duration(1).total('days')", "RangeError")]
    public void ThrowsAsTest262Expects(string source, string errorName)
    {
        Assert.StartsWith(errorName + ":", JsRunner.Throws(source));
    }
}
