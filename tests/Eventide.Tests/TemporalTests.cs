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
    public void MatchesTest262(string source, string expected)
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
