namespace Eventide.Runtime;

/// <summary>An object with [[ErrorData]] (20.5): what Error and the native errors construct.</summary>
public class JsError(JsObject prototype) : JsObject(prototype)
{
    public override string ClassName => "Error";

    /// <summary>Where the error was created (node shows it for an unhandled rejection).</summary>
    internal (Compiling.FunctionTemplate Template, int Pc)? CreationSite { get; private set; }

    /// <summary>
    /// Installs node's non-enumerable "stack" as V8 does, first among the own keys (stack, message,
    /// cause, errors): frames captured now, leaving out the constructors up to <paramref name="newTarget"/>,
    /// the "Name: message" header formatted when first read.
    /// </summary>
    internal void CaptureStack(Realm realm, JsObject? newTarget = null)
    {
        var top = ErrorStack.Install(realm, this, newTarget) ?? realm.Engine.Interpreter.CurrentFrame;
        if (top is not null) CreationSite = (top.Template, Math.Max(0, top.Pc - 1));
    }
}
