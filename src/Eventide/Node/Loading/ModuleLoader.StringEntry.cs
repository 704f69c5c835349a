using Eventide.Runtime;

namespace Eventide.Node.Loading;

internal sealed partial class ModuleLoader
{
    /// <summary>
    /// node's string entries ([eval] for -e/-p, [stdin], the REPL) run as scripts in the global scope, with
    /// module, exports, require, __filename and __dirname as enumerable globals; require resolves from the
    /// working directory.
    /// </summary>
    internal void InstallStringEntryGlobals(string name)
    {
        string filename = Path.Combine(Directory.GetCurrentDirectory(), name);
        var module = CreateModule(name, filename, parent: null);
        var global = realm.GlobalObject;
        global.CreateDataPropertyOrThrow("module", module);
        global.CreateDataPropertyOrThrow("exports", module.Get("exports"));
        global.CreateDataPropertyOrThrow("require", CreateRequire(module, filename));
        global.CreateDataPropertyOrThrow("__filename", name);
        global.CreateDataPropertyOrThrow("__dirname", ".");
    }
}
