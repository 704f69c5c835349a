namespace Eventide.Runtime;

[Flags]
internal enum DescriptorFields : byte
{
    None = 0, Value = 1, Writable = 2, Get = 4, Set = 8, Enumerable = 16, Configurable = 32,
}

/// <summary>6.2.6 The Property Descriptor Specification Type: every field may be absent.</summary>
internal struct PropertyDescriptor
{
    public JsValue Value;
    /// <summary>Getter and setter: a function object or undefined.</summary>
    public JsValue Get, Set;
    public bool Writable, Enumerable, Configurable;
    public DescriptorFields Fields;

    public readonly bool Has(DescriptorFields f) => (Fields & f) != 0;
    /// <summary>6.2.6.1 IsAccessorDescriptor</summary>
    public readonly bool IsAccessor => (Fields & (DescriptorFields.Get | DescriptorFields.Set)) != 0;
    /// <summary>6.2.6.2 IsDataDescriptor</summary>
    public readonly bool IsData => (Fields & (DescriptorFields.Value | DescriptorFields.Writable)) != 0;
    /// <summary>6.2.6.3 IsGenericDescriptor</summary>
    public readonly bool IsGeneric => !IsAccessor && !IsData;

    public static PropertyDescriptor Data(JsValue value, PropertyFlags flags) => new()
    {
        Value = value,
        Writable = (flags & PropertyFlags.Writable) != 0,
        Enumerable = (flags & PropertyFlags.Enumerable) != 0,
        Configurable = (flags & PropertyFlags.Configurable) != 0,
        Fields = DescriptorFields.Value | DescriptorFields.Writable | DescriptorFields.Enumerable | DescriptorFields.Configurable,
    };

    public static PropertyDescriptor AccessorProperty(JsObject? getter, JsObject? setter, PropertyFlags flags) => new()
    {
        Get = getter is null ? JsValue.Undefined : getter,
        Set = setter is null ? JsValue.Undefined : setter,
        Enumerable = (flags & PropertyFlags.Enumerable) != 0,
        Configurable = (flags & PropertyFlags.Configurable) != 0,
        Fields = DescriptorFields.Get | DescriptorFields.Set | DescriptorFields.Enumerable | DescriptorFields.Configurable,
    };

    /// <summary>The attribute bits of a complete descriptor.</summary>
    public readonly PropertyFlags ToFlags()
    {
        var f = PropertyFlags.None;
        if (Enumerable) f |= PropertyFlags.Enumerable;
        if (Configurable) f |= PropertyFlags.Configurable;
        if (IsAccessor) f |= PropertyFlags.Accessor;
        else if (Writable) f |= PropertyFlags.Writable;
        return f;
    }
}
