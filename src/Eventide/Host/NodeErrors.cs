using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>node's internal errors (lib/internal/errors.js): a message plus a "code" property.</summary>
internal static class NodeErrors
{
    /// <summary>ERR_INVALID_ARG_TYPE: The "name" argument must be of type T. Received ...</summary>
    public static JsException InvalidArgType(Realm realm, string name, string expected, JsValue actual)
    {
        var error = realm.CreateError(ErrorKind.TypeError, $"The \"{name}\" argument must be of type {expected}.{Inspector.DescribeReceived(realm, actual)}");
        return WithCode(error, "ERR_INVALID_ARG_TYPE");
    }

    /// <summary>ERR_INVALID_ARG_VALUE: The argument 'name' must be ... Received ...</summary>
    public static JsException InvalidArgValue(Realm realm, string name, JsValue value, string reason)
    {
        var error = realm.CreateError(ErrorKind.TypeError, $"The argument '{name}' {reason}. Received {Inspector.Inspect(realm, value)}");
        return WithCode(error, "ERR_INVALID_ARG_VALUE");
    }

    public static JsException WithCode(JsObject error, string code)
    {
        error.FastSet("code", code, PropertyFlags.Default);
        // node shows the code in the name part of the stack: "TypeError [CODE]: message".
        if (error.Get("stack") is { IsString: true } stack && stack.String.IndexOf(':') is int colon and > 0)
            error.FastSet("stack", stack.String[..colon] + $" [{code}]" + stack.String[colon..], PropertyFlags.Hidden);
        return new JsException(error);
    }
}
