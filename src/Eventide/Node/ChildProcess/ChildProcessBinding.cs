using System.ComponentModel;
using System.Diagnostics;
using Eventide.Runtime;

namespace Eventide.Node.ChildProcess;

/// <summary>
/// require('internal/child_process') inside the child_process module: runs a program with piped
/// standard streams on .NET's Process. spawnSync waits on the loop thread (as node's does); spawn
/// starts it at once (its pid is known) and reports the exit, with everything it wrote, in the poll phase.
/// </summary>
internal static class ChildProcessBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        // spawnSync(file, args, options) → { pid, status, signal, stdout, stderr, error }
        realm.DefineMethod(binding, "spawnSync", 3, (_, a) =>
        {
            var run = new ChildRun(Options.From(a));
            var outcome = run.Start() ? run.WaitAsync().GetAwaiter().GetResult() : run.Failed();
            return outcome.ToJs(realm, sync: true);
        });
        // spawn(file, args, options, onExit(result)) → pid, or the spawn error object when it could not start
        realm.DefineMethod(binding, "spawn", 4, (_, a) =>
        {
            var run = new ChildRun(Options.From(a));
            var onExit = a.At(3).AsFunction!;
            if (!run.Start()) return run.Failed().ToJs(realm, sync: false);
            realm.Engine.Loop.Start("child process " + run.Options.File, run.WaitAsync, done =>
                onExit.Call(JsValue.Undefined, [done.Result.ToJs(realm, sync: false)]));
            return run.Pid;
        });
        // start(file, args, options, onData(fd, Uint8Array or null at EOF), onExit(status, signal)) → a child, or the spawn error code
        var children = new Dictionary<int, StreamingChild>();
        realm.DefineMethod(binding, "start", 5, (_, a) =>
        {
            var options = Options.From(a);
            bool ipc = a.At(2).AsObject is { } o && Operations.ToBoolean(o.Get("ipc"));
            var child = StreamingChild.Start(realm, ChildRun.StartInfo(options), a.At(3).AsFunction!, a.At(4).AsFunction!, ipc);
            if (child is null) return ChildRun.SpawnFailureCode(options.File);
            children[child.Pid] = child;
            return child.Pid;
        });
        StreamingChild Child(JsValue pid) => children.TryGetValue((int)Operations.ToNumber(pid), out var c) ? c
            : throw new JsException(ErrorKind.Error, "No such child process");
        realm.DefineMethod(binding, "write", 3, (_, a) =>
        {
            Child(a.At(0)).Write(ByteViews.Copy(a.At(1)) ?? [], a.At(2).AsFunction);
            return JsValue.Undefined;
        });
        realm.DefineMethod(binding, "endInput", 1, (_, a) => { Child(a.At(0)).EndInput(); return JsValue.Undefined; });
        realm.DefineMethod(binding, "signal", 2, (_, a) => Child(a.At(0)).Kill((int)Operations.ToNumber(a.At(1))));
        realm.DefineMethod(binding, "ref", 2, (_, a) =>
        {
            if (Operations.ToBoolean(a.At(1))) Child(a.At(0)).Ref(); else Child(a.At(0)).Unref();
            return JsValue.Undefined;
        });
        // channel(pid) → a forked child's IPC channel (IpcChannel.ToJs)
        realm.DefineMethod(binding, "channel", 1, (_, a) => Child(a.At(0)).Channel?.ToJs() ?? JsValue.Null);
        // The command that runs another eventide: [program, ...arguments before the module].
        realm.DefineMethod(binding, "forkCommand", 0, (_, _) => realm.NewArray([.. ForkCommand(realm.Engine).Select(s => (JsValue)s)]));
        realm.DefineMethod(binding, "forget", 1, (_, a) => children.Remove((int)Operations.ToNumber(a.At(0))));
        // kill(pid, signal number) → whether the signal was sent
        realm.DefineMethod(binding, "kill", 2, (_, a) =>
            PosixCalls.Kill((int)Operations.ToNumber(a.At(0)), (int)Operations.ToNumber(a.At(1))) == 0);
        return binding;
    }

    /// <summary>
    /// NodeRuntime.ForkCommand, or this process: the executable itself when it is eventide, or the
    /// dotnet host with the entry assembly beside it.
    /// </summary>
    private static IReadOnlyList<string> ForkCommand(Engine engine) => engine.Node.Options.ForkCommand ?? ThisProcessCommand();

    /// <summary>The command that runs this eventide again: its executable, or the dotnet host with the entry assembly.</summary>
    internal static IReadOnlyList<string> ThisProcessCommand()
    {
        string host = Environment.ProcessPath ?? "eventide";
        if (Path.GetFileNameWithoutExtension(host) != "dotnet") return [host];
        string entry = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "eventide";
        return [host, Path.Combine(AppContext.BaseDirectory, entry + ".dll")];
    }

    /// <summary>What the script asked for, read on the loop thread.</summary>
    internal sealed record Options(string File, string[] Args, string? Cwd, List<(string, string)>? Env, byte[]? Input, int Timeout, int KillSignal, string KillSignalName)
    {
        public static Options From(ReadOnlySpan<JsValue> a)
        {
            string file = Operations.ToString(a.At(0));
            var args = a.At(1).AsObject is JsArray list
                ? Enumerable.Range(0, (int)list.Length).Select(i => Operations.ToString(list.Get(new PropertyKey((uint)i)))).ToArray()
                : [];
            var o = a.At(2).AsObject;
            JsValue Get(string name) => o?.Get(name) ?? JsValue.Undefined;
            List<(string, string)>? env = null;
            if (Get("env").AsObject is JsArray pairs)
            {
                env = [];
                for (uint i = 0; i < pairs.Length; i++)
                {
                    var pair = pairs.Get(new PropertyKey(i)).AsObject!;
                    env.Add((Operations.ToString(pair.Get(new PropertyKey(0u))), Operations.ToString(pair.Get(new PropertyKey(1u)))));
                }
            }
            byte[]? input = ByteViews.Copy(Get("input"));
            return new Options(file, args, Get("cwd").IsString ? Get("cwd").String : null, env, input,
                Get("timeout").IsNumber ? (int)Get("timeout").Number : 0,
                Get("killSignal").IsNumber ? (int)Get("killSignal").Number : 15,
                Get("killSignalName").IsString ? Get("killSignalName").String : "SIGTERM");
        }
    }

    /// <summary>How a run ended: its exit status or the signal that ended it, what it wrote, or why it never started.</summary>
    internal sealed record Outcome(int Pid, int? Status, string? Signal, byte[] Stdout, byte[] Stderr, string? ErrorCode)
    {
        public JsObject ToJs(Realm realm, bool sync)
        {
            var result = realm.NewObject();
            result.CreateDataPropertyOrThrow("pid", Pid);
            result.CreateDataPropertyOrThrow("status", Status is { } s ? s : JsValue.Null);
            result.CreateDataPropertyOrThrow("signal", Signal is { } sig ? sig : JsValue.Null);
            result.CreateDataPropertyOrThrow("stdout", realm.NewTypedArray(ElementType.Uint8, Stdout));
            result.CreateDataPropertyOrThrow("stderr", realm.NewTypedArray(ElementType.Uint8, Stderr));
            result.CreateDataPropertyOrThrow("error", ErrorCode is { } code ? code : JsValue.Null);
            return result;
        }
    }

    internal sealed class ChildRun(Options options)
    {
        private Process? _process;
        public Options Options { get; } = options;
        /// <summary>Read once at start: the exit may dispose the process on another thread before the script asks.</summary>
        public int Pid { get; private set; }

        /// <summary>The program, its arguments, directory and environment, with all three standard streams piped.</summary>
        public static ProcessStartInfo StartInfo(Options options)
        {
            var info = new ProcessStartInfo(options.File)
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in options.Args) info.ArgumentList.Add(arg);
            if (options.Cwd is not null) info.WorkingDirectory = options.Cwd;
            if (options.Env is not null)
            {
                info.Environment.Clear();
                foreach (var (name, value) in options.Env) info.Environment[name] = value;
            }
            return info;
        }

        /// <summary>Starts the program; false when it cannot be (not found, not executable).</summary>
        public bool Start()
        {
            try
            {
                _process = Process.Start(StartInfo(Options));
                Pid = _process?.Id ?? 0;
                return _process is not null;
            }
            catch (Win32Exception)
            {
                return false;
            }
        }

        /// <summary>A run that never started, with its spawn failure.</summary>
        public Outcome Failed() => new(0, null, null, [], [], SpawnFailureCode(Options.File));

        /// <summary>The spawn failure as libuv names it (ENOENT for a program not found, EACCES for one not executable).</summary>
        public static string SpawnFailureCode(string file) => File.Exists(file) ? "EACCES" : "ENOENT";

        /// <summary>Feeds the input, collects both outputs and waits for the exit (killing it at the timeout).</summary>
        public async Task<Outcome> WaitAsync()
        {
            var process = _process!;
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var reading = Task.WhenAll(
                process.StandardOutput.BaseStream.CopyToAsync(stdout),
                process.StandardError.BaseStream.CopyToAsync(stderr));
            try
            {
                if (Options.Input is { } input) await process.StandardInput.BaseStream.WriteAsync(input).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The child exited without reading its input (EPIPE): node ignores it too.
            }
            bool timedOut = false;
            if (Options.Timeout > 0)
            {
                using var limit = new CancellationTokenSource(Options.Timeout);
                try { await process.WaitForExitAsync(limit.Token).ConfigureAwait(false); }
                catch (OperationCanceledException)
                {
                    timedOut = true;
                    PosixCalls.Kill(process.Id, Options.KillSignal);
                }
            }
            await process.WaitForExitAsync().ConfigureAwait(false);
            if (timedOut)
            {
                // As node's SyncProcessRunner: after the kill the pipes are closed, keeping what was read;
                // a grandchild that inherited them (sh -c's command) must not hold the caller up.
                process.StandardOutput.Close();
                process.StandardError.Close();
            }
            try { await reading.ConfigureAwait(false); }
            catch (Exception e) when (timedOut && e is IOException or ObjectDisposedException or OperationCanceledException) { }
            int exit = process.ExitCode;
            process.Dispose();
            return timedOut
                ? new Outcome(Pid, null, Options.KillSignalName, stdout.ToArray(), stderr.ToArray(), "ETIMEDOUT")
                : new Outcome(Pid, exit, null, stdout.ToArray(), stderr.ToArray(), null);
        }
    }
}
