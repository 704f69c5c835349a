using System.Runtime.InteropServices;

namespace Eventide.Node;

/// <summary>The few libc calls node's process and os expose that .NET does not (ids, umask, kill, priorities); not on Windows.</summary>
internal static partial class PosixCalls
{
    [DllImport("libc", EntryPoint = "getuid")] public static extern uint GetUid();
    [DllImport("libc", EntryPoint = "geteuid")] public static extern uint GetEUid();
    [DllImport("libc", EntryPoint = "getgid")] public static extern uint GetGid();
    [DllImport("libc", EntryPoint = "getegid")] public static extern uint GetEGid();
    [DllImport("libc", EntryPoint = "getppid")] public static extern int GetPPid();
    [DllImport("libc", EntryPoint = "umask")] public static extern uint Umask(uint mask);
    [DllImport("libc", EntryPoint = "getgroups")] public static extern int GetGroups(int size, uint[]? list);
    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)] public static extern int GetPriority(int which, int who);
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)] public static extern int SetPriority(int which, int who, int priority);
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)] public static extern int Kill(int pid, int signal);
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] private static extern int Fcntl(int fd, int command, int argument);

    /// <summary>fcntl(fd, F_SETFD, FD_CLOEXEC): the descriptor is not inherited by programs this process starts.</summary>
    public static void SetCloseOnExec(int fd)
    {
        const int SetDescriptorFlags = 2, CloseOnExec = 1;
        if (!OperatingSystem.IsWindows()) Fcntl(fd, SetDescriptorFlags, CloseOnExec);
    }
}
