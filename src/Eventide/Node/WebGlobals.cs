using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// node's web platform globals: EventTarget, Event, CustomEvent, DOMException, AbortController,
/// AbortSignal, URL, URLSearchParams, performance, fetch with Headers/Request/Response, Blob, File,
/// FormData, Buffer, atob, btoa, TextEncoder, TextDecoder and the WHATWG Streams classes of node:stream/web. Each is written in JavaScript
/// (Node/Modules/*.js) and loaded on first use: the global starts as an accessor that loads its
/// module and replaces itself with the value, so a script that never touches them pays nothing at
/// startup. structuredClone is native (<see cref="StructuredClone"/>).
/// </summary>
internal static class WebGlobals
{
    /// <summary>Global name, the internal module defining it, the export's name.</summary>
    private static readonly (string Global, string Module, string Export)[] Globals =
    [
        ("EventTarget", "internal/event_target", "EventTarget"),
        ("Event", "internal/event_target", "Event"),
        ("CustomEvent", "internal/event_target", "CustomEvent"),
        ("DOMException", "internal/dom_exception", "DOMException"),
        ("AbortController", "internal/abort_controller", "AbortController"),
        ("AbortSignal", "internal/abort_controller", "AbortSignal"),
        ("performance", "internal/perf", "performance"),
        ("URL", "internal/url", "URL"),
        ("URLSearchParams", "internal/url", "URLSearchParams"),
        ("fetch", "internal/fetch", "fetch"),
        ("Headers", "internal/fetch", "Headers"),
        ("Request", "internal/fetch", "Request"),
        ("Response", "internal/fetch", "Response"),
        ("Blob", "internal/blob", "Blob"),
        ("File", "internal/blob", "File"),
        ("FormData", "internal/formdata", "FormData"),
        ("Buffer", "buffer", "Buffer"),
        ("atob", "buffer", "atob"),
        ("btoa", "buffer", "btoa"),
        ("TextEncoder", "internal/encoding", "TextEncoder"),
        ("TextDecoder", "internal/encoding", "TextDecoder"),
        ("crypto", "crypto", "webcrypto"),
        ("ReadableStream", "stream/web", "ReadableStream"),
        ("ReadableStreamDefaultReader", "stream/web", "ReadableStreamDefaultReader"),
        ("ReadableStreamBYOBReader", "stream/web", "ReadableStreamBYOBReader"),
        ("ReadableStreamBYOBRequest", "stream/web", "ReadableStreamBYOBRequest"),
        ("ReadableByteStreamController", "stream/web", "ReadableByteStreamController"),
        ("ReadableStreamDefaultController", "stream/web", "ReadableStreamDefaultController"),
        ("TransformStream", "stream/web", "TransformStream"),
        ("TransformStreamDefaultController", "stream/web", "TransformStreamDefaultController"),
        ("WritableStream", "stream/web", "WritableStream"),
        ("WritableStreamDefaultWriter", "stream/web", "WritableStreamDefaultWriter"),
        ("WritableStreamDefaultController", "stream/web", "WritableStreamDefaultController"),
        ("ByteLengthQueuingStrategy", "stream/web", "ByteLengthQueuingStrategy"),
        ("CountQueuingStrategy", "stream/web", "CountQueuingStrategy"),
        ("TextEncoderStream", "stream/web", "TextEncoderStream"),
        ("CompressionStream", "stream/web", "CompressionStream"),
        ("DecompressionStream", "stream/web", "DecompressionStream"),
        ("TextDecoderStream", "stream/web", "TextDecoderStream"),
    ];

    /// <summary>The globals node makes enumerable (the classes are hidden).</summary>
    private static readonly string[] EnumerableGlobals = ["performance", "fetch", "atob", "btoa"];

    /// <summary>Whether the name is one of these globals (node adds them after its own inspector took note of the builtins).</summary>
    public static bool Defines(string name) => Array.Exists(Globals, g => g.Global == name);

    /// <summary>Installs the web globals; fetch only with <paramref name="network"/> (the host granted network access).</summary>
    public static void Setup(Realm realm, bool network)
    {
        StructuredClone.Setup(realm);
        var global = realm.GlobalObject;
        foreach (var (name, module, export) in Globals)
        {
            if (name == "fetch" && !network) continue;
            var flags = EnumerableGlobals.Contains(name) ? PropertyFlags.Default : PropertyFlags.Hidden;
            var getter = new NativeFunction(realm, "get " + name, 0, (_, _) =>
            {
                var value = realm.Engine.Modules.LoadBuiltinExports(module).AsObject?.Get(export) ?? JsValue.Undefined;
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(value, flags));
                return value;
            });
            var setter = new NativeFunction(realm, "set " + name, 1, (_, args) =>
            {
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(args.At(0), flags));
                return JsValue.Undefined;
            });
            global.FastSetAccessor(name, getter, setter, PropertyFlags.Configurable | (flags & PropertyFlags.Enumerable));
        }
    }
}
