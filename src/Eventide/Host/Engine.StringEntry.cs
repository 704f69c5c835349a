using Eventide.Runtime;

namespace Eventide.Host;

public sealed partial class Engine
{
    /// <summary>
    /// Runs code given as a string (node's -e/-p, or a script piped to stdin) under the name node gives it
    /// ("[eval]", "[stdin]"): a script in the global scope with require and module as globals, whose completion
    /// value is returned; or, when <paramref name="asModule"/>, an ES module named "[eval1]" in the working directory.
    /// </summary>
    public JsValue RunString(string source, string name, bool asModule)
    {
        using var entry = Enter();
        if (asModule)
        {
            EsModules.RunMain(source, Path.Combine(Directory.GetCurrentDirectory(), "[eval1]"));
            return JsValue.Undefined;
        }
        Modules.InstallStringEntryGlobals(name);
        return EvaluateScript(Realm, source, name, false);
    }
}
