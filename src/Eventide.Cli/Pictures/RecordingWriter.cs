using System.Text;
using Eventide.Host;

namespace Eventide.Cli.Pictures;

/// <summary>The program's stdout while its timeline is recorded: written through, and kept with the job that wrote it.</summary>
internal sealed class RecordingWriter(TextWriter inner, TimelineRecording recording) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        inner.Write(value);
        recording.Printed(value.ToString());
    }

    public override void Write(string? value)
    {
        inner.Write(value);
        if (value is not null) recording.Printed(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        inner.Write(buffer, index, count);
        recording.Printed(new string(buffer, index, count));
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        inner.Write(buffer);
        recording.Printed(buffer.ToString());
    }

    public override void Flush() => inner.Flush();
}
