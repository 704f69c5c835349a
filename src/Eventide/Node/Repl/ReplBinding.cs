using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Node.Repl;

/// <summary>
/// require('internal/repl_binding') inside node:repl: evaluate(code, name) runs a script in the global scope
/// (declarations persist between inputs), isRecoverable(code) tells an unfinished input (the parser stopped at
/// its end) from a wrong one, and rewriteAwait(code) turns top-level await into an async function's body.
/// </summary>
internal static class ReplBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        realm.DefineMethod(binding, "evaluate", 2, (_, a) =>
            realm.Engine.EvaluateScript(realm, Operations.ToString(a.At(0)), Operations.ToString(a.At(1)), false));
        realm.DefineMethod(binding, "isRecoverable", 1, (_, a) => IsRecoverable(Operations.ToString(a.At(0))));
        realm.DefineMethod(binding, "parses", 1, (_, a) => Parses(Operations.ToString(a.At(0))));
        realm.DefineMethod(binding, "syntaxError", 1, (_, a) => SyntaxErrorOf(realm, Operations.ToString(a.At(0))));
        // let/const/class names of earlier inputs, which are not properties of the global object (Tab completion).
        realm.DefineMethod(binding, "globalLexicalNames", 0, (_, _) =>
        {
            var names = realm.NewArray();
            foreach (var name in realm.GlobalLexicals.Keys) names.Push(name);
            return names;
        });
        realm.DefineMethod(binding, "rewriteAwait", 1, (_, a) => TopLevelAwait.Rewrite(Operations.ToString(a.At(0))) is { } s ? s : JsValue.Null);
        return binding;
    }

    /// <summary>The parser's error for <paramref name="code"/> as { message, line, column } (1-based), or null when it parses.</summary>
    private static JsValue SyntaxErrorOf(Realm realm, string code)
    {
        try
        {
            ScriptParser.Parse(code, "repl");
            return JsValue.Null;
        }
        catch (JsSyntaxError e)
        {
            var error = realm.NewObject();
            error.CreateDataPropertyOrThrow("message", e.Message);
            error.CreateDataPropertyOrThrow("line", e.Line);
            error.CreateDataPropertyOrThrow("column", e.Column);
            return error;
        }
    }

    private static bool Parses(string code)
    {
        try
        {
            ScriptParser.Parse(code, "repl");
            return true;
        }
        catch (JsSyntaxError)
        {
            return false;
        }
    }

    /// <summary>The input stops in the middle of something (an open brace, string template, comment): more lines may finish it.</summary>
    private static bool IsRecoverable(string code)
    {
        try
        {
            ScriptParser.Parse(code, "repl");
            return false;
        }
        catch (JsSyntaxError e)
        {
            return e.Offset >= code.TrimEnd().Length;
        }
    }
}
