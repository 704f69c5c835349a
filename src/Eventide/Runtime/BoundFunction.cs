namespace Eventide.Runtime;

/// <summary>10.4.1 Bound Function Exotic Objects.</summary>
public sealed class BoundFunction : FunctionObject
{
    public FunctionObject Target { get; }
    public JsValue BoundThis { get; }
    public JsValue[] BoundArguments { get; }

    public BoundFunction(Realm realm, FunctionObject target, JsValue boundThis, JsValue[] boundArgs)
        : base(realm, target.GetPrototypeOf())
    {
        Target = target;
        BoundThis = boundThis;
        BoundArguments = boundArgs;
    }

    public override bool IsConstructor => Target.IsConstructor;

    private JsValue[] Combine(ReadOnlySpan<JsValue> args)
    {
        var all = new JsValue[BoundArguments.Length + args.Length];
        BoundArguments.CopyTo(all, 0);
        args.CopyTo(all.AsSpan(BoundArguments.Length));
        return all;
    }

    /// <summary>10.4.1.1 [[Call]]</summary>
    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args) =>
        Target.Call(BoundThis, BoundArguments.Length == 0 ? args : Combine(args));

    /// <summary>10.4.1.2 [[Construct]]</summary>
    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (ReferenceEquals(newTarget, this)) newTarget = Target;
        return Target.Construct(BoundArguments.Length == 0 ? args : Combine(args), newTarget);
    }
}
