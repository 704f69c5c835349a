using Jint;
using Jint.Runtime.Modules;

namespace Test262Jint;

/// <summary>
/// test262's module host for Jint: every specifier is a file path relative to the importing module
/// (the test's directory for the test itself and for scripts). A missing file is a resolution error
/// Jint reports to the importer (a rejected import(), a failed link), not a host exception.
/// </summary>
internal sealed class TestModuleLoader(string testDirectory) : ModuleLoader
{
    public override ResolvedSpecifier Resolve(string? referencingModuleLocation, ModuleRequest moduleRequest)
    {
        var directory = referencingModuleLocation is { Length: > 0 } referrer && Path.IsPathRooted(referrer)
            ? Path.GetDirectoryName(referrer)!
            : testDirectory;
        return new ResolvedSpecifier(moduleRequest, Path.GetFullPath(Path.Combine(directory, moduleRequest.Specifier)), null, SpecifierType.Bare);
    }

    protected override string LoadModuleContents(Engine engine, ResolvedSpecifier resolved) =>
        File.Exists(resolved.Key)
            ? File.ReadAllText(resolved.Key)
            : throw new ModuleResolutionException("Module Not Found", resolved.ModuleRequest.Specifier, null, resolved.Key);
}
