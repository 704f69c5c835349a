using System.Runtime.InteropServices;

namespace Eventide.Node.Stdio;

/// <summary>
/// tty.ReadStream.setRawMode: the terminal's line discipline off (as libuv sets it on Linux,
/// cfmakeraw elsewhere) or back as it was. termios is read into a buffer larger than any libc's struct.
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
                if (OperatingSystem.IsLinux()) MakeRawKeepingOutput(current);
                else CfMakeRaw(current);
                return TcSetAttr(0, TcsaNow, current) == 0;
            }
            return _saved is null || TcSetAttr(0, TcsaNow, _saved) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // Linux's struct termios: four 32-bit flag words, c_line, then c_cc (VTIME 5, VMIN 6).
    private const int IFlag = 0, OFlag = 4, CFlag = 8, LFlag = 12, ControlChars = 17, VTime = 5, VMin = 6;
    private const uint Brkint = 0x2, Inpck = 0x10, Istrip = 0x20, Icrnl = 0x100, Ixon = 0x400;
    private const uint Onlcr = 0x4, Cs8 = 0x30, Isig = 0x1, Icanon = 0x2, Echo = 0x8, Iexten = 0x8000;

    /// <summary>
    /// libuv's UV_TTY_MODE_RAW: no line discipline, echo or signals on input, but output still
    /// processed (a "\n" written still returns the carriage), unlike cfmakeraw.
    /// </summary>
    private static void MakeRawKeepingOutput(byte[] termios)
    {
        void Update(int offset, Func<uint, uint> change) =>
            BitConverter.TryWriteBytes(termios.AsSpan(offset), change(BitConverter.ToUInt32(termios, offset)));
        Update(IFlag, f => f & ~(Brkint | Icrnl | Inpck | Istrip | Ixon));
        Update(OFlag, f => f | Onlcr);
        Update(CFlag, f => f | Cs8);
        Update(LFlag, f => f & ~(Echo | Icanon | Iexten | Isig));
        termios[ControlChars + VMin] = 1;
        termios[ControlChars + VTime] = 0;
    }

    /// <summary>At exit: a terminal left raw by the script gets its mode back (node's uv_tty_reset_mode).</summary>
    public static void Restore()
    {
        if (_saved is not null) Set(false);
    }
}
