namespace Eventide.Runtime;

internal sealed partial class Realm
{
    /// <summary>obj[name] lookups by receiver shape and key string (Interpreter.GetKeyed), made on first
    /// use: an engine that never reads a string key does not pay its 7 KB.</summary>
    internal Vm.KeyedLookupCache KeyedLookups => _keyedLookups ??= new();
    private Vm.KeyedLookupCache? _keyedLookups;

    /// <summary>Prototype intrinsics a constructor may fall back to (GetPrototypeFromConstructor's intrinsicDefaultProto).</summary>
    private static readonly Func<Realm, JsObject?>[] PrototypeIntrinsics =
    [
        r => r.ObjectPrototype, r => r.FunctionPrototype, r => r.ArrayPrototype, r => r.StringPrototype,
        r => r.NumberPrototype, r => r.BooleanPrototype, r => r.SymbolPrototype, r => r.BigIntPrototype,
        r => r.ErrorPrototype, r => r.GeneratorFunctionPrototype, r => r.AsyncFunctionPrototype,
        r => r.AsyncGeneratorFunctionPrototype, r => r.GeneratorPrototype, r => r.AsyncGeneratorPrototype,
        r => r.PromisePrototype, r => r.MapPrototype, r => r.SetPrototype, r => r.WeakMapPrototype,
        r => r.WeakSetPrototype, r => r.DatePrototype, r => r.RegExpPrototype, r => r.IteratorPrototype,
        r => r.ArrayBufferPrototype, r => r.SharedArrayBufferPrototype, r => r.DataViewPrototype, r => r.TypedArrayPrototype,
        r => r.DisposableStackPrototype, r => r.AsyncDisposableStackPrototype,
        r => r.WeakRefPrototype, r => r.FinalizationRegistryPrototype, r => r.ShadowRealmPrototype,
    ];

    /// <summary>
    /// The intrinsic of <paramref name="target"/> that plays the role <paramref name="intrinsic"/>
    /// plays in its own realm (10.1.14 GetPrototypeFromConstructor step 3: "realm's intrinsic").
    /// The owning realm is found from the running realm or the intrinsic's "constructor".
    /// </summary>
    public static JsObject IntrinsicCounterpart(Realm target, JsObject intrinsic)
    {
        if (Current is { } current && current.TryCounterpart(target, intrinsic, out var found)) return found;
        if (intrinsic.GetOwnDataValue("constructor").AsFunction?.Realm is { } owner && owner.TryCounterpart(target, intrinsic, out found))
            return found;
        return intrinsic;
    }

    private bool TryCounterpart(Realm target, JsObject intrinsic, out JsObject result)
    {
        result = intrinsic;
        if (ReferenceEquals(target, this)) return true;
        for (int i = 0; i < ErrorPrototypes.Length; i++)
        {
            if (!ReferenceEquals(ErrorPrototypes[i], intrinsic)) continue;
            result = target.ErrorPrototypes[i] ?? intrinsic;
            return true;
        }
        for (int i = 0; i < TypedArrayPrototypes.Length; i++)
        {
            if (!ReferenceEquals(TypedArrayPrototypes[i], intrinsic)) continue;
            result = target.TypedArrayPrototypes[i] ?? intrinsic;
            return true;
        }
        foreach (var select in PrototypeIntrinsics)
        {
            if (!ReferenceEquals(select(this), intrinsic)) continue;
            result = select(target) ?? intrinsic;
            return true;
        }
        return false;
    }
}
