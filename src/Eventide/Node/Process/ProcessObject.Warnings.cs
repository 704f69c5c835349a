using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>process.emitWarning and node's default 'warning' handler.</summary>
internal static partial class ProcessObject
{
    private static void SetupWarnings(Realm realm, JsObject process)
    {
        var engine = realm.Engine;
        bool hintShown = false;
        // node's own 'warning' listener, which comes before any the script adds: the warning on stderr.
        var print = new NativeFunction(realm, "onWarning", 1, (_, args) =>
        {
            if (args.At(0).AsObject is JsError warning) engine.Err.Write(FormatWarning(realm, process, warning, ref hintShown));
            return JsValue.Undefined;
        });
        engine.ProcessEvents.Add("warning", print, once: false, prepend: false);
        realm.DefineMethod(process, "emitWarning", 4, (_, args) =>
        {
            var warning = CreateWarning(realm, args.At(0), args.At(1), args.At(2));
            bool deprecation = Operations.ToString(warning.Get("name")) == "DeprecationWarning";
            if (deprecation && Operations.ToBoolean(process.Get("noDeprecation"))) return JsValue.Undefined;
            // Thrown on the next tick, after the warnings already emitted have been printed.
            if (deprecation && Operations.ToBoolean(process.Get("throwDeprecation")))
            {
                engine.EnqueueTick(new NativeFunction(realm, "", 0, (_, _) => throw new JsException(warning)), []);
                return JsValue.Undefined;
            }
            // Listeners hear of it on the next tick, as in node.
            engine.EnqueueTick(new NativeFunction(realm, "", 0, (_, _) => { engine.EmitProcessEvent("warning", warning); return JsValue.Undefined; }), []);
            return JsValue.Undefined;
        });
    }

    /// <summary>emitWarning(warning[, type | options[, code]]): a string becomes an Error named after the type (default "Warning").</summary>
    private static JsError CreateWarning(Realm realm, JsValue warning, JsValue type, JsValue code)
    {
        JsValue detail = JsValue.Undefined;
        if (type.AsObject is { } options && type.AsFunction is null)
        {
            type = options.Get("type");
            code = options.Get("code");
            if (options.Get("detail") is { IsString: true } text) detail = text;
        }
        else if (type.AsFunction is not null)
        {
            type = JsValue.Undefined; // a constructor to cut the stack at
        }
        if (code.AsFunction is not null) code = JsValue.Undefined; // emitWarning(warning, type, ctor)
        if (!type.IsUndefined && !type.IsString) throw CodedErrors.InvalidArgType(realm, "type", "string", type);
        if (!code.IsUndefined && !code.IsString) throw CodedErrors.InvalidArgType(realm, "code", "string", code);
        if (warning.AsObject is JsError error) return error;
        if (!warning.IsString) throw CodedErrors.InvalidArg(realm, "warning", "of type string or an instance of Error", warning);
        var created = (JsError)realm.CreateError(ErrorKind.Error, warning.String);
        string name = type.IsString && type.String.Length > 0 ? type.String : "Warning";
        created.FastSet("name", name, PropertyFlags.Hidden | PropertyFlags.Enumerable);
        if (created.Get("stack") is { IsString: true } stack && stack.String.StartsWith("Error", StringComparison.Ordinal))
            created.FastSet("stack", name + stack.String["Error".Length..], PropertyFlags.Hidden);
        if (!code.IsUndefined) created.CreateDataPropertyOrThrow("code", code);
        if (!detail.IsUndefined) created.CreateDataPropertyOrThrow("detail", detail);
        return created;
    }

    /// <summary>
    /// "(node:PID) [CODE] Name: message", the detail on its own line, and after the first warning
    /// node's hint about --trace-warnings (--trace-deprecation for deprecations).
    /// </summary>
    private static string FormatWarning(Realm realm, JsObject process, JsError warning, ref bool hintShown)
    {
        var text = new System.Text.StringBuilder($"(node:{Operations.ToString(process.Get("pid"))}) ");
        if (warning.Get("code") is var code && Operations.ToBoolean(code)) text.Append('[').Append(Operations.ToString(code)).Append("] ");
        text.Append(Operations.ToString(Operations.Invoke(warning, "toString", [])));
        if (warning.Get("detail") is { IsString: true } detail) text.Append('\n').Append(detail.String);
        if (!hintShown)
        {
            string flag = Operations.ToString(warning.Get("name")) == "DeprecationWarning" ? "--trace-deprecation" : "--trace-warnings";
            text.Append($"\n(Use `node {flag} ...` to show where the warning was created)");
            hintShown = true;
        }
        return text.Append('\n').ToString();
    }
}
