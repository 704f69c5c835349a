namespace Eventide.Tests;

/// <summary>Date (21.4): expectations are what node prints (machine zone UTC for the local-time cases).</summary>
public class DateTests
{
    [Theory]
    [InlineData("new Date(Date.UTC(-1,0,1)).toISOString()", "-000001-01-01T00:00:00.000Z")]
    [InlineData("new Date(Date.UTC(-1,0,1)).toUTCString()", "Fri, 01 Jan -0001 00:00:00 GMT")]
    [InlineData("new Date(8.64e15).toISOString() + ' ' + new Date(-8.64e15).toISOString()", "+275760-09-13T00:00:00.000Z -271821-04-20T00:00:00.000Z")]
    [InlineData("new Date(8.64e15).toUTCString()", "Sat, 13 Sep 275760 00:00:00 GMT")]
    [InlineData("`${new Date(NaN)}`", "Invalid Date")]
    [InlineData("'' + Date.parse('2020-01-01T00:00Z')", "1577836800000")]
    [InlineData("'' + Date.parse('Tue, 25 Nov 2026 06:20:00 GMT')", "1795587600000")]
    [InlineData("'' + Date.parse('11/25/2026 10:00 GMT+0200')", "1795593600000")]
    [InlineData("'' + Date.parse('+002020-01-01T00:00:00Z')", "1577836800000")]
    [InlineData("'' + Date.parse('-000000-01-01T00:00:00Z')", "NaN")]
    [InlineData("'' + Date.parse('2020-13-01')", "NaN")]
    [InlineData("'' + Date.parse('2020-01-01T24:00:00Z')", "1577923200000")]
    [InlineData("'' + Date.parse('2020-01-01T10:00:00.123456Z')", "1577872800123")]
    [InlineData("'' + Date.parse('Thu Jan 01 1970 00:00:00 GMT-0500')", "18000000")]
    [InlineData("'' + Date.parse('foo')", "NaN")]
    [InlineData("new Date('2020-06-15T10:00:00+02:00').toISOString()", "2020-06-15T08:00:00.000Z")]
    [InlineData("JSON.stringify({d: new Date(0)})", "{\"d\":\"1970-01-01T00:00:00.000Z\"}")]
    [InlineData("`${new Date(0) - 1} ${typeof Date()} ${Date.UTC(99, 11, 31)}`", "-1 string 946598400000")]
    [InlineData("const g = new Date(Date.UTC(2020, 0, 31)); g.setUTCMonth(1); `${g.getUTCMonth()} ${g.getUTCDate()} ${g.setUTCHours(25, 61, 61, 1001)} ${g.getUTCDay()}`", "2 2 1583200922001 2")]
    [InlineData("const d = new Date(0); `${d.setMilliseconds()} ${d.getTime()}`", "NaN NaN")]
    public void BehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("new Date(NaN).toISOString()", "RangeError: Invalid time value")]
    [InlineData("Date.prototype.getTime.call({})", "TypeError: this is not a Date object.")]
    public void ThrowsAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }
}
