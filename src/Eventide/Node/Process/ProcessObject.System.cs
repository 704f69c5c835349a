using System.Diagnostics;
using System.Runtime.InteropServices;
using Eventide.Node;
using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>
/// process as the operating system sees it: chdir, ids, umask, kill, resource usage, and the
/// descriptions node gives of itself (release, versions, config, features).
/// </summary>
internal static partial class ProcessObject
{
    private static void SetupSystem(Realm realm, JsObject process)
    {
        realm.DefineMethod(process, "chdir", 1, (_, args) =>
        {
            ChangeDirectory(realm, CodedErrors.StringArgument(realm, args.At(0), "directory"));
            return JsValue.Undefined;
        });
        process.FastSet("ppid", OperatingSystem.IsWindows() ? 0 : PosixCalls.GetPPid(), PropertyFlags.Default);
        process.FastSet("execPath", Environment.ProcessPath ?? "", PropertyFlags.Default);
        process.FastSet("execArgv", realm.NewArray(), PropertyFlags.Default);
        process.FastSet("release", CreateRelease(realm), PropertyFlags.Default);
        process.FastSet("config", CreateConfig(realm), PropertyFlags.Default);
        process.FastSet("features", CreateFeatures(realm), PropertyFlags.Default);
        realm.DefineMethod(process, "cpuUsage", 1, (_, args) => CpuUsage(realm, args.At(0)));
        realm.DefineMethod(process, "resourceUsage", 0, (_, _) => ResourceUsage(realm));
        realm.DefineMethod(process, "umask", 1, (_, args) => Umask(realm, args.At(0)));
        realm.DefineMethod(process, "kill", 2, (_, args) => Kill(realm, args.At(0), args.At(1)));
        if (!OperatingSystem.IsWindows())
        {
            realm.DefineMethod(process, "getuid", 0, (_, _) => PosixCalls.GetUid());
            realm.DefineMethod(process, "geteuid", 0, (_, _) => PosixCalls.GetEUid());
            realm.DefineMethod(process, "getgid", 0, (_, _) => PosixCalls.GetGid());
            realm.DefineMethod(process, "getegid", 0, (_, _) => PosixCalls.GetEGid());
            realm.DefineMethod(process, "getgroups", 0, (_, _) =>
            {
                var groups = new uint[Math.Max(PosixCalls.GetGroups(0, null), 0)];
                int count = Math.Max(PosixCalls.GetGroups(groups.Length, groups), 0);
                var list = realm.NewArray();
                foreach (var group in groups.AsSpan(0, count)) list.Push((double)group);
                return list;
            });
        }
    }

    /// <summary>process.chdir: node's uv error names the old and new directories ("chdir '/old' -> 'x'").</summary>
    private static void ChangeDirectory(Realm realm, string directory)
    {
        string current = WorkingDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            WorkingDirectory = Environment.CurrentDirectory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            string code = e is UnauthorizedAccessException ? "EACCES" : File.Exists(directory) ? "ENOTDIR" : "ENOENT";
            throw NodeErrors.UvException(realm, code, "chdir", current, directory);
        }
    }

    private static JsObject CreateRelease(Realm realm)
    {
        var release = realm.NewObject();
        release.CreateDataPropertyOrThrow("name", "node");
        release.CreateDataPropertyOrThrow("lts", "Iron");
        release.CreateDataPropertyOrThrow("sourceUrl", $"https://nodejs.org/download/release/{NodeVersion}/node-{NodeVersion}.tar.gz");
        release.CreateDataPropertyOrThrow("headersUrl", $"https://nodejs.org/download/release/{NodeVersion}/node-{NodeVersion}-headers.tar.gz");
        return release;
    }

    /// <summary>process.versions: node 20.20.2's components (the node Eventide answers as), then Eventide's own.</summary>
    private static JsObject CreateVersions(Realm realm)
    {
        var versions = realm.NewObject();
        versions.CreateDataPropertyOrThrow("node", NodeVersion[1..]);
        foreach (var (name, version) in NodeComponentVersions) versions.CreateDataPropertyOrThrow(name, version);
        versions.CreateDataPropertyOrThrow("eventide", typeof(ProcessObject).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
        return versions;
    }

    private static readonly (string Name, string Version)[] NodeComponentVersions =
    [
        ("acorn", "8.16.0"), ("ada", "2.9.2"), ("ares", "1.34.6"), ("brotli", "1.1.0"), ("cjs_module_lexer", "2.2.0"),
        ("cldr", "48.0"), ("icu", "78.2"), ("llhttp", "9.3.1"), ("modules", "115"), ("napi", "9"), ("nghttp2", "1.61.0"),
        ("openssl", "3.0.19"), ("simdutf", "6.4.2"), ("tz", "2025c"), ("undici", "6.24.1"), ("unicode", "17.0"),
        ("uv", "1.46.0"), ("uvwasi", "0.0.23"), ("v8", "11.3.244.8-node.38"), ("zlib", "1.3.1-e00f703"),
    ];

    /// <summary>process.config: the build description, reduced to what packages look at.</summary>
    private static JsObject CreateConfig(Realm realm)
    {
        var targetDefaults = realm.NewObject();
        targetDefaults.CreateDataPropertyOrThrow("cflags", realm.NewArray());
        targetDefaults.CreateDataPropertyOrThrow("default_configuration", "Release");
        targetDefaults.CreateDataPropertyOrThrow("defines", realm.NewArray());
        targetDefaults.CreateDataPropertyOrThrow("include_dirs", realm.NewArray());
        targetDefaults.CreateDataPropertyOrThrow("libraries", realm.NewArray());
        var variables = realm.NewObject();
        variables.CreateDataPropertyOrThrow("host_arch", Arch());
        variables.CreateDataPropertyOrThrow("target_arch", Arch());
        variables.CreateDataPropertyOrThrow("napi_build_version", "9");
        variables.CreateDataPropertyOrThrow("node_module_version", 115);
        variables.CreateDataPropertyOrThrow("node_shared", false);
        variables.CreateDataPropertyOrThrow("node_use_openssl", false);
        var config = realm.NewObject();
        config.CreateDataPropertyOrThrow("target_defaults", targetDefaults);
        config.CreateDataPropertyOrThrow("variables", variables);
        return config;
    }

    /// <summary>process.features: what this runtime has (no inspector, no TLS yet).</summary>
    private static JsObject CreateFeatures(Realm realm)
    {
        var features = realm.NewObject();
        features.CreateDataPropertyOrThrow("inspector", false);
        features.CreateDataPropertyOrThrow("debug", false);
        features.CreateDataPropertyOrThrow("uv", true);
        features.CreateDataPropertyOrThrow("ipv6", true);
        features.CreateDataPropertyOrThrow("tls_alpn", false);
        features.CreateDataPropertyOrThrow("tls_sni", false);
        features.CreateDataPropertyOrThrow("tls_ocsp", false);
        features.CreateDataPropertyOrThrow("tls", false);
        // node computes these two on reading.
        realm.DefineGetter(features, "cached_builtins", (_, _) => true, flags: PropertyFlags.Configurable | PropertyFlags.Enumerable);
        realm.DefineGetter(features, "require_module", (_, _) => false, flags: PropertyFlags.Configurable | PropertyFlags.Enumerable);
        return features;
    }

    /// <summary>node's arch names for .NET's architectures.</summary>
    internal static string Arch() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.X86 => "ia32",
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64",
        Architecture.LoongArch64 => "loong64",
        Architecture.RiscV64 => "riscv64",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>process.cpuUsage([previous]): user and system CPU time in microseconds, less a previous reading.</summary>
    private static JsValue CpuUsage(Realm realm, JsValue previous)
    {
        using var self = Process.GetCurrentProcess();
        double user = self.UserProcessorTime.Ticks / 10, system = self.PrivilegedProcessorTime.Ticks / 10;
        if (Operations.ToBoolean(previous))
        {
            if (previous.AsObject is not { } prev || prev is JsFunction || prev is JsArray)
                throw CodedErrors.InvalidArgType(realm, "prevValue", "object", previous);
            user -= Microseconds(realm, prev.Get("user"), "prevValue.user");
            system -= Microseconds(realm, prev.Get("system"), "prevValue.system");
        }
        var usage = realm.NewObject();
        usage.CreateDataPropertyOrThrow("user", user);
        usage.CreateDataPropertyOrThrow("system", system);
        return usage;
    }

    private static double Microseconds(Realm realm, JsValue value, string name)
    {
        if (!value.IsNumber) throw CodedErrors.InvalidArg(realm, name, "of type number", value, "property");
        if (value.Number < 0 || !double.IsFinite(value.Number))
            throw CodedErrors.Coded(realm, ErrorKind.RangeError, "ERR_INVALID_ARG_VALUE", $"The property '{name}' is invalid. Received {Inspector.Inspect(realm, value)}");
        return value.Number;
    }

    private static JsValue ResourceUsage(Realm realm)
    {
        using var self = Process.GetCurrentProcess();
        var usage = realm.NewObject();
        usage.CreateDataPropertyOrThrow("userCPUTime", (double)(self.UserProcessorTime.Ticks / 10));
        usage.CreateDataPropertyOrThrow("systemCPUTime", (double)(self.PrivilegedProcessorTime.Ticks / 10));
        usage.CreateDataPropertyOrThrow("maxRSS", (double)(self.PeakWorkingSet64 / 1024));
        foreach (var name in (string[])["sharedMemorySize", "unsharedDataSize", "unsharedStackSize", "minorPageFault", "majorPageFault",
            "swappedOut", "fsRead", "fsWrite", "ipcSent", "ipcReceived", "signalsCount", "voluntaryContextSwitches", "involuntaryContextSwitches"])
            usage.CreateDataPropertyOrThrow(name, 0);
        return usage;
    }

    /// <summary>process.umask([mask]): the file-mode creation mask (an octal string or a number sets it); the previous one is returned.</summary>
    private static JsValue Umask(Realm realm, JsValue mask)
    {
        if (OperatingSystem.IsWindows()) return 0;
        if (mask.IsUndefined)
        {
            uint current = PosixCalls.Umask(0);
            PosixCalls.Umask(current);
            return current;
        }
        uint value;
        if (mask.IsString)
        {
            if (!IsOctal(mask.String)) throw CodedErrors.InvalidArgValue(realm, "mask", mask, "must be a 32-bit unsigned integer or an octal string");
            value = Convert.ToUInt32(mask.String, 8);
        }
        else if (mask.IsNumber && mask.Number == Math.Floor(mask.Number) && mask.Number is >= 0 and <= uint.MaxValue)
            value = (uint)mask.Number;
        else if (mask.IsNumber)
            throw CodedErrors.OutOfRange(realm, "mask", ">= 0 && <= 4294967295", Inspector.Inspect(realm, mask));
        else
            throw CodedErrors.InvalidArgType(realm, "mask", "number", mask);
        return PosixCalls.Umask(value & 0x1FF);
    }

    private static bool IsOctal(string s) => s.Length is > 0 and <= 11 && s.All(c => c is >= '0' and <= '7');

    /// <summary>process.kill(pid[, signal]): signal 0 only checks that the process exists.</summary>
    private static JsValue Kill(Realm realm, JsValue pidValue, JsValue signalValue)
    {
        if (!pidValue.IsNumber || pidValue.Number != (int)pidValue.Number) throw CodedErrors.InvalidArgType(realm, "pid", "number", pidValue);
        int pid = (int)pidValue.Number;
        int signal = signalValue.IsUndefined ? 15
            : signalValue.IsNumber && signalValue.Number == (int)signalValue.Number ? (int)signalValue.Number
            : signalValue.IsString && OsConstants.SignalNumber(signalValue.String) is { } number ? number
            : throw CodedErrors.Coded(realm, ErrorKind.TypeError, "ERR_UNKNOWN_SIGNAL", $"Unknown signal: {Operations.ToString(signalValue)}");
        if (OperatingSystem.IsWindows())
        {
            try
            {
                using var target = Process.GetProcessById(pid);
                if (signal != 0) target.Kill();
            }
            catch (ArgumentException) { throw NodeErrors.ErrnoException(realm, "ESRCH", "kill"); }
            return true;
        }
        if (PosixCalls.Kill(pid, signal) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw NodeErrors.ErrnoException(realm, UvErrors.CodeOf(-errno) ?? "EINVAL", "kill");
        }
        return true;
    }
}
