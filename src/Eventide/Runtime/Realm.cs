using Eventide.Builtins;
using Eventide.Host;

namespace Eventide.Runtime;

/// <summary>
/// 9.3 Realms: the intrinsics and the global object. Builtins are created by the
/// <c>Setup</c> methods of the classes in Builtins/, one per intrinsic.
/// </summary>
internal sealed partial class Realm
{
    [ThreadStatic] private static Realm? _current;

    /// <summary>The realm of the running execution context on this thread.</summary>
    public static Realm? Current { get => _current; internal set => _current = value; }

    /// <summary>Makes <paramref name="realm"/> the current one and returns the one to restore (<see cref="Restore"/>).
    /// The thread static is written only when it changes: its store is a write barrier on top of the
    /// thread-local lookup, and nearly every callback and resumption stays in its realm.</summary>
    internal static Realm? Enter(Realm realm)
    {
        var saved = _current;
        if (!ReferenceEquals(saved, realm)) _current = realm;
        return saved;
    }

    /// <summary>Makes current again the realm <see cref="Enter"/> returned.</summary>
    internal static void Restore(Realm? saved)
    {
        if (!ReferenceEquals(_current, saved)) _current = saved;
    }

    public Engine Engine { get; }
    public JsObject GlobalObject { get; }
    /// <summary>The global object as a value (a sloppy function's this for an undefined receiver), made once.</summary>
    internal JsValue GlobalThisValue { get; }
    public JsObject ObjectPrototype { get; }
    public JsFunction FunctionPrototype { get; }

    // Intrinsics filled in by the Builtins/ setup methods.
    public JsObject ArrayPrototype = null!;
    public JsObject StringPrototype = null!;
    public JsObject NumberPrototype = null!;
    public JsObject BooleanPrototype = null!;
    public JsObject SymbolPrototype = null!;
    public JsObject BigIntPrototype = null!;
    public JsObject IteratorPrototype = null!;
    public JsObject ArrayIteratorPrototype = null!;
    public JsObject ErrorPrototype = null!;
    public JsFunction ObjectConstructor = null!;
    public JsFunction FunctionConstructor = null!;
    public JsFunction ArrayConstructor = null!;
    public JsFunction ThrowTypeError = null!;
    public readonly JsObject[] ErrorPrototypes = new JsObject[Enum.GetValues<ErrorKind>().Length];
    public readonly JsFunction[] ErrorConstructors = new JsFunction[Enum.GetValues<ErrorKind>().Length];

    /// <summary>Global lexical bindings (let/const/class at script top level), 9.1.1.4 [[DeclarativeRecord]].</summary>
    internal readonly Dictionary<string, Vm.GlobalBinding> GlobalLexicals = new();
    /// <summary>Bumped whenever global bindings are added, removed or moved; starts at 1 so empty caches never match.</summary>
    internal int GlobalVersion = 1;
    /// <summary>Template objects by site (13.2.8.4 GetTemplateObject [[TemplateMap]]).</summary>
    internal readonly Dictionary<object, JsArray> TemplateMap = new(ReferenceEqualityComparer.Instance);

    /// <summary>The engine's limits: long-running builtins call Budget.Tick() once per element or step.</summary>
    internal Vm.ExecutionBudget Budget => Engine.Interpreter.Budget;

    /// <summary>9.3.1 CreateRealm with its intrinsics and global object; a ShadowRealm's (<paramref name="shadow"/>) gets no host globals.</summary>
    public Realm(Engine engine, bool shadow = false)
    {
        Engine = engine;
        IsShadowRealm = shadow;
        ObjectPrototype = new ImmutablePrototypeObject();
        FunctionPrototype = new NativeFunction(this, "", 0, (_, _) => JsValue.Undefined, ObjectPrototype);
        GlobalObject = new GlobalObjectRecord(this, ObjectPrototype);
        GlobalThisValue = GlobalObject;
        Shape.BuildingIntrinsics(() => Intrinsics.Setup(this));
    }

    // ------------------------------------------------------------ helpers ----

    /// <summary>Defines a builtin method (writable, configurable, not enumerable).</summary>
    public NativeFunction DefineMethod(JsObject target, PropertyKey key, int length, NativeFn body, string? name = null)
    {
        var f = new NativeFunction(this, name ?? FunctionNameFor(key), length, body);
        target.FastSet(key, f, PropertyFlags.Hidden);
        return f;
    }

    /// <summary>Defines a builtin accessor with a getter (and optional setter).</summary>
    public void DefineGetter(JsObject target, PropertyKey key, NativeFn getter, NativeFn? setter = null, PropertyFlags flags = PropertyFlags.Configurable)
    {
        var g = new NativeFunction(this, "get " + FunctionNameFor(key), 0, getter);
        var s = setter is null ? null : new NativeFunction(this, "set " + FunctionNameFor(key), 1, setter);
        target.FastSetAccessor(key, g, s, flags);
    }

    /// <summary>Creates a builtin constructor with its prototype object wired both ways, and installs it globally.</summary>
    public NativeFunction DefineConstructor(string name, int length, NativeCtorFn body, JsObject prototype, bool global = true)
    {
        var ctor = new NativeFunction(this, name, length, body);
        ctor.FastSet("prototype", prototype, PropertyFlags.None);
        prototype.FastSet("constructor", ctor, PropertyFlags.Hidden);
        if (global) GlobalObject.FastSet(name, ctor, PropertyFlags.Hidden);
        return ctor;
    }

    private static string FunctionNameFor(PropertyKey key) =>
        key.IsSymbol ? $"[{key.Symbol.Description}]" : key.Name;

    /// <summary>Creates an instance of a native error (20.5.6.1 NativeError).</summary>
    public JsObject CreateError(ErrorKind kind, string message)
    {
        var err = new JsError(ErrorPrototypes[(int)kind]);
        err.CaptureStack(this); // V8's own-key order: stack, message
        err.FastSet("message", message, PropertyFlags.Hidden);
        return err;
    }

    public JsException Error(ErrorKind kind, string message) => new(CreateError(kind, message));

    /// <summary>The prototype whose methods a primitive value sees (GetV on a primitive).</summary>
    public JsObject PrototypeForPrimitive(JsValue v) => v.Ref switch
    {
        string => StringPrototype,
        JsSymbol => SymbolPrototype,
        JsBigInt => BigIntPrototype,
        _ when v.IsNumber => NumberPrototype,
        _ when v.IsBoolean => BooleanPrototype,
        _ => throw JsException.TypeError("Cannot convert undefined or null to object"),
    };

    /// <summary>7.1.18 ToObject for primitives: a wrapper with [[PrimitiveValue]].</summary>
    public JsObject WrapPrimitive(JsValue v) => v.IsString
        ? new StringObject(StringPrototype, v.String)
        : new PrimitiveWrapper(PrototypeForPrimitive(v), v);

    public JsArray NewArray(int capacity = 0) => new(ArrayPrototype, capacity);

    public JsArray NewArray(ReadOnlySpan<JsValue> items)
    {
        var a = new JsValue[items.Length];
        // A few values (rest parameters, small literals) element by element: numbers without the write barrier, and
        // without the bulk copy's fixed cost (~90 instructions for one value).
        if (items.Length <= 8)
            for (int i = 0; i < items.Length; i++) JsValue.Store(ref a[i], items[i]);
        else items.CopyTo(a);
        return new JsArray(ArrayPrototype, a, a.Length);
    }

    public JsObject NewObject() => new(ObjectPrototype);
}

/// <summary>
/// The global object. Any change to which global names exist or where they live bumps
/// <see cref="Realm.GlobalVersion"/>, which validates the interpreter's global-name caches.
/// </summary>
internal sealed class GlobalObjectRecord(Realm realm, JsObject prototype) : JsObject(prototype)
{
    private protected override void StoreOwn(in PropertyKey key, JsValue value, PropertyFlags flags)
    {
        base.StoreOwn(key, value, flags);
        realm.GlobalVersion++;
    }

    internal override bool Delete(in PropertyKey key)
    {
        realm.GlobalVersion++;
        return base.Delete(key);
    }

    internal override bool SetPrototypeOf(JsObject? v)
    {
        realm.GlobalVersion++;
        return base.SetPrototypeOf(v);
    }
}

/// <summary>%Object.prototype% is an immutable prototype exotic object (10.4.7).</summary>
internal sealed class ImmutablePrototypeObject() : JsObject(null)
{
    internal override bool SetPrototypeOf(JsObject? v) => ReferenceEquals(v, GetPrototypeOf());
}

/// <summary>Number, Boolean, Symbol and BigInt wrapper objects ([[NumberData]] etc.).</summary>
internal sealed class PrimitiveWrapper(JsObject prototype, JsValue value) : JsObject(prototype)
{
    public JsValue PrimitiveValue { get; } = value;
    internal override string ClassName => PrimitiveValue.Type switch
    {
        JsType.Number => "Number",
        JsType.Boolean => "Boolean",
        JsType.Symbol => "Symbol",
        JsType.BigInt => "BigInt",
        _ => "Object",
    };
}
