using System.Text;
using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// One frame of a captured stack trace (V8's CallSiteInfo): what a frame held when an error was
/// made, formatted only when the stack is read, as V8 formats it lazily.
/// </summary>
internal readonly struct CallSite
{
    public readonly FunctionTemplate Template;
    /// <summary>The pc of the instruction running in the frame (the call, for a caller's frame).</summary>
    public readonly int Pc;
    /// <summary>An async function's frame waiting in an await on the stack's async chain ("at async f").</summary>
    public readonly bool IsAsync;
    /// <summary>The frame's function; a builtin's site's builtin.</summary>
    private readonly JsFunction? Function;
    private readonly JsValue This;
    private readonly bool IsConstruct;
    private readonly Realm Realm;
    /// <summary>A builtin's line with no frame behind it ("async Promise.all (index 1)").</summary>
    private readonly string? Label;
    /// <summary>A builtin's receiver's type name, taken when captured: a generator object's (its function's name) goes with its frame.</summary>
    private readonly string? CapturedTypeName;
    /// <summary>A builtin a frame was calling (V8's builtin exit frame: "Array.forEach (&lt;anonymous&gt;)").</summary>
    public bool IsBuiltin => Template is null && Label is null;
    /// <summary>For a Promise.all element's line, its index; -1 otherwise.</summary>
    public readonly int PromiseIndex = -1;

    public CallSite(Frame f, bool isAsync = false)
    {
        Template = f.Template;
        Pc = Math.Max(0, f.Pc - 1);
        IsAsync = isAsync;
        Function = f.Function;
        // The receiver of the call: an arrow's own this is lexical, V8 names the call's.
        This = f.Template.IsArrowLike ? f.ArrowReceiver : f.This;
        IsConstruct = f.IsConstruct;
        Realm = f.Realm;
    }

    private CallSite(CallSite site, bool hidesReceiver)
    {
        this = site;
        HidesReceiver = hidesReceiver;
    }

    /// <summary>The sites as prepareStackTrace sees them: from the first strict frame on (and in async frames), receivers and functions hidden.</summary>
    public static CallSite[] ForPrepare(CallSite[] sites)
    {
        var result = new CallSite[sites.Length];
        bool strictSeen = false;
        for (int i = 0; i < sites.Length; i++)
        {
            strictSeen |= sites[i].IsStrict;
            // An awaiting frame keeps no receiver or function for V8 either.
            result[i] = new CallSite(sites[i], strictSeen || sites[i].IsAsync);
        }
        return result;
    }

    private CallSite(string label, int promiseIndex)
    {
        Template = null!;
        Realm = null!;
        Label = label;
        IsAsync = true;
        PromiseIndex = promiseIndex;
    }

    private CallSite(JsFunction builtin, JsValue receiver, bool construct, Realm realm)
    {
        Template = null!;
        Function = builtin;
        This = receiver;
        IsConstruct = construct;
        Realm = realm;
        if (receiver.RawRef is GeneratorObject { Frame.Function: { } generator }) CapturedTypeName = generator.DebugName;
    }

    /// <summary>The builtin of a builtin's site.</summary>
    public JsFunction? Builtin => IsBuiltin ? Function : null;

    /// <summary>The site is a call of <paramref name="function"/> (a frame of it, or the builtin's line).</summary>
    public bool IsCallOf(JsObject function) => Label is null && ReferenceEquals(Function, function);

    /// <summary>The site of a builtin called with <paramref name="receiver"/> (or constructed).</summary>
    public static CallSite ForNative(JsFunction builtin, JsValue receiver, bool construct, Realm realm) => new(builtin, receiver, construct, realm);

    /// <summary>A Promise.all/allSettled/any element on an async stack: V8 shows the combinator and the index.</summary>
    public static CallSite PromiseCombinator(string method, int index) => new($"async Promise.{method} (index {index})", index);

    // What V8's CallSite objects (Error.prepareStackTrace) answer about the frame.

    /// <summary>A frame of script code (not a Promise.all line).</summary>
    public bool HasFrame => Template is not null;
    /// <summary>Builtins are strict functions: V8 hides their receivers and functions, and those of the frames below.</summary>
    public bool IsStrict => IsBuiltin || (HasFrame && Template.Strict);
    /// <summary>V8 hides the receiver and function of a strict frame and of every frame below it.</summary>
    public readonly bool HidesReceiver;
    public bool IsConstructor => IsConstruct;
    public bool IsEval => HasFrame && (Template.Source?.EvalOrigin is not null || Template.Source?.Path == "eval");
    /// <summary>getEvalOrigin: where the eval code was made ("eval at f (file.js:2:23)").</summary>
    public string? EvalOrigin => HasFrame ? Template.Source?.EvalOrigin : null;
    /// <summary>The frame runs eval code's top level or the Function constructor's function: V8 names it "eval".</summary>
    private bool IsEvalTop => HasFrame && (Template.IsEvalCode || (Template.Source is { FromFunctionConstructor: true } && Template.Name == "anonymous"));

    /// <summary>What a source made by eval or the Function constructor called from <paramref name="caller"/> records as its origin.</summary>
    public static string? EvalOriginOf(Frame? caller)
    {
        if (caller is null) return null;
        var site = new CallSite(caller);
        var t = caller.Template;
        string name = t.Kind == FunctionKind.Script || t.IsModuleWrapper || t.IsModule || site.IsEvalTop || site.FunctionName is not { Length: > 0 } n ? "<anonymous>" : n;
        string where = t.Source?.EvalOrigin ?? (t.Source is { } src && site.LineColumn is var (line, col) ? $"{src.Path}:{line}:{col}" : "<anonymous>");
        return $"eval at {name} ({where})";
    }
    /// <summary>A builtin's is null, V8's answer; a frame without a source's is undefined.</summary>
    public JsValue FileName => HasFrame ? (Template.Source is { EvalOrigin: null, Path: var path } ? path : JsValue.Undefined) : IsBuiltin ? JsValue.Null : JsValue.Undefined;
    /// <summary>The source offset of the running instruction (getPosition).</summary>
    public int Position => HasFrame && Template.Source is not null ? Template.OffsetAt(Pc) : 0;
    public (int Line, int Column) LineColumn => HasFrame && Template.Source is { } src ? src.LineColumn(Template.OffsetAt(Pc)) : (0, 0);
    public (int Line, int Column)? EnclosingLineColumn => IsBuiltin ? null :
        HasFrame && Template.Source is { } src && Template.Kind != FunctionKind.Script && !Template.IsModuleWrapper ? src.LineColumn(Template.SourceStart) : (1, 1);
    public JsValue Receiver => Label is null ? This : JsValue.Undefined;
    public JsFunction? Callee => HasFrame && Template.Kind != FunctionKind.Script ? Function : null;
    /// <summary>The receiver is the global object or nothing (isToplevel).</summary>
    public bool IsTopLevel => Label is not null || IsEvalTop || This.IsNullish || This.IsHole || (This.Ref is JsObject o && ReferenceEquals(o, Realm.GlobalObject));

    /// <summary>getFunctionName: the function's name, null for top-level code, "eval" for eval code.</summary>
    public string? FunctionName
    {
        get
        {
            if (Label is not null) return Label["async ".Length..Label.IndexOf(' ', "async ".Length)];
            if (IsBuiltin) return DeclaredName is { Length: > 0 } builtinName ? builtinName : null;
            if (IsEvalTop || (IsEval && Template.Source?.EvalOrigin is null)) return "eval";
            if (Template.Kind == FunctionKind.Script || Template.IsModuleWrapper || Template.IsModule) return null;
            string name = DeclaredName;
            return name.Length > 0 ? name : null;
        }
    }

    /// <summary>The function's name as the frame shows it: its own (a set name too), else the template's.</summary>
    private string DeclaredName => Function?.DebugName is { } dn && (dn != "anonymous" || IsBuiltin) ? dn : Template?.Name ?? "";

    /// <summary>Where the receiver's properties are looked up: itself, or a primitive's prototype.</summary>
    private JsObject Holder => This.Ref as JsObject ?? Realm.PrototypeForPrimitive(This);

    /// <summary>getMethodName: the key under which the receiver holds the function, if any.</summary>
    public string? MethodName()
    {
        if (IsTopLevel || Function is not { } function) return null;
        var holder = Holder;
        return MethodName(holder, function, FunctionName ?? "");
    }

    /// <summary>getTypeName: the receiver's constructor name; null with no receiver or the global object.</summary>
    public string? TypeName()
    {
        if (IsTopLevel || IsConstruct) return null;
        if (This.Ref is JsFunction) return "Function"; // a class too (its frames still print "K.make")
        var holder = Holder;
        return CapturedTypeName ?? ReceiverTypeName(This, holder);
    }

    /// <summary>The "    at ..." lines of a captured stack.</summary>
    public static string Format(CallSite[] sites)
    {
        var sb = new StringBuilder();
        foreach (var site in sites)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append("    at ").Append(site.ToString());
        }
        return sb.ToString();
    }

    /// <summary>The frame as node prints it after "    at ".</summary>
    public override string ToString() => Label ?? (IsAsync ? "async " + Describe() : Describe());

    private string Describe()
    {
        if (IsBuiltin) return DescribeBuiltin();
        var t = Template;
        string location = "<anonymous>";
        if (t.Source is not null)
        {
            var (line, col) = t.Source.LineColumn(t.OffsetAt(Pc));
            location = t.Source.EvalOrigin is { } origin ? $"{origin}, <anonymous>:{line}:{col}" : $"{t.Source.Path}:{line}:{col}";
        }
        // Eval code's top level, and its functions without a name: "eval (eval at f (file.js:2:23), <anonymous>:1:1)".
        if (t.Source?.EvalOrigin is not null && (IsEvalTop || string.IsNullOrEmpty(DeclaredName) || DeclaredName == "anonymous") && !IsConstruct)
            return $"eval ({location})";
        if (t.IsModuleWrapper) return $"Object.<anonymous> ({location})";
        if (t.Kind == FunctionKind.Script || t.IsModule) return location; // a script's or ES module's top level: V8 shows only where
        string name = DeclaredName;
        if (!IsConstruct && MethodCallName(name) is { } method) return $"{method} ({location})";
        if (IsConstruct) return $"new {(string.IsNullOrEmpty(name) ? "<anonymous>" : name)} ({location})";
        if (string.IsNullOrEmpty(name)) return location;
        return $"{name} ({location})";
    }

    /// <summary>A builtin's line: "Array.forEach", "new Promise", "parseInt", with no place in a source.</summary>
    private string DescribeBuiltin()
    {
        const string location = "(<anonymous>)";
        string name = DeclaredName;
        if (IsConstruct) return $"new {name} {location}";
        if (MethodCallName(name) is { } method) return $"{method} {location}";
        return name.Length > 0 ? $"{name} {location}" : "<anonymous>";
    }

    /// <summary>
    /// V8's AppendMethodCall for a frame whose receiver is an object or primitive (not the global
    /// object or undefined): "Type.name", "Type.name [as key]" when found under another key,
    /// "Type.key" or "Type.&lt;anonymous&gt;" for an unnamed function; null for a plain call.
    /// </summary>
    private string? MethodCallName(string functionName)
    {
        if (IsTopLevel || Function is not { } function) return null;
        var receiver = This;
        var holder = Holder;
        string typeName = CapturedTypeName ?? ReceiverTypeName(receiver, holder);
        string? methodName = MethodName(holder, function, functionName);
        if (functionName.Length == 0) return $"{typeName}.{methodName ?? "<anonymous>"}";
        // Accessors ("get x") and symbol-named methods ("[Symbol.iterator]") print without the type.
        bool plainName = !functionName.Contains(' ') && !functionName.StartsWith('[');
        string s = plainName && !functionName.StartsWith(typeName + ".", StringComparison.Ordinal) ? $"{typeName}.{functionName}" : functionName;
        if (methodName is not null && methodName != functionName && !functionName.EndsWith("." + methodName, StringComparison.Ordinal))
            s += $" [as {methodName}]";
        return s;
    }

    /// <summary>JSReceiver::GetConstructorName as V8's frames show it: a class names itself, other functions are "Function".</summary>
    private static string ReceiverTypeName(JsValue receiver, JsObject holder)
    {
        if (receiver.RawRef is ScriptFunction { Template.IsClassConstructor: true } cls) return cls.DebugName;
        if (receiver.RawRef is JsFunction) return "Function";
        string? name = Operations.ConstructorNameWithoutSideEffects(holder);
        // Objects made by Object (JSON, Math): V8 takes a @@toStringTag before the constructor's name.
        if ((name is null or "Object") && ToStringTag(holder) is { } tag) return tag;
        return name is { Length: > 0 } ? name : holder.ClassName;
    }

    /// <summary>The object's @@toStringTag when a data property of it or its prototypes holds a string (read without side effects).</summary>
    private static string? ToStringTag(JsObject holder)
    {
        for (JsObject? o = holder; o is not null && o.HasOrdinaryGet; o = o.GetPrototypeOf())
        {
            int slot = o.Shape.Lookup(WellKnownSymbols.ToStringTag);
            if (slot < 0) continue;
            return o.GetOwnDataValue(WellKnownSymbols.ToStringTag) is { IsString: true } tag ? tag.String : null;
        }
        return null;
    }

    /// <summary>The string key under which the receiver (or its prototypes) holds the function, if one does.</summary>
    private static string? MethodName(JsObject holder, JsFunction function, string functionName)
    {
        string bare = functionName.StartsWith("get ", StringComparison.Ordinal) || functionName.StartsWith("set ", StringComparison.Ordinal) ? functionName[4..] : functionName;
        if (bare.Length > 0 && Holds(holder, bare, function)) return bare;
        // Otherwise the one enumerable key that holds it; V8 names none when several do.
        string? found = null;
        for (JsObject? o = holder; o is not null and not ProxyLike; o = o.GetPrototypeOf())
        {
            int n = o.Shape.Count;
            for (int i = 0; i < n; i++)
            {
                if (o.Shape.KeyAt(i) is not { IsString: true } key || !SlotHolds(o, i, function)) continue;
                if ((o.Shape.FlagsAt(i) & PropertyFlags.Enumerable) == 0) continue;
                if (found is not null) return null;
                found = key.Name;
            }
        }
        return found;
    }

    private static bool Holds(JsObject holder, string key, JsFunction function)
    {
        for (JsObject? o = holder; o is not null and not ProxyLike; o = o.GetPrototypeOf())
        {
            int slot = o.Shape.Lookup(key);
            if (slot >= 0) return SlotHolds(o, slot, function);
        }
        return false;
    }

    private static bool SlotHolds(JsObject o, int slot, JsFunction function) => o.Slots[slot].Ref switch
    {
        Accessor a => ReferenceEquals(a.Getter, function) || ReferenceEquals(a.Setter, function),
        var v => ReferenceEquals(v, function),
    };
}
