using Eventide.Cli;

namespace Eventide.Tests;

/// <summary>The eventide command's stdout, stderr and exit code, compared with what node 20 prints.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) RunFile(string source, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-cli-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, source);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = CommandLine.Execute([.. options, path], stdout, stderr);
            // The expectations are node's stderr; Eventide's footer names itself where node's names node.
            return (code, stdout.ToString(), stderr.ToString().Replace(path, "FILE").Replace(ErrorReporter.Footer, "Node.js v20.20.2"));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void UncaughtErrorPrintsThrowSiteAndStackAndExitsWithOne()
    {
        var (code, output, err) = RunFile("function inner() {\n  throw new Error('boom');\n}\nfunction outer() { inner(); }\nconsole.log('before');\nouter();\n");
        Assert.Equal(1, code);
        Assert.Equal("before\n", output);
        Assert.Equal("FILE:2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at inner (FILE:2:9)\n    at outer (FILE:4:20)\n    at Object.<anonymous> (FILE:6:1)\n\nNode.js v20.20.2\n", err);
    }

    /// <summary>node's report of uncaught errors of many shapes (node 20's stderr, less its node:internal frames).</summary>
    [Theory]
    [InlineData("class MyError extends Error { constructor(m) { super(m); this.name = 'MyError' } }\nfunction go() { throw new MyError('boom'); }\ngo();\n",
        "FILE:2\nfunction go() { throw new MyError('boom'); }\n                ^\n\nMyError: boom\n    at go (FILE:2:23)\n    at Object.<anonymous> (FILE:3:1)\n\nNode.js v20.20.2\n")]
    [InlineData("class P extends Error {}\nP.prototype.name = 'PName';\nthrow new P('proto name');\n",
        "FILE:3\nthrow new P('proto name');\n^\n\nPName: proto name\n    at Object.<anonymous> (FILE:3:7)\n\nNode.js v20.20.2\n")]
    [InlineData("const e = new Error('first');\ne.message = 'second';\nthrow e;\n",
        "FILE:3\nthrow e;\n^\n\nError: second\n    at Object.<anonymous> (FILE:1:11)\n\nNode.js v20.20.2\n")]
    [InlineData("const e = new TypeError('t');\ne.stack = 'overwritten stack';\nthrow e;\n",
        "FILE:3\nthrow e;\n^\n\n[overwritten stack]\n\nNode.js v20.20.2\n")]
    [InlineData("const e = new Error('no stack'); delete e.stack; throw e;\n",
        "FILE:1\nconst e = new Error('no stack'); delete e.stack; throw e;\n                                                 ^\n\n[Error: no stack]\n\nNode.js v20.20.2\n")]
    [InlineData("class ValidationError extends Error {}\nValidationError.prototype.name = 'ValidationError';\nclass Sub extends ValidationError { constructor() { super('sub'); this.code = 'E_SUB'; } }\nthrow new Sub();\n",
        "FILE:4\nthrow new Sub();\n^\n\nSub [ValidationError]: sub\n    at Object.<anonymous> (FILE:4:7) {\n  code: 'E_SUB'\n}\n\nNode.js v20.20.2\n")]
    [InlineData("class E extends Error { constructor() { super('e'); this.name = 'CustomName'; } }\nPromise.reject(new E());\n",
        "FILE:2\nPromise.reject(new E());\n               ^\n\nCustomName: e\n    at Object.<anonymous> (FILE:2:16)\n\nNode.js v20.20.2\n")]
    [InlineData("Error.stackTraceLimit = 0; throw new Error('no frames');\n",
        "FILE:1\nError.stackTraceLimit = 0; throw new Error('no frames');\n                           ^\n\n[Error: no frames]\n\nNode.js v20.20.2\n")]
    [InlineData("Error.stackTraceLimit = 'off'; throw new RangeError('no capture');\n",
        "FILE:1\nError.stackTraceLimit = 'off'; throw new RangeError('no capture');\n                               ^\n\n[RangeError: no capture]\n\nNode.js v20.20.2\n")]
    [InlineData("function a() { b() } function b() { c() } function c() { throw new Error('deep') }\nError.stackTraceLimit = 2; a();\n",
        "FILE:1\nfunction a() { b() } function b() { c() } function c() { throw new Error('deep') }\n                                                         ^\n\nError: deep\n    at c (FILE:1:64)\n    at b (FILE:1:37)\n\nNode.js v20.20.2\n")]
    [InlineData("const e = new Error('m');\ne.name = 'Renamed';\ne.extra = 42;\nthrow e;\n",
        "FILE:4\nthrow e;\n^\n\nRenamed: m\n    at Object.<anonymous> (FILE:1:11) {\n  extra: 42\n}\n\nNode.js v20.20.2\n")]
    [InlineData("function f() {\n  eval(\"\\n\\nnull.x\");\n}\nf();\n",
        "<anonymous_script>:3\nnull.x\n     ^\n\nTypeError: Cannot read properties of null (reading 'x')\n    at eval (eval at f (FILE:2:3), <anonymous>:3:6)\n    at f (FILE:2:3)\n    at Object.<anonymous> (FILE:4:1)\n\nNode.js v20.20.2\n")]
    [InlineData("Function(\"a\", \"\\nreturn a.b.c\")(1);\n",
        "<anonymous_script>:4\nreturn a.b.c\n           ^\n\nTypeError: Cannot read properties of undefined (reading 'c')\n    at eval (eval at <anonymous> (FILE:1:1), <anonymous>:4:12)\n    at Object.<anonymous> (FILE:1:32)\n\nNode.js v20.20.2\n")]
    [InlineData("function f() {\n  [].reduce((a, b) => a);\n}\nf();\n",
        "FILE:2\n  [].reduce((a, b) => a);\n     ^\n\nTypeError: Reduce of empty array with no initial value\n    at Array.reduce (<anonymous>)\n    at f (FILE:2:6)\n    at Object.<anonymous> (FILE:4:1)\n\nNode.js v20.20.2\n")]
    [InlineData("JSON.parse('[1,\\n2,]');\n",
        "<anonymous_script>:2\n2,]\n  ^\n\nSyntaxError: Unexpected token ']', \"[1,\n2,]\" is not valid JSON\n    at JSON.parse (<anonymous>)\n    at Object.<anonymous> (FILE:1:6)\n\nNode.js v20.20.2\n")]
    [InlineData("JSON.parse('{');\n",
        "<anonymous_script>:1\n{\n\nSyntaxError: Expected property name or '}' in JSON at position 1\n    at JSON.parse (<anonymous>)\n    at Object.<anonymous> (FILE:1:6)\n\nNode.js v20.20.2\n")]
    public void UncaughtErrorsPrintAsNodePrintsThem(string source, string expected)
    {
        var (code, _, err) = RunFile(source);
        Assert.Equal(1, code);
        Assert.Equal(expected, err);
    }

    [Fact]
    public void BinaryOperatorErrorIsPlacedAtTheOperatorAsInNode()
    {
        // Found by differential fuzzing: the caret and column were at the left operand's start.
        var (code, _, err) = RunFile("const big = 1n;\nconst n = (big)  +  1;\n");
        Assert.Equal(1, code);
        Assert.StartsWith("FILE:2\nconst n = (big)  +  1;\n                 ^\n\nTypeError: Cannot mix BigInt and other types, use explicit conversions\n    at Object.<anonymous> (FILE:2:18)\n", err);
    }

    [Fact]
    public void ProcessExitStopsAtOnceWithItsCode()
    {
        var (code, output, _) = RunFile("process.on('exit', c => console.log('exit', c));\ntry { console.log('a'); process.exit(4); } finally { console.log('no finally'); }\n");
        Assert.Equal(4, code);
        Assert.Equal("a\nexit 4\n", output);
    }

    [Fact]
    public void ExitCodeIsUsedWhenTheLoopEnds()
    {
        var (code, output, _) = RunFile("process.exitCode = 3;\nsetTimeout(() => console.log(process.argv.length >= 2, process.exitCode), 1);\n");
        Assert.Equal(3, code);
        Assert.Equal("true 3\n", output);
    }

    [Fact]
    public void UnhandledRejectionReportsLikeNodeAndExitsWithOne()
    {
        var (code, output, err) = RunFile("console.log('a');\nPromise.reject(new Error('boom'));\nsetTimeout(() => console.log('never'), 0);\n");
        Assert.Equal(1, code);
        Assert.Equal("a\n", output);
        Assert.Equal("FILE:2\nPromise.reject(new Error('boom'));\n               ^\n\nError: boom\n    at Object.<anonymous> (FILE:2:16)\n\nNode.js v20.20.2\n", err);
    }

    [Fact]
    public void RequireLoadsFilesJsonPackagesAndBuiltinsLikeNode()
    {
        // Expected output from node 20 on the same files.
        var dir = Directory.CreateTempSubdirectory("eventide-modules-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "node_modules", "pkg", "lib"));
            File.WriteAllText(Path.Combine(dir, "helper.js"), "exports.double = (x) => x * 2;\nconst main = require('./main.js');\nexports.circular = () => typeof main;\n");
            File.WriteAllText(Path.Combine(dir, "data.json"), "{ \"name\": \"json-data\" }");
            File.WriteAllText(Path.Combine(dir, "node_modules", "pkg", "package.json"), "{ \"main\": \"lib/entry.js\" }");
            File.WriteAllText(Path.Combine(dir, "node_modules", "pkg", "lib", "entry.js"), "module.exports = { hello: () => 'pkg hello' };");
            File.WriteAllText(Path.Combine(dir, "main.js"), """
                const EventEmitter = require('events');
                const { format } = require('node:util');
                const helper = require('./helper');
                console.log(helper.double(21), require('./data.json').name, require('pkg').hello(), module.id, require.main === module);
                console.log(require('./helper') === helper, helper.circular());
                const e = new EventEmitter();
                e.on('x', (a, b) => console.log('x', a, b));
                console.log(e.emit('x', 1, 2), e.emit('nothing'), e.listenerCount('x'));
                require('timers/promises').setTimeout(5, 'later').then((v) => console.log('timers/promises', v));
                console.log(format('%s=%d', 'n', 42));
                try { require('./missing'); } catch (err) { console.log(err.code, /^[^\n]*/.exec(err.message)[0]); }
                """);
            var stdout = new StringWriter();
            int code = CommandLine.Execute([Path.Combine(dir, "main.js")], stdout, new StringWriter());
            Assert.Equal(0, code);
            Assert.Equal("42 json-data pkg hello . true\ntrue object\nx 1 2\ntrue false 1\nn=42\nMODULE_NOT_FOUND Cannot find module './missing'\ntimers/promises later\n", stdout.ToString());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void RequireFollowsPackageExportsLikeNode()
    {
        // date-fns/constants, zod/v4 and the like: "exports" picks the CommonJS file and hides the rest.
        // Expected output from node 20 on the same files.
        var dir = Directory.CreateTempSubdirectory("eventide-exports-").FullName;
        try
        {
            string pkg = Path.Combine(dir, "node_modules", "pkg");
            Directory.CreateDirectory(Path.Combine(pkg, "dist", "feature"));
            Directory.CreateDirectory(Path.Combine(pkg, "lib"));
            Directory.CreateDirectory(Path.Combine(dir, "node_modules", "@sc", "pk"));
            File.WriteAllText(Path.Combine(pkg, "package.json"), """
                { "main": "lib/legacy.js", "exports": { ".": { "import": "./dist/index.mjs", "require": "./dist/index.cjs" }, "./feature/*": "./dist/feature/*.js", "./feature/internal/*": null, "./sub": [{ "worker": "./nope.js" }, "./dist/sub.js"], "./package.json": "./package.json" } }
                """);
            File.WriteAllText(Path.Combine(pkg, "lib", "legacy.js"), "module.exports = 'legacy main';");
            File.WriteAllText(Path.Combine(pkg, "dist", "index.cjs"), "module.exports = 'cjs entry';");
            File.WriteAllText(Path.Combine(pkg, "dist", "sub.js"), "module.exports = 'sub';");
            File.WriteAllText(Path.Combine(pkg, "dist", "feature", "a.js"), "module.exports = 'feature a';");
            File.WriteAllText(Path.Combine(dir, "node_modules", "@sc", "pk", "package.json"), "{ \"exports\": \"./main.js\" }");
            File.WriteAllText(Path.Combine(dir, "node_modules", "@sc", "pk", "main.js"), "module.exports = 'scoped';");
            File.WriteAllText(Path.Combine(dir, "main.js"), """
                console.log(require('pkg'), require('pkg/feature/a'), require('pkg/sub'), require('pkg/package.json').main, require('@sc/pk'));
                for (const r of ['pkg/lib/legacy.js', 'pkg/feature/internal/x', '@sc/pk/main.js']) {
                  try { require(r); } catch (err) { console.log(err.code, err.message.replace(__dirname, '.')); }
                }
                """);
            var stdout = new StringWriter();
            int code = CommandLine.Execute([Path.Combine(dir, "main.js")], stdout, new StringWriter());
            Assert.Equal(0, code);
            Assert.Equal("""
                cjs entry feature a sub lib/legacy.js scoped
                ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './lib/legacy.js' is not defined by "exports" in ./node_modules/pkg/package.json
                ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './feature/internal/x' is not defined by "exports" in ./node_modules/pkg/package.json
                ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './main.js' is not defined by "exports" in ./node_modules/@sc/pk/package.json

                """, stdout.ToString());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void RequireKnowsModulesByTheirRealPathLikeNode()
    {
        // pnpm's layout: node_modules/pkg links to .pnpm/pkg@1.0.0/node_modules/pkg, whose dependency
        // sits beside its real folder only. Expected output from node 20 on the same files.
        var dir = Directory.CreateTempSubdirectory("eventide-links-").FullName;
        try
        {
            string store = Path.Combine(dir, "node_modules", ".pnpm", "pkg@1.0.0", "node_modules");
            Directory.CreateDirectory(Path.Combine(store, "pkg"));
            Directory.CreateDirectory(Path.Combine(store, "dep"));
            Directory.CreateDirectory(Path.Combine(dir, "src"));
            File.WriteAllText(Path.Combine(store, "pkg", "package.json"), "{\"main\":\"index.js\"}");
            File.WriteAllText(Path.Combine(store, "pkg", "index.js"), """
                const dep = require('dep');
                module.exports = { dep, file: __filename, dir: __dirname, loads: (globalThis.loads = (globalThis.loads || 0) + 1) };
                """);
            File.WriteAllText(Path.Combine(store, "dep", "index.js"), "module.exports = 'dep via the real path';");
            File.CreateSymbolicLink(Path.Combine(dir, "node_modules", "pkg"), ".pnpm/pkg@1.0.0/node_modules/pkg");
            File.CreateSymbolicLink(Path.Combine(dir, "src", "linked.js"), "../node_modules/.pnpm/pkg@1.0.0/node_modules/pkg/index.js");
            File.WriteAllText(Path.Combine(dir, "main.js"), """
                const root = __dirname + '/';
                const pkg = require('pkg');
                const linked = require('./src/linked.js');
                console.log(pkg.dep, pkg.file.replace(root, ''), pkg.dir.replace(root, ''), pkg.loads);
                console.log(linked === pkg, require.resolve('pkg').replace(root, ''), require.resolve('./src/linked').replace(root, ''));
                """);
            var stdout = new StringWriter();
            int code = CommandLine.Execute([Path.Combine(dir, "main.js")], stdout, new StringWriter());
            Assert.Equal(0, code);
            Assert.Equal("""
                dep via the real path node_modules/.pnpm/pkg@1.0.0/node_modules/pkg/index.js node_modules/.pnpm/pkg@1.0.0/node_modules/pkg 1
                true node_modules/.pnpm/pkg@1.0.0/node_modules/pkg/index.js node_modules/.pnpm/pkg@1.0.0/node_modules/pkg/index.js

                """, stdout.ToString());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void RequireCacheIsNodesModuleCache()
    {
        // delete require.cache[require.resolve(x)] reloads x (hot reloading, test runners).
        // Expected output from node 20 on the same files.
        var dir = Directory.CreateTempSubdirectory("eventide-cache-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "counter.js"), "module.exports = { n: (globalThis.n = (globalThis.n || 0) + 1) };");
            File.WriteAllText(Path.Combine(dir, "main.js"), """
                const root = __dirname + '/';
                const a = require('./counter');
                const key = require.resolve('./counter');
                console.log(a.n, require('./counter') === a, Object.keys(require.cache).map(k => k.replace(root, '')), Object.getPrototypeOf(require.cache));
                console.log(require.cache[key].exports === a, require.cache[key].id.replace(root, ''), require.cache[key].loaded, require.cache[__filename] === module);
                delete require.cache[key];
                const b = require('./counter');
                console.log(b.n, b === a, key in require.cache, require.cache[key].exports === b);
                require.cache[key] = { exports: 'replaced in the cache' };
                console.log(require('./counter'));
                """);
            var stdout = new StringWriter();
            int code = CommandLine.Execute([Path.Combine(dir, "main.js")], stdout, new StringWriter());
            Assert.Equal(0, code);
            Assert.Equal("""
                1 true [ 'main.js', 'counter.js' ] null
                true counter.js true true
                2 false true true
                replaced in the cache

                """, stdout.ToString());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void UncaughtPrimitiveIsShownWithNodesHint()
    {
        var (code, _, err) = RunFile("throw 42;\n");
        Assert.Equal(1, code);
        Assert.Equal("\nFILE:1\nthrow 42;\n^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n", err);
    }

    [Fact]
    public void SyntaxErrorShowsLineAndCaret()
    {
        var (code, output, err) = RunFile("let x = 1;\nlet y = ;\n");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("FILE:2\nlet y = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n", err);
    }

    [Fact]
    public void MissingFileIsNodesCannotFindModule()
    {
        var stderr = new StringWriter();
        int code = CommandLine.Execute(["/nonexistent/x.js"], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.StartsWith("Error: Cannot find module '/nonexistent/x.js'", stderr.ToString());
    }

    [Fact]
    public void DeepRecursionEndsInRangeErrorNotACrash()
    {
        var (code, _, err) = RunFile("function f() { return f() + 1 }\nf();\n");
        Assert.Equal(1, code);
        Assert.Contains("RangeError: Maximum call stack size exceeded", err);
    }

    [Fact]
    public void TopLevelIsAModuleScopeAsInNode()
    {
        var (code, output, _) = RunFile("var v = 1;\nconsole.log(typeof this, globalThis.v, typeof module, typeof exports, new.target);\n");
        Assert.Equal(0, code);
        Assert.Equal("object undefined object object undefined\n", output);
    }

    [Fact]
    public void ExplainShowsAGeneratorAsAStateMachine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-explain-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, "function* complexGenerator(x) {\n  const a = yield x + 1;\n  const b = yield a + 2;\n  return b + 3;\n}\nfunction plain() {}\n");
        try
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Execute(["explain", path, "--function", "complexGenerator"], stdout, new StringWriter()));
            var text = stdout.ToString();
            Assert.Contains("x, a, b", text);
            Assert.Contains("runs lines 1-2, then yields at `yield x + 1`", text);
            Assert.Contains("state 2  suspended at line 3", text);
            Assert.Contains("returns `b + 3`", text);
            Assert.DoesNotContain("state 3", text);
            Assert.DoesNotContain("function plain", text);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ExplainBytecodeListsEachFunctionsInstructions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-bytecode-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, "function* g(n) { for (let i = 0; i < n; i++) yield i; }\nfor (const x of g(2)) console.log(x);\n");
        try
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Execute(["explain", path, "--bytecode"], stdout, new StringWriter()));
            var text = stdout.ToString();
            Assert.Contains("(top level)", text);
            Assert.Matches(@"\d+: IteratorStep \d+", text);
            Assert.Contains("function g [Generator]", text);
            Assert.Matches(@"\d+: Yield", text);
            var one = new StringWriter();
            Assert.Equal(0, CommandLine.Execute(["explain", path, "--bytecode", "--function", "g"], one, new StringWriter()));
            Assert.DoesNotContain("(top level)", one.ToString());
            Assert.Contains("InitialYield", one.ToString());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ExplainAndTraceShowAModuleWithTopLevelAwait()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-module-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(path, "const v = await new Promise((r) => setTimeout(() => r(5), 10));\nconsole.log('resumed', v);\nawait null;\nexport async function f() { await 1; }\n");
        try
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Execute(["explain", path], stdout, new StringWriter()));
            var text = stdout.ToString();
            Assert.StartsWith($"module body    [ES module with top-level await, {path}]", text);
            Assert.Contains("runs line 1, then awaits `await new Promise((r) => setTimeout(() => r(5), 10))`", text);
            Assert.Contains("state 2  suspended at line 3", text);
            Assert.Contains("the module is evaluated: its evaluation promise is resolved", text);
            Assert.Contains("export async function f() { await 1; }    [async function", text);

            var trace = new StringWriter();
            Assert.Equal(0, CommandLine.Execute(["--virtual-time", "--trace", path], new StringWriter(), trace));
            string uri = new Uri(path).AbsoluteUri;
            Assert.Contains($"module: loads and links {path}", trace.ToString());
            Assert.Contains($"top-level await resumes the evaluation of module {uri} at line 1 (fulfilled)", trace.ToString());
            Assert.Contains($"top-level await resumes the evaluation of module {uri} at line 3 (fulfilled)", trace.ToString());
            Assert.Contains($"module evaluation of {uri} (fulfilled)", trace.ToString());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void HeapLimitAbortsLikeNode()
    {
        var (code, _, err) = RunFile("const a = []; try { for (;;) a.push(new Array(10000).fill(1)); } finally { console.log('never'); }\n", "--max-old-space-size=64");
        Assert.Equal(134, code);
        Assert.Contains("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", err);
    }

    /// <summary>process.emitWarning: node's stderr lines (the hint after the first only) and 'warning' listeners on the next tick.</summary>
    [Fact]
    public void WarningsPrintAsNodePrintsThem()
    {
        var (code, output, err) = RunFile("""
            process.on('warning', (w) => console.log('listener', w.name, w.message, w.code, w.detail));
            process.emitWarning('first');
            process.emitWarning('custom', 'CustomWarning', 'C001');
            process.emitWarning(new Error('an error'));
            process.emitWarning('details', { type: 'X', code: 'Y', detail: 'more' });
            try { process.emitWarning(5); } catch (e) { console.log(e.code, e.message); }
            console.log('sync end');
            """);
        Assert.Equal(0, code);
        Assert.Equal("""
            ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received type number (5)
            sync end
            listener Warning first undefined undefined
            listener CustomWarning custom C001 undefined
            listener Error an error undefined undefined
            listener X details Y more

            """, output);
        Assert.Equal("""
            (node:PID) Warning: first
            (Use `node --trace-warnings ...` to show where the warning was created)
            (node:PID) [C001] CustomWarning: custom
            (node:PID) Error: an error
            (node:PID) [Y] X: details
            more

            """, System.Text.RegularExpressions.Regex.Replace(err, @"\(node:\d+\)", "(node:PID)"));
        var (_, _, deprecation) = RunFile("process.emitWarning('d', 'DeprecationWarning', 'DEP0');\n");
        Assert.Equal("(node:PID) [DEP0] DeprecationWarning: d\n(Use `node --trace-deprecation ...` to show where the warning was created)\n",
            System.Text.RegularExpressions.Regex.Replace(deprecation, @"\(node:\d+\)", "(node:PID)"));
    }
}
