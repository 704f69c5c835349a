using Acornima;
using Acornima.Ast;
using Eventide.Parsing;

namespace Eventide;

/// <summary>A syntax error found while parsing or compiling, with its position (1-based line and column).</summary>
public sealed class JsSyntaxError(string message, string path, int line, int column, int offset) : Exception(message)
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public int Column { get; } = column;
    internal int Offset { get; } = offset;
    /// <summary>The source text the error is in, when it is not the entry file's (an imported module).</summary>
    internal string? SourceCode { get; init; }
}
