using Acornima;
using Acornima.Ast;
using Eventide.Parsing;

namespace Eventide;

/// <summary>A syntax error found while parsing or compiling, with its position (1-based line and column).</summary>
public sealed class JsSyntaxError(string message, string path, int line, int column, int offset) : Exception(message)
{
    /// <summary>The file (or module URL) the error is in.</summary>
    public string Path { get; } = path;
    /// <summary>The 1-based line of the error.</summary>
    public int Line { get; } = line;
    /// <summary>The 1-based column of the error.</summary>
    public int Column { get; } = column;
    internal int Offset { get; } = offset;
    /// <summary>The source text the error is in, when it is not the entry file's (an imported module).</summary>
    internal string? SourceCode { get; init; }
}
