using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.6.2 [[AsyncGeneratorState]]</summary>
internal enum AsyncGeneratorState { SuspendedStart, SuspendedYield, Executing, AwaitingReturn, Completed }

/// <summary>27.6.3.1 AsyncGeneratorRequest Records: a next/throw/return call waiting for its turn.</summary>
internal readonly record struct AsyncGeneratorRequest(ResumeKind Completion, JsValue Value, PromiseCapability Capability);

/// <summary>27.6 AsyncGenerator instances: the state, the request queue and the suspended frame.</summary>
internal sealed class AsyncGeneratorObject(JsObject prototype) : JsObject(prototype)
{
    internal override string ClassName => "AsyncGenerator";
    public AsyncGeneratorState State { get; internal set; } = AsyncGeneratorState.SuspendedStart;
    /// <summary>[[AsyncGeneratorQueue]]</summary>
    internal Queue<AsyncGeneratorRequest> Queue { get; } = new();
    /// <summary>[[AsyncGeneratorContext]]: the suspended frame; null once completed.</summary>
    internal Frame? Frame { get; set; }
    /// <summary>
    /// The reaction an await in the body registers, made once: the body awaits one promise at a
    /// time and runs again only from that reaction's job, so one record serves every await.
    /// </summary>
    internal AsyncGeneratorStep? BodyStep;
}
