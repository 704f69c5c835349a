using Eventide.Host;
using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// node's path module: path.posix and path.win32 (each reachable from the other), with path
/// itself the flavour of the running system. Arguments are checked as node checks them
/// (ERR_INVALID_ARG_TYPE naming the argument).
/// </summary>
internal static class PathModule
{
    private static readonly ConditionalWeakTable<Realm, JsObject> Modules = new();

    /// <summary>require('path'): the flavour of this system, with .posix and .win32.</summary>
    public static JsObject Get(Realm realm) => Modules.GetValue(realm, Create);

    private static JsObject Create(Realm realm)
    {
        var posix = CreateFlavour(realm, PosixPath.Instance);
        var win32 = CreateFlavour(realm, Win32Path.Instance);
        foreach (var flavour in new[] { posix, win32 })
        {
            flavour.FastSet("win32", win32, PropertyFlags.Default);
            flavour.FastSet("posix", posix, PropertyFlags.Default);
            flavour.FastSet("_makeLong", flavour.Get("toNamespacedPath"), PropertyFlags.Default);
        }
        return OperatingSystem.IsWindows() ? win32 : posix;
    }

    private static JsObject CreateFlavour(Realm realm, PathFlavour path)
    {
        var module = realm.NewObject();
        void Method(string name, int length, NativeFn body) =>
            module.FastSet(name, new NativeFunction(realm, name, length, body), PropertyFlags.Default);
        string Text(JsValue value, string name) => CodedErrors.StringArgument(realm, value, name);

        Method("resolve", 0, (_, args) => path.Resolve(new PathArguments(args, realm)));
        Method("normalize", 1, (_, args) => path.Normalize(Text(args.At(0), "path")));
        Method("isAbsolute", 1, (_, args) => path.IsAbsolute(Text(args.At(0), "path")));
        Method("join", 0, (_, args) =>
        {
            var parts = new string[args.Length];
            for (int i = 0; i < args.Length; i++) parts[i] = Text(args[i], "path");
            return path.Join(parts);
        });
        Method("relative", 2, (_, args) =>
        {
            string from = Text(args.At(0), "from");
            return path.Relative(from, Text(args.At(1), "to"));
        });
        Method("toNamespacedPath", 1, (_, args) => args.At(0).IsString ? path.ToNamespacedPath(args.At(0).String) : args.At(0));
        Method("dirname", 1, (_, args) => path.Dirname(Text(args.At(0), "path")));
        Method("basename", 2, (_, args) =>
        {
            string name = Text(args.At(0), "path");
            return args.At(1).IsUndefined ? path.Basename(name) : path.Basename(name, Text(args.At(1), "suffix"));
        });
        Method("extname", 1, (_, args) => path.Extname(Text(args.At(0), "path")));
        Method("format", 1, (_, args) => Format(realm, path, args.At(0)));
        Method("parse", 1, (_, args) =>
        {
            var parsed = path.Parse(Text(args.At(0), "path"));
            var result = realm.NewObject();
            result.FastSet("root", parsed.Root, PropertyFlags.Default);
            result.FastSet("dir", parsed.Dir, PropertyFlags.Default);
            result.FastSet("base", parsed.Base, PropertyFlags.Default);
            result.FastSet("ext", parsed.Ext, PropertyFlags.Default);
            result.FastSet("name", parsed.Name, PropertyFlags.Default);
            return result;
        });
        Method("matchesGlob", 2, (_, args) =>
        {
            string name = Text(args.At(0), "path");
            string pattern = Text(args.At(1), "pattern");
            WarnExperimentalGlob(realm);
            return PathGlob.Matches(path, name, pattern);
        });
        module.FastSet("sep", path.Separator.ToString(), PropertyFlags.Default);
        module.FastSet("delimiter", path.Delimiter.ToString(), PropertyFlags.Default);
        return module;
    }

    private static readonly ConditionalWeakTable<Realm, object> GlobWarned = new();

    /// <summary>node's ExperimentalWarning on the first glob of a run.</summary>
    private static void WarnExperimentalGlob(Realm realm)
    {
        if (GlobWarned.TryGetValue(realm, out _)) return;
        GlobWarned.Add(realm, true);
        if (realm.GlobalObject.Get("process").AsObject is { } process && process.Get("emitWarning").AsFunction is { } emitWarning)
            emitWarning.Call(process, ["glob is an experimental feature and might change at any time", "ExperimentalWarning"]);
    }

    /// <summary>
    /// format(pathObject) with JavaScript's truthiness and string conversion: dir (or root), then
    /// base (or name and ext, given a dot if it lacks one), a separator between unless dir is the root.
    /// </summary>
    private static JsValue Format(Realm realm, PathFlavour path, JsValue value)
    {
        if (value.AsObject is not { } pathObject || pathObject is JsArray || pathObject is JsFunction)
            throw CodedErrors.InvalidArgType(realm, "pathObject", "object", value);
        var dir = pathObject.Get("dir");
        if (!Operations.ToBoolean(dir)) dir = pathObject.Get("root");
        var @base = pathObject.Get("base");
        if (!Operations.ToBoolean(@base))
        {
            var name = pathObject.Get("name");
            var ext = pathObject.Get("ext");
            string extension = !Operations.ToBoolean(ext) ? ""
                : ext.IsString && ext.String[0] == '.' ? ext.String : "." + Operations.ToString(ext);
            @base = (Operations.ToBoolean(name) ? Operations.ToString(name) : "") + extension;
        }
        if (!Operations.ToBoolean(dir)) return @base;
        bool dirIsRoot = JsValue.StrictEquals(dir, pathObject.Get("root"));
        return Operations.ToString(dir) + (dirIsRoot ? "" : path.Separator.ToString()) + Operations.ToString(@base);
    }
}

/// <summary>path.resolve's arguments: each checked when resolution reaches it ("paths[i]"), plus the working directory and environment.</summary>
internal readonly ref struct PathArguments
{
    private readonly ReadOnlySpan<JsValue> _values;
    private readonly Realm? _realm;

    public PathArguments(ReadOnlySpan<JsValue> values, Realm? realm = null)
    {
        _values = values;
        _realm = realm ?? Realm.Current;
    }

    public int Count => _values.Length;

    public string this[int i] => _values[i].IsString ? _values[i].String
        : throw CodedErrors.InvalidArgType(_realm!, $"paths[{i}]", "string", _values[i]);

    public string Cwd() => _realm is null ? ProcessObject.WorkingDirectory : ProcessObject.CurrentDirectory(_realm);

    /// <summary>process.env[name] when it is a string.</summary>
    public string? EnvironmentVariable(string name) =>
        _realm?.GlobalObject.Get("process").AsObject?.Get("env").AsObject?.Get(name) is { IsString: true } value ? value.String : null;
}
