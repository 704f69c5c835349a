using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>A class field or static block recorded at class definition (ClassFieldDefinition / ClassStaticBlockDefinition).</summary>
internal sealed class ClassElement(JsValue key, JsFunction? initializer, int kind)
{
    /// <summary>A property key value or a PrivateName (as internal value).</summary>
    public JsValue Key = key;
    public JsFunction? Initializer = initializer;
    /// <summary>0 instance field, 1 static field, 2 static block.</summary>
    public int Kind = kind;
}

/// <summary>10.2 ECMAScript function objects: a compiled template plus its captured environment.</summary>
internal sealed class ScriptFunction : JsFunction
{
    public FunctionTemplate Template { get; }
    public Context? Ctx { get; }
    /// <summary>[[HomeObject]] for methods (super lookups).</summary>
    public JsObject? HomeObject { get; set; }
    /// <summary>Arrow functions: the this/new.target of the scope they were created in.</summary>
    public JsValue LexicalThis { get; init; }
    /// <summary>Arrow functions: the function whose this/super they use (for super calls in arrows).</summary>
    public ScriptFunction? LexicalFunction { get; init; }

    /// <summary>What few closures hold, out of line so that the many (callbacks, promise reactions) are
    /// smaller: made by the first of these properties set to something other than its default.</summary>
    private sealed class RareParts
    {
        public ThisBindingCell? LexicalThisCell;
        public JsValue LexicalNewTarget;
        public List<ClassElement>? Fields, StaticElements;
        public List<PrivateName>? PrivateMethods;
    }

    private RareParts? _parts;
    private RareParts Parts => _parts ??= new RareParts();

    /// <summary>Arrows made in a derived constructor before super(): the constructor's this binding, read when called.</summary>
    public ThisBindingCell? LexicalThisCell { get => _parts?.LexicalThisCell; init { if (value is not null) Parts.LexicalThisCell = value; } }
    /// <summary>Arrows made where new.target is defined (in a constructor): its value.</summary>
    public JsValue LexicalNewTarget { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _parts is { } p ? p.LexicalNewTarget : default; [MethodImpl(MethodImplOptions.AggressiveInlining)] init { if (!value.IsUndefined) Parts.LexicalNewTarget = value; } }
    /// <summary>An arrow's this when called: its creator's this, or the constructor's binding it shares.</summary>
    internal JsValue ArrowThis { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _parts is null ? LexicalThis : _parts.LexicalThisCell is { } cell ? cell.Value : LexicalThis; }
    /// <summary>An arrow's new.target when it is an object (one test for the usual arrow without one).</summary>
    internal JsObject? ArrowNewTarget { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _parts is null ? null : _parts.LexicalNewTarget.AsObject; }
    /// <summary>Class constructors: instance fields and private methods to install on each new instance.</summary>
    public List<ClassElement>? Fields { get => _parts?.Fields; set { if (value is not null || _parts is not null) Parts.Fields = value; } }
    public List<ClassElement>? StaticElements { get => _parts?.StaticElements; set { if (value is not null || _parts is not null) Parts.StaticElements = value; } }
    public List<PrivateName>? PrivateMethods { get => _parts?.PrivateMethods; set { if (value is not null || _parts is not null) Parts.PrivateMethods = value; } }
    public bool IsDerived => Template.Kind == FunctionKind.DerivedConstructor;

    public ScriptFunction(Realm realm, FunctionTemplate template, Context? ctx, JsObject? prototype)
        : base(realm, InitialShape(realm, template, prototype, out var slots), slots)
    {
        Template = template;
        Ctx = ctx;
        if (slots.Length != 0) return; // a closure sharing its template's layout and values
        var root = Shape;
        // Closures of one template share their layout: after the first, take its shape directly
        // instead of adding the properties one by one. Those without a prototype object (arrows,
        // methods, async functions) share their values too: a closure is then one allocation.
        if (template.Closures is { } layout && ReferenceEquals(layout.Root, root))
        {
            Shape = layout.Shape;
            Slots = HasPrototypeProperty(template.Kind) ? OwnPropertyValues(realm, template) : template.SharedSlots ??= OwnPropertyValues(realm, template);
            return;
        }
        var own = OwnPropertyValues(realm, template);
        FastSet("length", own[0], PropertyFlags.Configurable);
        FastSet("name", own[1], PropertyFlags.Configurable);
        switch (template.Kind)
        {
            case FunctionKind.Normal:
                // V8 gives sloppy functions own "arguments" (null) and "caller" (null unless running), ahead of "prototype".
                if (!template.Strict)
                {
                    FastSet("arguments", JsValue.Null, PropertyFlags.None);
                    FastSet("caller", SloppyCaller.Slot, PropertyFlags.Accessor);
                }
                FastSet("prototype", own[^1], PropertyFlags.Writable);
                break;
            case FunctionKind.Generator or FunctionKind.AsyncGenerator:
                FastSet("prototype", own[^1], PropertyFlags.Writable);
                break;
        }
        template.Closures = new ClosureLayout(root, Shape, prototype is null ? realm : null);
    }

    /// <summary>The shape a closure starts with: its template's finished layout when closures of the template
    /// share their values too (<paramref name="slots"/> those values), else the empty root the constructor builds on.</summary>
    private static Shape InitialShape(Realm realm, FunctionTemplate template, JsObject? prototype, out JsValue[] slots)
    {
        // The usual arrow or method: the layout was made in this realm with the default prototype, which need not be looked up.
        if (prototype is null && template.Closures is { } made && ReferenceEquals(made.DefaultRealm, realm) && template.SharedSlots is { } values)
        {
            slots = values;
            return made.Shape;
        }
        var root = (prototype ?? realm.FunctionPrototypeFor(template.Kind)).RootShapeForChildren;
        if (template.Closures is { } layout && ReferenceEquals(layout.Root, root) && template.SharedSlots is { } shared)
        {
            slots = shared;
            return layout.Shape;
        }
        slots = [];
        return root;
    }

    private static bool HasPrototypeProperty(FunctionKind kind) => kind is FunctionKind.Normal or FunctionKind.Generator or FunctionKind.AsyncGenerator;

    /// <summary>Shared values (<see cref="FunctionTemplate.SharedSlots"/>) are never written in place: a
    /// closure's first change to its own properties (define, redefine, delete) copies them. Adds always
    /// copy (the shared array has no spare room) and ordinary writes need a writable property, which
    /// length and name are not until redefined.</summary>
    private void UnshareSlots()
    {
        if (ReferenceEquals(Slots, Template.SharedSlots)) Slots = (JsValue[])Slots.Clone();
    }

    private protected override void StoreOwn(in PropertyKey key, JsValue value, PropertyFlags flags)
    {
        UnshareSlots();
        base.StoreOwn(key, value, flags);
    }

    internal override bool Delete(in PropertyKey key)
    {
        UnshareSlots();
        return base.Delete(key);
    }

    /// <summary>The values of a new closure's own properties, in the order they are defined.</summary>
    private JsValue[] OwnPropertyValues(Realm realm, FunctionTemplate template)
    {
        JsValue length = template.Length, name = template.Name;
        switch (template.Kind)
        {
            case FunctionKind.Normal:
                {
                    // 10.2.5 MakeConstructor: a fresh prototype object with a constructor back-link.
                    var proto = new JsObject(realm.ObjectPrototype);
                    proto.FastSet("constructor", this, PropertyFlags.Hidden);
                    return template.Strict ? [length, name, proto] : [length, name, JsValue.Null, SloppyCaller.Slot, proto];
                }
            case FunctionKind.Generator or FunctionKind.AsyncGenerator:
                return [length, name, new JsObject(realm.GeneratorObjectPrototypeFor(template.Kind))];
            default:
                return [length, name];
        }
    }

    internal override bool IsConstructor => Template.Kind is FunctionKind.Normal or FunctionKind.ClassConstructor or FunctionKind.DerivedConstructor;

    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args) =>
        Realm.Engine.Interpreter.CallFunction(this, thisArg, args);

    internal override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        Realm.Engine.Interpreter.ConstructFunction(this, args, newTarget);
}

/// <summary>
/// A derived constructor's this binding (9.1.1.3 Function Environment Records: [[ThisValue]] while
/// uninitialized), shared by the constructor's frame and the arrows created before super() binds it.
/// </summary>
internal sealed class ThisBindingCell
{
    public JsValue Value = JsValue.Hole;
}
