using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>.NET objects in scripts: [JsExport] classes (generated), JsClass&lt;T&gt;, the conversion table and the deny-by-default rule.</summary>
public class HostObjectsTests
{
    private static Engine NewEngine(bool fastLoop = true) =>
        new(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, FastLoop = fastLoop });

    private static (Engine Engine, Greeter Greeter) WithGreeter(bool fastLoop = true)
    {
        var engine = NewEngine(fastLoop);
        var greeter = new Greeter("Ada");
        engine.SetValue("g", greeter);
        engine.SetValue("Greeter", Greeter.JsClass);
        return (engine, greeter);
    }

    private static string Run(Engine engine, string source) => Operations.ToString(engine.Evaluate(source));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PropertiesReadAndWriteTheDotNetObject(bool fastLoop)
    {
        var (engine, greeter) = WithGreeter(fastLoop);
        Assert.Equal("Ada", Run(engine, "g.name"));
        Assert.Equal("Bob|Greeter Bob", Run(engine, "g.name = 'Bob'; g.name + '|' + g.fullTitle"));
        Assert.Equal("Bob", greeter.Name);
        Assert.Equal("null|Bo", Run(engine, "const before = g.nickname; g.nickname = 'Bo'; before + '|' + g.nickname"));
        Assert.Equal("Bo", greeter.Nickname);
        Assert.Equal("null", Run(engine, "g.nickname = undefined; g.nickname"));
        Assert.Null(greeter.Nickname);
        // A getter-only property: ignored in sloppy code, a TypeError in strict code (as for a JS getter).
        Assert.Equal("0", Run(engine, "g.greetings = 5; g.greetings"));
        Assert.Equal("TypeError", Run(engine, "(() => { 'use strict'; try { g.greetings = 5 } catch (e) { return e.name } })()"));
        Assert.Equal("1", Run(engine, "let n = 0; for (let i = 0; i < 3; i++) n = g.day; n"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MethodsConvertArgumentsAndResults(bool fastLoop)
    {
        var (engine, greeter) = WithGreeter(fastLoop);
        Assert.Equal("Hello Bob, I am Ada!", Run(engine, "g.greet('Bob')"));
        Assert.Equal("Hello Bob, I am Ada?", Run(engine, "g.greet('Bob', '?')"));
        Assert.Equal(2, greeter.Greetings);
        Assert.Equal("1|2|greet", Run(engine, "[g.greet.length, g.add.length, g.greet.name].join('|')"));
        Assert.Equal("5000050000", Run(engine, "let s = 0; for (let i = 1; i <= 100000; i++) s = g.add(s, i); s"));
        Assert.Equal("14|21", Run(engine, "g.scale(7) + '|' + g.scale(7, 3)"));
        Assert.Equal("Ada knows Eve", Run(engine, "g.describe(new Greeter('Eve'))"));
    }

    [Fact]
    public async Task AsyncMethodsReturnPromises()
    {
        var (engine, _) = WithGreeter();
        var result = await engine.EvaluateAsync("""
            (async () => {
              const p = g.fetchAsync(5);
              const kind = p instanceof Promise;
              const fetched = await p;
              const waited = await g.waitAsync(1);
              g.greet('x');
              const count = await g.countAsync();
              let failure;
              try { await g.failLaterAsync() } catch (e) { failure = e.message }
              return [kind, fetched, waited, count, failure].join('|');
            })()
            """);
        Assert.Equal("true|Ada fetched||1|later failure", Operations.ToString(result));
    }

    [Fact]
    public async Task AsyncMethodsGetTheEnginesToken()
    {
        using var cancellation = new CancellationTokenSource();
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, CancellationToken = cancellation.Token });
        engine.SetValue("g", new Greeter("Ada"));
        var pending = engine.EvaluateAsync("g.fetchAsync(60000).then(() => 'done', e => e.name)");
        cancellation.CancelAfter(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void IndexersAreElementAccess()
    {
        var engine = NewEngine();
        var cells = new Cells();
        engine.SetValue("row", cells);
        Assert.Equal("1|2|3|undefined", Run(engine, "[row[0], row[1], row[2], row[3]].map(String).join('|')"));
        Assert.Equal("9", Run(engine, "row[1] = 9; row[1]"));
        Assert.Equal(9, cells[1]);
        Assert.Equal("0,1,2|true|false", Run(engine, "Object.keys(row) + '|' + (2 in row) + '|' + (3 in row)"));
        Assert.Equal("4|7", Run(engine, "row.push(7); row.count + '|' + row[3]"));
        Assert.Equal("Row", Run(engine, "row.constructor.name"));
        Assert.Equal("TypeError", Run(engine, "(() => { 'use strict'; try { row[10] = 1 } catch (e) { return e.name } })()"));
        Assert.Equal("Error|a cell cannot hold NaN", Run(engine, "try { row[0] = NaN } catch (e) { e.name + '|' + e.message }"));
    }

    [Fact]
    public void EventsCallListenersAddedWithOn()
    {
        var (engine, greeter) = WithGreeter();
        engine.Execute("""
            var log = [];
            function onRenamed(old) { log.push(old + '->' + this.name) }
            g.on('renamed', onRenamed).on('ticked', (n, what) => log.push(what + n));
            g.rename('Bea');
            """);
        greeter.Tick(2);   // raised by the host on the engine's idle thread: queued, not run now
        engine.Execute("g.tick(1); g.off('renamed', onRenamed); g.rename('Cy')");
        Assert.Equal("Ada->Bea,tick1", Run(engine, "log.join()"));
        Assert.Equal("TypeError|ERR_INVALID_ARG_VALUE|The argument 'eventName' must be one of: 'renamed', 'ticked'. Received 'nope'",
            Run(engine, "try { g.on('nope', () => {}) } catch (e) { [e.name, e.code, e.message].join('|') }"));
        Assert.Equal("The \"listener\" argument must be of type function. Received type number (1)",
            Run(engine, "try { g.on('ticked', 1) } catch (e) { e.message }"));
    }

    [Fact]
    public async Task EventsRaisedOnOtherThreadsRunOnTheLoop()
    {
        var (engine, greeter) = WithGreeter();
        engine.SetValue("raiseSoon", (Func<JsValue[], Task<JsValue>>)(async _ =>
        {
            await Task.Run(() => greeter.Tick(7));
            await Task.Delay(20);
            return JsValue.Undefined;
        }));
        var result = await engine.EvaluateAsync("""
            (async () => {
              const seen = [];
              g.on('ticked', n => seen.push(n));
              await raiseSoon();
              return seen.join();
            })()
            """);
        Assert.Equal("7", Operations.ToString(result));
    }

    [Fact]
    public void ConstructorsAndStaticMembers()
    {
        var (engine, _) = WithGreeter();
        Greeter.Created = 0;
        Assert.Equal("Hello x, I am Zed!|true", Run(engine, "const z = new Greeter('Zed'); z.greet('x') + '|' + (z instanceof Greeter)"));
        Assert.Equal("Yan|2", Run(engine, "Greeter.create('Yan').name + '|' + Greeter.created"));
        Assert.Equal("5", Run(engine, "Greeter.created = 5; Greeter.created"));
        Assert.Equal(5, Greeter.Created);
        Assert.Equal("TypeError: Class constructor Greeter cannot be invoked without 'new'", Run(engine, "try { Greeter('x') } catch (e) { String(e) }"));
        Assert.Equal("true|true|Hi, Sub", Run(engine, """
            class Loud extends Greeter { shout(w) { return this.greet(w).toUpperCase() } }
            const l = new Loud('Sub');
            [l instanceof Loud, l instanceof Greeter, 'Hi, ' + l.name].join('|')
            """));
        Assert.Equal("HELLO A, I AM SUB!", Run(engine, "l.shout('a')"));
    }

    [Fact]
    public void ExportedSubclassesHaveTheirBasesMembers()
    {
        var engine = NewEngine();
        engine.SetValue("loud", new LoudGreeter("Max"));
        Assert.Equal("HELLO AL, I AM MAX!|Max|LoudGreeter", Run(engine, "[loud.shout('Al'), loud.name, loud.constructor.name].join('|')"));
    }

    [Fact]
    public void GeneratedCodeHandlesNestingKeywordsOverloadsAndDefaults()
    {
        var engine = NewEngine();
        engine.SetValue("o", new Nesting.Options());
        Assert.Equal("true|false", Run(engine, "const d = o.default; o.default = false; d + '|' + o.default"));
        // Overloads share a JavaScript name: the first declared one has it; [JsName] names another.
        Assert.Equal("int 3|ab", Run(engine, "o.pick(3) + '|' + o.pickText('a', 'b')"));
        Assert.Equal("Tuesday|c|1.5|null|1099511627776", Run(engine, "o.defaults()"));
        Assert.Equal("Sunday|x|2|t|5", Run(engine, "o.defaults(0, 'x', 2, 't', 5)"));
        Assert.Equal("0", Run(engine, "o.defaults.length"));
        Assert.Equal("Double|String|null|Undefined|Dictionary`2|Object", Run(engine, "[o.anything(1, 's'), o.anything(null), o.anything({}, {})].join('|')"));
    }

    [Fact]
    public void ConsoleLogShowsHostObjectsAsClassInstances()
    {
        var output = new StringWriter();
        var engine = new Engine(new EngineOptions { Stdout = output, Stderr = TextWriter.Null });
        engine.SetValue("g", new Greeter("Ada"));
        engine.SetValue("row", new Cells());
        engine.Execute("console.log(g); g.tag = 1; console.log(g); console.log(row)");
        Assert.Equal("Greeter {}\nGreeter { tag: 1 }\nRow { '0': 1, '1': 2, '2': 3 }\n", output.ToString());
    }

    [Fact]
    public void ClassesWithoutAConstructorCannotBeNewed()
    {
        var engine = NewEngine();
        var plain = new JsClass<Cells>("Plain").Property("count", c => c.Count);
        engine.SetValue("Plain", plain);
        engine.SetValue("p", engine.Wrap(new Cells(), plain));
        Assert.Equal("TypeError: Illegal constructor|3", Run(engine, "let r; try { new Plain() } catch (e) { r = String(e) } r + '|' + p.count"));
    }

    [Fact]
    public void WrappersKeepTheirIdentity()
    {
        var (engine, greeter) = WithGreeter();
        engine.SetValue("again", greeter);
        Assert.Equal("true|true|true", Run(engine, "[g === again, g.self() === g, Object.getPrototypeOf(g) === Object.getPrototypeOf(new Greeter('n'))].join('|')"));
        Assert.Same(greeter, engine.ToClr<Greeter>(engine.Evaluate("g.self()")));
        Assert.Same(greeter, Engine.ToClr(engine.Evaluate("g")));
        Assert.Equal("added", Run(engine, "g.extra = 'added'; again.extra"));
    }

    [Fact]
    public void ClrValuesBecomeJavaScriptValues()
    {
        var engine = NewEngine();
        var date = new DateTime(2024, 2, 29, 12, 30, 0, DateTimeKind.Utc);
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
        engine.SetValue("v", new Dictionary<string, object?>
        {
            ["s"] = "text", ["i"] = 42, ["l"] = 1L << 40, ["d"] = 1.5, ["f"] = 0.5f, ["m"] = 2.25m, ["b"] = true, ["c"] = 'x',
            ["bytes"] = new byte[] { 1, 2 }, ["list"] = new List<string> { "a", "b" }, ["nested"] = new Dictionary<string, int> { ["k"] = 1 },
            ["day"] = Weekday.Tuesday, ["id"] = id, ["none"] = null, ["big"] = new System.Numerics.BigInteger(1) << 70,
        });
        engine.SetValue("when", date);
        engine.SetValue("offset", new DateTimeOffset(2024, 2, 29, 14, 30, 0, TimeSpan.FromHours(2)));
        Assert.Equal("""{"s":"text","i":42,"l":1099511627776,"d":1.5,"f":0.5,"m":2.25,"b":true,"c":"x","bytes":[1,2],"list":["a","b"],"nested":{"k":1},"day":2,"id":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","none":null}""",
            Run(engine, "const { big, ...rest } = v; JSON.stringify(rest)"));
        Assert.Equal("bigint|true", Run(engine, "typeof v.big + '|' + (v.big === 2n ** 70n)"));
        Assert.Equal("2024-02-29T12:30:00.000Z|2024-02-29T12:30:00.000Z|true", Run(engine, "[when.toISOString(), offset.toISOString(), when instanceof Date].join('|')"));
        Assert.Throws<ArgumentException>(() => engine.SetValue("r", new Random()));
        Assert.Throws<ArgumentException>(() => engine.SetValue("t", typeof(string)));
    }

    [Fact]
    public void JavaScriptValuesBecomeClrValues()
    {
        var (engine, greeter) = WithGreeter();
        JsValue Eval(string s) => engine.Evaluate(s);
        Assert.Equal("x", engine.ToClr<string>(Eval("'x'")));
        Assert.Equal(42, engine.ToClr<int>(Eval("42")));
        Assert.Equal(1L << 40, engine.ToClr<long>(Eval("2 ** 40")));
        Assert.Equal(1L << 60, engine.ToClr<long>(Eval("2n ** 60n")));
        Assert.Equal(2.5m, engine.ToClr<decimal>(Eval("2.5")));
        Assert.True(engine.ToClr<bool>(Eval("true")));
        Assert.Equal('z', engine.ToClr<char>(Eval("'z'")));
        Assert.Equal(Weekday.Tuesday, engine.ToClr<Weekday>(Eval("'Tuesday'")));
        Assert.Equal(Weekday.Sunday, engine.ToClr<Weekday>(Eval("0")));
        Assert.Equal(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc), engine.ToClr<DateTime>(Eval("new Date(Date.UTC(2024, 1, 29))")));
        Assert.Equal(DateTimeKind.Utc, engine.ToClr<DateTime>(Eval("new Date(0)")).Kind);
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), engine.ToClr<Guid>(Eval("'6f9619ff-8b86-d011-b42d-00cf4fc964ff'")));
        Assert.Null(engine.ToClr<int?>(Eval("undefined")));
        Assert.Equal(3, engine.ToClr<int?>(Eval("3")));
        Assert.Equal([1, 2, 3], engine.ToClr<int[]>(Eval("[1, 2, 3]")));
        Assert.Equal(["a", "b"], engine.ToClr<List<string>>(Eval("['a', 'b']")));
        Assert.Equal(new Dictionary<string, double> { ["a"] = 1, ["b"] = 2 }, engine.ToClr<Dictionary<string, double>>(Eval("({ a: 1, b: 2 })")));
        Assert.Same(greeter, engine.ToClr<Greeter>(Eval("g")));
        Assert.IsType<JsArray>(engine.ToClr<JsObject>(Eval("[]")));
        Assert.Equal(new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Utc), Engine.ToClr(Eval("new Date(1000)")));
        // Generated methods read their arguments with the same rules, whatever the element type.
        Assert.Equal("[2,4]|{\"ab\":2,\"c\":1}|6", Run(engine, "JSON.stringify(g.doubled([1, 2])) + '|' + JSON.stringify(g.lengths(['ab', 'c'])) + '|' + g.total({ a: 1, b: 5 })"));
        Assert.Equal("2024-03-01T00:00:00.000Z", Run(engine, "g.nextDay(new Date(Date.UTC(2024, 1, 29))).toISOString()"));
        Assert.Equal("2|Tuesday", Run(engine, "g.day = 'Tuesday'; g.day") + "|" + greeter.Day);
    }

    [Theory]
    [InlineData("g.greet(42)", "TypeError|ERR_INVALID_ARG_TYPE|The \"who\" argument must be of type string. Received type number (42)")]
    [InlineData("g.greet()", "TypeError|ERR_INVALID_ARG_TYPE|The \"who\" argument must be of type string. Received undefined")]
    [InlineData("g.add(1, '2')", "TypeError|ERR_INVALID_ARG_TYPE|The \"b\" argument must be of type number. Received type string ('2')")]
    [InlineData("g.scale(1.5)", "RangeError|ERR_OUT_OF_RANGE|The value of \"value\" is out of range. It must be an integer. Received 1.5")]
    [InlineData("g.scale(2 ** 40)", "RangeError|ERR_OUT_OF_RANGE|The value of \"value\" is out of range. It must be >= -2147483648 && <= 2147483647. Received 1099511627776")]
    [InlineData("g.describe({})", "TypeError|ERR_INVALID_ARG_TYPE|The \"other\" argument must be an instance of Greeter. Received an instance of Object")]
    [InlineData("g.doubled([1, 'x'])", "TypeError|ERR_INVALID_ARG_TYPE|The \"values[1]\" argument must be of type number. Received type string ('x')")]
    [InlineData("g.total({ a: true })", "TypeError|ERR_INVALID_ARG_TYPE|The \"counts.a\" property must be of type number. Received type boolean (true)")]
    [InlineData("g.name = 42", "TypeError|ERR_INVALID_ARG_TYPE|The \"Greeter.name\" property must be of type string. Received type number (42)")]
    [InlineData("g.day = 'Friday'", "TypeError|ERR_INVALID_ARG_VALUE|The argument 'Greeter.day' must be one of: 'Sunday', 'Monday', 'Tuesday'. Received 'Friday'")]
    [InlineData("g.fail()", "Error|undefined|greeter is broken")]
    [InlineData("Object.getOwnPropertyDescriptor(Greeter.prototype, 'name').get.call({})", "TypeError|undefined|Illegal invocation")]
    [InlineData("Greeter.prototype.greet.call(1, 'x')", "TypeError|undefined|Illegal invocation")]
    public void WrongArgumentsThrowNodesErrors(string call, string expected)
    {
        var (engine, _) = WithGreeter();
        Assert.Equal(expected, Run(engine, $"try {{ {call}; 'no error' }} catch (e) {{ [e.name, e.code, e.message].map(String).join('|') }}"));
    }

    [Fact]
    public void HostExceptionsReachTheHostBehindTheScriptsError()
    {
        var (engine, _) = WithGreeter();
        var thrown = Assert.Throws<JsException>(() => engine.Evaluate("g.fail()"));
        Assert.Contains("greeter is broken", thrown.Message);
    }

    [Fact]
    public void ScriptsReachNothingOfDotNet()
    {
        var (engine, _) = WithGreeter();
        // The constructor chain ends at JavaScript's Function: its global, nothing more.
        Assert.Equal("true", Run(engine, "g.constructor.constructor('return this')() === globalThis"));
        Assert.Equal("true|true", Run(engine, "[Object.getPrototypeOf(Object.getPrototypeOf(g)) === Object.prototype, g.__proto__.__proto__.__proto__ === null].join('|')"));
        // Only the exported members exist: no GetType, ToString internals, ignored members or fields.
        Assert.Equal("add,constructor,countAsync,day,describe,doubled,fail,failLaterAsync,fetchAsync,fullTitle,greet,greetings,leak,lengths,name,nextDay,nickname,off,on,rename,scale,self,tick,total,waitAsync",
            Run(engine, "Object.getOwnPropertyNames(Object.getPrototypeOf(g)).sort().join()"));
        Assert.Equal("create,created,length,name,prototype", Run(engine, "Object.getOwnPropertyNames(Greeter).sort().join()"));
        Assert.Equal("|undefined|undefined|undefined|undefined|undefined", Run(engine, "[Object.getOwnPropertyNames(g).join(), g.GetType, g.getType, g.secret, g.Secret, g.toString.call.GetType].map(String).join('|')"));
        Assert.Equal("[object Greeter]|{}|Greeter", Run(engine, "[String(g), JSON.stringify(g), g.constructor.name].join('|')"));
        // Getters and methods applied to other objects, or the prototype itself, throw instead of reaching a target.
        Assert.Equal("Illegal invocation|Illegal invocation", Run(engine, """
            const proto = Object.getPrototypeOf(g);
            const fake = Object.create(proto);
            [(() => { try { return fake.name } catch (e) { return e.message } })(), (() => { try { return proto.greet('x') } catch (e) { return e.message } })()].join('|')
            """));
        // Rewiring prototypes changes only the JavaScript side.
        Assert.Equal("Ada|undefined", Run(engine, "const other = {}; Object.setPrototypeOf(other, Object.getPrototypeOf(g)); let r; try { other.name } catch { r = 'Ada' } Object.setPrototypeOf(g, null); r + '|' + g.name"));
        // A host member returning an unexposed .NET object (here a System.Type) fails in the host's conversion.
        Assert.Equal("Error|Cannot convert RuntimeType to a JavaScript value", Run(engine, "try { Greeter.prototype.leak.call(new Greeter('x')) } catch (e) { e.name + '|' + e.message.split(':')[0] }"));
    }
}
