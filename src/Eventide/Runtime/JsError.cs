namespace Eventide.Runtime;

/// <summary>An object with [[ErrorData]] (20.5): what Error and the native errors construct.</summary>
public class JsError(JsObject prototype) : JsObject(prototype)
{
    public override string ClassName => "Error";

    /// <summary>The call stack at creation, as "    at fn (file:line:col)" lines.</summary>
    public string StackFrames { get; private set; } = "";

    /// <summary>Installs node's non-enumerable "stack": "Name: message\n    at ...".</summary>
    /// <summary>Where the error was created (node shows it for an unhandled rejection).</summary>
    internal (Compiling.FunctionTemplate Template, int Pc)? CreationSite { get; private set; }

    public void CaptureStack(Realm realm)
    {
        if (realm.Engine.Interpreter.CurrentFrame is { } f) CreationSite = (f.Template, Math.Max(0, f.Pc - 1));
        StackFrames = realm.Engine.CaptureStackTrace();
        var name = Get("name");
        var message = Get("message");
        string header = name.IsString ? name.String : "Error";
        if (message.IsString && message.String.Length > 0) header = header.Length > 0 ? $"{header}: {message.String}" : message.String;
        FastSet("stack", StackFrames.Length > 0 ? header + "\n" + StackFrames : header, PropertyFlags.Hidden);
    }
}
