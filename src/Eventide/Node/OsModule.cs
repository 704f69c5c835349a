using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// node's os module, from .NET (Environment, RuntimeInformation, NetworkInterface) and, on Linux,
/// /proc and /etc/passwd where .NET has no answer.
/// </summary>
internal static class OsModule
{
    public static JsObject Create(Realm realm)
    {
        var os = realm.NewObject();
        // Functions node also makes usable as strings (`${os.hostname}`) carry Symbol.toPrimitive.
        void Method(string key, string name, int length, NativeFn body, bool primitive = false)
        {
            var function = new NativeFunction(realm, name, length, body);
            if (primitive) function.FastSet(WellKnownSymbols.ToPrimitive, new NativeFunction(realm, "[Symbol.toPrimitive]", 0, (_, _) => body(JsValue.Undefined, [])), PropertyFlags.Hidden);
            os.FastSet(key, function, PropertyFlags.Default);
        }

        Method("arch", "arch", 0, (_, _) => ProcessObject.Arch(), primitive: true);
        Method("availableParallelism", "getAvailableParallelism", 0, (_, _) => Environment.ProcessorCount, primitive: true);
        Method("cpus", "cpus", 0, (_, _) => Cpus(realm));
        Method("endianness", "endianness", 0, (_, _) => BitConverter.IsLittleEndian ? "LE" : "BE", primitive: true);
        Method("freemem", "getFreeMem", 0, (_, _) => MemInfo("MemAvailable") ?? (double)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, primitive: true);
        Method("getPriority", "getPriority", 1, (_, args) => GetPriority(realm, args.At(0)));
        Method("homedir", "wrappedFn", 0, (_, _) => Environment.GetEnvironmentVariable(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME")
            ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), primitive: true);
        Method("hostname", "wrappedFn", 0, (_, _) => System.Net.Dns.GetHostName(), primitive: true);
        Method("loadavg", "loadavg", 0, (_, _) => LoadAverage(realm));
        Method("networkInterfaces", "networkInterfaces", 0, (_, _) => NetworkInterfaces(realm));
        Method("platform", "platform", 0, (_, _) => ProcessObject.Platform(), primitive: true);
        Method("release", "getOSRelease", 0, (_, _) => ReadProc("sys/kernel/osrelease") ?? Environment.OSVersion.Version.ToString(), primitive: true);
        Method("setPriority", "setPriority", 2, (_, args) => SetPriority(realm, args.At(0), args.At(1)));
        Method("tmpdir", "tmpdir", 0, (_, _) => TemporaryDirectory(realm), primitive: true);
        Method("totalmem", "getTotalMem", 0, (_, _) => MemInfo("MemTotal") ?? (double)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, primitive: true);
        Method("type", "getOSType", 0, (_, _) => OsType(), primitive: true);
        Method("userInfo", "userInfo", 1, (_, _) => UserInfo(realm));
        Method("uptime", "wrappedFn", 0, (_, _) => Uptime(), primitive: true);
        Method("version", "getOSVersion", 0, (_, _) => ReadProc("sys/kernel/version") ?? RuntimeInformation.OSDescription, primitive: true);
        Method("machine", "getMachine", 0, (_, _) => Machine(), primitive: true);
        os.FastSet("constants", OsConstants.Create(realm), PropertyFlags.Default);
        os.FastSet("EOL", OperatingSystem.IsWindows() ? "\r\n" : "\n", PropertyFlags.Default);
        os.FastSet("devNull", OperatingSystem.IsWindows() ? @"\\.\nul" : "/dev/null", PropertyFlags.Default);
        return os;
    }

    /// <summary>A /proc file's text, trimmed; null where there is no /proc.</summary>
    private static string? ReadProc(string name)
    {
        try { return OperatingSystem.IsLinux() ? File.ReadAllText("/proc/" + name).Trim() : null; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string OsType() =>
        OperatingSystem.IsWindows() ? "Windows_NT" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsFreeBSD() ? "FreeBSD"
        : ReadProc("sys/kernel/ostype") ?? "Linux";

    /// <summary>uname's machine name for .NET's architecture.</summary>
    private static string Machine() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.X86 => "i686",
        Architecture.Arm64 => OperatingSystem.IsMacOS() ? "arm64" : "aarch64",
        Architecture.Arm => "armv7l",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>A /proc/meminfo entry in bytes.</summary>
    private static double? MemInfo(string key)
    {
        foreach (var line in (ReadProc("meminfo") ?? "").Split('\n'))
        {
            if (!line.StartsWith(key + ":", StringComparison.Ordinal)) continue;
            var fields = line[(key.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && double.TryParse(fields[0], out double kilobytes)) return kilobytes * 1024;
        }
        return null;
    }

    private static double Uptime() =>
        ReadProc("uptime") is { } text && double.TryParse(text.Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds)
            ? seconds : Environment.TickCount64 / 1000.0;

    private static JsArray LoadAverage(Realm realm)
    {
        var averages = realm.NewArray();
        var fields = (ReadProc("loadavg") ?? "0 0 0").Split(' ');
        for (int i = 0; i < 3; i++)
            averages.Push(i < fields.Length && double.TryParse(fields[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value) ? value : 0);
        return averages;
    }

    /// <summary>os.tmpdir(): TMPDIR, TMP or TEMP (as process.env has them), else /tmp; no trailing separator.</summary>
    private static string TemporaryDirectory(Realm realm)
    {
        var env = realm.GlobalObject.Get("process").AsObject?.Get("env").AsObject;
        string? Read(string name) => env?.Get(name) is { IsString: true, String.Length: > 0 } v ? v.String : null;
        if (OperatingSystem.IsWindows())
        {
            string windows = Read("TEMP") ?? Read("TMP") ?? (Read("SystemRoot") ?? Read("windir") ?? "") + "\\temp";
            return windows.Length > 1 && windows[^1] == '\\' && windows[^2] != ':' ? windows[..^1] : windows;
        }
        string path = Read("TMPDIR") ?? Read("TMP") ?? Read("TEMP") ?? "/tmp";
        return path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
    }

    /// <summary>os.cpus(): model and speed from /proc/cpuinfo and cpufreq, times (ms) from /proc/stat.</summary>
    private static JsArray Cpus(Realm realm)
    {
        var models = (ReadProc("cpuinfo") ?? "").Split('\n')
            .Where(l => l.StartsWith("model name", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).ToArray();
        var stats = (ReadProc("stat") ?? "").Split('\n').Where(l => l.StartsWith("cpu", StringComparison.Ordinal) && l.Length > 3 && char.IsDigit(l[3])).ToArray();
        var cpus = realm.NewArray();
        for (int i = 0; i < Environment.ProcessorCount; i++)
        {
            var cpu = realm.NewObject();
            cpu.CreateDataPropertyOrThrow("model", i < models.Length ? models[i] : "unknown");
            cpu.CreateDataPropertyOrThrow("speed", CpuSpeed(i));
            var ticks = i < stats.Length ? stats[i].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            double Field(int index) => index < ticks.Length && double.TryParse(ticks[index], out double t) ? t * 10 : 0; // USER_HZ is 100
            var times = realm.NewObject();
            times.CreateDataPropertyOrThrow("user", Field(1));
            times.CreateDataPropertyOrThrow("nice", Field(2));
            times.CreateDataPropertyOrThrow("sys", Field(3));
            times.CreateDataPropertyOrThrow("idle", Field(4));
            times.CreateDataPropertyOrThrow("irq", Field(6));
            cpu.CreateDataPropertyOrThrow("times", times);
            cpus.Push(cpu);
        }
        return cpus;
    }

    private static int CpuSpeed(int cpu)
    {
        try
        {
            string file = $"/sys/devices/system/cpu/cpu{cpu}/cpufreq/scaling_cur_freq";
            return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out int kilohertz) ? kilohertz / 1000 : 0;
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    /// <summary>os.networkInterfaces(): the addresses of each interface that is up, grouped by name.</summary>
    private static JsObject NetworkInterfaces(Realm realm)
    {
        var result = realm.NewObject();
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus == OperationalStatus.Down) continue;
            bool loopback = nic.NetworkInterfaceType == NetworkInterfaceType.Loopback;
            string mac = string.Join(':', nic.GetPhysicalAddress().GetAddressBytes().Select(b => b.ToString("x2")).DefaultIfEmpty());
            if (mac.Length == 0) mac = "00:00:00:00:00:00";
            var list = realm.NewArray();
            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                var address = unicast.Address;
                bool v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
                string text = v6 ? address.ToString().Split('%')[0] : address.ToString();
                var entry = realm.NewObject();
                entry.CreateDataPropertyOrThrow("address", text);
                entry.CreateDataPropertyOrThrow("netmask", Netmask(unicast.PrefixLength, v6));
                entry.CreateDataPropertyOrThrow("family", v6 ? "IPv6" : "IPv4");
                entry.CreateDataPropertyOrThrow("mac", mac);
                entry.CreateDataPropertyOrThrow("internal", loopback);
                entry.CreateDataPropertyOrThrow("cidr", $"{text}/{unicast.PrefixLength}");
                if (v6) entry.CreateDataPropertyOrThrow("scopeid", (double)address.ScopeId);
                list.Push(entry);
            }
            if (list.Get("length").Number > 0) result.CreateDataPropertyOrThrow(nic.Name, list);
        }
        return result;
    }

    /// <summary>The netmask for a prefix length, written as node writes it ("255.255.255.0", "ffff:ffff:ffff:ffff::").</summary>
    private static string Netmask(int prefixLength, bool v6)
    {
        var bytes = new byte[v6 ? 16 : 4];
        for (int i = 0; i < bytes.Length; i++)
        {
            int bits = Math.Clamp(prefixLength - i * 8, 0, 8);
            bytes[i] = (byte)(0xFF << (8 - bits));
        }
        return new System.Net.IPAddress(bytes).ToString();
    }

    /// <summary>os.userInfo(): the passwd entry of the current user (null prototype, as node's).</summary>
    private static JsObject UserInfo(Realm realm)
    {
        var info = new JsObject(null);
        if (OperatingSystem.IsWindows())
        {
            info.CreateDataPropertyOrThrow("uid", -1);
            info.CreateDataPropertyOrThrow("gid", -1);
            info.CreateDataPropertyOrThrow("username", Environment.UserName);
            info.CreateDataPropertyOrThrow("homedir", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
            info.CreateDataPropertyOrThrow("shell", JsValue.Null);
            return info;
        }
        uint uid = PosixCalls.GetUid();
        string[]? entry = null;
        try
        {
            entry = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).FirstOrDefault(f => f.Length >= 7 && f[2] == uid.ToString());
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        info.CreateDataPropertyOrThrow("uid", (double)uid);
        info.CreateDataPropertyOrThrow("gid", (double)PosixCalls.GetGid());
        info.CreateDataPropertyOrThrow("username", entry?[0] ?? Environment.UserName);
        info.CreateDataPropertyOrThrow("homedir", entry?[5] ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        info.CreateDataPropertyOrThrow("shell", entry?[6] is { } shell ? shell : JsValue.Null);
        return info;
    }

    private static int ProcessId(Realm realm, JsValue pid)
    {
        if (pid.IsUndefined) return 0;
        if (!pid.IsNumber) throw CodedErrors.InvalidArgType(realm, "pid", "number", pid);
        if (pid.Number != Math.Floor(pid.Number)) throw CodedErrors.OutOfRange(realm, "pid", "an integer", Inspector.Inspect(realm, pid));
        if (pid.Number is < int.MinValue or > int.MaxValue) throw CodedErrors.OutOfRange(realm, "pid", ">= -2147483648 && <= 2147483647", Inspector.Inspect(realm, pid));
        return (int)pid.Number;
    }

    private static JsValue GetPriority(Realm realm, JsValue pidValue)
    {
        int pid = ProcessId(realm, pidValue);
        if (OperatingSystem.IsWindows()) return 0;
        Marshal.SetLastPInvokeError(0);
        int priority = PosixCalls.GetPriority(0, pid);
        if (priority == -1 && Marshal.GetLastPInvokeError() is int errno and not 0) throw PriorityError(realm, "uv_os_getpriority", errno);
        return priority;
    }

    private static JsValue SetPriority(Realm realm, JsValue first, JsValue second)
    {
        var (pidValue, priorityValue) = second.IsUndefined ? (JsValue.Undefined, first) : (first, second);
        int pid = ProcessId(realm, pidValue);
        if (!priorityValue.IsNumber) throw CodedErrors.InvalidArgType(realm, "priority", "number", priorityValue);
        if (priorityValue.Number != Math.Floor(priorityValue.Number)) throw CodedErrors.OutOfRange(realm, "priority", "an integer", Inspector.Inspect(realm, priorityValue));
        if (priorityValue.Number is < -20 or > 19) throw CodedErrors.OutOfRange(realm, "priority", ">= -20 && <= 19", Inspector.Inspect(realm, priorityValue));
        if (!OperatingSystem.IsWindows() && PosixCalls.SetPriority(0, pid, (int)priorityValue.Number) != 0)
            throw PriorityError(realm, "uv_os_setpriority", Marshal.GetLastPInvokeError());
        return JsValue.Undefined;
    }

    /// <summary>node's ERR_SYSTEM_ERROR for a failed libuv call: "A system error occurred: CALL returned CODE (description)".</summary>
    private static JsException PriorityError(Realm realm, string call, int errno)
    {
        string code = UvErrors.CodeOf(-errno) ?? "EINVAL";
        string description = UvErrors.Lookup(code).Description;
        return CodedErrors.Coded(realm, ErrorKind.Error, "ERR_SYSTEM_ERROR", $"A system error occurred: {call} returned {code} ({description})");
    }
}
