using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>node's tty module: isatty(fd) for the standard streams the engine writes to.</summary>
internal static class TtyModule
{
    public static JsObject Create(Realm realm)
    {
        var tty = realm.NewObject();
        tty.FastSet("isatty", new NativeFunction(realm, "isatty", 1, (_, args) =>
        {
            // Anything but a non-negative integer is simply not a terminal.
            var fd = args.At(0);
            return fd.IsNumber && fd.Number == Math.Floor(fd.Number) && fd.Number is >= 0 and <= int.MaxValue
                && ProcessObject.IsTerminal(realm.Engine, (int)fd.Number);
        }), PropertyFlags.Default);
        return tty;
    }
}
