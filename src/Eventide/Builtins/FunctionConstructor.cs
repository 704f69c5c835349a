using Acornima.Ast;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>The kinds of function CreateDynamicFunction builds (Function, GeneratorFunction, ...).</summary>
internal enum DynamicFunctionKind { Normal, Generator, Async, AsyncGenerator }

/// <summary>20.2.1 The Function Constructor, and CreateDynamicFunction for its generator/async relatives.</summary>
internal static class FunctionConstructor
{
    public static void Setup(Realm realm)
    {
        NativeFunction? self = null;
        // 20.2.1.1 Function ( ...parameterArgs, bodyArg )
        self = realm.DefineConstructor("Function", 1,
            (_, args, newTarget) => CreateDynamicFunction(realm, self!, newTarget, DynamicFunctionKind.Normal, args),
            realm.FunctionPrototype);
        realm.FunctionConstructor = self;
    }

    /// <summary>20.2.1.1.1 CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs, bodyArg )</summary>
    public static JsObject CreateDynamicFunction(Realm realm, JsFunction constructor, JsObject? newTarget,
        DynamicFunctionKind kind, ReadOnlySpan<JsValue> args)
    {
        newTarget ??= constructor;
        string prefix = kind switch
        {
            DynamicFunctionKind.Generator => "function*",
            DynamicFunctionKind.Async => "async function",
            DynamicFunctionKind.AsyncGenerator => "async function*",
            _ => "function",
        };
        var fallbackProto = kind switch
        {
            DynamicFunctionKind.Generator => realm.GeneratorFunctionPrototype,
            DynamicFunctionKind.Async => realm.AsyncFunctionPrototype,
            DynamicFunctionKind.AsyncGenerator => realm.AsyncGeneratorFunctionPrototype,
            _ => null,
        } ?? realm.FunctionPrototype;

        // Steps 7-15: parameters and body are converted to strings, in order.
        int argCount = args.Length;
        var parameters = new string[Math.Max(0, argCount - 1)];
        for (int i = 0; i < parameters.Length; i++) parameters[i] = Operations.ToString(args[i]);
        string body = argCount > 0 ? Operations.ToString(args[argCount - 1]) : "";
        string p = string.Join(",", parameters);
        string sourceString = $"{prefix} anonymous({p}\n) {{\n{body}\n}}";

        var function = CompileDynamicFunction(realm, sourceString, prefix.Length + " anonymous(".Length + p.Length + "\n) ".Length);
        // Steps 29-31: the prototype comes from newTarget.
        var proto = Interpreter.GetPrototypeFromConstructor(newTarget, fallbackProto);
        if (!ReferenceEquals(function.GetPrototypeOf(), proto)) function.SetPrototypeOf(proto);
        return function;
    }

    /// <summary>
    /// Steps 16-28: parses "(sourceString)" as a script that must hold exactly that one function
    /// expression, whose body starts where the generated "{" is (so parameters or body text cannot
    /// close the function early), and evaluates it in the global scope.
    /// </summary>
    private static JsFunction CompileDynamicFunction(Realm realm, string sourceString, int bodyOffset)
    {
        string source = "(" + sourceString + ")";
        FunctionTemplate template;
        try
        {
            template = CompileStack.Run(source, () =>
            {
                var script = ScriptParser.Parse(source, "anonymous");
                var expression = script.Body.Count == 1 && script.Body[0] is ExpressionStatement es ? Unwrap(es.Expression) : null;
                if (expression is not FunctionExpression fe || fe.Range.Start != 1 || fe.Range.End != source.Length - 1)
                    throw JsException.SyntaxError("Single function literal required");
                if (fe.Body.Range.Start != bodyOffset + 1)
                    throw JsException.SyntaxError(fe.Body.Range.Start > bodyOffset + 1 ? "Unexpected end of arg string" : "Arg string terminates parameters early");
                var text = new SourceText("anonymous", source) { EvalOrigin = Vm.CallSite.EvalOriginOf(realm.Engine.Interpreter.CurrentFrame), FromFunctionConstructor = true };
                return new ScriptCompiler(text).CompileDynamicFunction(script, fe);
            });
        }
        catch (JsSyntaxError e) { throw JsException.SyntaxError(ParameterError(source, bodyOffset) ?? e.Message); }
        catch (CompileError e) { throw JsException.SyntaxError(e.Message); }
        var saved = Realm.Current;
        Realm.Current = realm;
        try
        {
            return (JsFunction)realm.Engine.Interpreter.RunScript(template, realm).AsObject!;
        }
        finally
        {
            Realm.Current = saved;
        }
    }

    /// <summary>
    /// When the whole source does not parse, the parameters alone may be at fault, as V8 reports:
    /// they are parsed again in front of an empty body.
    /// </summary>
    private static string? ParameterError(string source, int bodyOffset)
    {
        string paramsOnly = source[..(bodyOffset + 1)] + "{})";
        try
        {
            var script = ScriptParser.Parse(paramsOnly, "anonymous");
            var fe = script.Body.Count == 1 && script.Body[0] is ExpressionStatement es ? Unwrap(es.Expression) as FunctionExpression : null;
            if (fe is null || fe.Body.Range.Start > bodyOffset + 1) return "Unexpected end of arg string";
            if (fe.Body.Range.Start < bodyOffset + 1) return "Arg string terminates parameters early";
            return null;
        }
        catch (JsSyntaxError e)
        {
            return e.Message;
        }
    }

    private static Node Unwrap(Node expression) => expression is ParenthesizedExpression pe ? Unwrap(pe.Expression) : expression;
}

/// <summary>
/// 27.3.1 GeneratorFunction, 27.4.1 AsyncGeneratorFunction and 27.7.1 AsyncFunction: constructors
/// reached only through prototypes (no globals), built on CreateDynamicFunction.
/// </summary>
internal static class DynamicFunctionConstructors
{
    public static void Setup(Realm realm)
    {
        Define(realm, "GeneratorFunction", DynamicFunctionKind.Generator, realm.GeneratorFunctionPrototype);
        Define(realm, "AsyncGeneratorFunction", DynamicFunctionKind.AsyncGenerator, realm.AsyncGeneratorFunctionPrototype);
        Define(realm, "AsyncFunction", DynamicFunctionKind.Async, realm.AsyncFunctionPrototype);
    }

    private static void Define(Realm realm, string name, DynamicFunctionKind kind, JsObject? prototype)
    {
        if (prototype is null) return;
        NativeFunction? self = null;
        // The constructor's [[Prototype]] is %Function% (27.3.2 etc.).
        self = new NativeFunction(realm, name, 1,
            (_, args, newTarget) => FunctionConstructor.CreateDynamicFunction(realm, self!, newTarget, kind, args),
            realm.FunctionConstructor);
        self.FastSet("prototype", prototype, PropertyFlags.None);
        prototype.FastSet("constructor", self, PropertyFlags.Configurable);
    }
}
