using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// require('internal/web_binding') inside built-in modules: what the JavaScript side of the web
/// globals needs from the host (the high-resolution clock).
/// </summary>
internal static class WebBinding
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, JsObject> Bindings = new();

    public static JsObject Get(Realm realm) => Bindings.GetValue(realm, Create);

    private static JsObject Create(Realm realm)
    {
        var engine = realm.Engine;
        var binding = realm.NewObject();
        // performance.now(): milliseconds since the engine started, with sub-millisecond precision (virtual in a deterministic run).
        realm.DefineMethod(binding, "now", 0, (_, _) => engine.Clock.Elapsed);
        // performance.timeOrigin: the wall-clock time (Unix ms) the engine started at.
        binding.FastSet("timeOrigin", engine.Clock.TimeOrigin);
        // What node's own modules use whatever the host granted as globals (the script may not see it).
        binding.FastSet("structuredClone", StructuredClone.Create(realm));
        return binding;
    }
}
