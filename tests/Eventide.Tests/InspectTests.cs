using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>console.log / util.inspect formatting; every expectation was checked against node 20.</summary>
public class InspectTests
{
    private static string Log(string expression) => JsRunner.Run($"console.log({expression});");

    [Theory]
    [InlineData("'top'", "top\n")]
    [InlineData("['nested']", "[ 'nested' ]\n")]
    [InlineData("[\"it's\"]", "[ \"it's\" ]\n")]
    [InlineData("['it\\'s \"q\"']", "[ `it's \"q\"` ]\n")]
    [InlineData("['a\\nb\\\\c\\x7f']", "[ 'a\\nb\\\\c\\x7F' ]\n")]
    [InlineData("-0, 0, 1n, 1e21, 1.5", "-0 0 1n 1e+21 1.5\n")]
    [InlineData("Symbol('x'), Symbol(), [Symbol('y')]", "Symbol(x) Symbol() [ Symbol(y) ]\n")]
    [InlineData("null, undefined, true", "null undefined true\n")]
    public void Primitives(string expression, string expected) => Assert.Equal(expected, Log(expression));

    [Theory]
    [InlineData("[ , 1, , , 2, , ]", "[ <1 empty item>, 1, <2 empty items>, 2, <1 empty item> ]\n")]
    [InlineData("{a:{b:{c:{d:1}}}}", "{ a: { b: { c: [Object] } } }\n")]
    [InlineData("[[[[1]]]]", "[ [ [ [Array] ] ] ]\n")]
    [InlineData("{ 'a-b': 1, 3: 4, [Symbol('s')]: 5 }", "{ '3': 4, 'a-b': 1, [Symbol(s)]: 5 }\n")]
    [InlineData("{ get g(){return 1}, set s(v){}, get gs(){return 1}, set gs(v){} }", "{ g: [Getter], s: [Setter], gs: [Getter/Setter] }\n")]
    [InlineData("{__proto__: null}", "[Object: null prototype] {}\n")]
    [InlineData("{__proto__: {__proto__: null}}", "Object <[Object: null prototype] {}> {}\n")]
    [InlineData("new (class Foo { constructor(){ this.x = 1; } })()", "Foo { x: 1 }\n")]
    [InlineData("{ [Symbol.toStringTag]: 'foo' }", "{ [Symbol(Symbol.toStringTag)]: 'foo' }\n")]
    [InlineData("new (class T { get [Symbol.toStringTag]() { return 'Tee'; } })()", "T [Tee] {}\n")]
    [InlineData("(function(){ return arguments; })(1, 2)", "[Arguments] { '0': 1, '1': 2 }\n")]
    [InlineData("function*(){}()", "Object [Generator] {}\n")]
    public void Objects(string expression, string expected) => Assert.Equal(expected, Log(expression));

    [Theory]
    [InlineData("function f(){}", "[Function: f]\n")]
    [InlineData("() => {}", "[Function (anonymous)]\n")]
    [InlineData("class A {}", "[class A]\n")]
    [InlineData("class {}", "[class (anonymous)]\n")]
    [InlineData("(() => { class A {} return class B extends A {} })()", "[class B extends A]\n")]
    [InlineData("(() => { function f() {} f.a = 1; return f; })()", "[Function: f] { a: 1 }\n")]
    public void Functions(string expression, string expected) => Assert.Equal(expected, Log(expression));

    [Fact]
    public void CircularReferencesAreNumbered()
    {
        Assert.Equal("<ref *1> { self: [Circular *1], arr: [ [Circular *1] ] }\n",
            JsRunner.Run("const o = {}; o.self = o; o.arr = [o]; console.log(o);"));
    }

    [Fact]
    public void LongArraysAreGroupedInColumnsAndTruncatedAt100()
    {
        var output = JsRunner.Run("const a = []; for (let i = 0; i < 120; i++) a.push(i); console.log(a);");
        Assert.StartsWith("[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n", output);
        Assert.EndsWith("  96, 97, 98, 99,\n  ... 20 more items\n]\n", output);
    }

    [Fact]
    public void ErrorsPrintTheirStackAndExtraProperties()
    {
        var output = JsRunner.Run("""
            const e = new Error('boom'); e.stack = 'Error: boom\n    at foo (/x.js:1:1)'; e.code = 'X';
            console.log(e); console.log({ e });
            """);
        Assert.Equal("Error: boom\n    at foo (/x.js:1:1) {\n  code: 'X'\n}\n{\n  e: Error: boom\n      at foo (/x.js:1:1) {\n    code: 'X'\n  }\n}\n", output);
    }

    [Fact]
    public void PromisesShowTheirState()
    {
        var output = JsRunner.Run("""
            console.log(Promise.resolve('hello'), new Promise(() => {}));
            const r = Promise.reject(3); r.catch(() => {}); console.log(r);
            """);
        Assert.Equal("Promise { 'hello' } Promise { <pending> }\nPromise { <rejected> 3 }\n", output);
    }

    [Fact]
    public void MapsAndSets()
    {
        Assert.Equal("Map(2) { 'a' => 1, { x: 1 } => [ 1, 2 ] } Set(1) { 1 } Map(0) {}\n",
            Log("new Map([['a', 1], [{x:1}, [1,2]]]), new Set([1]), new Map()"));
        Assert.Equal("[Map Entries] { [ 'a', 1 ] } WeakMap { <items unknown> }\n", Log("new Map([['a', 1]]).entries(), new WeakMap()"));
    }

    [Theory]
    [InlineData("'%s is %d years', 'Bob', 42.5", "Bob is 42.5 years\n")]
    [InlineData("'%i %f %%', 42.9, '3.5x'", "42 3.5 %\n")]
    [InlineData("'%j', {a:[1]}", "{\"a\":[1]}\n")]
    [InlineData("'%c styled %s', 'color: red', 'x'", " styled x\n")]
    [InlineData("'%x %', 1", "%x % 1\n")]
    [InlineData("'%s', 1n", "1n\n")]
    [InlineData("'%d', 1n", "1n\n")]
    [InlineData("5, '%s', 'x'", "5 %s x\n")]
    [InlineData("'%o', [1]", "[ 1, [length]: 1 ]\n")]
    public void FormatSpecifiers(string args, string expected) => Assert.Equal(expected, Log(args));

    [Fact]
    public void GroupsIndentEveryLine()
    {
        Assert.Equal("A\n  x\n  {\n    a: 'a long enough string to break the line',\n    b: 'another long enough string'\n  }\nout\n",
            JsRunner.Run("console.group('A'); console.log('x'); console.log({ a: 'a long enough string to break the line', b: 'another long enough string' }); console.groupEnd(); console.log('out');"));
    }

    [Fact]
    public void CountAndDir()
    {
        Assert.Equal("default: 1\ndefault: 2\nx: 1\n{ a: [Object] }\n",
            JsRunner.Run("console.count(); console.count(); console.count('x'); console.dir({ a: { b: 1 } }, { depth: 0 });"));
    }

    [Fact]
    public void DeepNestingDoesNotOverflowTheStack()
    {
        var output = JsRunner.Run("let a = []; for (let i = 0; i < 200000; i++) a = [a]; console.dir(a, { depth: null }); console.log('done');");
        Assert.Contains("Inspection interrupted prematurely. Maximum call stack size exceeded.", output);
        Assert.EndsWith("done\n", output);
    }

    [Theory]
    [InlineData(1.5, "1.5ms")]
    [InlineData(0.0004, "0ms")]
    [InlineData(1500, "1.500s")]
    [InlineData(61500, "1:01.500 (m:ss.mmm)")]
    [InlineData(3723004, "1:02:03.004 (h:mm:ss.mmm)")]
    public void TimerDurationsFormatLikeNode(double ms, string expected) => Assert.Equal(expected, ConsoleObject.FormatTime(ms));

    [Fact]
    public void InspectOptionsApply()
    {
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var value = engine.Execute("({ a: [1, 2, 3], b: 'x' })");
        Assert.Equal("{\n  a: [\n    1,\n    2,\n    3\n  ],\n  b: 'x'\n}", Inspector.Inspect(engine.Realm, value, new InspectOptions { Compact = 0 }));
        Assert.Equal("{ a: [ 1, ... 2 more items ], b: 'x' }", Inspector.Inspect(engine.Realm, value, new InspectOptions { MaxArrayLength = 1 }));
    }

    /// <summary>Programs/NAME.cjs run as CommonJS modules (they require 'util') and must print what node prints.</summary>
    [Theory]
    [InlineData("util-inspect")]
    [InlineData("util-sorted")]
    [InlineData("typed-arrays-inspect")]
    public void UtilModuleProgramPrintsWhatNodePrints(string name)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Programs");
        var output = new StringWriter();
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = output, Stderr = TextWriter.Null, VirtualTime = true });
        engine.RunMain(File.ReadAllText(Path.Combine(dir, name + ".cjs")), Path.Combine(dir, name + ".cjs"));
        engine.RunEventLoop();
        Assert.Equal(File.ReadAllText(Path.Combine(dir, name + ".expected")), output.ToString());
    }

    private static (string Out, string Err) RunWithStderr(string source)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = output, Stderr = errors, VirtualTime = true });
        engine.Execute(source, "test.js");
        engine.RunEventLoop();
        return (output.ToString(), errors.ToString());
    }

    [Fact]
    public void WarnErrorAssertAndTraceWriteToStderr()
    {
        var (stdout, stderr) = RunWithStderr("""
            console.warn('w', { a: 1 }); console.error('e'); console.assert(false, 'msg %s', 'x'); console.assert(true, 'no');
            console.group(); console.error('a\nb'); console.groupEnd(); console.trace('t %d', 1);
            """);
        Assert.Equal("", stdout);
        Assert.StartsWith("w { a: 1 }\ne\nAssertion failed: msg x\n  a\n  b\nTrace: t 1\n    at ", stderr);
    }

    [Fact]
    public void ConsoleWarningsComeOnTheNextTickWithTheHintOnce()
    {
        var (stdout, stderr) = RunWithStderr("console.countReset('nope'); console.timeEnd('none'); console.log('sync');");
        Assert.Equal("sync\n", stdout);
        var lines = stderr.Split('\n');
        Assert.Matches(@"^\(node:\d+\) Warning: Count for 'nope' does not exist$", lines[0]);
        Assert.Equal("(Use `node --trace-warnings ...` to show where the warning was created)", lines[1]);
        Assert.Matches(@"^\(node:\d+\) Warning: No such label 'none' for console.timeEnd\(\)$", lines[2]);
    }

    [Fact]
    public void TableDrawsBoxes()
    {
        Assert.Equal("""
            ┌─────────┬───┬─────┐
            │ (index) │ a │ b   │
            ├─────────┼───┼─────┤
            │ 0       │ 1 │ 'x' │
            └─────────┴───┴─────┘

            """.Replace("\r", ""), JsRunner.Run("console.table([{ a: 1, b: 'x' }]);"));
    }

    /// <summary>How node names an unhandled rejection's reason (V8's NoSideEffectsToString).</summary>
    [Theory]
    [InlineData("({a:1})", "#<Object>")]
    [InlineData("new Map()", "#<Map>")]
    [InlineData("new (class Foo {})()", "#<Foo>")]
    [InlineData("Object.create(null)", "[object Object]")]
    [InlineData("new Date(0)", "[object Date]")]
    [InlineData("1n", "1")]
    [InlineData("(function f(){ return 1 })", "function f(){ return 1 }")]
    [InlineData("Object.assign(Object.create(Error.prototype), { message: 'm' })", "Error: m")]
    [InlineData("new Proxy({}, {})", "#<Object>")]
    public void NoSideEffectsToStringMatchesV8(string expression, string expected)
    {
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var value = engine.Execute(expression);
        Assert.Equal(expected, Inspector.NoSideEffectsToString(engine.Realm, value));
    }
}
