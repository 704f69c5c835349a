using Eventide.Runtime;

namespace Eventide.Vm.Modules;

/// <summary>
/// 10.4.6 Module Namespace Exotic Objects: a module's exports as live, read-only properties in
/// code-unit order, with a null prototype, non-extensible, tagged "Module". A deferred namespace
/// (import defer) is tagged "Deferred Module" and evaluates its module when a string key is first
/// used; "then" counts as a symbol there, so awaiting it evaluates nothing.
/// </summary>
internal sealed class ModuleNamespace : JsObject
{
    private readonly ModuleRecord _module;
    /// <summary>[[Exports]]</summary>
    private readonly List<string> _exports;
    /// <summary>[[Deferred]]</summary>
    private readonly bool _deferred;

    /// <summary>10.4.6.12 ModuleNamespaceCreate ( module, exports, phase )</summary>
    internal ModuleNamespace(ModuleRecord module, List<string> exports, bool deferred) : base(null)
    {
        _module = module;
        _deferred = deferred;
        // 6. Let sortedExports be a List whose elements are those of exports, in code unit order.
        exports.Sort(string.CompareOrdinal);
        _exports = exports;
        // 28.3.1 @@toStringTag: "Module" ("Deferred Module"), not writable, enumerable or configurable.
        FastSet(WellKnownSymbols.ToStringTag, deferred ? "Deferred Module" : "Module", PropertyFlags.None);
        base.PreventExtensions();
    }

    /// <summary>"Module" or "Deferred Module", as Object.prototype.toString shows it.</summary>
    internal string Tag => _deferred ? "Deferred Module" : "Module";

    /// <summary>Whether a failed write met an existing property (for V8's message), evaluating nothing.</summary>
    internal bool HasOwnKeyWithoutEvaluation(in PropertyKey key) =>
        IsSymbolLike(key) ? base.GetOwnProperty(key, out _) : key.IsString && _exports.BinarySearch(key.Name, StringComparer.Ordinal) >= 0;

    /// <summary>IsSymbolLikeNamespaceKey ( P, O ): keys answered by the ordinary object, never by the module.</summary>
    private bool IsSymbolLike(in PropertyKey key) => key.IsSymbol || (_deferred && key.Name == "then");

    /// <summary>GetModuleExportsList ( O ): a deferred namespace evaluates its module first.</summary>
    private List<string> GetModuleExportsList()
    {
        // 1. If O.[[Deferred]] is true, perform ? EnsureDeferredNamespaceEvaluation(O).
        if (_deferred) SourceTextModule.EnsureDeferredNamespaceEvaluation(_module);
        // 2. Return O.[[Exports]].
        return _exports;
    }

    internal override string ClassName => "Module";
    internal override bool HasOrdinaryGet => false;
    internal override bool CachesNamedProperties => false;

    private bool IsExport(in PropertyKey key) => key.IsString && GetModuleExportsList().BinarySearch(key.Name, StringComparer.Ordinal) >= 0;

    /// <summary>10.4.6.1 [[GetPrototypeOf]] and 10.4.6.2 [[SetPrototypeOf]] (SetImmutablePrototype).</summary>
    internal override JsObject? GetPrototypeOf() => null;
    internal override bool SetPrototypeOf(JsObject? v) => v is null;
    /// <summary>10.4.6.3 [[IsExtensible]] and 10.4.6.4 [[PreventExtensions]]</summary>
    internal override bool IsExtensible() => false;
    internal override bool PreventExtensions() => true;

    /// <summary>10.4.6.5 [[GetOwnProperty]] ( P )</summary>
    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        // 1. If IsSymbolLikeNamespaceKey(P, O), return OrdinaryGetOwnProperty(O, P).
        if (IsSymbolLike(key)) return base.GetOwnProperty(key, out desc);
        // 3. If exports does not contain P, return undefined.
        if (!IsExport(key)) { desc = default; return false; }
        // 4-5. { [[Value]]: ? O.[[Get]](P, O), [[Writable]]: true, [[Enumerable]]: true, [[Configurable]]: false }.
        desc = PropertyDescriptor.Data(Get(key, this), PropertyFlags.Writable | PropertyFlags.Enumerable);
        return true;
    }

    /// <summary>10.4.6.6 [[DefineOwnProperty]] ( P, Desc )</summary>
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        // 1. If IsSymbolLikeNamespaceKey(P, O), return ! OrdinaryDefineOwnProperty(O, P, Desc).
        if (IsSymbolLike(key)) return OrdinaryDefineOwnProperty(key, desc);
        // 2-3. Let current be ? O.[[GetOwnProperty]](P); if undefined, return false.
        if (!GetOwnProperty(key, out var current)) return false;
        // 4-7. Only a compatible data descriptor that changes nothing is accepted.
        if (desc.Has(DescriptorFields.Configurable) && desc.Configurable) return false;
        if (desc.Has(DescriptorFields.Enumerable) && !desc.Enumerable) return false;
        if (desc.IsAccessor) return false;
        if (desc.Has(DescriptorFields.Writable) && !desc.Writable) return false;
        // 8. If Desc has a [[Value]] field, return SameValue(Desc.[[Value]], current.[[Value]]).
        if (desc.Has(DescriptorFields.Value)) return JsValue.SameValue(desc.Value, current.Value);
        return true;
    }

    /// <summary>10.4.6.7 [[HasProperty]] ( P )</summary>
    internal override bool HasProperty(in PropertyKey key) => IsSymbolLike(key) ? base.HasProperty(key) : IsExport(key);

    /// <summary>10.4.6.8 [[Get]] ( P, Receiver )</summary>
    internal override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        // 1. If IsSymbolLikeNamespaceKey(P, O), return ! OrdinaryGet(O, P, Receiver).
        if (IsSymbolLike(key)) return base.Get(key, receiver);
        // 3. If exports does not contain P, return undefined.
        if (!IsExport(key)) return JsValue.Undefined;
        // 4-12. The binding's current value (a ReferenceError before it is initialised).
        return _module.ReadExport(key.Name);
    }

    /// <summary>10.4.6.9 [[Set]]: namespaces are read-only.</summary>
    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => false;

    /// <summary>10.4.6.10 [[Delete]] ( P )</summary>
    internal override bool Delete(in PropertyKey key) => IsSymbolLike(key) ? base.Delete(key) : !IsExport(key);

    /// <summary>10.4.6.11 [[OwnPropertyKeys]]: the exports, then the symbol keys.</summary>
    internal override List<PropertyKey> OwnPropertyKeys()
    {
        // 1. Let exports be ? GetModuleExportsList(O) (a deferred namespace leaves "then" out).
        var exports = GetModuleExportsList();
        var keys = new List<PropertyKey>(exports.Count + 1);
        foreach (var name in exports) if (!(_deferred && name == "then")) keys.Add(new PropertyKey(name));
        foreach (var k in base.OwnPropertyKeys()) if (k.IsSymbol) keys.Add(k);
        return keys;
    }
}
