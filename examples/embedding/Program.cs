// Embedding Eventide: a C# service exposed to an async script, awaited from both sides.
// Run it with: dotnet run --project examples/embedding
using Embedding;
using Eventide;
using Eventide.Node;

var weather = new WeatherService();

var options = new EngineOptions
{
    TimeLimit = TimeSpan.FromSeconds(10),     // a script running longer throws ExecutionCancelledException
    MemoryLimit = 512L * 1024 * 1024,         // past this heap size: MemoryLimitExceededException
    MaxCallDepth = 2_000,                     // deeper recursion is a RangeError the script can catch
    // An engine is sandboxed: ECMAScript and console only. weather.js awaits a setTimeout, so this
    // grants node's timers, and nothing else of the host (no process, files, network).
    Runtime = new NodeRuntime { Grants = NodeGrants.Timers },
};
var engine = new Engine(options);

// The service's async method as a JS function: each call returns a promise that settles on the
// engine's thread when the Task completes (a fault rejects it with an Error carrying the message).
// The token is cancelled when the engine's run is (TimeLimit, EngineOptions.CancellationToken).
engine.SetValue("temperature", (Func<JsValue[], CancellationToken, Task<JsValue>>)(async (args, token) =>
    await weather.GetTemperatureAsync(args[0].String, token)));

// A .NET async stream as a JS async iterable; each item converts on the engine's thread.
engine.SetValue("readings", ToScript(weather.ObserveAsync("Oslo", count: 4)));

engine.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "weather.js")), "weather.js");

string[] cities = ["Oslo", "Lisbon", "Cairo"];

// Call a script's async function and await its promise: InvokeAsync drives the event loop (the
// timer, the host Tasks' completions) without blocking a thread until the result settles.
// (The array is passed as one argument, not spread over params object?[].)
JsValue report = await engine.InvokeAsync("report", (object)cities);
// Engine.ToClr converts back: objects to dictionaries, arrays to object?[], numbers to double.
var result = (Dictionary<string, object?>)Engine.ToClr(report)!;
foreach (var line in (object?[])result["lines"]!) Console.WriteLine(line);
Console.WriteLine($"warmest: {result["warmest"]}");

// Evaluate a script expression whose value is a promise: the same loop driving.
JsValue average = await engine.EvaluateAsync("average(readings)");
Console.WriteLine($"Oslo: {average.String}");

// A JS async generator walked from C#: each step drives the loop until next() settles.
await foreach (JsValue alert in engine.ToAsyncEnumerable(engine.Invoke("alerts", (object)cities, 15)))
    Console.WriteLine(alert.String);

// Errors both ways: the script catches a host Task's failure...
Console.WriteLine((await engine.InvokeAsync("lookup", "Atlantis")).String);
// ...and the host catches a script's rejection; when a host Task caused it, its .NET exception
// is the inner exception.
try
{
    await engine.EvaluateAsync("temperature('Atlantis')");
}
catch (JsException e)
{
    Console.WriteLine($"host caught: {e.Message} (from {e.InnerException?.GetType().Name})");
}

Console.WriteLine($"the service served {weather.Requests} requests");

// Limits: a runaway script in an engine of its own stops at its TimeLimit; the host goes on.
var sandbox = new Engine(new EngineOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });
try
{
    sandbox.Evaluate("while (true) {}");
}
catch (OperationCanceledException) // ExecutionCancelledException, an OperationCanceledException
{
    Console.WriteLine("a runaway script was stopped by its TimeLimit");
}

// Items of an async stream as the script sees them: plain objects.
static async IAsyncEnumerable<Dictionary<string, object?>> ToScript(IAsyncEnumerable<Reading> readings)
{
    await foreach (var reading in readings) yield return reading.ToScript();
}
