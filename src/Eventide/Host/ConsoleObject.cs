using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>The console object: log/info/debug to stdout, warn/error to stderr, formatted as node's util.format.</summary>
internal static class ConsoleObject
{
    public static void Setup(Realm realm)
    {
        var console = new JsObject(realm.ObjectPrototype);
        var engine = realm.Engine;
        foreach (var name in new[] { "log", "info", "debug" })
            realm.DefineMethod(console, name, 0, (_, args) => Write(engine.Out, realm, args));
        foreach (var name in new[] { "error", "warn", "trace" })
            realm.DefineMethod(console, name, 0, (_, args) => Write(engine.Err, realm, args));
        realm.GlobalObject.FastSet("console", console, PropertyFlags.Hidden);
    }

    private static JsValue Write(TextWriter writer, Realm realm, ReadOnlySpan<JsValue> args)
    {
        writer.Write(Inspector.FormatLogArguments(realm, args));
        writer.Write('\n');
        return JsValue.Undefined;
    }
}
