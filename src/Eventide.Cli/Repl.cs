using Eventide.Node;
using Eventide.Host;

namespace Eventide.Cli;

/// <summary>`eventide` on a terminal (or -i): node's REPL, the node:repl module over process.stdin and stdout.</summary>
internal static class Repl
{
    public static void Start(Engine engine)
    {
        engine.Out.Write($"Welcome to Eventide {ErrorReporter.EventideVersion}.\nType \".help\" for more information.\n");
        engine.RunString("require('repl')._startMain()", "[repl]", asModule: false);
    }
}
