using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// One activation of a script function, on the heap. The registers hold locals and the operand
/// stack; a generator or async function suspends by keeping its frame (Pc is its state).
/// </summary>
public sealed class Frame
{
    public FunctionTemplate Template = null!;
    public ScriptFunction? Function;
    public Realm Realm = null!;
    public JsValue[] Regs = null!;
    public int Sp;
    public int Pc;
    public JsValue This;
    public JsValue NewTarget;
    public Context? Ctx;
    public int CtxDepth;
    /// <summary>The arguments as passed (kept for arguments objects, rest and complex parameters).</summary>
    public JsValue[]? Args;
    /// <summary>The frame below this one (its caller, or the frame that was running when a builtin re-entered).</summary>
    public Frame? Parent;
    /// <summary>Return pushes the result onto Parent's stack and continues there (a JS→JS call in one loop).</summary>
    public bool ReturnToParent;
    public bool IsConstruct;
    /// <summary>The generator or async function state that owns this frame, if any.</summary>
    public object? Owner;
    /// <summary>Set by Yield/Await: the frame stopped at a suspension point instead of returning.</summary>
    public bool Suspended;
    public bool Completed;
    /// <summary>Suspended inside yield*: the iterator record is on top of the stack and resumptions go to it.</summary>
    public bool Delegating;
    /// <summary>The instruction the frame last suspended at (Yield, Await, YieldDelegate, ...).</summary>
    public Compiling.OpCode SuspendedAt;
    /// <summary>A generator frame resumed inside its caller's loop, and how it hands back its result.</summary>
    public InlineResume Resumed;

    public int StackBase => Template.LocalCount;
}

/// <summary>How a generator frame resumed inside the caller's dispatch loop gives its yield or return back.</summary>
public enum InlineResume : byte
{
    None,
    /// <summary>for-of's IteratorStep: the value replaces the iterator record, or the loop exits.</summary>
    ForOf,
    /// <summary>A call of %GeneratorPrototype%.next: an iterator result object is pushed.</summary>
    NextCall,
}
