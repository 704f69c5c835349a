using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.5.3 [[GeneratorState]]</summary>
internal enum GeneratorState : byte { SuspendedStart, SuspendedYield, Executing, Completed }

/// <summary>27.5 Generator instances: the state and the suspended frame (the frame's pc is the state machine's state).</summary>
internal sealed partial class GeneratorObject(JsObject prototype) : JsObject(prototype)
{
    internal override string ClassName => "Generator";
    /// <summary>[[GeneratorState]]: kept in the frame while there is one (a suspended generator is smaller), completed after.</summary>
    public GeneratorState State
    {
        get => Frame?.GeneratorState ?? GeneratorState.Completed;
        internal set { if (Frame is { } f) f.GeneratorState = value; }
    }
    /// <summary>[[GeneratorContext]]: the suspended frame; null once completed.</summary>
    internal Frame? Frame { get; set; }

    /// <summary>[[GeneratorState]] becomes completed; the context is gone for good.</summary>
    internal void Complete()
    {
        State = GeneratorState.Completed;
        Frame = null;
    }
}
