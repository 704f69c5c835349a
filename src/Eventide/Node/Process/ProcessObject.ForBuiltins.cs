using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// The `process` node's own modules see. With NodeGrants.Process it is the script's process; without
/// it, a stand-in with what those modules use internally (nextTick, emitWarning, platform...) and
/// nothing of the host: no environment, arguments, signals, exit or working directory. Scripts never
/// see it (it is a parameter of the built-in modules' wrapper, not a global).
/// </summary>
internal static partial class ProcessObject
{
    private static readonly ConditionalWeakTable<Realm, JsObject> Standins = new();

    public static JsObject ForBuiltins(Realm realm) => realm.Engine.Process ?? Standins.GetValue(realm, CreateStandin);

    private static JsObject CreateStandin(Realm realm)
    {
        var engine = realm.Engine;
        var process = realm.NewObject();
        DefineNextTick(realm, process);
        bool hintShown = false;
        realm.DefineMethod(process, "emitWarning", 4, (_, args) =>
        {
            var warning = CreateWarning(realm, args.At(0), args.At(1), args.At(2));
            // Printed on the next tick, as node's default 'warning' listener prints it (no listeners to tell here).
            engine.EnqueueTick(new NativeFunction(realm, "", 0, (_, _) =>
            {
                engine.Err.Write(FormatWarning(realm, process, warning, ref hintShown));
                return JsValue.Undefined;
            }), []);
            return JsValue.Undefined;
        });
        process.FastSet("platform", Platform());
        process.FastSet("pid", 0);
        process.FastSet("env", new JsObject(null));
        process.FastSet("argv", realm.NewArray());
        process.FastSet("execArgv", realm.NewArray());
        realm.DefineMethod(process, "cwd", 0, (_, _) => "/");
        realm.DefineMethod(process, "listenerCount", 1, (_, _) => 0);
        var stderr = realm.NewObject();
        realm.DefineMethod(stderr, "write", 1, (_, args) =>
        {
            engine.Err.Write(Operations.ToString(args.At(0)));
            return true;
        });
        process.FastSet("stderr", stderr);
        return process;
    }
}
