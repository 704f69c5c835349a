using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Test262;

/// <summary>
/// The host-defined bindings of INTERPRETING.md: <c>print</c> and the <c>$262</c> object, installed
/// as writable, configurable, non-enumerable globals of a realm (and of every realm it creates).
/// </summary>
internal sealed class HostObject : IDisposable
{
    private readonly Engine _engine;
    /// <summary>$262.agent's concurrent agents, ended with the test.</summary>
    private readonly AgentHost _agents;

    /// <summary>Every string passed to print, in order (the async test protocol reads these).</summary>
    public List<string> Printed { get; } = [];

    public HostObject(Engine engine, CancellationToken testToken)
    {
        _engine = engine;
        _agents = new AgentHost(testToken);
    }

    /// <summary>The end of the test: agents still running are cancelled and joined.</summary>
    public void Dispose() => _agents.Dispose();

    public void Install(Realm realm)
    {
        var global = realm.GlobalObject;
        realm.DefineMethod(global, "print", 1, (_, args) =>
        {
            lock (Printed) Printed.Add(Operations.ToString(args.At(0)));
            return JsValue.Undefined;
        });

        var host = realm.NewObject();
        realm.DefineMethod(host, "createRealm", 0, (_, _) =>
        {
            var other = new Realm(_engine);
            Install(other);
            return other.GlobalObject.Get("$262");
        });
        realm.DefineMethod(host, "evalScript", 1, (_, args) => EvalScript(realm, Operations.ToString(args.At(0))));
        host.FastSet("AbstractModuleSource", Eventide.Builtins.AbstractModuleSourceConstructor.Get(realm), PropertyFlags.Hidden);
        // DetachArrayBuffer(buffer) with an undefined key, as the host hook of INTERPRETING.md says.
        realm.DefineMethod(host, "detachArrayBuffer", 1, (_, args) =>
        {
            if (args.At(0).AsObject is not JsArrayBuffer buffer) throw JsException.TypeError("$262.detachArrayBuffer: not an ArrayBuffer");
            buffer.Detach();
            return JsValue.Null;
        });
        realm.DefineMethod(host, "gc", 0, (_, _) =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return JsValue.Undefined;
        });
        host.FastSet("global", global, PropertyFlags.Hidden);
        // INTERPRETING.md's agent API (the main agent's half).
        host.FastSet("agent", _agents.CreateMainAgentObject(realm), PropertyFlags.Hidden);
        global.FastSet("$262", host, PropertyFlags.Hidden);
    }

    /// <summary>$262.evalScript: ParseScript + ScriptEvaluation in the realm of this $262; a syntax
    /// error is thrown as that realm's SyntaxError.</summary>
    private JsValue EvalScript(Realm realm, string source)
    {
        try
        {
            return _engine.EvaluateScript(realm, source, "evalScript", false);
        }
        catch (JsException e) when (!e.HasValue)
        {
            throw new JsException(e.GetValue(realm));
        }
    }
}
