namespace Eventide.Runtime;

/// <summary>10.4.1 Bound Function Exotic Objects.</summary>
internal sealed class BoundFunction : JsFunction
{
    public JsFunction Target { get; }
    public JsValue BoundThis { get; }
    public JsValue[] BoundArguments { get; }

    public BoundFunction(Realm realm, JsFunction target, JsValue boundThis, JsValue[] boundArgs)
        : base(realm, target.GetPrototypeOf())
    {
        Target = target;
        BoundThis = boundThis;
        BoundArguments = boundArgs;
        _isConstructor = target.IsConstructor;
    }

    // Fixed at creation (10.4.1.3 step 6), and not asked of the target each time: binds may chain a million deep.
    private readonly bool _isConstructor;
    internal override bool IsConstructor => _isConstructor;

    /// <summary>The function a call of this one ends in: the target of the innermost bound function of a chain.</summary>
    internal JsFunction InnermostTarget
    {
        get
        {
            JsFunction f = this;
            while (f is BoundFunction b) f = b.Target; // a loop: binds may chain a million deep
            return f;
        }
    }

    /// <summary>The bound arguments followed by <paramref name="args"/>.</summary>
    internal JsValue[] Combine(ReadOnlySpan<JsValue> args)
    {
        var all = new JsValue[BoundArguments.Length + args.Length];
        BoundArguments.CopyTo(all, 0);
        args.CopyTo(all.AsSpan(BoundArguments.Length));
        return all;
    }

    /// <summary>10.4.1.1 [[Call]]; a chain of bound functions is followed in a loop, so a million chained binds still call.</summary>
    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        var f = this;
        while (true)
        {
            if (f.BoundArguments.Length > 0) args = f.Combine(args);
            if (f.Target is not BoundFunction inner) return f.Target.Call(f.BoundThis, args);
            f = inner;
        }
    }

    /// <summary>10.4.1.2 [[Construct]], looping over a chain of bound functions like [[Call]].</summary>
    internal override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var f = this;
        while (true)
        {
            if (ReferenceEquals(newTarget, f)) newTarget = f.Target;
            if (f.BoundArguments.Length > 0) args = f.Combine(args);
            if (f.Target is not BoundFunction inner) return f.Target.Construct(args, newTarget);
            f = inner;
        }
    }

    // ---- a lazily built "name" ----
    // Binding a bound function names it "bound " + the target's name: a chain of a million binds
    // would build a million ever longer strings (gigabytes). Such a name is kept as a count of
    // "bound " prefixes before a base string and built when first read, as V8's cons strings defer it.
    // Meanwhile its storage is exotic, so every read of "name" comes through GetOwnProperty, and its
    // shape comes from a private tree that only such functions use (no inline cache holds it); once
    // built, the name moves the object to a dictionary shape of its own.
    private int _pendingPrefixes;
    private string? _pendingBase;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsObject, Shape> PendingRoots = new();
    private static readonly Shape PendingRootWithoutPrototype = Shape.CreateRoot(null);

    /// <summary>SetFunctionName(F, targetName, "bound") when the target is itself a bound function.</summary>
    internal void SetLazyBoundName(BoundFunction target, JsValue targetName)
    {
        if (target._pendingBase is { } b) (_pendingPrefixes, _pendingBase) = (target._pendingPrefixes + 1, b);
        else (_pendingPrefixes, _pendingBase) = (1, targetName.IsString ? targetName.String : "");
        // Bind has given it exactly one own property so far, "length".
        var proto = Shape.Prototype;
        var root = proto is null ? PendingRootWithoutPrototype : PendingRoots.GetValue(proto, Shape.CreateRoot);
        Shape = root.AddProperty("length", Shape.FlagsAt(0)).AddProperty("name", PropertyFlags.Configurable);
        Slots = [Slots[0], ""];
    }

    /// <summary>The "name" value this function was given by bind, without building it.</summary>
    internal bool TryGetPendingName(out int prefixes, out string baseName)
    {
        (prefixes, baseName) = (_pendingPrefixes, _pendingBase!);
        return _pendingBase is not null;
    }

    internal void MaterializeName()
    {
        if (_pendingBase is null) return;
        var sb = new System.Text.StringBuilder(_pendingPrefixes * 6 + _pendingBase.Length);
        for (int i = 0; i < _pendingPrefixes; i++) sb.Append("bound ");
        sb.Append(_pendingBase);
        _pendingBase = null;
        Shape = Shape.ToDictionary();
        int slot = Shape.Lookup("name");
        if (slot >= 0) Slots[slot] = sb.ToString();
    }

    internal override bool HasPlainStorage => _pendingBase is null;

    private void MaterializeIfName(in PropertyKey key)
    {
        if (_pendingBase is not null && key.IsString && key.Name == "name") MaterializeName();
    }

    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        MaterializeIfName(key);
        return base.GetOwnProperty(key, out desc);
    }

    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        MaterializeIfName(key);
        return base.DefineOwnProperty(key, desc);
    }

    internal override bool Delete(in PropertyKey key)
    {
        MaterializeIfName(key);
        return base.Delete(key);
    }
}
