using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.2.6 [[PromiseState]]</summary>
public enum PromiseState { Pending, Fulfilled, Rejected }

/// <summary>A Promise instance (27.2.6 Properties of Promise Instances).</summary>
public sealed partial class JsPromise(JsObject prototype) : JsObject(prototype)
{
    public PromiseState State { get; internal set; } = PromiseState.Pending;
    /// <summary>[[PromiseResult]]: the value or reason once settled.</summary>
    public JsValue Result { get; internal set; }
    /// <summary>[[PromiseIsHandled]]</summary>
    public bool IsHandled { get; internal set; }
    public override string ClassName => "Promise";
}
