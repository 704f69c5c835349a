using Eventide.Host;
using NetArchTest.Rules;

namespace Eventide.Tests;

/// <summary>The layout's rules, checked on the compiled library.</summary>
public class ArchitectureTests
{
    [Fact]
    public void TheEmbeddingCoreDoesNotDependOnTheNodeLayer()
    {
        var result = Types.InAssembly(typeof(Engine).Assembly)
            .That().DoNotResideInNamespace("Eventide.Node")
            .ShouldNot().HaveDependencyOn("Eventide.Node")
            .GetResult();
        Assert.True(result.IsSuccessful, "core types that use the node layer: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TheNodeLayerIsThere()
    {
        // The rule above must not pass vacuously: the node layer's types use the core and live in their namespace.
        var node = Types.InAssembly(typeof(Engine).Assembly).That().ResideInNamespace("Eventide.Node").GetTypes().ToList();
        Assert.Contains(node, t => t.Name == "NodeRuntime");
        Assert.Contains(node, t => t.Name == "ModuleLoader");
        Assert.True(Types.InAssembly(typeof(Engine).Assembly).That().ResideInNamespace("Eventide.Node").Should().HaveDependencyOn("Eventide.Host").GetResult().FailingTypeNames?.Count() < node.Count);
    }
}
