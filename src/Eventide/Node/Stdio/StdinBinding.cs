using Eventide.Runtime;

namespace Eventide.Node.Stdio;

/// <summary>
/// require('internal/stdin_binding') inside internal/stdin: what fd 0 is, its reading handle
/// (open(onChunk, chunkSize), readStart(keepAlive), keepAlive, readStop, close), the terminal's raw mode and string width.
/// </summary>
internal static class StdinBinding
{
    public static JsObject Create(Realm realm)
    {
        var input = realm.Engine.StandardInput;
        var binding = realm.NewObject();
        binding.FastSet("kind", input.Kind.ToString().ToLowerInvariant(), PropertyFlags.Default);
        StdinReader? reader = null;
        realm.DefineMethod(binding, "open", 2, (_, a) =>
        {
            reader ??= new StdinReader(realm, input, a.At(0).AsFunction!, (int)Operations.ToNumber(a.At(1)));
            return JsValue.Undefined;
        });
        realm.DefineMethod(binding, "readStart", 1, (_, a) => { reader?.Start(Operations.ToBoolean(a.At(0))); return JsValue.Undefined; });
        realm.DefineMethod(binding, "keepAlive", 1, (_, a) => { reader?.KeepAlive(Operations.ToBoolean(a.At(0))); return JsValue.Undefined; });
        realm.DefineMethod(binding, "readStop", 0, (_, _) => { reader?.Stop(); return JsValue.Undefined; });
        realm.DefineMethod(binding, "close", 0, (_, _) => { reader?.Close(); return JsValue.Undefined; });
        realm.DefineMethod(binding, "setRawMode", 1, (_, a) => TerminalMode.Set(Operations.ToBoolean(a.At(0))));
        // The columns a string takes on a terminal (readline's cursor arithmetic).
        realm.DefineMethod(binding, "getStringWidth", 1, (_, a) => Host.Inspector.GetStringWidth(Operations.ToString(a.At(0)), removeControlChars: false));
        return binding;
    }
}
