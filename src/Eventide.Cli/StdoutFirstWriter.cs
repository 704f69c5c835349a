using System.Text;

namespace Eventide.Cli;

/// <summary>
/// The CLI's stderr: flushes the buffered stdout before each write, so that `eventide x.js 2>&1`
/// interleaves console.log and console.error in program order, as node's synchronous writes do.
/// </summary>
internal sealed class StdoutFirstWriter(TextWriter stderr, TextWriter stdout) : TextWriter
{
    public override Encoding Encoding => stderr.Encoding;

    public override void Write(char value)
    {
        stdout.Flush();
        stderr.Write(value);
    }

    public override void Write(string? value)
    {
        stdout.Flush();
        stderr.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        stdout.Flush();
        stderr.Write(buffer, index, count);
    }

    public override void Flush() => stderr.Flush();
}
