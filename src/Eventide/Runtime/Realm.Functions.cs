using Eventide.Compiling;

namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // Set up by the generator/async builtins; null until they exist.
    public JsObject? GeneratorFunctionPrototype;
    public JsObject? AsyncFunctionPrototype;
    public JsObject? AsyncGeneratorFunctionPrototype;
    public JsObject? GeneratorPrototype;
    public JsObject? AsyncGeneratorPrototype;

    /// <summary>The [[Prototype]] of a new function object of the given kind.</summary>
    internal JsObject FunctionPrototypeFor(FunctionKind kind) => kind switch
    {
        FunctionKind.Generator => GeneratorFunctionPrototype ?? FunctionPrototype,
        FunctionKind.Async or FunctionKind.AsyncArrow => AsyncFunctionPrototype ?? FunctionPrototype,
        FunctionKind.AsyncGenerator => AsyncGeneratorFunctionPrototype ?? FunctionPrototype,
        _ => FunctionPrototype,
    };

    /// <summary>The prototype of a generator function's "prototype" object.</summary>
    internal JsObject GeneratorObjectPrototypeFor(FunctionKind kind) =>
        (kind == FunctionKind.AsyncGenerator ? AsyncGeneratorPrototype : GeneratorPrototype) ?? ObjectPrototype;
}

internal sealed partial class Realm
{
    /// <summary>The original %Array.prototype.values% and %ArrayIteratorPrototype%.next (fast array iteration).</summary>
    public JsFunction? ArrayValues;
    public JsFunction? ArrayIteratorNext;
    /// <summary>The shape of an array without own properties besides its elements (Array.prototype's root for
    /// children), set once Array.prototype and %ArrayIteratorPrototype% are set up.</summary>
    internal Shape? ArrayShape;
    /// <summary>V8's array iterator protector: true from the realm's setup until Array.prototype[@@iterator] or
    /// %ArrayIteratorPrototype%.next is first written, redefined or deleted (see <see cref="JsObject.WatchForArrayIteration"/>),
    /// so spreading or iterating an array need not look at them.</summary>
    internal bool ArrayIterationIntact;
    /// <summary>Where the two live (fast array iteration checks them once <see cref="ArrayIterationIntact"/> is cleared).</summary>
    internal PropertyGuard ArrayValuesGuard = new(WellKnownSymbols.Iterator), ArrayIteratorNextGuard = new("next");
    /// <summary>%GeneratorPrototype%.next (for-of over generators skips the result objects).</summary>
    public JsFunction? GeneratorNext;
    /// <summary>Function.prototype.call and apply and Reflect.apply: the dispatch loop runs a script function they call as its own frame.</summary>
    public JsFunction? FunctionCall, FunctionApply, ReflectApply;
    /// <summary>The shape of { value, done } iterator results (7.4.14 CreateIterResultObject).</summary>
    private Shape? _iterResultShape;
    internal Shape IterResultShape => _iterResultShape ?? MakeIterResultShape(); // inlined at every result object

    private Shape MakeIterResultShape()
    {
        var o = new JsObject(ObjectPrototype);
        o.FastSet("value", JsValue.Undefined);
        o.FastSet("done", JsValue.False);
        return _iterResultShape = o.Shape;
    }
    /// <summary>%eval%, so direct eval can be recognised.</summary>
    public JsFunction? Eval;
    /// <summary>The RegExp builtin's cache of converted patterns (see JsRegExp).</summary>
    internal object? RegExpCache;
    /// <summary>Creates a RegExp object for a literal; set by the RegExp builtin.</summary>
    public Func<string, string, JsObject>? RegExpFactory;

    public JsObject CreateRegExp(string pattern, string flags) =>
        RegExpFactory is { } factory ? factory(pattern, flags) : throw JsException.SyntaxError("RegExp is not available");
}
