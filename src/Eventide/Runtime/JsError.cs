namespace Eventide.Runtime;

/// <summary>An object with [[ErrorData]] (20.5): what Error and the native errors construct.</summary>
internal class JsError(JsObject prototype) : JsObject(prototype)
{
    internal override string ClassName => "Error";

    /// <summary>Where the error was created (node shows it for an unhandled rejection).</summary>
    internal (Compiling.FunctionTemplate Template, int Pc)? CreationSite { get; private set; }

    /// <summary>
    /// What node prints above this error when it is uncaught, in place of the last throw's site:
    /// set for errors the host raises outside any script (an import that does not link, a module
    /// that is not found), each with its own separator.
    /// </summary>
    internal string? ReportedSite { get; set; }

    /// <summary>For a module's link error (an import that does not resolve): the source and offsets of the name at fault.</summary>
    internal (Compiling.SourceText Source, int Start, int End)? LinkSite { get; set; }

    /// <summary>
    /// Installs node's non-enumerable "stack" as V8 does, first among the own keys (stack, message,
    /// cause, errors): frames captured now, leaving out the constructors up to <paramref name="newTarget"/>,
    /// the "Name: message" header formatted when first read.
    /// </summary>
    internal void CaptureStack(Realm realm, JsObject? newTarget = null)
    {
        if (ErrorStack.Install(realm, this, newTarget) is { } top) CreationSite = (top.Template, top.Pc);
        else if (realm.Engine.Interpreter.CurrentFrame is { } f) CreationSite = (f.Template, Math.Max(0, f.Pc - 1));
    }
}
