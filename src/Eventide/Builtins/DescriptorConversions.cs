using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>Conversions between property descriptors and the objects that describe them.</summary>
internal static class DescriptorConversions
{
    /// <summary>6.2.6.4 FromPropertyDescriptor</summary>
    public static JsValue FromPropertyDescriptor(Realm realm, bool exists, in PropertyDescriptor desc)
    {
        if (!exists) return JsValue.Undefined;
        var obj = realm.NewObject();
        if (desc.Has(DescriptorFields.Value)) obj.CreateDataProperty("value", desc.Value);
        if (desc.Has(DescriptorFields.Writable)) obj.CreateDataProperty("writable", desc.Writable);
        if (desc.Has(DescriptorFields.Get)) obj.CreateDataProperty("get", desc.Get);
        if (desc.Has(DescriptorFields.Set)) obj.CreateDataProperty("set", desc.Set);
        if (desc.Has(DescriptorFields.Enumerable)) obj.CreateDataProperty("enumerable", desc.Enumerable);
        if (desc.Has(DescriptorFields.Configurable)) obj.CreateDataProperty("configurable", desc.Configurable);
        return obj;
    }

    /// <summary>6.2.6.5 ToPropertyDescriptor</summary>
    public static PropertyDescriptor ToPropertyDescriptor(JsValue value)
    {
        if (value.AsObject is not JsObject obj)
            throw JsException.TypeError($"Property description must be an object: {DisplayValue(value)}");
        var desc = new PropertyDescriptor();
        if (obj.HasProperty("enumerable"))
        {
            desc.Enumerable = Operations.ToBoolean(obj.Get("enumerable"));
            desc.Fields |= DescriptorFields.Enumerable;
        }
        if (obj.HasProperty("configurable"))
        {
            desc.Configurable = Operations.ToBoolean(obj.Get("configurable"));
            desc.Fields |= DescriptorFields.Configurable;
        }
        if (obj.HasProperty("value"))
        {
            desc.Value = obj.Get("value");
            desc.Fields |= DescriptorFields.Value;
        }
        if (obj.HasProperty("writable"))
        {
            desc.Writable = Operations.ToBoolean(obj.Get("writable"));
            desc.Fields |= DescriptorFields.Writable;
        }
        if (obj.HasProperty("get"))
        {
            var getter = obj.Get("get");
            if (!getter.IsUndefined && !getter.IsCallable) throw JsException.TypeError($"Getter must be a function: {DisplayValue(getter)}");
            desc.Get = getter;
            desc.Fields |= DescriptorFields.Get;
        }
        if (obj.HasProperty("set"))
        {
            var setter = obj.Get("set");
            if (!setter.IsUndefined && !setter.IsCallable) throw JsException.TypeError($"Setter must be a function: {DisplayValue(setter)}");
            desc.Set = setter;
            desc.Fields |= DescriptorFields.Set;
        }
        if (desc.IsAccessor && desc.IsData)
            throw JsException.TypeError($"Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {DisplayValue(value)}");
        return desc;
    }

    /// <summary>6.2.6.6 CompletePropertyDescriptor</summary>
    public static void CompletePropertyDescriptor(ref PropertyDescriptor desc)
    {
        if (desc.IsGeneric || desc.IsData)
        {
            desc.Fields |= DescriptorFields.Value | DescriptorFields.Writable;
        }
        else
        {
            desc.Fields |= DescriptorFields.Get | DescriptorFields.Set;
        }
        desc.Fields |= DescriptorFields.Enumerable | DescriptorFields.Configurable;
    }

    /// <summary>6.2.6.? IsCompatiblePropertyDescriptor, without applying anything.</summary>
    public static bool IsCompatiblePropertyDescriptor(bool extensible, in PropertyDescriptor desc, bool exists, in PropertyDescriptor current)
    {
        if (!exists) return extensible;
        if (desc.Fields == DescriptorFields.None) return true;
        if (!current.Configurable)
        {
            if (desc.Has(DescriptorFields.Configurable) && desc.Configurable) return false;
            if (desc.Has(DescriptorFields.Enumerable) && desc.Enumerable != current.Enumerable) return false;
            if (!desc.IsGeneric && desc.IsAccessor != current.IsAccessor) return false;
            if (current.IsAccessor)
            {
                if (desc.Has(DescriptorFields.Get) && !JsValue.SameValue(desc.Get, current.Get)) return false;
                if (desc.Has(DescriptorFields.Set) && !JsValue.SameValue(desc.Set, current.Set)) return false;
            }
            else if (!current.Writable)
            {
                if (desc.Has(DescriptorFields.Writable) && desc.Writable) return false;
                if (desc.Has(DescriptorFields.Value) && !JsValue.SameValue(desc.Value, current.Value)) return false;
            }
        }
        return true;
    }

    /// <summary>How V8 shows a value inside messages such as "Property description must be an object: 1".</summary>
    public static string DisplayValue(JsValue v) => v.Ref switch
    {
        null when v.IsUndefined => "undefined",
        string s => s,
        JsSymbol s => s.ToString(),
        JsObject o => Operations.DescribeForError(o),
        _ => Operations.ToString(v),
    };
}
