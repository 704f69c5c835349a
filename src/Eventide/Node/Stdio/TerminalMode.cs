using System.Runtime.InteropServices;

namespace Eventide.Node.Stdio;

/// <summary>
/// tty.ReadStream.setRawMode: the terminal's line discipline off (cfmakeraw) or back as it was.
/// termios is handled as opaque bytes (larger than any libc's struct), so no layout is assumed.
/// </summary>
internal static class TerminalMode
{
    private const int TcsaNow = 0;
    private static byte[]? _saved;

    [DllImport("libc", EntryPoint = "tcgetattr", SetLastError = true)] private static extern int TcGetAttr(int fd, byte[] termios);
    [DllImport("libc", EntryPoint = "tcsetattr", SetLastError = true)] private static extern int TcSetAttr(int fd, int actions, byte[] termios);
    [DllImport("libc", EntryPoint = "cfmakeraw")] private static extern void CfMakeRaw(byte[] termios);

    /// <summary>Sets raw mode on fd 0 or restores the mode it had; false when fd 0 is no terminal.</summary>
    public static bool Set(bool raw)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            if (raw)
            {
                var current = new byte[256];
                if (TcGetAttr(0, current) != 0) return false;
                _saved ??= (byte[])current.Clone();
                CfMakeRaw(current);
                return TcSetAttr(0, TcsaNow, current) == 0;
            }
            return _saved is null || TcSetAttr(0, TcsaNow, _saved) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>At exit: a terminal left raw by the script gets its mode back (node's uv_tty_reset_mode).</summary>
    public static void Restore()
    {
        if (_saved is not null) Set(false);
    }
}
