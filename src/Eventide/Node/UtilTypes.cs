using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;
using Eventide.Vm;
using Eventide.Vm.Modules;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>
/// util.types: V8's brand checks by internal slot, not by prototype, so subclasses, objects
/// from other realms and objects with a swapped prototype answer as in node, and a proxy is
/// never what it wraps.
/// </summary>
internal static class UtilTypes
{
    private static readonly (string Name, Func<JsValue, bool> Test)[] Predicates =
    [
        ("isExternal", _ => false),
        ("isDate", v => v.AsObject is JsDate),
        ("isArgumentsObject", v => v.AsObject is ArgumentsObject),
        ("isBigIntObject", v => v.AsObject is PrimitiveWrapper { PrimitiveValue.IsBigInt: true }),
        ("isBooleanObject", v => v.AsObject is PrimitiveWrapper { PrimitiveValue.IsBoolean: true }),
        ("isNumberObject", v => v.AsObject is PrimitiveWrapper { PrimitiveValue.IsNumber: true }),
        ("isStringObject", v => v.AsObject is StringObject),
        ("isSymbolObject", v => v.AsObject is PrimitiveWrapper { PrimitiveValue.IsSymbol: true }),
        ("isNativeError", v => v.AsObject is JsError),
        ("isRegExp", v => v.AsObject is JsRegExp),
        ("isAsyncFunction", v => KindOf(v) is FunctionKind.Async or FunctionKind.AsyncArrow or FunctionKind.AsyncGenerator),
        ("isGeneratorFunction", v => KindOf(v) is FunctionKind.Generator or FunctionKind.AsyncGenerator),
        ("isGeneratorObject", v => v.AsObject is GeneratorObject or AsyncGeneratorObject),
        ("isPromise", v => v.AsObject is JsPromise),
        ("isMap", v => v.AsObject is JsMapOrSet { IsMap: true }),
        ("isSet", v => v.AsObject is JsMapOrSet { IsMap: false }),
        ("isMapIterator", v => v.AsObject is CollectionIterator { IsMap: true }),
        ("isSetIterator", v => v.AsObject is CollectionIterator { IsMap: false }),
        ("isWeakMap", v => v.AsObject is JsWeakCollection { IsMap: true }),
        ("isWeakSet", v => v.AsObject is JsWeakCollection { IsMap: false }),
        ("isArrayBuffer", v => v.AsObject is JsArrayBuffer { IsShared: false }),
        ("isDataView", v => v.AsObject is JsDataView),
        ("isSharedArrayBuffer", v => v.AsObject is JsArrayBuffer { IsShared: true }),
        ("isProxy", v => v.AsObject is JsProxy),
        ("isModuleNamespaceObject", v => v.AsObject is ModuleNamespace),
        ("isAnyArrayBuffer", v => v.AsObject is JsArrayBuffer),
        ("isBoxedPrimitive", v => v.AsObject is PrimitiveWrapper or StringObject),
        ("isArrayBufferView", v => v.AsObject is JsTypedArray or JsDataView),
        ("isTypedArray", v => v.AsObject is JsTypedArray),
    ];

    private static FunctionKind? KindOf(JsValue v) => v.AsObject is ScriptFunction f ? f.Template.Kind : null;

    /// <summary>The predicates above as native functions on a fresh object (the JS side adds the typed-array kinds).</summary>
    public static JsObject Create(Realm realm)
    {
        var types = realm.NewObject();
        foreach (var (name, test) in Predicates)
            types.CreateDataProperty(name, new NativeFunction(realm, name, 1, (_, args) => test(args.At(0))));
        return types;
    }
}
