using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>ShadowRealm proposal 3.4 Properties of the ShadowRealm Prototype Object.</summary>
internal static class ShadowRealmPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = realm.ShadowRealmPrototype;
        // 3.4.1 ShadowRealm.prototype.evaluate ( sourceText )
        realm.DefineMethod(proto, "evaluate", 1, (thisValue, args) =>
        {
            // 1-2. Perform ? ValidateShadowRealmObject(O).
            var o = ValidateShadowRealmObject(realm, thisValue, "evaluate");
            // 3. If sourceText is not a String, throw a TypeError exception.
            var sourceText = args.At(0);
            if (!sourceText.IsString) throw realm.Error(ErrorKind.TypeError, "Invalid value used as source text for ShadowRealm.prototype.evaluate");
            // 4. Let callerRealm be the current Realm Record (this function's). 5. Let evalRealm be O.[[ShadowRealm]].
            // 6. Return ? PerformShadowRealmEval(sourceText, callerRealm, evalRealm).
            return realm.Engine.Interpreter.PerformShadowRealmEval(sourceText.String, realm, o.ShadowRealm);
        });
        // 3.4.2 ShadowRealm.prototype.importValue ( specifier, exportName )
        realm.DefineMethod(proto, "importValue", 2, (thisValue, args) =>
        {
            // 1-2. Perform ? ValidateShadowRealmObject(O).
            var o = ValidateShadowRealmObject(realm, thisValue, "importValue");
            // 3. Let specifierString be ? ToString(specifier).
            string specifierString = Operations.ToString(args.At(0));
            // 4. If exportName is not a String, throw a TypeError exception.
            var exportName = args.At(1);
            if (!exportName.IsString) throw realm.Error(ErrorKind.TypeError, "Invalid value used as export name for ShadowRealm.prototype.importValue");
            // 5-7. Return ShadowRealmImportValue(specifierString, exportName, callerRealm, evalRealm).
            return ShadowRealmImportValue(specifierString, exportName.String, realm, o);
        });
        // 3.4.3 ShadowRealm.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "ShadowRealm", PropertyFlags.Configurable);
    }

    /// <summary>3.1.4 ValidateShadowRealmObject ( O ): the receiver has a [[ShadowRealm]] slot (a TypeError of the method's realm otherwise).</summary>
    private static JsShadowRealm ValidateShadowRealmObject(Realm realm, JsValue o, string method) =>
        o.AsObject as JsShadowRealm
        ?? throw realm.Error(ErrorKind.TypeError, $"Method ShadowRealm.prototype.{method} called on incompatible receiver {Operations.ToDisplay(o)}");

    /// <summary>3.1.2 ShadowRealmImportValue ( specifierString, exportNameString, callerRealm, evalRealm )</summary>
    private static JsValue ShadowRealmImportValue(string specifierString, string exportNameString, Realm callerRealm, JsShadowRealm o)
    {
        // 2. Let innerCapability be ! NewPromiseCapability(%Promise%).
        var innerCapability = PromiseCapability.ForIntrinsic(callerRealm);
        // 1, 3-9. HostLoadImportedModule(evalRealm, specifierString, empty, innerCapability) in evalRealm's context.
        callerRealm.Engine.ImportIntoRealm(o.ShadowRealm, specifierString, o.Referrer, innerCapability);
        // 10-12. onFulfilled: an ExportGetter of exportNameString, a function of callerRealm.
        var onFulfilled = new NativeFunction(callerRealm, "", 1, (_, args) => ExportGetter(callerRealm, args.At(0), exportNameString));
        // 13-14. onRejected: ImportValueError, a TypeError of callerRealm with a copy of the error's message.
        var onRejected = new NativeFunction(callerRealm, "", 1, (_, args) =>
            throw WrappedFunction.CrossingError(callerRealm, new JsException(args.At(0)), "Cannot import in ShadowRealm"));
        // 15. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var promiseCapability = PromiseCapability.ForIntrinsic(callerRealm);
        // 16. Return PerformPromiseThen(innerCapability.[[Promise]], onFulfilled, onRejected, promiseCapability).
        return PromiseOperations.PerformPromiseThen((JsPromise)innerCapability.Promise, onFulfilled, onRejected, promiseCapability);
    }

    /// <summary>3.1.2 ExportGetter functions: the export named <paramref name="exportNameString"/> of the namespace, wrapped for <paramref name="realm"/>.</summary>
    private static JsValue ExportGetter(Realm realm, JsValue exports, string exportNameString)
    {
        // a. Assert: exports is a module namespace exotic object.
        var ns = (JsObject)exports.Object;
        // e. Let hasOwn be ? HasOwnProperty(exports, string). f. If hasOwn is false, throw a TypeError exception.
        if (!ns.HasOwnProperty(exportNameString))
            throw realm.Error(ErrorKind.TypeError, $"The requested module does not provide an export named '{exportNameString}'");
        // g. Let value be ? Get(exports, string).
        var value = ns.Get(exportNameString);
        // h-i. Return ? GetWrappedValue(realm, value).
        return WrappedFunction.GetWrappedValue(realm, value);
    }
}
