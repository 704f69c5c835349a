using Acornima;
using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>What an error about a value names it by: the subject of an iteration or destructuring site.</summary>
internal enum ErrorSubjectKind : byte
{
    /// <summary>for-of, array spread or an array pattern: "o is not iterable".</summary>
    Iterate,
    /// <summary>The iterated value is a call's result: "f is not a function or its return value is not iterable".</summary>
    IterateCallResult,
    /// <summary>A call's spread argument: "Spread syntax requires ...iterable[Symbol.iterator] to be a function".</summary>
    SpreadArgument,
    /// <summary>An object pattern: "Cannot destructure property 'a' of 'o' as it is undefined.".</summary>
    Destructure,
    /// <summary>An object pattern inside another pattern: a plain property read of its first key.</summary>
    DestructureNested,
    /// <summary>A parenthesised callee: "(intermediate value) is not a function".</summary>
    Callee,
}

/// <summary>The source expression (as V8 prints it) and first pattern key an error at one instruction names.</summary>
internal sealed record ErrorSubject(ErrorSubjectKind Kind, string? Text, string? Key = null);

/// <summary>
/// V8's CallPrinter, as far as its error messages show it: an expression printed back from the
/// AST (o.p, f(...).x, {(intermediate value)}, (a ?? b)), anything else "(intermediate value)".
/// </summary>
internal static class CallPrinter
{
    public const string IntermediateValue = "(intermediate value)";

    public static string Print(Node node) => node switch
    {
        Identifier id => id.Name,
        ThisExpression => "this",
        ParenthesizedExpression pe => Print(pe.Expression),
        StringLiteral s => "\"" + s.Value + "\"",
        NumericLiteral n => NumberConversions.ToString(n.Value),
        BooleanLiteral b => b.Value ? "true" : "false",
        NullLiteral => "null",
        RegExpLiteral re => "/" + re.RegExp.Pattern + "/" + re.RegExp.Flags,
        ChainExpression ce => Print(ce.Expression),
        MemberExpression { Computed: false } me => Print(me.Object) + (me.Optional ? "?." : ".") + (me.Property is PrivateIdentifier pid ? "#" + pid.Name : ((Identifier)me.Property).Name),
        MemberExpression { Property: StringLiteral key } me when !IsIndex(key.Value) => Print(me.Object) + "." + key.Value,
        MemberExpression me => Print(me.Object) + "[" + Print(me.Property) + "]",
        CallExpression call => Print(call.Callee) + "(...)",
        ObjectExpression oe => "{" + string.Concat(Enumerable.Repeat(IntermediateValue, oe.Properties.Count)) + "}",
        ArrayExpression ae => "[" + string.Join(",", ae.Elements.Select(e => e switch
        {
            null => IntermediateValue,
            SpreadElement spread => "(..." + Print(spread.Argument) + ")",
            _ => Print(e),
        })) + "]",
        LogicalExpression le => $"({Print(le.Left)} {Operator(le.Operator)} {Print(le.Right)})",
        BinaryExpression be => $"({Print(be.Left)} {Operator(be.Operator)} {Print(be.Right)})",
        SequenceExpression se => "(" + string.Join(" , ", se.Expressions.Select(Print)) + ")",
        UnaryExpression ue => "(" + UnaryOperator(ue.Operator) + Print(ue.Argument) + ")",
        _ => IntermediateValue,
    };

    /// <summary>The subject of iterating <paramref name="node"/>'s value.</summary>
    public static ErrorSubject Iterated(Node node) => Unparenthesized(node) switch
    {
        CallExpression call => new(ErrorSubjectKind.IterateCallResult, Print(call.Callee)),
        NewExpression ne => new(ErrorSubjectKind.IterateCallResult, Print(ne.Callee)),
        _ => new(ErrorSubjectKind.Iterate, Print(node)),
    };

    /// <summary>Whether V8 names an array pattern's initialiser when it is not iterable: a name, a literal or a
    /// call of a name it does; a member read, a method call or an operator's result it names by the value
    /// ("number 5 is not iterable (cannot read property Symbol(Symbol.iterator))").</summary>
    public static bool NamesIteratedInitializer(Node init) => Unparenthesized(init) switch
    {
        MemberExpression or ChainExpression or BinaryExpression => false,
        CallExpression call => call.Callee is Identifier,
        _ => true,
    };

    private static Node Unparenthesized(Node node) => node is ParenthesizedExpression pe ? Unparenthesized(pe.Expression) : node;

    private static bool IsIndex(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static string UnaryOperator(Operator op) => op switch
    {
        Acornima.Operator.Void => "void ", Acornima.Operator.TypeOf => "typeof ", Acornima.Operator.Delete => "delete ",
        Acornima.Operator.LogicalNot => "!", Acornima.Operator.BitwiseNot => "~", Acornima.Operator.UnaryNegation => "-",
        Acornima.Operator.UnaryPlus => "+",
        _ => "?",
    };

    private static string Operator(Operator op) => op switch
    {
        Acornima.Operator.LogicalAnd => "&&", Acornima.Operator.LogicalOr => "||", Acornima.Operator.NullishCoalescing => "??",
        Acornima.Operator.Addition => "+", Acornima.Operator.Subtraction => "-", Acornima.Operator.Multiplication => "*",
        Acornima.Operator.Division => "/", Acornima.Operator.Remainder => "%", Acornima.Operator.Exponentiation => "**",
        Acornima.Operator.Equality => "==", Acornima.Operator.Inequality => "!=", Acornima.Operator.StrictEquality => "===",
        Acornima.Operator.StrictInequality => "!==", Acornima.Operator.LessThan => "<", Acornima.Operator.LessThanOrEqual => "<=",
        Acornima.Operator.GreaterThan => ">", Acornima.Operator.GreaterThanOrEqual => ">=", Acornima.Operator.BitwiseAnd => "&",
        Acornima.Operator.BitwiseOr => "|", Acornima.Operator.BitwiseXor => "^", Acornima.Operator.LeftShift => "<<",
        Acornima.Operator.RightShift => ">>", Acornima.Operator.UnsignedRightShift => ">>>", Acornima.Operator.In => "in",
        Acornima.Operator.InstanceOf => "instanceof",
        _ => "?",
    };
}
