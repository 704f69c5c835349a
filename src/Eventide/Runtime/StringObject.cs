namespace Eventide.Runtime;

/// <summary>10.4.3 String Exotic Objects: index and length properties come from the string.</summary>
internal sealed class StringObject : JsObject
{
    public string Value { get; }

    public StringObject(JsObject prototype, string value) : base(prototype)
    {
        Value = value;
        FastSet("length", value.Length, PropertyFlags.None);
    }

    internal override string ClassName => "String";
    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;
    /// <summary>Only index keys (and an array's length) are virtual; named keys live in the shape.</summary>
    internal override bool CachesNamedProperties => true;

    /// <summary>10.4.3.5 StringGetOwnProperty</summary>
    private bool StringGetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        if (key.IsArrayIndex && key.Index < Value.Length)
        {
            desc = PropertyDescriptor.Data(Value[(int)key.Index].ToString(), PropertyFlags.Enumerable);
            return true;
        }
        desc = default;
        return false;
    }

    /// <summary>10.4.3.1 [[GetOwnProperty]]</summary>
    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc) =>
        base.GetOwnProperty(key, out desc) || StringGetOwnProperty(key, out desc);

    internal override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (GetOwnProperty(key, out var desc))
        {
            if (!desc.IsAccessor) return desc.Value;
            return desc.Get.AsFunction is { } g ? g.Call(receiver, []) : JsValue.Undefined;
        }
        return GetPrototypeOf() is { } p ? p.Get(key, receiver) : JsValue.Undefined;
    }

    /// <summary>10.4.3.2 [[DefineOwnProperty]]</summary>
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (StringGetOwnProperty(key, out var current))
            return ValidateAndApplyPropertyDescriptor(key, false, desc, true, current) || false;
        return OrdinaryDefineOwnProperty(key, desc);
    }

    private protected override void StoreOwn(in PropertyKey key, JsValue value, PropertyFlags flags)
    {
        // String index properties are immutable; validation above only succeeds without change.
        if (key.IsArrayIndex && key.Index < Value.Length) return;
        base.StoreOwn(key, value, flags);
    }

    internal override bool Delete(in PropertyKey key)
    {
        if (key.IsArrayIndex && key.Index < Value.Length) return false;
        return base.Delete(key);
    }

    /// <summary>10.4.3.3 [[OwnPropertyKeys]]</summary>
    internal override List<PropertyKey> OwnPropertyKeys()
    {
        var keys = new List<PropertyKey>();
        for (int i = 0; i < Value.Length; i++) keys.Add(new PropertyKey((uint)i));
        var rest = base.OwnPropertyKeys();
        foreach (var k in rest) if (!(k.IsArrayIndex && k.Index < Value.Length)) keys.Add(k);
        // Integer keys beyond the string's length sort among themselves after the string's.
        return keys;
    }
}
