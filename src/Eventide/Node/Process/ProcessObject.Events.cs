using System.Runtime.InteropServices;
using Eventide.Node;
using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>process as the EventEmitter node makes it, and its signal events.</summary>
internal static partial class ProcessObject
{
    private static void SetupEvents(Realm realm, JsObject process)
    {
        var engine = realm.Engine;
        var events = engine.ProcessEvents;
        var signals = new SignalWatcher(engine);
        events.ListenersChanged = signals.Update;

        JsValue Add(JsValue thisValue, ReadOnlySpan<JsValue> args, bool once, bool prepend)
        {
            var listener = args.At(1).AsFunction as JsFunction
                ?? throw CodedErrors.InvalidArgType(realm, "listener", "function", args.At(1));
            string name = EventName(args.At(0));
            if (events.Has("newListener")) engine.EmitProcessEvent("newListener", [args.At(0), listener]);
            events.Add(name, listener, once, prepend);
            return thisValue;
        }
        var on = realm.DefineMethod(process, "on", 2, (t, a) => Add(t, a, once: false, prepend: false));
        process.FastSet("addListener", on, PropertyFlags.Hidden);
        realm.DefineMethod(process, "once", 2, (t, a) => Add(t, a, once: true, prepend: false));
        realm.DefineMethod(process, "prependListener", 2, (t, a) => Add(t, a, once: false, prepend: true));
        realm.DefineMethod(process, "prependOnceListener", 2, (t, a) => Add(t, a, once: true, prepend: true));
        var off = realm.DefineMethod(process, "removeListener", 2, (thisValue, args) =>
        {
            if (args.At(1).AsFunction is not JsFunction listener) throw CodedErrors.InvalidArgType(realm, "listener", "function", args.At(1));
            events.Remove(EventName(args.At(0)), listener);
            return thisValue;
        });
        process.FastSet("off", off, PropertyFlags.Hidden);
        realm.DefineMethod(process, "removeAllListeners", 1, (thisValue, args) =>
        {
            events.RemoveAll(args.At(0).IsUndefined ? null : EventName(args.At(0)));
            return thisValue;
        });
        engine.OriginalProcessEmit = realm.DefineMethod(process, "emit", 1, (thisValue, args) =>
        {
            string name = EventName(args.At(0));
            var rest = args.Length > 1 ? args[1..].ToArray() : [];
            // EventEmitter: an 'error' nobody listens to is thrown.
            if (name == "error" && !events.Has("error")) throw new JsException(rest.At(0));
            return events.Emit(thisValue, name, rest);
        });
        JsValue ListenerArray(ReadOnlySpan<JsValue> args) => realm.NewArray(events.Listeners(EventName(args.At(0))).Select(f => (JsValue)f).ToArray());
        realm.DefineMethod(process, "listeners", 1, (_, args) => ListenerArray(args));
        realm.DefineMethod(process, "rawListeners", 1, (_, args) => ListenerArray(args));
        realm.DefineMethod(process, "listenerCount", 1, (_, args) => events.Count(EventName(args.At(0))));
        realm.DefineMethod(process, "eventNames", 0, (_, _) => realm.NewArray(events.Names.Select(n => (JsValue)n).ToArray()));
        int maxListeners = 10;
        realm.DefineMethod(process, "setMaxListeners", 1, (thisValue, args) => { maxListeners = (int)Operations.ToNumber(args.At(0)); return thisValue; });
        realm.DefineMethod(process, "getMaxListeners", 0, (_, _) => maxListeners);
    }

    private static string EventName(JsValue name) => name.IsSymbol ? name.ToString() : Operations.ToString(name);

    /// <summary>
    /// Turns a signal into a process event while the process listens for it, as node does: the
    /// default action (ending the process) is cancelled and the listeners run on the loop thread.
    /// Watching a signal does not keep the loop alive.
    /// </summary>
    private sealed class SignalWatcher(Engine engine)
    {
        private readonly Dictionary<string, (PosixSignalRegistration Registration, LoopHandle Handle)> _watched = new();

        public void Update(string name)
        {
            if (engine.ProcessEvents.Has(name)) Watch(name);
            else Stop(name);
        }

        private void Watch(string name)
        {
            if (_watched.ContainsKey(name) || OperatingSystem.IsWindows() || OsConstants.SignalNumber(name) is not int number) return;
            if (name is "SIGKILL" or "SIGSTOP") return;
            var handle = engine.Loop.Open("signal " + name, request: false);
            handle.Unref();
            var registration = PosixSignalRegistration.Create((PosixSignal)number, context =>
            {
                context.Cancel = true;
                handle.Post(name, () => Deliver(name, number));
            });
            _watched[name] = (registration, handle);
        }

        private void Deliver(string name, int number) => engine.EmitProcessEvent(name, [name, number]);

        private void Stop(string name)
        {
            if (!_watched.Remove(name, out var watched)) return;
            watched.Registration.Dispose();
            watched.Handle.Close();
        }
    }
}
