using System.Runtime.CompilerServices;

namespace Embedding;

/// <summary>One temperature reading.</summary>
public sealed record Reading(string City, double Celsius)
{
    /// <summary>
    /// The reading as a script sees it: a dictionary becomes a plain object ({ city, celsius })
    /// when the engine converts it on its own thread.
    /// </summary>
    public Dictionary<string, object?> ToScript() => new() { ["city"] = City, ["celsius"] = Celsius };
}

/// <summary>
/// The host's service: asynchronous like a real one (a database, an HTTP API), with fixed data so
/// the example prints the same thing every run.
/// </summary>
public sealed class WeatherService
{
    private static readonly Dictionary<string, double> Stations = new()
    {
        ["Oslo"] = 4.5,
        ["Lisbon"] = 18.0,
        ["Cairo"] = 27.5,
    };

    /// <summary>How many requests the service has served (they may run concurrently).</summary>
    public int Requests => _requests;
    private int _requests;

    /// <summary>The current temperature in a city, after a simulated network delay.</summary>
    public async Task<double> GetTemperatureAsync(string city, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        await Task.Delay(20 + 10 * city.Length, cancellationToken);
        return Stations.TryGetValue(city, out var celsius)
            ? celsius
            : throw new KeyNotFoundException($"no weather station in {city}");
    }

    /// <summary>A live feed of readings from one city's station, one every few milliseconds.</summary>
    public async IAsyncEnumerable<Reading> ObserveAsync(string city, int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var celsius = await GetTemperatureAsync(city, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            await Task.Delay(5, cancellationToken);
            yield return new Reading(city, celsius + 0.25 * i);
        }
    }
}
