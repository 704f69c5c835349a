using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// 10.4.4 Arguments exotic objects with a [[ParameterMap]]: while an index is mapped, reading or
/// writing arguments[i] reads or writes the i-th parameter's binding (a context slot).
/// </summary>
internal sealed class MappedArgumentsObject : ArgumentsObject
{
    private readonly Context _env;
    private readonly int[] _slots;
    private readonly bool[] _mapped;

    public MappedArgumentsObject(JsObject prototype, Context env, int[] parameterSlots, int argumentCount) : base(prototype)
    {
        _env = env;
        _slots = parameterSlots;
        _mapped = new bool[Math.Min(argumentCount, parameterSlots.Length)];
        for (int i = 0; i < _mapped.Length; i++) _mapped[i] = parameterSlots[i] >= 0;
    }

    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;

    private bool IsMapped(in PropertyKey key, out int index)
    {
        index = key.IsArrayIndex && key.Index < _mapped.Length ? (int)key.Index : -1;
        return index >= 0 && _mapped[index];
    }

    /// <summary>10.4.4.1 [[GetOwnProperty]]</summary>
    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        if (!base.GetOwnProperty(key, out desc)) return false;
        if (IsMapped(key, out int i)) desc.Value = _env.Slots[_slots[i]];
        return true;
    }

    /// <summary>10.4.4.2 [[DefineOwnProperty]]</summary>
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        bool isMapped = IsMapped(key, out int i);
        var newDesc = desc;
        if (isMapped && desc.IsData && !desc.Has(DescriptorFields.Value) && desc.Has(DescriptorFields.Writable) && !desc.Writable)
        {
            newDesc.Value = _env.Slots[_slots[i]];
            newDesc.Fields |= DescriptorFields.Value;
        }
        if (!OrdinaryDefineOwnProperty(key, newDesc)) return false;
        if (isMapped)
        {
            if (desc.IsAccessor) _mapped[i] = false;
            else
            {
                if (desc.Has(DescriptorFields.Value)) _env.Slots[_slots[i]] = desc.Value;
                if (desc.Has(DescriptorFields.Writable) && !desc.Writable) _mapped[i] = false;
            }
        }
        return true;
    }

    /// <summary>10.4.4.3 [[Get]]</summary>
    internal override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (IsMapped(key, out int i)) return _env.Slots[_slots[i]];
        if (GetOwnProperty(key, out var desc))
            return desc.IsAccessor ? (desc.Get.AsFunction is { } g ? g.Call(receiver, []) : JsValue.Undefined) : desc.Value;
        return GetPrototypeOf() is { } p ? p.Get(key, receiver) : JsValue.Undefined;
    }

    /// <summary>10.4.4.4 [[Set]]</summary>
    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        bool isMapped = ReferenceEquals(receiver.Ref, this) && IsMapped(key, out _);
        if (isMapped)
        {
            IsMapped(key, out int i);
            _env.Slots[_slots[i]] = value;
        }
        bool has = GetOwnProperty(key, out var ownDesc);
        return OrdinarySetWithOwnDescriptor(key, value, receiver, has, ownDesc);
    }

    /// <summary>10.4.4.5 [[Delete]]</summary>
    internal override bool Delete(in PropertyKey key)
    {
        bool isMapped = IsMapped(key, out int i);
        bool result = base.Delete(key);
        if (result && isMapped) _mapped[i] = false;
        return result;
    }
}
