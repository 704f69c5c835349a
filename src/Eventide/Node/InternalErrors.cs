using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>require('internal/errors') inside built-in modules: node's coded errors, worded as node words them.</summary>
internal static class InternalErrors
{
    public static JsObject Create(Realm realm)
    {
        var errors = realm.NewObject();
        realm.DefineMethod(errors, "invalidArgType", 3, (_, a) =>
            NodeErrors.InvalidArgType(realm, Operations.ToString(a.At(0)), Operations.ToString(a.At(1)), a.At(2)).GetValue(realm));
        realm.DefineMethod(errors, "invalidArgValue", 3, (_, a) =>
            NodeErrors.InvalidArgValue(realm, Operations.ToString(a.At(0)), a.At(1), Operations.ToString(a.At(2))).GetValue(realm));
        // nodeError(Constructor, code, message): an error of that class with "code" shown as node shows it.
        realm.DefineMethod(errors, "nodeError", 3, (_, a) =>
        {
            var error = Operations.Construct(a.At(0), [a.At(2)]).AsObject!;
            return NodeErrors.WithCode(error, Operations.ToString(a.At(1))).GetValue(realm);
        });
        realm.DefineMethod(errors, "isEncoding", 1, (_, a) => a.At(0).IsString && Fs.Encodings.Normalize(a.At(0).String) is not null);
        return errors;
    }
}
