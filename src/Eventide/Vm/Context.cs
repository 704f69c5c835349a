using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>A heap environment for captured bindings (a declarative environment record with slots).</summary>
internal sealed class Context(Context? parent, int slots)
{
    public readonly Context? Parent = parent;
    public readonly JsValue[] Slots = slots == 0 ? [] : new JsValue[slots];

    public Context Clone()
    {
        var c = new Context(Parent, Slots.Length);
        Slots.CopyTo(c.Slots, 0);
        return c;
    }
}

/// <summary>A global lexical binding (let/const/class at script top level).</summary>
internal sealed class GlobalBinding(string name, bool mutable)
{
    public readonly string Name = name;
    public readonly bool Mutable = mutable;
    public JsValue Value = JsValue.Hole;
}

/// <summary>A Private Name (6.2.12): the identity of a #name within one class evaluation.</summary>
internal sealed class PrivateName(string description)
{
    public string Description { get; } = description;
    /// <summary>0 field, 1 method, 2 accessor.</summary>
    public int Kind;
    public JsObject? Method, Getter, Setter;
    public bool IsStatic;
    /// <summary>The declaring class's name, for brand check errors of methods and accessors.</summary>
    public string? ClassName;
    public override string ToString() => Description;
}
