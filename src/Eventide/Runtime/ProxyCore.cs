using Eventide.Builtins;

namespace Eventide.Runtime;

/// <summary>
/// 10.5 Proxy Object Internal Methods: the traps and the invariant checks that keep a proxy
/// consistent with its target. Shared by <see cref="JsProxy"/> and <see cref="ProxyFunction"/>.
/// </summary>
internal sealed class ProxyCore(Realm realm, JsObject target, JsObject handler)
{
    /// <summary>[[ProxyTarget]] and [[ProxyHandler]]; both null once revoked.</summary>
    public JsObject? Target { get; private set; } = target;
    public JsObject? Handler { get; private set; } = handler;

    public void Revoke() { Target = null; Handler = null; }

    /// <summary>The target, or the TypeError a revoked proxy raises for <paramref name="operation"/>.</summary>
    public JsObject TargetOrThrow(string operation) =>
        Target ?? throw JsException.TypeError($"Cannot perform '{operation}' on a proxy that has been revoked");

    /// <summary>Steps 1-6 of every internal method: ValidateNonRevokedProxy and GetMethod(handler, trapName).</summary>
    private JsFunction? GetTrap(string trapName, out JsObject target, out JsObject handler)
    {
        handler = Handler ?? throw JsException.TypeError($"Cannot perform '{trapName}' on a proxy that has been revoked");
        target = Target!;
        var trap = handler.Get(trapName);
        if (trap.IsNullish) return null;
        if (trap.AsFunction is not { IsCallable: true } f)
            throw JsException.TypeError($"{Quoted(trap)} returned for property '{trapName}' of object '{Operations.DescribeForError(handler)}' is not a function");
        return f;
    }

    private static string Quoted(JsValue v) => $"'{DescriptorConversions.DisplayValue(v)}'";

    private static JsException Fail(string message) => JsException.TypeError(message);

    /// <summary>10.5.1 [[GetPrototypeOf]] ( )</summary>
    public JsObject? GetPrototypeOf()
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("getPrototypeOf", out var target, out var handler);
        if (trap is null) return target.GetPrototypeOf();
        var handlerProto = trap.Call(handler, [target]);
        if (!handlerProto.IsNull && handlerProto.AsObject is null)
            throw Fail("'getPrototypeOf' on proxy: trap returned neither object nor null");
        var result = handlerProto.AsObject;
        if (target.IsExtensible()) return result;
        if (!ReferenceEquals(result, target.GetPrototypeOf()))
            throw Fail("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
        return result;
    }

    /// <summary>10.5.2 [[SetPrototypeOf]] ( V )</summary>
    public bool SetPrototypeOf(JsObject? v)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("setPrototypeOf", out var target, out var handler);
        if (trap is null) return target.SetPrototypeOf(v);
        if (!Operations.ToBoolean(trap.Call(handler, [target, v is null ? JsValue.Null : v]))) return false;
        if (target.IsExtensible()) return true;
        if (!ReferenceEquals(v, target.GetPrototypeOf()))
            throw Fail("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
        return true;
    }

    /// <summary>10.5.3 [[IsExtensible]] ( )</summary>
    public bool IsExtensible()
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("isExtensible", out var target, out var handler);
        if (trap is null) return target.IsExtensible();
        bool result = Operations.ToBoolean(trap.Call(handler, [target]));
        bool targetResult = target.IsExtensible();
        if (result != targetResult)
            throw Fail($"'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{(targetResult ? "true" : "false")}')");
        return result;
    }

    /// <summary>10.5.4 [[PreventExtensions]] ( )</summary>
    public bool PreventExtensions()
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("preventExtensions", out var target, out var handler);
        if (trap is null) return target.PreventExtensions();
        bool result = Operations.ToBoolean(trap.Call(handler, [target]));
        if (result && target.IsExtensible())
            throw Fail("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
        return result;
    }

    /// <summary>10.5.5 [[GetOwnProperty]] ( P )</summary>
    public bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("getOwnPropertyDescriptor", out var target, out var handler);
        if (trap is null) return target.GetOwnProperty(key, out desc);
        var trapResultObj = trap.Call(handler, [target, key.ToJsValue()]);
        if (!trapResultObj.IsUndefined && trapResultObj.AsObject is null)
            throw Fail($"'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '{key}'");
        bool targetHas = target.GetOwnProperty(key, out var targetDesc);
        if (trapResultObj.IsUndefined)
        {
            desc = default;
            if (!targetHas) return false;
            if (!targetDesc.Configurable)
                throw Fail($"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{key}' which is non-configurable in the proxy target");
            if (!target.IsExtensible())
                throw Fail($"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{key}' which exists in the non-extensible proxy target");
            return false;
        }
        bool extensibleTarget = target.IsExtensible();
        var resultDesc = DescriptorConversions.ToPropertyDescriptor(trapResultObj);
        DescriptorConversions.CompletePropertyDescriptor(ref resultDesc);
        if (!DescriptorConversions.IsCompatiblePropertyDescriptor(extensibleTarget, resultDesc, targetHas, targetDesc))
            throw Fail($"'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '{key}' that is incompatible with the existing property in the proxy target");
        if (!resultDesc.Configurable)
        {
            if (!targetHas || targetDesc.Configurable)
                throw Fail($"'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '{key}' which is either non-existent or configurable in the proxy target");
            if (resultDesc.Has(DescriptorFields.Writable) && !resultDesc.Writable && targetDesc.Writable)
                throw Fail($"'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '{key}' which is non-configurable, non-writable in the proxy target");
        }
        desc = resultDesc;
        return true;
    }

    /// <summary>10.5.6 [[DefineOwnProperty]] ( P, Desc )</summary>
    public bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("defineProperty", out var target, out var handler);
        if (trap is null) return target.DefineOwnProperty(key, desc);
        var descObj = DescriptorConversions.FromPropertyDescriptor(Realm.Current ?? realm, true, desc);
        if (!Operations.ToBoolean(trap.Call(handler, [target, key.ToJsValue(), descObj]))) return false;
        bool targetHas = target.GetOwnProperty(key, out var targetDesc);
        bool extensibleTarget = target.IsExtensible();
        bool settingConfigFalse = desc.Has(DescriptorFields.Configurable) && !desc.Configurable;
        if (!targetHas)
        {
            if (!extensibleTarget)
                throw Fail($"'defineProperty' on proxy: trap returned truish for adding property '{key}'  to the non-extensible proxy target");
            if (settingConfigFalse)
                throw Fail($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which is either non-existent or configurable in the proxy target");
            return true;
        }
        if (!DescriptorConversions.IsCompatiblePropertyDescriptor(extensibleTarget, desc, targetHas, targetDesc))
            throw Fail($"'defineProperty' on proxy: trap returned truish for adding property '{key}'  that is incompatible with the existing property in the proxy target");
        if (settingConfigFalse && targetDesc.Configurable)
            throw Fail($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which is either non-existent or configurable in the proxy target");
        if (!targetDesc.IsAccessor && !targetDesc.Configurable && targetDesc.Writable
            && desc.Has(DescriptorFields.Writable) && !desc.Writable)
            throw Fail($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.");
        return true;
    }

    /// <summary>10.5.7 [[HasProperty]] ( P )</summary>
    public bool HasProperty(in PropertyKey key)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("has", out var target, out var handler);
        if (trap is null) return target.HasProperty(key);
        bool result = Operations.ToBoolean(trap.Call(handler, [target, key.ToJsValue()]));
        if (!result && target.GetOwnProperty(key, out var targetDesc))
        {
            if (!targetDesc.Configurable)
                throw Fail($"'has' on proxy: trap returned falsish for property '{key}' which exists in the proxy target as non-configurable");
            if (!target.IsExtensible())
                throw Fail($"'has' on proxy: trap returned falsish for property '{key}' but the proxy target is not extensible");
        }
        return result;
    }

    /// <summary>10.5.8 [[Get]] ( P, Receiver )</summary>
    public JsValue Get(in PropertyKey key, JsValue receiver)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("get", out var target, out var handler);
        if (trap is null) return target.Get(key, receiver);
        var trapResult = trap.Call(handler, [target, key.ToJsValue(), receiver]);
        if (target.GetOwnProperty(key, out var targetDesc) && !targetDesc.Configurable)
        {
            if (!targetDesc.IsAccessor && !targetDesc.Writable && !JsValue.SameValue(trapResult, targetDesc.Value))
                throw Fail($"'get' on proxy: property '{key}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected {Quoted(targetDesc.Value)} but got {Quoted(trapResult)})");
            if (targetDesc.IsAccessor && targetDesc.Get.IsUndefined && !trapResult.IsUndefined)
                throw Fail($"'get' on proxy: property '{key}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got {Quoted(trapResult)})");
        }
        return trapResult;
    }

    /// <summary>10.5.9 [[Set]] ( P, V, Receiver )</summary>
    public bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("set", out var target, out var handler);
        if (trap is null) return target.Set(key, value, receiver);
        if (!Operations.ToBoolean(trap.Call(handler, [target, key.ToJsValue(), value, receiver]))) return false;
        if (target.GetOwnProperty(key, out var targetDesc) && !targetDesc.Configurable)
        {
            if (!targetDesc.IsAccessor && !targetDesc.Writable && !JsValue.SameValue(value, targetDesc.Value))
                throw Fail($"'set' on proxy: trap returned truish for property '{key}' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
            if (targetDesc.IsAccessor && targetDesc.Set.IsUndefined)
                throw Fail($"'set' on proxy: trap returned truish for property '{key}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
        }
        return true;
    }

    /// <summary>10.5.10 [[Delete]] ( P )</summary>
    public bool Delete(in PropertyKey key)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("deleteProperty", out var target, out var handler);
        if (trap is null) return target.Delete(key);
        if (!Operations.ToBoolean(trap.Call(handler, [target, key.ToJsValue()]))) return false;
        if (!target.GetOwnProperty(key, out var targetDesc)) return true;
        if (!targetDesc.Configurable)
            throw Fail($"'deleteProperty' on proxy: trap returned truish for property '{key}' which is non-configurable in the proxy target");
        if (!target.IsExtensible())
            throw Fail($"'deleteProperty' on proxy: trap returned truish for property '{key}' but the proxy target is non-extensible");
        return true;
    }

    /// <summary>10.5.11 [[OwnPropertyKeys]] ( )</summary>
    public List<PropertyKey> OwnPropertyKeys()
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("ownKeys", out var target, out var handler);
        if (trap is null) return target.OwnPropertyKeys();
        var trapResultArray = trap.Call(handler, [target]);
        var trapResult = CreatePropertyKeyListFromArrayLike(trapResultArray);
        var uncheckedKeys = new HashSet<PropertyKey>();
        foreach (var k in trapResult)
            if (!uncheckedKeys.Add(k)) throw Fail("'ownKeys' on proxy: trap returned duplicate entries");
        bool extensibleTarget = target.IsExtensible();
        var targetKeys = target.OwnPropertyKeys();
        var configurableKeys = new List<PropertyKey>();
        var nonconfigurableKeys = new List<PropertyKey>();
        foreach (var k in targetKeys)
        {
            if (target.GetOwnProperty(k, out var d) && !d.Configurable) nonconfigurableKeys.Add(k);
            else configurableKeys.Add(k);
        }
        if (extensibleTarget && nonconfigurableKeys.Count == 0) return trapResult;
        foreach (var k in nonconfigurableKeys)
            if (!uncheckedKeys.Remove(k)) throw Fail($"'ownKeys' on proxy: trap result did not include '{k}'");
        if (extensibleTarget) return trapResult;
        foreach (var k in configurableKeys)
            if (!uncheckedKeys.Remove(k)) throw Fail($"'ownKeys' on proxy: trap result did not include '{k}'");
        if (uncheckedKeys.Count != 0) throw Fail("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
        return trapResult;
    }

    /// <summary>7.3.20 CreateListFromArrayLike ( obj, « String, Symbol » )</summary>
    private static List<PropertyKey> CreatePropertyKeyListFromArrayLike(JsValue obj)
    {
        if (obj.AsObject is not JsObject o) throw Fail("CreateListFromArrayLike called on non-object");
        long len = Operations.LengthOfArrayLike(o);
        if (len > Operations.MaxFixedArrayLength) throw JsException.RangeError("Invalid array length");
        var list = new List<PropertyKey>((int)Math.Min(len, 1024));
        for (long i = 0; i < len; i++)
        {
            var next = o.Get(new PropertyKey((uint)i));
            if (next.IsString) list.Add(new PropertyKey(next.String));
            else if (next.IsSymbol) list.Add(new PropertyKey(next.Symbol));
            else throw Fail($"{DescriptorConversions.DisplayValue(next)} is not a valid property name");
        }
        return list;
    }

    /// <summary>10.5.12 [[Call]] ( thisArgument, argumentsList )</summary>
    public JsValue Call(JsValue thisArgument, ReadOnlySpan<JsValue> args)
    {
        // A proxy without an apply trap calls its target: a chain of such proxies is followed in a
        // loop (as V8 does, so a million of them still call the function).
        var core = this;
        while (true)
        {
            var trap = core.GetTrap("apply", out var target, out var handler);
            if (trap is not null) return trap.Call(handler, [target, thisArgument, (Realm.Current ?? realm).NewArray(args)]);
            if (target is not ProxyFunction inner) return Operations.Call(target, thisArgument, args);
            core = inner.Core;
        }
    }

    /// <summary>10.5.13 [[Construct]] ( argumentsList, newTarget )</summary>
    public JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        using var depth = NativeRecursion.Enter();
        var trap = GetTrap("construct", out var target, out var handler);
        if (trap is null) return Operations.Construct(target, args, newTarget);
        var argArray = (Realm.Current ?? realm).NewArray(args);
        var newObj = trap.Call(handler, [target, argArray, newTarget]);
        if (newObj.AsObject is null) throw Fail($"'construct' on proxy: trap returned non-object ({Quoted(newObj)})");
        return newObj;
    }
}
