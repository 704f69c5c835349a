using System.Text;
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
    private readonly ScriptFunction? Function;
    private readonly JsValue This;
    private readonly bool IsConstruct;
    private readonly Realm Realm;
    /// <summary>A builtin's line with no frame behind it ("async Promise.all (index 1)").</summary>
    private readonly string? Label;
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

    /// <summary>A Promise.all/allSettled/any element on an async stack: V8 shows the combinator and the index.</summary>
    public static CallSite PromiseCombinator(string method, int index) => new($"async Promise.{method} (index {index})", index);

    // What V8's CallSite objects (Error.prepareStackTrace) answer about the frame.

    /// <summary>A frame of script code (not a Promise.all line).</summary>
    public bool HasFrame => Label is null;
    public bool IsStrict => HasFrame && Template.Strict;
    /// <summary>V8 hides the receiver and function of a strict frame and of every frame below it.</summary>
    public readonly bool HidesReceiver;
    public bool IsConstructor => IsConstruct;
    public bool IsEval => HasFrame && Template.Source?.Path == "eval";
    public string? FileName => HasFrame ? Template.Source?.Path : null;
    /// <summary>The source offset of the running instruction (getPosition).</summary>
    public int Position => HasFrame && Template.Source is not null ? Template.OffsetAt(Pc) : 0;
    public (int Line, int Column) LineColumn => HasFrame && Template.Source is { } src ? src.LineColumn(Template.OffsetAt(Pc)) : (0, 0);
    public (int Line, int Column) EnclosingLineColumn =>
        HasFrame && Template.Source is { } src && Template.Kind != FunctionKind.Script && !Template.IsModuleWrapper ? src.LineColumn(Template.SourceStart) : (1, 1);
    public JsValue Receiver => HasFrame ? This : JsValue.Undefined;
    public JsFunction? Callee => HasFrame && Template.Kind != FunctionKind.Script ? Function : null;
    /// <summary>The receiver is the global object or nothing (isToplevel).</summary>
    public bool IsTopLevel => !HasFrame || This.IsNullish || This.IsHole || (This.Ref is JsObject o && ReferenceEquals(o, Realm.GlobalObject));

    /// <summary>getFunctionName: the function's name, null for top-level code, "eval" for eval code.</summary>
    public string? FunctionName
    {
        get
        {
            if (!HasFrame) return Label!["async ".Length..Label!.IndexOf(' ', "async ".Length)];
            if (IsEval) return "eval";
            if (Template.Kind == FunctionKind.Script || Template.IsModuleWrapper || Template.IsModule) return null;
            string name = DeclaredName;
            return name.Length > 0 ? name : null;
        }
    }

    /// <summary>The function's name as the frame shows it: its own (a set name too), else the template's.</summary>
    private string DeclaredName => Function?.DebugName is { } dn && dn != "anonymous" ? dn : Template.Name;

    /// <summary>Where the receiver's properties are looked up: itself, or a primitive's prototype.</summary>
    private JsObject Holder => This.Ref as JsObject ?? Realm.PrototypeForPrimitive(This);

    /// <summary>getMethodName: the key under which the receiver holds the function, if any.</summary>
    public string? MethodName()
    {
        if (!HasFrame || IsTopLevel || Function is not { } function) return null;
        var holder = Holder;
        return MethodName(holder, function, FunctionName ?? "");
    }

    /// <summary>getTypeName: the receiver's constructor name; null with no receiver or the global object.</summary>
    public string? TypeName()
    {
        if (!HasFrame || IsTopLevel || IsConstruct) return null;
        if (This.Ref is JsFunction) return "Function"; // a class too (its frames still print "K.make")
        var holder = Holder;
        return ReceiverTypeName(This, holder);
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
        var t = Template;
        string location = "<anonymous>";
        if (t.Source is not null)
        {
            var (line, col) = t.Source.LineColumn(t.OffsetAt(Pc));
            location = $"{t.Source.Path}:{line}:{col}";
        }
        if (t.IsModuleWrapper) return $"Object.<anonymous> ({location})";
        if (t.Kind == FunctionKind.Script || t.IsModule) return location; // a script's or ES module's top level: V8 shows only where
        string name = DeclaredName;
        if (!IsConstruct && MethodCallName(name) is { } method) return $"{method} ({location})";
        if (string.IsNullOrEmpty(name)) return location;
        if (IsConstruct) name = "new " + name;
        return $"{name} ({location})";
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
        string typeName = ReceiverTypeName(receiver, holder);
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
        return Operations.ConstructorNameWithoutSideEffects(holder) is { Length: > 0 } n ? n : holder.ClassName;
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
