using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

public sealed partial class Engine
{
    /// <summary>20.4.2.2 The GlobalSymbolRegistry: one per agent, shared by every realm of this engine.</summary>
    internal Dictionary<string, JsSymbol> GlobalSymbolRegistry { get; } = new();
}
