using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.5 Generator instances ([[GeneratorState]], the suspended frame).</summary>
public sealed partial class GeneratorObject(JsObject prototype) : JsObject(prototype)
{
    public override string ClassName => "Generator";
}

/// <summary>27.6 AsyncGenerator instances.</summary>
public sealed partial class AsyncGeneratorObject(JsObject prototype) : JsObject(prototype)
{
    public override string ClassName => "AsyncGenerator";
}
