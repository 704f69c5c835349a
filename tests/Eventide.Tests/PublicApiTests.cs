using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace Eventide.Tests;

/// <summary>
/// The library's public surface is deliberate: any change to it shows up here. When a change is
/// intended, copy PublicApi/Eventide.received.txt over Eventide.approved.txt (the test writes it).
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        string api = typeof(Engine).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            // The compiler-generated state machine's name changes with unrelated edits to the class.
            ExcludeAttributes = ["System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute"],
        }).Replace("\r\n", "\n");
        string dir = Path.Combine(SourceDirectory(), "PublicApi");
        string approvedPath = Path.Combine(dir, "Eventide.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : "";
        string receivedPath = Path.Combine(dir, "Eventide.received.txt");
        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API changed: compare {receivedPath} with {approvedPath}, and copy it over when the change is intended.");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
