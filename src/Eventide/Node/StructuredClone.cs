using Eventide.Builtins;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// structuredClone(value, { transfer }) (HTML 2.7 StructuredSerializeInternal and
/// StructuredDeserialize, done as one walk that copies instead of serializing): primitives,
/// plain objects, arrays (holes and extra properties kept), Date, RegExp, Map, Set, errors, boxed
/// primitives, ArrayBuffers (copied, or moved by the transfer list, which detaches the original),
/// SharedArrayBuffers (shared), typed arrays and DataViews (over their buffer's clone), cycles and
/// shared references. Functions, symbols, proxies and other exotic objects throw node's
/// DataCloneError DOMException.
/// </summary>
internal sealed class StructuredClone
{
    private readonly Realm _realm;
    private readonly Intrinsics _intrinsics;
    private readonly Dictionary<JsObject, JsObject> _memory = new(ReferenceEqualityComparer.Instance);

    private StructuredClone(Realm realm, Intrinsics intrinsics)
    {
        _realm = realm;
        _intrinsics = intrinsics;
    }

    /// <summary>The constructors the clones are made with, taken before any script could replace the globals
    /// (RegExp is the realm's %RegExp%, asked when a regexp is cloned: it is created on first use).</summary>
    private sealed record Intrinsics(JsValue Date, JsValue Map, JsValue Set, JsValue Number, JsValue Boolean, JsValue String, JsValue Object);

    /// <summary>The global structuredClone.</summary>
    public static void Setup(Realm realm) =>
        // node defines it enumerable, like the other per-context globals.
        realm.GlobalObject.FastSet("structuredClone", Create(realm), PropertyFlags.Default);

    /// <summary>A structuredClone function: also what node's own modules call, granted or not (web_binding).</summary>
    public static NativeFunction Create(Realm realm)
    {
        var global = realm.GlobalObject;
        var intrinsics = new Intrinsics(global.Get("Date"), global.Get("Map"), global.Get("Set"),
            global.Get("Number"), global.Get("Boolean"), global.Get("String"), global.Get("Object"));
        return new NativeFunction(realm, "structuredClone", 0, (_, args) =>
        {
            if (args.Length == 0) throw Coded(realm, "ERR_MISSING_ARGS", "The value argument must be specified");
            var transfer = TransferList(realm, args.At(1));
            var clone = new StructuredClone(realm, intrinsics);
            // The transferred buffers' copies take over their bytes; the originals are detached after the walk.
            foreach (var buffer in transfer)
            {
                // A buffer already detached moves as one (node 20 does not object).
                var moved = new JsArrayBuffer(realm.ArrayBufferPrototype, buffer.Data ?? [], buffer.MaxByteLength);
                if (buffer.IsDetached) moved.Detach();
                clone._memory[buffer] = moved;
            }
            var result = clone.Clone(args[0]);
            foreach (var buffer in transfer) buffer.Detach(buffer.DetachKey);
            return result;
        }).HiddenFromStacks(); // node's is script in node's internals, not a builtin's line
    }

    /// <summary>The options argument: undefined, null or an object whose transfer is an iterable of ArrayBuffers.</summary>
    private static List<JsArrayBuffer> TransferList(Realm realm, JsValue options)
    {
        var buffers = new List<JsArrayBuffer>();
        if (options.IsNullish) return buffers;
        if (options.AsObject is not { } optionsObject)
            throw Coded(realm, "ERR_INVALID_ARG_TYPE", "The options argument must be either an object or undefined");
        var transfer = optionsObject.Get("transfer");
        if (transfer.IsUndefined) return buffers;
        var iteratorMethod = transfer.IsObject ? transfer.Object.Get(WellKnownSymbols.Iterator) : JsValue.Undefined;
        if (iteratorMethod.AsFunction is not { } method)
            throw Coded(realm, "ERR_INVALID_ARG_TYPE", "Optional transferList argument must be an iterable");
        var iterator = method.Call(transfer, []);
        var next = Operations.GetV(iterator, "next");
        while (true)
        {
            var result = Operations.Call(next, iterator, []);
            if (result.AsObject is not { } step) throw JsException.TypeError($"Iterator result {Operations.ToString(result)} is not an object");
            if (Vm.Interpreter.IteratorComplete(realm, step)) break;
            var item = Vm.Interpreter.IteratorValue(realm, step);
            if (item.AsObject is not JsArrayBuffer { IsShared: false } buffer)
                throw Coded(realm, "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList");
            if (buffers.Contains(buffer)) throw DataCloneError(realm, "Transfer list contains duplicate ArrayBuffer");
            if (buffer.IsImmutable) throw DataCloneError(realm, "An immutable ArrayBuffer cannot be transferred");
            buffers.Add(buffer);
        }
        return buffers;
    }

    private JsValue Clone(JsValue value)
    {
        if (value.IsSymbol) throw DataCloneError(value.Symbol.ToString());
        if (value.AsObject is not { } source) return value;
        if (_memory.TryGetValue(source, out var seen)) return seen;
        switch (source)
        {
            case JsArrayBuffer buffer:
                return Remember(source, CloneBuffer(buffer));
            case JsTypedArray view:
            {
                var buffer = (JsArrayBuffer)Clone(view.Buffer).Object;
                return Remember(source, new JsTypedArray(_realm.TypedArrayPrototypes[(int)view.Type], view.Type, buffer, view.ByteOffset, view.IsLengthTracking ? -1 : view.Length));
            }
            case JsDataView view:
            {
                var buffer = (JsArrayBuffer)Clone(view.Buffer).Object;
                return Remember(source, new JsDataView(_realm.DataViewPrototype, buffer, view.ByteOffset, view.IsLengthTracking ? -1 : view.ViewByteLength));
            }
            case IProxy:
                throw DataCloneError("#<Object>");
            case JsFunction function:
                throw DataCloneError(Operations.ToString(Operations.Call(_realm.FunctionPrototype.Get("toString"), function, [])));
            case PrimitiveWrapper { PrimitiveValue.IsSymbol: true }:
                throw DataCloneError("[object Symbol]");
            case PrimitiveWrapper wrapper:
                return Remember(source, Operations.Call(_intrinsics.Object, JsValue.Undefined, [wrapper.PrimitiveValue]).Object);
            case StringObject text:
                return Remember(source, Construct(_intrinsics.String, text.Value));
            case JsDate date:
                return Remember(source, Construct(_intrinsics.Date, date.DateValue));
            case JsRegExp regexp:
                return Remember(source, Construct(_realm.RegExpConstructor, regexp.Source, regexp.Flags));
            case JsMapOrSet collection:
                return CloneCollection(collection);
            case JsError error:
                return CloneError(error);
            case JsArray array:
            {
                var copy = _realm.NewArray();
                copy.SetLength(array.Length);
                _memory[source] = copy;
                CopyProperties(array, copy);
                return copy;
            }
        }
        if (source.ClassName != "Object")
            throw DataCloneError(Operations.DescribeForError(source));
        var plain = _realm.NewObject();
        _memory[source] = plain;
        CopyProperties(source, plain);
        return plain;
    }

    /// <summary>
    /// A copy of the bytes (same resizability), or for a SharedArrayBuffer a second object over the same
    /// memory; an immutable buffer's copy is immutable too and may share the bytes, which never change.
    /// </summary>
    private JsArrayBuffer CloneBuffer(JsArrayBuffer buffer)
    {
        if (buffer.IsShared) return new JsArrayBuffer(_realm.SharedArrayBufferPrototype, buffer.Data!, buffer.MaxByteLength, shared: true);
        if (buffer.IsDetached) throw DataCloneError(_realm, "An ArrayBuffer is detached and could not be cloned.");
        if (buffer.IsImmutable) return new JsArrayBuffer(_realm.ArrayBufferPrototype, buffer.Data!, immutable: true);
        return new JsArrayBuffer(_realm.ArrayBufferPrototype, (byte[])buffer.Data!.Clone(), buffer.MaxByteLength);
    }

    private JsObject Remember(JsObject source, JsObject copy)
    {
        _memory[source] = copy;
        return copy;
    }

    private static JsObject Construct(JsValue constructor, params JsValue[] args) => Operations.Construct(constructor, args).Object;

    /// <summary>Own enumerable string-keyed properties, read with [[Get]] (getters run) and cloned in order.</summary>
    private void CopyProperties(JsObject source, JsObject copy)
    {
        foreach (var key in source.OwnPropertyKeys())
        {
            if (key.IsSymbol || !source.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
            copy.CreateDataProperty(key, Clone(source.Get(key)));
        }
    }

    private JsObject CloneCollection(JsMapOrSet collection)
    {
        var copy = (JsMapOrSet)Construct(collection.IsMap ? _intrinsics.Map : _intrinsics.Set);
        _memory[collection] = copy;
        // The entries are read first, so that cloning (which may run getters) cannot change what is copied.
        var table = collection.Table;
        var entries = new List<(JsValue Key, JsValue Value)>();
        for (int i = 0; i < table.Used; i++)
            if (table.IsLive(i)) entries.Add((table.KeyAt(i), table.ValueAt(i)));
        foreach (var (key, value) in entries)
            copy.Table.Set(Clone(key), collection.IsMap ? Clone(value) : Clone(key));
        return copy;
    }

    /// <summary>An error keeps its standard kind (else Error), message, stack and cause, as V8 serializes it.</summary>
    private JsObject CloneError(JsError error)
    {
        var name = error.Get("name");
        var kind = (name.IsString ? name.String : "") switch
        {
            "EvalError" => ErrorKind.EvalError,
            "RangeError" => ErrorKind.RangeError,
            "ReferenceError" => ErrorKind.ReferenceError,
            "SyntaxError" => ErrorKind.SyntaxError,
            "TypeError" => ErrorKind.TypeError,
            "URIError" => ErrorKind.URIError,
            _ => ErrorKind.Error,
        };
        var copy = new JsError(_realm.ErrorPrototypes[(int)kind]);
        _memory[error] = copy;
        if (error.GetOwnProperty("message", out _)) copy.FastSet("message", Operations.ToString(error.Get("message")), PropertyFlags.Hidden);
        if (error.Get("stack") is { IsString: true } stack) copy.FastSet("stack", stack, PropertyFlags.Hidden);
        if (error.GetOwnProperty("cause", out _)) copy.FastSet("cause", Clone(error.Get("cause")), PropertyFlags.Hidden);
        return copy;
    }

    /// <summary>node's DataCloneError for a value: "X could not be cloned."</summary>
    private JsException DataCloneError(string what) => DataCloneError(_realm, $"{what} could not be cloned.");

    /// <summary>A DOMException named DataCloneError.</summary>
    private static JsException DataCloneError(Realm realm, string message)
    {
        var domException = realm.Engine.Modules.LoadBuiltinExports("internal/dom_exception").Object.Get("DOMException");
        return new JsException(Operations.Construct(domException, [message, "DataCloneError"]));
    }

    private static JsException Coded(Realm realm, string code, string message)
    {
        var error = realm.CreateError(ErrorKind.TypeError, message);
        error.FastSet("code", code, PropertyFlags.Default);
        return new JsException(error);
    }
}
