namespace Eventide.Tests;

/// <summary>
/// EngineOptions.Deterministic (eventide --deterministic): virtual time, the clocks from a fixed
/// instant moving with the virtual clock, Math.random and crypto seeded; the same seed prints the
/// same bytes, another seed does not.
/// </summary>
public class DeterministicTests
{
    /// <summary>Timers, intervals, promises, Date, performance, Math.random and crypto, all printed.</summary>
    private const string AsyncProgram = """
        const crypto = require('crypto');
        const t0 = Date.now();
        console.log(new Date().toISOString(), Math.random(), crypto.randomUUID(), performance.now());
        setTimeout(async () => {
          await null;
          console.log('a', Date.now() - t0, Math.random(), crypto.randomBytes(8).toString('hex'), performance.now(), process.hrtime());
        }, 150);
        setTimeout(() => console.log('b', new Date().toISOString(), crypto.getRandomValues(new Uint32Array(2)), crypto.randomInt(1000)), 1000);
        let n = 0;
        const interval = setInterval(() => { console.log('i', Date.now() - t0, Math.random()); if (++n === 3) clearInterval(interval); }, 100);
        console.time('t'); setTimeout(() => console.timeEnd('t'), 42);
        """;

    private static string Run(string source, DeterministicOptions deterministic)
    {
        var output = new StringWriter();
        var engine = new Engine(new EngineOptions { Stdout = output, Stderr = output, Runtime = JsRunner.Node(), Deterministic = deterministic, TimeLimit = TimeSpan.FromMinutes(1) });
        engine.RunMain(source, Path.Combine(Path.GetTempPath(), "deterministic.js"));
        engine.RunEventLoop();
        return output.ToString();
    }

    [Fact]
    public void TheSameSeedPrintsTheSameBytes()
    {
        string first = Run(AsyncProgram, new DeterministicOptions { Seed = 42 });
        string second = Run(AsyncProgram, new DeterministicOptions { Seed = 42 });
        Assert.Equal(first, second);
        Assert.StartsWith("2000-01-01T00:00:00.000Z 0.", first);
        Assert.Contains("\nt: 42ms\n", first);
        Assert.Contains("\nb 2000-01-01T00:00:01.000Z Uint32Array(2) [", first);
    }

    [Fact]
    public void AnotherSeedGivesOtherRandomValues()
    {
        string first = Run(AsyncProgram, new DeterministicOptions { Seed = 1 });
        string second = Run(AsyncProgram, new DeterministicOptions { Seed = 2 });
        Assert.NotEqual(first, second);
        // Only the random values differ: the callbacks run in the same order.
        static string Order(string output) => string.Join('\n', output.Split('\n').Select(line => line.Split(' ')[0]));
        Assert.Equal(Order(first), Order(second));
    }

    [Fact]
    public void DateAdvancesExactlyByTheTimersDelays()
    {
        string output = Run("""
            const start = Date.now();
            const seen = [];
            const at = label => seen.push(`${label}:${Date.now() - start}:${performance.now()}`);
            setTimeout(() => { at('t25'); setTimeout(() => at('t25+40'), 40); }, 25);
            setTimeout(() => at('t10'), 10);
            setTimeout(() => at('t1000'), 1000);
            // However long the script runs, the clocks do not move until the loop moves them.
            let x = 0; for (let i = 0; i < 200000; i++) x += i;
            at('sync');
            setTimeout(() => console.log(start, new Date(start).toISOString(), seen.join(' ')), 2000);
            """, new DeterministicOptions { Start = new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.Zero) });
        Assert.Equal("1709208000000 2024-02-29T12:00:00.000Z sync:0:0 t10:10:10 t25:25:25 t25+40:65:65 t1000:1000:1000\n", output);
    }

    [Fact]
    public void MathRandomIsSeededWithoutTheNodeRuntime()
    {
        string Sample(ulong seed)
        {
            var engine = new Engine(new EngineOptions { Deterministic = new DeterministicOptions { Seed = seed } });
            return engine.Execute("const r = Array.from({ length: 1000 }, Math.random); [r.every(x => x >= 0 && x < 1), new Set(r).size, Date.now(), r[0]].join()").String;
        }
        string first = Sample(7);
        Assert.Equal(first, Sample(7));
        Assert.NotEqual(first, Sample(8));
        Assert.StartsWith("true,1000,946684800000,", first);
    }
}
