using Eventide.Host;
using Eventide.Node.Loading;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>node's string entries: -e/-p code, a script piped to stdin, the REPL's inputs.</summary>
internal static class StringEntry
{
    extension(Engine engine)
    {
        /// <summary>
        /// Runs code given as a string (node's -e/-p, or a script piped to stdin) under the name node gives it
        /// ("[eval]", "[stdin]"): a script in the global scope with require and module as globals, whose completion
        /// value is returned; or, when <paramref name="asModule"/>, an ES module named "[eval1]" in the working directory.
        /// </summary>
        internal JsValue RunString(string source, string name, bool asModule)
        {
            using var entry = engine.Enter();
            if (asModule)
            {
                engine.Node.EsResolver.RunMain(source, Path.Combine(Directory.GetCurrentDirectory(), "[eval1]"));
                return JsValue.Undefined;
            }
            engine.Modules.InstallStringEntryGlobals(name);
            return engine.EvaluateScript(engine.Realm, source, name, false);
        }
    }
}
