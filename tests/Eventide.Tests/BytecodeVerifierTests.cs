using Eventide.Compiling;
using Eventide.Host;

namespace Eventide.Tests;

/// <summary>
/// The bytecode verifier (run on every function the test suites compile, see VerifyAllBytecode)
/// must reject code that breaks the interpreter's assumptions, and accept what the compiler makes.
/// </summary>
public class BytecodeVerifierTests
{
    private static FunctionTemplate Template(int locals, int maxStack, int[] code, params HandlerEntry[] handlers)
    {
        var t = new FunctionTemplate { Name = "t", LocalCount = locals, MaxStack = maxStack, Handlers = handlers };
        t.SetCode(code);
        return t;
    }

    private static string Rejects(FunctionTemplate t, params int[] undefinedAtEntry) =>
        Assert.Throws<InvalidOperationException>(() => BytecodeVerifier.Verify(t, undefinedAtEntry)).Message;

    private const int LoadTrue = (int)OpCode.LoadTrue, LoadInt = (int)OpCode.LoadInt, Pop = (int)OpCode.Pop,
        JumpIfFalse = (int)OpCode.JumpIfFalse, Jump = (int)OpCode.Jump, Return = (int)OpCode.Return,
        ReturnUndefined = (int)OpCode.ReturnUndefined, LoadLocal = (int)OpCode.LoadLocal, StoreLocal = (int)OpCode.StoreLocal,
        Add = (int)OpCode.Add, Call = (int)OpCode.Call;

    [Fact]
    public void AcceptsWellFormedCode()
    {
        // if (true) r0 = 1; else r0 = 2; return r0 + r1   (r1 a parameter)
        int[] code = [LoadTrue, JumpIfFalse, 9, LoadInt, 1, StoreLocal, 0, Jump, 13, LoadInt, 2, StoreLocal, 0, LoadLocal, 0, LoadLocal, 1, Add, Return];
        BytecodeVerifier.Verify(Template(2, 3, code), [1]);
    }

    [Fact]
    public void RejectsDifferentStackDepthsAtAJoin()
    {
        // One branch leaves an extra value on the stack before the join.
        int[] code = [LoadTrue, JumpIfFalse, 5, LoadInt, 1, LoadInt, 2, ReturnUndefined];
        Assert.Contains("stack depth", Rejects(Template(0, 4, code)));
    }

    [Fact]
    public void RejectsAStackUnderflowIntoTheLocals()
    {
        Assert.Contains("pops 2 with 1", Rejects(Template(1, 4, [LoadTrue, Add, Return])));
        // Call's pops depend on its argc operand.
        Assert.Contains("pops 5", Rejects(Template(1, 4, [LoadTrue, LoadTrue, Call, 3, Return])));
    }

    [Fact]
    public void RejectsARegisterReadBeforeItIsWrittenOnSomePath()
    {
        // r0 (a temporary) is written on one branch only, then read.
        int[] code = [LoadTrue, JumpIfFalse, 7, LoadInt, 1, StoreLocal, 0, LoadLocal, 0, Return];
        Assert.Contains("reads register 0 before it is written", Rejects(Template(1, 3, code)));
        // ...unless the frame starts with it undefined (a var or parameter).
        BytecodeVerifier.Verify(Template(1, 3, code), [0]);
    }

    [Fact]
    public void RejectsMoreStackThanTheFrameAllocates()
    {
        Assert.Contains("more than the frame's", Rejects(Template(0, 2, [LoadTrue, LoadTrue, LoadTrue, Pop, Pop, Return])));
    }

    [Fact]
    public void RejectsJumpsIntoTheMiddleOfAnInstruction()
    {
        Assert.Contains("not an instruction", Rejects(Template(0, 3, [Jump, 3, LoadInt, 7, Return])));
    }

    [Fact]
    public void RejectsRegisterOperandsOutsideTheLocals()
    {
        Assert.Contains("not a local", Rejects(Template(1, 3, [LoadLocal, 5, Return])));
    }

    [Fact]
    public void FollowsExceptionHandlers()
    {
        // try { r0 = 1; throw } catch (e) { return r0 }: r0 is not written when LoadInt throws.
        int[] code = [LoadInt, 1, StoreLocal, 0, LoadTrue, (int)OpCode.Throw, Pop, LoadLocal, 0, Return];
        var handler = new HandlerEntry(0, 6, 6, HandlerKind.Catch, 0, 0, -1, -1);
        Assert.Contains("reads register 0", Rejects(Template(1, 3, code, handler)));
    }

    [Fact]
    public void EveryCompiledFunctionHasItsControlTargetsChecked()
    {
        // The dispatch loop reads code unchecked: these run on every function built, verifier on or off.
        static string Unsafe(int[] code, params HandlerEntry[] handlers) =>
            Assert.Throws<InvalidOperationException>(() => BytecodeVerifier.CheckControlTargets(Template(0, 3, code, handlers))).Message;
        Assert.Contains("target 3 is not an instruction", Unsafe([Jump, 3, LoadInt, 7, Return]));
        Assert.Contains("target -1 is not an instruction", Unsafe([LoadTrue, JumpIfFalse, -1, ReturnUndefined]));
        Assert.Contains("target 9 is not an instruction", Unsafe([LoadTrue, JumpIfFalse, 9, ReturnUndefined]));
        Assert.Contains("operands run past the end", Unsafe([LoadTrue, Pop, LoadInt]));
        Assert.Contains("unknown opcode", Unsafe([LoadTrue, 9999, ReturnUndefined]));
        Assert.Contains("handler does not start at an instruction", Unsafe([LoadInt, 1, Return], new HandlerEntry(0, 2, 1, HandlerKind.Catch, 0, 0, -1, -1)));
        BytecodeVerifier.CheckControlTargets(Template(0, 3, [LoadTrue, JumpIfFalse, 5, LoadInt, 1, ReturnUndefined]));
    }

    [Fact]
    public void CompiledCodeEndsWithThePaddingTheLookAheadReads()
    {
        const string source = "let i = 0; i++;";
        var template = new ScriptCompiler(new SourceText("padding.js", source)).CompileScript(Eventide.Parsing.ScriptParser.Parse(source, "padding.js", false));
        Assert.Equal(template.CodeLength + FunctionTemplate.LookAheadPadding, template.Code.Length);
        Assert.All(template.Code[template.CodeLength..], op => Assert.Equal(ReturnUndefined, op));
        Assert.DoesNotContain("ReturnUndefined\n  " + template.CodeLength, Disassembler.Disassemble(template));
    }

    [Fact]
    public void EveryFunctionOfARealProgramVerifies()
    {
        // The module initializer turned verification on: compiling throws on any violation.
        Assert.True(BytecodeVerifier.Enabled);
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Programs", "frame-entry-paths.js"));
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, Stderr = TextWriter.Null, VirtualTime = true });
        engine.Execute(source, "frame-entry-paths.js");
        engine.RunEventLoop();
    }
}

/// <summary>The hole a let/const starts with is stored only where a TDZ check can read it.</summary>
public class TdzHoleTests
{
    /// <summary>The code of the function expression <paramref name="function"/>.</summary>
    private static string Disassembly(string function)
    {
        var source = "(" + function + ")";
        var template = new ScriptCompiler(new SourceText("tdz.js", source)).CompileScript(Eventide.Parsing.ScriptParser.Parse(source, "tdz.js", false));
        var functions = template.Constants.OfType<FunctionTemplate>().ToList();
        Assert.NotEmpty(functions);
        return string.Join("\n", functions.Select(Disassembler.Disassemble));
    }

    [Fact]
    public void AFunctionBodysConstUsedOnlyAfterItsDeclarationStartsWithoutTheHole()
    {
        Assert.DoesNotContain("LoadHole", Disassembly("function f(a) { const x = a + 1; let y = x; return y; }"));
        Assert.DoesNotContain("LoadHole", Disassembly("function f(a, ...rest) { const n = rest.length; return a + n; }"));
    }

    [Theory]
    [InlineData("function f() { try { x; } catch {} const x = 1; return x; }")] // a use before the declaration
    [InlineData("function f() { try { x = 2; } catch {} let x = 1; return x; }")] // an assignment before it
    [InlineData("function f() { let x = x + 1; }")] // inside its own initialiser
    [InlineData("function f(a = b, b) { return a; }")] // a later parameter in a default
    [InlineData("function f() { for (;;) { const x = g(); if (x) return x; } }")] // a block: its store also drops the last value
    [InlineData("function f() { const [x] = g(); return x; }")] // bound inside the pattern's iterator close
    public void TheHoleStaysWhereACheckOrABlockNeedsIt(string source) =>
        Assert.Contains("LoadHole", Disassembly(source));

    [Fact]
    public void UsesBeforeTheDeclarationStillThrow()
    {
        var result = JsRunner.Run("""
            function f() { try { x; } catch (e) { console.log(e.message); } const x = 1; return x; }
            function g() { try { y = 1; } catch (e) { console.log(e.message); } let y = 2; return y; }
            function h() { let a; [a] = [7]; ({ b: a } = { b: a + 1 }); return a; } // targets whose position the code generator does not know
            console.log(f(), g(), h());
            """);
        Assert.Equal("Cannot access 'x' before initialization\nCannot access 'y' before initialization\n1 2 8\n", result);
    }
}
