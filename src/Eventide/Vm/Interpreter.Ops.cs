using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>The slower instructions, kept out of the dispatch loop.</summary>
internal sealed partial class Interpreter
{
    private static JsObject? HomeObjectOf(Frame f)
    {
        var fn = f.Function;
        while (fn is not null && fn.Template.IsArrowLike) fn = fn.LexicalFunction;
        return fn?.HomeObject;
    }

    // -------------------------------------------------------------- globals ----

    /// <summary>Resolves an unqualified name at global level: lexical bindings, then the global object.</summary>
    private static JsValue LoadGlobal(Realm realm, PropertyKey key, bool throwIfMissing, ref PropertyCache cache)
    {
        if (realm.GlobalLexicals.TryGetValue(key.Name, out var binding))
        {
            cache = new PropertyCache { Version = realm.GlobalVersion, Binding = binding };
            if (binding.Value.IsHole) throw new JsException(ErrorKind.ReferenceError, $"Cannot access '{key.Name}' before initialization");
            return binding.Value;
        }
        var global = realm.GlobalObject;
        int slot = global.Shape.Lookup(key);
        if (slot >= 0 && (global.Shape.FlagsAt(slot) & PropertyFlags.Accessor) == 0)
        {
            cache = new PropertyCache { Version = realm.GlobalVersion, Slot = slot };
            return global.Slots[slot];
        }
        if (global.HasProperty(key)) return global.Get(key);
        if (throwIfMissing) throw new JsException(ErrorKind.ReferenceError, $"{key.Name} is not defined");
        return JsValue.Undefined;
    }

    private static void StoreGlobal(Realm realm, PropertyKey key, JsValue value, bool strict)
    {
        if (realm.GlobalLexicals.TryGetValue(key.Name, out var binding))
        {
            if (binding.Value.IsHole) throw new JsException(ErrorKind.ReferenceError, $"Cannot access '{key.Name}' before initialization");
            if (!binding.Mutable) throw new JsException(ErrorKind.TypeError, "Assignment to constant variable.");
            binding.Value = value;
            return;
        }
        var global = realm.GlobalObject;
        if (strict && !global.HasProperty(key)) throw new JsException(ErrorKind.ReferenceError, $"{key.Name} is not defined");
        if (!global.Set(key, value, global) && strict)
            throw new JsException(ErrorKind.TypeError, $"Cannot assign to read only property '{key.Name}' of object '#<Object>'");
    }

    /// <summary>16.1.7 GlobalDeclarationInstantiation</summary>
    private void GlobalDeclarationInstantiation(Realm realm, GlobalDeclarations d)
    {
        var global = realm.GlobalObject;
        // 3-6. Lexical names may not clash with existing lexical or restricted global names; var names not with lexical ones.
        foreach (var name in d.LexicalNames)
        {
            if (realm.GlobalLexicals.ContainsKey(name)) throw new JsException(ErrorKind.SyntaxError, $"Identifier '{name}' has already been declared");
            if (global.GetOwnProperty(name, out var desc) && !desc.Configurable)
                throw new JsException(ErrorKind.SyntaxError, $"Identifier '{name}' has already been declared");
        }
        foreach (var name in d.VarNames.Concat(d.Functions.Select(fn => fn.Name)))
            if (realm.GlobalLexicals.ContainsKey(name)) throw new JsException(ErrorKind.SyntaxError, $"Identifier '{name}' has already been declared");
        // 8-10. Functions must be definable.
        foreach (var (name, _) in d.Functions)
        {
            if (global.GetOwnProperty(name, out var existing) && !existing.Configurable
                && (existing.IsAccessor || !existing.Writable || !existing.Enumerable))
                throw new JsException(ErrorKind.TypeError, $"Cannot redefine property: {name}");
            if (!global.HasOwnProperty(name) && !global.IsExtensible())
                throw new JsException(ErrorKind.TypeError, $"Cannot define property {name}, object is not extensible");
        }
        // 12. Vars must be definable (CanDeclareGlobalVar).
        foreach (var name in d.VarNames)
            if (!global.HasOwnProperty(name) && !global.IsExtensible())
                throw new JsException(ErrorKind.TypeError, $"Cannot add property {name}, object is not extensible");
        // 16. Lexical bindings start uninitialised.
        for (int i = 0; i < d.LexicalNames.Length; i++)
            realm.GlobalLexicals[d.LexicalNames[i]] = new GlobalBinding(d.LexicalNames[i], !d.LexicalIsConst[i]);
        if (d.LexicalNames.Length > 0) realm.GlobalVersion++;
        // 17. Functions: CreateGlobalFunctionBinding (later declarations win).
        var done = new HashSet<string>();
        for (int i = d.Functions.Length - 1; i >= 0; i--)
        {
            var (name, template) = d.Functions[i];
            if (!done.Add(name)) continue;
            var fn = new ScriptFunction(realm, template, null, null);
            if (global.GetOwnProperty(name, out var existing) && !existing.Configurable)
                global.DefinePropertyOrThrow(name, new PropertyDescriptor { Value = fn, Fields = DescriptorFields.Value });
            else
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(fn, PropertyFlags.Writable | PropertyFlags.Enumerable));
            global.Set(name, fn, global);
        }
        // 18. Vars: CreateGlobalVarBinding
        foreach (var name in d.VarNames)
        {
            if (done.Contains(name)) continue;
            if (!global.HasOwnProperty(name) && global.IsExtensible())
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Writable | PropertyFlags.Enumerable));
        }
    }

    /// <summary>9.1.1.2.1 HasBinding of an object environment record with withEnvironment true.</summary>
    private static bool WithHasBinding(JsObject bindingObject, PropertyKey name)
    {
        if (!bindingObject.HasProperty(name)) return false;
        var unscopables = bindingObject.Get(WellKnownSymbols.Unscopables);
        if (unscopables.AsObject is JsObject u && Operations.ToBoolean(u.Get(name))) return false;
        return true;
    }

    /// <summary>9.1.1.2.6 GetBindingValue of a with object: the binding may have gone since it was resolved.</summary>
    private static JsValue WithGetBindingValue(JsObject bindingObject, PropertyKey name, bool strict)
    {
        if (!bindingObject.HasProperty(name))
            return strict ? throw new JsException(ErrorKind.ReferenceError, $"{name} is not defined") : JsValue.Undefined;
        return bindingObject.Get(name);
    }

    /// <summary>9.1.1.2.5 SetMutableBinding of a with object: strict code may not recreate a binding deleted meanwhile.</summary>
    private static void WithSetMutableBinding(JsObject bindingObject, PropertyKey name, JsValue value, bool strict)
    {
        if (!bindingObject.HasProperty(name) && strict) throw new JsException(ErrorKind.ReferenceError, $"{name} is not defined");
        if (!bindingObject.Set(name, value, bindingObject) && strict) throw SetFailed(bindingObject, name);
    }

    /// <summary>PutValue of obj[keyVal] (13.15.2 step 5 for a computed member; 6.2.5.6 PutValue): a dense
    /// array element in place, otherwise the key's ToPropertyKey and [[Set]] (a TypeError for a nullish base).</summary>
    private static void PutKeyed(JsValue obj, JsValue keyVal, JsValue value, bool strict, Realm realm)
    {
        if (obj.RawRef is JsArray arr && keyVal.IsNumber && arr.TrySetDense(keyVal.Number, value)) return;
        if (obj.IsNullish) throw new JsException(ErrorKind.TypeError, NullishAccessMessage("set", obj, keyVal));
        SetProperty(obj, Operations.ToPropertyKey(keyVal), value, strict, realm);
    }

    /// <summary>
    /// V8's words for reading or setting a property of null or undefined; the key is named only when
    /// it is a primitive (converting an object key would run its code before the error).
    /// </summary>
    private static string NullishAccessMessage(string verb, JsValue obj, JsValue keyVal)
    {
        string what = $"Cannot {verb} properties of {(obj.IsNull ? "null" : "undefined")}";
        if (keyVal.IsObject) return what;
        return $"{what} ({(verb == "read" ? "reading" : "setting")} '{(keyVal.IsSymbol ? keyVal.Symbol.ToString() : Operations.ToString(keyVal))}')";
    }

    // ----------------------------------------------------------- properties ----

    /// <summary>Named [[Get]] through a site's cache (the dispatch loop's general path, and engine code
    /// that looks up one name again and again: ResolvePromise's "then").</summary>
    internal static JsValue GetNamedCached(JsObject o, PropertyKey key, JsValue receiver, ref PropertyCache cache)
    {
        if (ReferenceEquals(o.Shape, cache.Shape))
        {
            if (cache.Holder is null) return o.Slots[cache.Slot];
            if (ReferenceEquals(cache.Holder.Shape, cache.HolderShape)) return cache.Holder.Slots[cache.Slot];
        }
        return GetNamedAndCache(o, key, receiver, ref cache);
    }

    /// <summary>Named [[Get]] that fills the inline cache: data properties own or on the direct prototype
    /// in the entry the dispatch loop checks (the one it replaces moves to the site's further entries),
    /// further up the chain or absent in the further entries only.</summary>
    private static JsValue GetNamedAndCache(JsObject o, PropertyKey key, JsValue receiver, ref PropertyCache cache)
    {
        var shape = o.Shape;
        if (o.CachesNamedProperties && !shape.IsDictionary)
        {
            if (cache.More is { } more && more.TryGet(o, out var known)) return known;
            int slot = shape.Lookup(key);
            if (slot >= 0)
            {
                if ((shape.FlagsAt(slot) & PropertyFlags.Accessor) == 0)
                {
                    RememberForLoop(ref cache, shape, null, slot);
                    return o.Slots[slot];
                }
            }
            // Not a key typed arrays read as an element: one may share this shape, which lacks the key.
            else if (!JsTypedArray.IsElementKey(key) && shape.Prototype is { CachesNamedProperties: true } proto
                && (!proto.Shape.IsDictionary || proto.FixShapeAsPrototype()))
            {
                var pshape = proto.Shape;
                int pslot = pshape.Lookup(key);
                if (pslot >= 0 && (pshape.FlagsAt(pslot) & PropertyFlags.Accessor) == 0)
                {
                    RememberForLoop(ref cache, shape, proto, pslot);
                    return proto.Slots[pslot];
                }
                // A subclass's inherited method, a generator's next, an absent option: the slow path's entries.
                // A typed array's named keys are ordinary (the guard above took element keys, array indices among them, out).
                if (pslot < 0 && (o.HasOrdinaryGet || o is JsTypedArray) && shape.KeysFixed
                    && PolymorphicCache.TryResolve(o, key, out var holder, out int hslot, out var between))
                {
                    (cache.More ??= new PolymorphicCache()).Add(shape, holder, holder?.Shape, hslot, between);
                    return holder is null ? JsValue.Undefined : holder.Slots[hslot];
                }
            }
        }
        return o.Get(key, receiver);
    }

    /// <summary>Makes an own or direct-prototype data property the entry the dispatch loop checks; a
    /// different shape it held before becomes one of the site's further entries (polymorphic sites).</summary>
    private static void RememberForLoop(ref PropertyCache cache, Shape shape, JsObject? holder, int slot)
    {
        if (cache.Shape is { } previous && !ReferenceEquals(previous, shape))
            (cache.More ??= new PolymorphicCache()).Add(previous, cache.Holder, cache.HolderShape, cache.Slot, null);
        cache.Shape = shape;
        cache.Holder = holder;
        cache.HolderShape = holder?.Shape;
        cache.Slot = slot;
    }

    /// <summary>The set-site counterpart of <see cref="RememberForLoop"/>: a write to an own slot, or an add (<paramref name="grown"/>).</summary>
    private static void RememberSetForLoop(ref PropertyCache cache, Shape shape, int slot, Shape? grown, Shape[]? chain)
    {
        if (cache.Shape is { } previous && !ReferenceEquals(previous, shape) && cache.Holder is null)
            (cache.More ??= new PolymorphicCache()).Add(previous, null, null, cache.Slot, cache.Chain, cache.NewShape);
        cache.Shape = shape;
        cache.Slot = slot;
        cache.NewShape = grown;
        cache.Chain = chain;
    }

    /// <summary>Named [[Set]] that caches writes to an existing own writable data property and adds
    /// through a plain transition; a site's further shapes are kept (see <see cref="PolymorphicCache"/>).</summary>
    private static void SetNamedAndCache(JsObject o, PropertyKey key, JsValue value, bool strict, ref PropertyCache cache)
    {
        var shape = o.Shape;
        bool cacheable = o.CachesNamedProperties && !shape.IsDictionary;
        if (cacheable && cache.More is { } more && more.TrySet(o, value)) return;
        if (cacheable)
        {
            int slot = shape.Lookup(key);
            if (slot >= 0 && (shape.FlagsAt(slot) & (PropertyFlags.Accessor | PropertyFlags.Writable)) == PropertyFlags.Writable)
            {
                RememberSetForLoop(ref cache, shape, slot, null, null);
                o.NoteOwnPropertyChange(key);
                o.Slots[slot] = value;
                return;
            }
        }
        // Adding a property: cacheable when nothing on the prototype chain can intercept the write.
        if (cacheable && !JsTypedArray.IsElementKey(key) && o.IsExtensible() && shape.Lookup(key) < 0
            && PrototypeChainLacks(shape.Prototype, key, out var chain))
        {
            if (!o.Set(key, value, o))
            {
                if (strict) throw SetFailed(o, key);
                return;
            }
            // Cache only a plain one-slot transition (exotic objects may keep some keys out of the shape).
            var grown = o.Shape;
            if (!grown.IsDictionary && grown.Count == shape.Count + 1 && grown.KeyAt(shape.Count) == key)
                RememberSetForLoop(ref cache, shape, shape.Count, grown, chain);
            return;
        }
        if (!o.Set(key, value, o) && strict)
            throw SetFailed(o, key);
    }

    /// <summary>True when no object on the chain has <paramref name="key"/> and all have cacheable, non-dictionary shapes.</summary>
    private static bool PrototypeChainLacks(JsObject? proto, PropertyKey key, out Shape[] chain)
    {
        var shapes = new List<Shape>(4);
        for (var p = proto; p is not null; p = p.Shape.Prototype)
        {
            if (!p.CachesNamedProperties || p.Shape.IsDictionary || p.Shape.Lookup(key) >= 0 || shapes.Count > 8)
            {
                chain = [];
                return false;
            }
            shapes.Add(p.Shape);
        }
        chain = shapes.ToArray();
        return true;
    }

    /// <summary>The prototypes of <paramref name="o"/> still have the shapes recorded in <paramref name="chain"/>.</summary>
    internal static bool ChainUnchanged(JsObject o, Shape[] chain)
    {
        var p = o.Shape.Prototype;
        for (int i = 0; i < chain.Length; i++)
        {
            if (p is null || !ReferenceEquals(p.Shape, chain[i])) return false;
            p = p.Shape.Prototype;
        }
        return p is null;
    }

    /// <summary>
    /// s.method for a string s: a data property String.prototype holds itself is remembered in the
    /// site's cache (Holder String.prototype with its shape, no receiver shape), so the dispatch
    /// loop reads it without a lookup while String.prototype keeps that shape.
    /// </summary>
    private static JsValue GetOnPrimitiveAndCache(Realm realm, JsValue v, PropertyKey key, ref PropertyCache cache)
    {
        var proto = realm.StringPrototype;
        if (v.IsString && !key.IsArrayIndex && !(key.IsString && key.Name == "length") && !proto.Shape.IsDictionary)
        {
            int slot = proto.Shape.Lookup(key);
            if (slot >= 0 && (proto.Shape.FlagsAt(slot) & PropertyFlags.Accessor) == 0)
            {
                cache = new PropertyCache { Holder = proto, HolderShape = proto.Shape, Slot = slot, More = cache.More };
                return proto.Slots[slot];
            }
        }
        return GetOnPrimitive(realm, v, key);
    }

    private static JsValue GetOnPrimitive(Realm realm, JsValue v, PropertyKey key)
    {
        if (v.Ref is string s)
        {
            if (key.IsArrayIndex) return key.Index < s.Length ? new JsValue(s[(int)key.Index].ToString()) : realm.StringPrototype.Get(key, v);
            if (key.IsString && key.Name == "length") return s.Length;
            return realm.StringPrototype.Get(key, v);
        }
        if (v.IsNullish)
            throw new JsException(ErrorKind.TypeError, $"Cannot read properties of {(v.IsNull ? "null" : "undefined")} (reading '{(key.IsSymbol ? key.Symbol.ToString() : key.Name)}')");
        return realm.PrototypeForPrimitive(v).Get(key, v);
    }

    /// <summary>GetKeyed or GetKeyedKeep of an object (<paramref name="obj"/> is one) from the dispatch loop, whose frame's
    /// pc is past the instruction: the site's key first, as the site's cache knows it.</summary>
    private static JsValue GetKeyedOnObject(Frame frame, JsValue obj, JsValue keyVal)
    {
        ref var site = ref frame.Template.KeyedCaches[frame.Template.Code[frame.Pc - 1]];
        return site.TryGet(Unsafe.As<JsObject>(obj.RawRef!), keyVal.RawRef, out var value) ? value : GetKeyed(frame.Realm, obj, keyVal, ref site);
    }

    private static JsValue GetKeyed(Realm realm, JsValue obj, JsValue keyVal, ref KeyedSiteCache site)
    {
        if (obj.RawRef is JsArray arr && keyVal.IsNumber && arr.TryGetDense(keyVal.Number, out var v)) return v;
        // ToPropertyKey(n) is canonical numeric with value n: [[Get]] is TypedArrayGetElement(n).
        if (obj.RawRef is JsTypedArray typed && keyVal.IsNumber) return typed.GetByNumberKey(keyVal.Number);
        if (obj.IsNullish)
            throw new JsException(ErrorKind.TypeError, keyVal.Ref == (object)WellKnownSymbols.Iterator
                ? $"{Operations.DefaultCallSite(obj)} is not iterable (cannot read property Symbol(Symbol.iterator))" // V8's words for this key
                : NullishAccessMessage("read", obj, keyVal));
        // obj[name] with a string name: the site's cache, the realm's keyed lookup cache, or a lookup they will remember.
        if (obj.Ref is JsObject target && keyVal.Ref is string name) return realm.KeyedLookups.Get(target, name, obj, ref site);
        var key = Operations.ToPropertyKey(keyVal);
        return obj.Ref is JsObject o ? o.Get(key, obj) : GetOnPrimitive(realm, obj, key);
    }

    private static void SetProperty(JsValue obj, PropertyKey key, JsValue value, bool strict, Realm realm)
    {
        if (obj.Ref is JsObject o)
        {
            if (!o.Set(key, value, obj) && strict)
                throw SetFailed(o, key);
            return;
        }
        if (obj.IsNullish)
            throw new JsException(ErrorKind.TypeError, $"Cannot set properties of {(obj.IsNull ? "null" : "undefined")} (setting '{key}')");
        // Primitive base: setters on the prototype chain run; data writes fail (TypeError in strict code).
        var proto = realm.PrototypeForPrimitive(obj);
        bool ok = proto.Set(key, value, obj);
        if (!ok && strict)
        {
            // A string's own index or length is read-only; anything else cannot be created on a primitive.
            bool own = obj.IsString && (key.IsArrayIndex ? key.Index < (uint)obj.String.Length : key.IsString && key.Name == "length");
            throw new JsException(ErrorKind.TypeError, own
                ? $"Cannot assign to read only property '{key}' of string '{obj.String}'"
                : $"Cannot create property '{key}' on {Operations.TypeOf(obj)} '{Operations.ToString(obj)}'");
        }
    }

    /// <summary>The TypeError of a failed [[Set]] in strict code, worded as V8 does.</summary>
    private static JsException SetFailed(JsObject o, PropertyKey key)
    {
        if (o is IProxy) return new JsException(ErrorKind.TypeError, $"'set' on proxy: trap returned falsish for property '{key}'");
        // A namespace's message must not evaluate a deferred module (its [[Set]] never does).
        if (o is Modules.ModuleNamespace ns) return new JsException(ErrorKind.TypeError, ns.HasOwnKeyWithoutEvaluation(key)
            ? $"Cannot assign to read only property '{key}' of object '[object {ns.Tag}]'"
            : $"Cannot add property {key}, object is not extensible");
        if (!o.IsExtensible() && !o.HasOwnProperty(key) && !HasOnPrototypeChain(o, key))
            return new JsException(ErrorKind.TypeError, $"Cannot add property {key}, object is not extensible");
        return SetterMissing(o, key) ?? new JsException(ErrorKind.TypeError, $"Cannot assign to read only property '{key}' of {DescribeTarget(o)}");
    }

    /// <summary>V8's TypeError for a failed [[Set]] of a key whose accessor (own or inherited) has no setter; null for any other key.</summary>
    internal static JsException? SetterMissing(JsObject o, PropertyKey key) =>
        Realm.Current is { } realm && FindAccessor(o, key) is { } acc && acc.Set.IsUndefined
            ? new JsException(ErrorKind.TypeError, $"Cannot set property {key} of {Host.Inspector.NoSideEffectsToString(realm, o)} which has only a getter")
            : null;

    /// <summary>An operand as V8 names it in the 'in' operator's TypeError: strings as they are (quotes
    /// in the value included), other values as in messages.</summary>
    private static string InOperand(JsValue v) => v.IsString ? v.String : Operations.ToDisplay(v);

    /// <summary>The accessor a [[Set]] of <paramref name="key"/> on <paramref name="o"/> meets first, if it meets one.</summary>
    private static PropertyDescriptor? FindAccessor(JsObject o, PropertyKey key)
    {
        for (JsObject? p = o; p is not null && p is not IProxy; p = p.GetPrototypeOf())
            if (p.GetOwnProperty(key, out var d)) return d.IsAccessor ? d : null;
        return null;
    }

    private static bool HasOnPrototypeChain(JsObject o, PropertyKey key)
    {
        for (var p = o.GetPrototypeOf(); p is not null && p is not IProxy; p = p.GetPrototypeOf())
            if (p.HasOwnProperty(key)) return true;
        return false;
    }

    private static string DescribeTarget(JsObject o) => o is JsFunction f ? $"function '{f.DebugName}'"
        : $"object '{(o is JsArray or JsTypedArray ? $"[object {o.ClassName}]" : (o.Get("constructor").AsFunction)?.DebugName is { } name ? "#<" + name + ">" : $"[object {o.ClassName}]")}'";

    /// <summary>V8's rendering of the object in "Cannot delete property" (NoSideEffectsToString): a function's source, [object Array], #&lt;Ctor&gt;.</summary>
    private static string DescribeDeleteTarget(JsObject o) => o is Modules.ModuleNamespace ns ? $"[object {ns.Tag}]"
        : Realm.Current is { } realm ? Host.Inspector.NoSideEffectsToString(realm, o) : o switch
    {
        JsFunction f => Builtins.FunctionPrototype.SourceText(f),
        JsArray => "[object Array]",
        _ => Operations.DescribeForError(o),
    };

    private static JsValue DeleteProperty(Realm realm, JsValue obj, PropertyKey key, bool strict)
    {
        if (obj.IsNullish) throw new JsException(ErrorKind.TypeError, $"Cannot convert undefined or null to object");
        var o = Operations.ToObject(realm, obj);
        bool ok = o.Delete(key);
        if (!ok && strict) throw new JsException(ErrorKind.TypeError, o is IProxy
            ? $"'deleteProperty' on proxy: trap returned falsish for property '{key}'"
            : $"Cannot delete property '{key}' of {DescribeDeleteTarget(o)}");
        return JsValue.FromBool(ok);
    }

    /// <summary>13.3.7.3 MakeSuperPropertyReference + GetValue</summary>
    // 9.1.1.3.5 GetSuperBase
    private static JsObject? GetSuperBase(Frame f) =>
        (HomeObjectOf(f) ?? throw new JsException(ErrorKind.SyntaxError, "'super' keyword unexpected here")).GetPrototypeOf();

    private static JsValue SuperGet(Frame f, PropertyKey key, JsValue thisValue) =>
        SuperGet(GetSuperBase(f) is { } proto ? proto : JsValue.Null, key, thisValue);

    /// <summary>GetValue of a super reference whose base (<paramref name="superBase"/>) was taken when it was made.</summary>
    private static JsValue SuperGet(JsValue superBase, PropertyKey key, JsValue thisValue)
    {
        if (superBase.AsObject is not { } proto) throw new JsException(ErrorKind.TypeError, $"Cannot read properties of null (reading '{key}')");
        return proto.Get(key, thisValue);
    }

    private static void SuperSet(Frame f, PropertyKey key, JsValue thisValue, JsValue value) =>
        SuperSet(f, GetSuperBase(f) is { } proto ? proto : JsValue.Null, key, thisValue, value);

    /// <summary>PutValue of a super reference whose base (<paramref name="superBase"/>) was taken when it was made.</summary>
    private static void SuperSet(Frame f, JsValue superBase, PropertyKey key, JsValue thisValue, JsValue value)
    {
        if (superBase.AsObject is not { } proto) throw new JsException(ErrorKind.TypeError, $"Cannot set properties of null (setting '{key}')");
        if (!proto.Set(key, value, thisValue) && f.Template.Strict)
            throw new JsException(ErrorKind.TypeError, $"Cannot assign to read only property '{key}' of object");
    }

    private static JsValue PrivateGet(JsValue obj, PrivateName name)
    {
        // 7.3.31 PrivateGet
        if (obj.AsObject?.PrivateElements is not { } elements || !elements.TryGetValue(name, out var value))
            throw new JsException(ErrorKind.TypeError, name.Kind == 0 ? $"Cannot read private member {name} from an object whose class did not declare it" : BrandCheckFailed(name));
        if (name.Kind == 2)
        {
            if (name.Getter is not JsFunction g) throw new JsException(ErrorKind.TypeError, $"'{name}' was defined without a getter");
            return g.Call(obj, []);
        }
        return value;
    }

    /// <summary>V8's message when an object lacks a class's private methods and accessors.</summary>
    private static string BrandCheckFailed(PrivateName name) =>
        name.IsStatic ? $"Receiver must be class {name.ClassName}" : $"Receiver must be an instance of class {(name.ClassName is { Length: > 0 } c ? c : "anonymous")}";

    private static void PrivateSet(JsValue obj, PrivateName name, JsValue value)
    {
        // 7.3.32 PrivateSet
        if (obj.AsObject?.PrivateElements is not { } elements || !elements.ContainsKey(name))
            throw new JsException(ErrorKind.TypeError, name.Kind == 0 ? $"Cannot write private member {name} to an object whose class did not declare it" : BrandCheckFailed(name));
        switch (name.Kind)
        {
            case 0: elements[name] = value; break;
            case 1: throw new JsException(ErrorKind.TypeError, $"Private method '{name}' is not writable");
            default:
                if (name.Setter is not JsFunction s) throw new JsException(ErrorKind.TypeError, $"'{name}' was defined without a setter");
                s.Call(obj, [value]);
                break;
        }
    }

    // ----------------------------------------------------------------- calls ----

    private static JsValue ConstructResult(Frame f, JsValue v)
    {
        // 10.2.2 [[Construct]] steps 10-12, after the callee's context is gone: errors are of the caller's realm.
        if (v.IsObject) return v;
        if (f.Function is { IsDerived: true })
        {
            var callerRealm = f.Parent?.Realm ?? Realm.Current;
            if (!v.IsUndefined) throw new JsException(ErrorKind.TypeError, "Derived constructors may only return object or undefined") { ErrorRealm = callerRealm };
            if (BoundThis(f).IsHole)
                throw new JsException(ErrorKind.ReferenceError, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor") { ErrorRealm = callerRealm };
        }
        return ConstructedThis(f);
    }

    /// <summary>The frame's this binding, taking one an arrow's super() bound since (through the shared cell).</summary>
    internal static JsValue BoundThis(Frame f)
    {
        if (f.This.IsHole && f.PendingThis is { Value: { IsHole: false } bound }) f.This = bound;
        return f.This;
    }

    /// <summary>V8's words when an object pattern meets undefined or null, naming the first key and the expression.</summary>
    private static JsException CannotDestructure(JsValue v, ErrorSubject? subject)
    {
        string what = v.IsNull ? "null" : "undefined";
        // A nested pattern reads its first key without a check of its own.
        if (subject is { Kind: ErrorSubjectKind.DestructureNested })
            return new JsException(ErrorKind.TypeError, subject.Key is { } k ? $"Cannot read properties of {what} (reading '{k}')" : $"Cannot read properties of {what}");
        string text = subject is { Kind: ErrorSubjectKind.Destructure, Text: { } t } ? t : Operations.DefaultCallSite(v);
        return new JsException(ErrorKind.TypeError, subject?.Key is { } key
            ? $"Cannot destructure property '{key}' of '{text}' as it is {what}."
            : $"Cannot destructure '{text}' as it is {what}.");
    }

    /// <summary>
    /// A call of Function.prototype.call, apply or Reflect.apply that ends in a call of something not callable,
    /// as V8 reports it: call, apply and Reflect.apply make no frame of their own there, so the TypeError names
    /// the call site's callee ("Function.prototype.call.call is not a function"), and the call instruction
    /// (both tiers) throws it. Every other builtin call passes the flag test inline (<see cref="NativeFunction.ForwardsCalls"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CallsNonCallableThrough(JsFunction fo, JsValue[] regs, int fnIndex, int argc) =>
        IsCallForwarder(fo) && ReachesNonCallable(fo, regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc));

    /// <summary>Function.prototype.call, apply or Reflect.apply of any realm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCallForwarder(JsFunction fo) => fo is NativeFunction { ForwardsCalls: true };

    /// <summary>Follows a chain of call/apply/Reflect.apply while each step is known without running code (an
    /// argument list a packed array); apply with an argument list and Reflect.apply check their target themselves,
    /// in their own words ("Function.prototype.apply was called on 5, ..."), as from a builtin's callback.</summary>
    private static bool ReachesNonCallable(JsFunction fo, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        for (int step = 0; step < 8; step++)
        {
            // f.call.bind(3)(), f.call.bind(3).call(): a bound function is its target with its this and arguments first.
            if (fo is BoundFunction bound)
            {
                if (UnbindForwarder(bound, ref thisValue, ref args) is not { } unbound) return false;
                fo = unbound;
            }
            var realm = fo.Realm;
            JsValue target, nextThis;
            ReadOnlySpan<JsValue> nextArgs;
            if (ReferenceEquals(fo, realm.FunctionCall))
            {
                target = thisValue;
                nextThis = args.At(0);
                nextArgs = args.Length > 1 ? args[1..] : [];
            }
            else if (ReferenceEquals(fo, realm.FunctionApply))
            {
                target = thisValue;
                nextThis = args.At(0);
                var list = args.At(1);
                if (list.IsNullish) nextArgs = [];
                else if (target.AsFunction is null || list.RawRef is not JsArray array || !array.IsPacked) return false;
                else nextArgs = array.PackedItems;
            }
            else if (ReferenceEquals(fo, realm.ReflectApply))
            {
                target = args.At(0);
                nextThis = args.At(1);
                if (target.AsFunction is null || args.At(2).RawRef is not JsArray array || !array.IsPacked) return false;
                nextArgs = array.PackedItems;
            }
            else return false;
            if (target.AsFunction is not { } next) return true;
            fo = next;
            thisValue = nextThis;
            args = nextArgs;
        }
        return false;
    }

    /// <summary>What a call of a bound function whose innermost target is call, apply or Reflect.apply calls (10.4.1.1
    /// [[Call]]): that target, with the bound this and the bound arguments first; null for any other target, before
    /// building anything (bound callbacks are called through here).</summary>
    private static JsFunction? UnbindForwarder(BoundFunction bound, ref JsValue thisValue, ref ReadOnlySpan<JsValue> args)
    {
        if (!IsCallForwarder(bound.InnermostTarget)) return null;
        for (var b = bound; ; b = (BoundFunction)b.Target)
        {
            thisValue = b.BoundThis;
            if (b.BoundArguments.Length > 0) args = b.Combine(args);
            if (b.Target is not BoundFunction) return b.Target;
        }
    }

    private static JsException NotCallable(Frame f, int pc, JsValue callee) =>
        new(ErrorKind.TypeError, $"{PrintedCallee(f, pc) ?? CalleeText(f, pc) ?? Operations.ToDisplay(callee)} is not a function");

    private static JsException NotConstructor(Frame f, int pc, JsValue callee) =>
        new(ErrorKind.TypeError, $"{PrintedCallee(f, pc) ?? CalleeText(f, pc, afterNew: true) ?? Operations.ToDisplay(callee)} is not a constructor");

    private static string? PrintedCallee(Frame f, int pc) =>
        f.Template.ErrorSubjectAt(pc) is { Kind: ErrorSubjectKind.Callee, Text: { } t } ? t : null;

    /// <summary>The source text of a call's callee, as V8 quotes it in "x is not a function".</summary>
    private static string? CalleeText(Frame f, int pc, bool afterNew = false)
    {
        var t = f.Template;
        if (t.Source is null) return null;
        int start = t.CalleeStartAt(pc);
        var text = t.Source.Text;
        if (start < 0 || start >= text.Length) return null;
        if (afterNew && text.AsSpan(start).StartsWith("new")) start += 3;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int depth = 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            // V8 quotes o.f?.() as "o.f" and o['f']() as o.f.
            if (c == '(' && depth == 0) return i > start ? text[start..i].Trim().TrimEnd('.').TrimEnd('?').TrimEnd() is { Length: > 0 } callee ? StringKeysAsNames(callee) : null : null;
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') { if (--depth < 0) break; }
            else if (c is '\n' or ';' or ',' && depth == 0) break;
        }
        return depth == 0 && afterNew ? text[start..Math.Min(text.Length, start + 40)].Split([' ', ';', '\n', ')'])[0] : null;
    }

    /// <summary>V8 prints o['f'] as o.f in a callee (a string key that is not an index).</summary>
    private static string StringKeysAsNames(string callee) =>
        callee.Contains('[') ? StringKeyPattern().Replace(callee, m => char.IsAsciiDigit(m.Groups[2].Value.FirstOrDefault()) ? m.Value : "." + m.Groups[2].Value) : callee;

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\s*(['""])([^'""\\\n]*)\1\s*\]")]
    private static partial System.Text.RegularExpressions.Regex StringKeyPattern();

    private static ReadOnlySpan<JsValue> ArrayToArgs(JsArray arr)
    {
        var n = (int)arr.Length;
        var args = new JsValue[n];
        for (int i = 0; i < n; i++)
            if (!arr.TryGetDense((uint)i, out args[i])) args[i] = arr.Get(new PropertyKey((uint)i));
        return args;
    }

    /// <summary>13.3.7.1 SuperCall: super(...args)</summary>
    private JsValue SuperCall(Frame f, ReadOnlySpan<JsValue> args)
    {
        var fn = f.Function;
        while (fn is not null && fn.Template.IsArrowLike) fn = fn.LexicalFunction;
        if (fn is null) throw new JsException(ErrorKind.SyntaxError, "'super' keyword unexpected here");
        var superCtor = fn.GetPrototypeOf();
        if (superCtor is not JsFunction { IsConstructor: true } sc)
        {
            // V8's ThrowNotSuperConstructor: the super constructor's name ("null" when it has none), then the class's.
            string superName = superCtor is JsFunction sf ? (sf.GetOwnDataValue("name") is { IsString: true } n ? n.String : "")
                : superCtor is null ? "null" : Operations.DescribeForError(superCtor);
            if (superName.Length == 0) superName = "null";
            string className = fn.GetOwnDataValue("name") is { IsString: true } cn ? cn.String : "";
            throw new JsException(ErrorKind.TypeError, $"Super constructor {superName} of {(className.Length == 0 ? "anonymous class" : className)} is not a constructor");
        }
        var newTarget = f.NewTarget ?? throw new JsException(ErrorKind.SyntaxError, "'super' keyword unexpected here");
        var result = sc.Construct(args, newTarget);
        if (f.Template.IsArrowLike && f.Function?.LexicalThisCell is { } shared)
        {
            // An arrow made before super() binds the constructor's this wherever it is called from.
            if (!shared.Value.IsHole) throw new JsException(ErrorKind.ReferenceError, "Super constructor may only be called once");
            shared.Value = result;
            f.This = result;
        }
        else
        {
            var owner = FrameOwningThis(f);
            if (!BoundThis(owner).IsHole) throw new JsException(ErrorKind.ReferenceError, "Super constructor may only be called once");
            owner.This = result;
            owner.PendingThis?.Value = result;
        }
        if (fn.Fields is not null || fn.PrivateMethods is not null) InitializeInstanceElements(result.Object, fn);
        return result;
    }

    /// <summary>The unbound this binding an arrow made in <paramref name="f"/> shares: the constructor's, or the one its own arrow shares.</summary>
    private static ThisBindingCell? PendingThisOf(Frame f) =>
        f.Template.IsArrowLike ? f.Function?.LexicalThisCell : f.PendingThis ??= new ThisBindingCell();

    /// <summary>The frame whose this binding an arrow's super() initialises (the constructor's own frame).</summary>
    private Frame FrameOwningThis(Frame f)
    {
        for (var p = f; p is not null; p = p.Parent)
            if (!p.Template.IsArrowLike) return p;
        return f;
    }

    private static void SpreadInto(JsArray target, JsValue iterable, Realm realm, ErrorSubject? subject = null)
    {
        if (iterable.RawRef is JsArray src && src.IsDense && IteratorRecord.HasDefaultArrayIteration(realm, src))
        {
            // A hole reads through the prototype chain (Array.prototype may have elements).
            var items = src.DenseItems;
            for (int i = 0; i < items.Length; i++) target.Push(items[i].IsHole ? src.Get(new PropertyKey((uint)i)) : items[i]);
            // Elements beyond the dense store (length grown without values) likewise.
            for (long i = items.Length; i < src.Length; i++) target.Push(src.Get(new PropertyKey((uint)i)));
            return;
        }
        var rec = IteratorRecord.GetIterator(realm, iterable, subject);
        // V8's array spread names the iterable when the iterator it returned has no callable next.
        if (subject is { Kind: ErrorSubjectKind.Iterate, Text: { } t } && !rec.IsArrayFastPath && rec.NextMethod.AsFunction is null)
            throw new JsException(ErrorKind.TypeError, $"{t} is not iterable");
        while (rec.Step(out var value)) target.Push(value);
    }

    // ------------------------------------------------------------- literals ----

    private static void DefineMethod(JsObject target, PropertyKey key, JsFunction fn, int kind, bool enumerable)
    {
        if (fn is ScriptFunction sf) sf.HomeObject = target;
        var flags = PropertyFlags.Configurable | (enumerable ? PropertyFlags.Enumerable : 0);
        switch (kind)
        {
            case 0:
                if (fn is ScriptFunction { Template.Name: "" }) fn.SetFunctionName(key);
                target.DefinePropertyOrThrow(key, PropertyDescriptor.Data(fn, flags | PropertyFlags.Writable));
                break;
            case 1:
                fn.SetFunctionName(key, "get");
                target.DefinePropertyOrThrow(key, new PropertyDescriptor
                {
                    Get = fn, Enumerable = enumerable, Configurable = true,
                    Fields = DescriptorFields.Get | DescriptorFields.Enumerable | DescriptorFields.Configurable,
                });
                break;
            default:
                fn.SetFunctionName(key, "set");
                target.DefinePropertyOrThrow(key, new PropertyDescriptor
                {
                    Set = fn, Enumerable = enumerable, Configurable = true,
                    Fields = DescriptorFields.Set | DescriptorFields.Enumerable | DescriptorFields.Configurable,
                });
                break;
        }
    }

    /// <summary>7.3.25 CopyDataProperties</summary>
    internal static void CopyDataProperties(Realm realm, JsObject target, JsValue source, ReadOnlySpan<JsValue> excluded)
    {
        if (source.IsNullish) return;
        var from = Operations.ToObject(realm, source);
        foreach (var key in from.OwnPropertyKeys())
        {
            bool skip = false;
            foreach (var ex in excluded)
                if (Operations.ToPropertyKey(ex) == key) { skip = true; break; }
            if (skip) continue;
            if (from.GetOwnProperty(key, out var desc) && desc.Enumerable)
                target.CreateDataPropertyOrThrow(key, from.Get(key, from));
        }
    }

    private JsValue MakeClosure(Frame f, FunctionTemplate t)
    {
        if (!t.IsArrowLike)
        {
            var fn = new ScriptFunction(f.Realm, t, f.Ctx, null);
            if (t.Kind is FunctionKind.ClassFieldInit or FunctionKind.Method or FunctionKind.Getter or FunctionKind.Setter)
                fn.HomeObject = HomeObjectOf(f);
            return fn;
        }
        return new ScriptFunction(f.Realm, t, f.Ctx, null)
        {
            LexicalThis = f.This,
            // Before super(), an arrow shares the constructor's binding instead of copying the hole.
            LexicalThisCell = f.This.IsHole ? PendingThisOf(f) : null,
            LexicalNewTarget = f.NewTargetValue,
            // No HomeObject: super in an arrow finds its function's through LexicalFunction (HomeObjectOf skips arrows).
            LexicalFunction = f.Function,
        };
    }

    /// <summary>15.7.14 ClassDefinitionEvaluation steps 5-18: the constructor and prototype objects.</summary>
    private (ScriptFunction, JsObject) MakeClass(Frame f, ClassTemplate ct, bool hasHeritage, JsValue heritage)
    {
        var realm = f.Realm;
        JsObject? protoParent = realm.ObjectPrototype;
        JsObject constructorParent = realm.FunctionPrototype;
        if (hasHeritage)
        {
            if (heritage.IsNull) protoParent = null;
            else
            {
                if (heritage.AsObject is not JsFunction { IsConstructor: true } superclass)
                    throw new JsException(ErrorKind.TypeError, $"Class extends value {Operations.ToDisplay(heritage).Trim('"')} is not a constructor or null");
                var pp = superclass.Get("prototype");
                if (!pp.IsObject && !pp.IsNull)
                    throw new JsException(ErrorKind.TypeError, $"Class extends value does not have valid prototype property {Operations.ToDisplay(pp)}");
                protoParent = pp.AsObject;
                constructorParent = superclass;
            }
        }
        var proto = new JsObject(protoParent);
        var F = new ScriptFunction(realm, ct.Constructor, f.Ctx, constructorParent) { HomeObject = proto };
        F.FastSet("prototype", proto, PropertyFlags.None);
        proto.FastSet("constructor", F, PropertyFlags.Hidden);
        return (F, proto);
    }

    private static void AddClassElement(ScriptFunction F, JsObject proto, JsValue key, JsFunction? init, int kind)
    {
        if (init is ScriptFunction sf) sf.HomeObject = kind == 0 ? proto : F;
        var element = new ClassElement(key.Ref is PrivateName ? key : Operations.ToPropertyKey(key).ToJsValue(), init, kind);
        if (kind == 0) (F.Fields ??= new()).Add(element);
        else (F.StaticElements ??= new()).Add(element);
    }

    private static void DefinePrivateMethod(JsObject target, PrivateName name, ScriptFunction fn, int kind, bool isStatic)
    {
        fn.HomeObject = target;
        name.IsStatic = isStatic;
        if (kind == 0)
        {
            name.Kind = 1;
            name.Method = fn;
        }
        else
        {
            name.Kind = 2;
            if (kind == 1) { name.Getter = fn; fn.SetFunctionName(name.Description, "get"); }
            else { name.Setter = fn; fn.SetFunctionName(name.Description, "set"); }
        }
        // Instance methods are installed on each instance at construction; statics now, on the class.
        var F = isStatic ? (ScriptFunction)target : (ScriptFunction)target.Get("constructor").Object;
        name.ClassName = F.GetOwnDataValue("name") is { IsString: true } cn ? cn.String : "";
        if (isStatic)
        {
            var elements = F.PrivateElements ??= new();
            elements[name] = name.Kind == 1 ? fn : JsValue.Undefined;
        }
        else
        {
            var list = F.PrivateMethods ??= new();
            if (!list.Contains(name)) list.Add(name);
        }
    }

    private static void RunStaticInitializers(ScriptFunction F)
    {
        if (F.StaticElements is null) return;
        foreach (var e in F.StaticElements)
        {
            if (e.Kind == 2) { e.Initializer!.Call(F, []); continue; }
            var value = e.Initializer is null ? JsValue.Undefined : e.Initializer.Call(F, []);
            DefineField(F, e.Key, value);
        }
        F.StaticElements = null;
    }

    /// <summary>7.3.34 InitializeInstanceElements</summary>
    private static void InitializeInstanceElements(JsObject obj, ScriptFunction constructor)
    {
        if (constructor.PrivateMethods is { } methods)
        {
            EnsureCanAddPrivateElement(obj);
            var elements = obj.PrivateElements ??= new();
            foreach (var m in methods)
            {
                if (elements.ContainsKey(m)) throw new JsException(ErrorKind.TypeError, "Cannot initialize private methods of class twice on the same object");
                elements[m] = m.Kind == 1 ? m.Method! : JsValue.Undefined;
            }
        }
        if (constructor.Fields is { } fields)
        {
            foreach (var e in fields)
            {
                var value = e.Initializer is null ? JsValue.Undefined : e.Initializer.Call(obj, []);
                DefineField(obj, e.Key, value);
            }
        }
    }

    /// <summary>7.3.31 PrivateFieldAdd / 7.3.32 PrivateMethodOrAccessorAdd: a non-extensible object takes no
    /// new private elements (a proxy's own extensibility, never its target's: no trap runs).</summary>
    private static void EnsureCanAddPrivateElement(JsObject obj)
    {
        if (obj is not IProxy && !obj.IsExtensible())
            throw new JsException(ErrorKind.TypeError, "Cannot define private field on a non-extensible object");
    }

    /// <summary>7.3.33 DefineField</summary>
    private static void DefineField(JsObject receiver, JsValue key, JsValue value)
    {
        if (key.Ref is PrivateName pn)
        {
            var elements = receiver.PrivateElements ??= new();
            if (elements.ContainsKey(pn)) throw new JsException(ErrorKind.TypeError, $"Cannot initialize {pn} twice on the same object");
            EnsureCanAddPrivateElement(receiver);
            elements[pn] = value;
            return;
        }
        receiver.CreateDataPropertyOrThrow(Operations.ToPropertyKey(key), value);
    }

    /// <summary>13.2.8.4 GetTemplateObject</summary>
    private static JsArray GetTemplateObject(Realm realm, TemplateSite site)
    {
        if (realm.TemplateMap.TryGetValue(site, out var existing)) return existing;
        var raw = realm.NewArray();
        var template = realm.NewArray();
        for (int i = 0; i < site.Raw.Length; i++)
        {
            template.Push(site.Cooked[i] is { } c ? new JsValue(c) : JsValue.Undefined);
            raw.Push(site.Raw[i]);
        }
        FreezeArray(raw);
        template.DefinePropertyOrThrow("raw", PropertyDescriptor.Data(raw, PropertyFlags.None));
        FreezeArray(template);
        realm.TemplateMap[site] = template;
        return template;
    }

    private static void FreezeArray(JsArray a)
    {
        foreach (var key in a.OwnPropertyKeys())
        {
            a.GetOwnProperty(key, out var d);
            var nd = new PropertyDescriptor { Configurable = false, Fields = DescriptorFields.Configurable };
            if (!d.IsAccessor) { nd.Writable = false; nd.Fields |= DescriptorFields.Writable; }
            a.DefineOwnProperty(key, nd);
        }
        a.PreventExtensions();
    }

    /// <summary>10.4.4.6 CreateUnmappedArgumentsObject (mapped arguments are not modelled).</summary>
    private static JsValue CreateArgumentsObject(Frame f)
    {
        var realm = f.Realm;
        var args = f.Args ?? [];
        var obj = f.Template.MappedParameterSlots is { } slots
            ? new MappedArgumentsObject(realm.ObjectPrototype, f.Ctx!, slots, args.Length)
            : new ArgumentsObject(realm.ObjectPrototype);
        for (int i = 0; i < args.Length; i++) obj.FastSet(new PropertyKey((uint)i), args[i]);
        obj.FastSet("length", args.Length, PropertyFlags.Hidden);
        obj.FastSet(WellKnownSymbols.Iterator, realm.ArrayPrototype.Get("values"), PropertyFlags.Hidden);
        if (f.Template.Strict || f.Template.HasNonSimpleParameterList || !f.Template.IsArrowLike && f.Template.Kind != FunctionKind.Normal)
            obj.FastSetAccessor("callee", realm.ThrowTypeError, realm.ThrowTypeError, PropertyFlags.None);
        else obj.FastSet("callee", f.Function is null ? JsValue.Undefined : f.Function, PropertyFlags.Hidden);
        return obj;
    }

    private static IteratorRecord GetAsyncIterator(Realm realm, JsValue v) => AsyncIteratorRecord.GetAsyncIterator(realm, v);

    /// <summary>
    /// GetActiveScriptOrModule for import(): the file the code was compiled from, or for eval code
    /// (compiled from no file) the file of the code that called eval.
    /// </summary>
    private static string ImportReferrer(Frame f, string compiledFrom)
    {
        for (var frame = f; !IsFileReferrer(compiledFrom) && frame.Parent is { } parent; frame = parent)
            compiledFrom = parent.Template.Source?.Path ?? compiledFrom;
        return compiledFrom;
    }

    private static bool IsFileReferrer(string path) => path.StartsWith("file://", StringComparison.Ordinal) || Path.IsPathRooted(path);
}

/// <summary>An unmapped arguments object (10.4.4.6 CreateUnmappedArgumentsObject).</summary>
internal class ArgumentsObject(JsObject prototype) : JsObject(prototype)
{
    internal override string ClassName => "Arguments";

}
