namespace Eventide;

/// <summary>
/// Marks a <c>partial</c> class whose public members scripts may use. The Eventide source generator
/// writes its <see cref="JsClass{T}"/> (a static <c>JsClass</c> property) without reflection:
/// properties become accessors, methods functions (async ones return promises), an <c>int</c>
/// indexer element access, events <c>on(name, listener)</c>/<c>off(name, listener)</c>, a public
/// constructor <c>new Name(...)</c> and static members properties of that constructor.
/// Names are camelCased (<c>FullName</c> → <c>fullName</c>) unless <see cref="JsNameAttribute"/> says otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class JsExportAttribute : Attribute
{
    /// <summary>The class's name in JavaScript (the constructor's name); the C# name when null.</summary>
    public string? Name { get; set; }
}

/// <summary>The JavaScript name of an exported member (instead of its camelCased C# name).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Event | AttributeTargets.Field, Inherited = false)]
public sealed class JsNameAttribute(string name) : Attribute
{
    /// <summary>The name scripts use.</summary>
    public string Name { get; } = name;
}

/// <summary>Keeps a public member of a <see cref="JsExportAttribute"/> class out of scripts' reach.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Event | AttributeTargets.Constructor, Inherited = false)]
public sealed class JsIgnoreAttribute : Attribute;

/// <summary>
/// A .NET object with a JavaScript class: <see cref="Engine.FromClr(object?)"/> wraps it in that
/// class's host object. The source generator implements it for <see cref="JsExportAttribute"/> classes.
/// </summary>
public interface IJsExported
{
    /// <summary>The JavaScript class describing what scripts may use of this object.</summary>
    JsClass JsClass { get; }
}
