using Acornima;
using Acornima.Ast;

namespace Eventide.Parsing;

// Acornima marks its regex validation obsolete (its JS-to-.NET regex conversion goes away in its next
// major version); it stays the source of early errors for regex literals until Eventide has its own
// RegExp engine (issue 16).
#pragma warning disable CS0618

/// <summary>Parses scripts with Acornima and maps its errors to <see cref="JsSyntaxError"/>.</summary>
internal static class ScriptParser
{
    private static ParserOptions Options(bool strict, bool commonJs = false) => new()
    {
        AllowReturnOutsideFunction = commonJs,
        AllowNewTargetOutsideFunction = commonJs,
        // A CommonJS module is a function body: `using` may appear at its top level.
        AllowTopLevelUsing = commonJs,
        EcmaVersion = EcmaVersion.Latest,
        AllowHashBang = true,
        RegExpParseMode = RegExpParseMode.Validate,
        CheckPrivateFields = true,
        Tolerant = false,
        ExperimentalESFeatures = ImportPhases,
    };

    /// <summary>import source / import.source (source phase imports) and import defer / import.defer.</summary>
    private const ExperimentalESFeatures ImportPhases = ExperimentalESFeatures.SourcePhaseImports | ExperimentalESFeatures.DeferImportEvaluation;

    public static Script Parse(string source, string path, bool strict = false, bool commonJs = false)
    {
        var parser = new Parser(Options(strict, commonJs));
        try
        {
            return parser.ParseScript(source, path, strict);
        }
        catch (ParseErrorException ex)
        {
            throw SyntaxError(ex, source, path);
        }
    }

    /// <summary>Parses an ES module (16.2.1.6.1 ParseModule's syntax part): strict, with import/export and top-level await.</summary>
    public static Module ParseModule(string source, string path)
    {
        var parser = new Parser(Options(strict: true));
        try
        {
            return parser.ParseModule(source, path);
        }
        catch (ParseErrorException ex)
        {
            throw SyntaxError(ex, source, path);
        }
    }

    /// <summary>
    /// Parses direct eval code (19.2.1.1 PerformEval steps 5-6): new.target, super property and
    /// super call are allowed where the surrounding function allows them; private names are
    /// checked later against the enclosing classes (the parser cannot see them).
    /// </summary>
    public static Script ParseEval(string source, bool strict, bool allowNewTarget, bool allowSuperProperty, bool allowSuperCall)
    {
        var parser = new Parser(new ParserOptions
        {
            EcmaVersion = EcmaVersion.Latest,
            RegExpParseMode = RegExpParseMode.Validate,
            AllowNewTargetOutsideFunction = allowNewTarget,
            AllowSuperOutsideMethod = allowSuperProperty,
            AllowSuperCallOutsideConstructor = allowSuperCall,
            CheckPrivateFields = false,
            AllowHashBang = true,
            Tolerant = false,
            ExperimentalESFeatures = ImportPhases,
        });
        try
        {
            return parser.ParseScript(source, "eval", strict);
        }
        catch (ParseErrorException ex)
        {
            throw SyntaxError(ex, source, "eval");
        }
    }

    private static JsSyntaxError SyntaxError(ParseErrorException ex, string source, string path)
    {
        int offset = ex.Error is { IsIndexDefined: true } ? ex.Error.Index : 0;
        return new JsSyntaxError(NodeMessage(ex.Error?.Description ?? ex.Message, source, offset), path, ex.LineNumber, ex.Column + 1, offset);
    }

    /// <summary>Acornima words a few messages differently from V8; align the common ones.</summary>
    private static string NodeMessage(string m, string source, int offset)
    {
        // An import declaration in a script (not import() or import.meta): V8 names the cause
        // (packages probe for ESM support with new Function('import') and read the message).
        if (m == "Unexpected token 'import'" && IsImportDeclaration(source, offset)) return "Cannot use import statement outside a module";
        if (m.StartsWith("Unexpected token", StringComparison.Ordinal)) return m;
        return m.TrimEnd('.');
    }

    private static bool IsImportDeclaration(string source, int offset)
    {
        int i = offset + "import".Length;
        if (offset < 0 || i > source.Length || string.CompareOrdinal(source, offset, "import", 0, 6) != 0) return false;
        while (i < source.Length && char.IsWhiteSpace(source[i])) i++;
        return i == source.Length || (source[i] != '(' && source[i] != '.');
    }
}
