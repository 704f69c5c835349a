using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>22.1.1 The String Constructor and 22.1.2 its properties.</summary>
internal static class StringConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new StringObject(realm.ObjectPrototype, "");
        realm.StringPrototype = proto;
        // 22.1.1.1 String ( value )
        var ctor = realm.DefineConstructor("String", 1, (_, args, newTarget) =>
        {
            string s;
            if (args.Length == 0) s = "";
            else
            {
                var value = args[0];
                if (newTarget is null && value.IsSymbol) return value.Symbol.ToString();
                s = Operations.ToString(value);
            }
            if (newTarget is null) return s;
            return new StringObject(PrototypeFromConstructor(newTarget, r => r.StringPrototype), s);
        }, proto);
        realm.StringConstructor = ctor;

        // 22.1.2.1 String.fromCharCode ( ...codeUnits )
        realm.DefineMethod(ctor, "fromCharCode", 1, (_, args) =>
        {
            if (args.Length == 1) return ((char)Operations.ToUint16(args[0])).ToString();
            var chars = new char[args.Length];
            for (int i = 0; i < args.Length; i++) chars[i] = (char)Operations.ToUint16(args[i]);
            return new string(chars);
        });

        // 22.1.2.2 String.fromCodePoint ( ...codePoints )
        realm.DefineMethod(ctor, "fromCodePoint", 1, (_, args) =>
        {
            var sb = new StringBuilder(args.Length);
            foreach (var next in args)
            {
                double cp = Operations.ToNumber(next);
                if (cp != Math.Truncate(cp) || cp < 0 || cp > 0x10FFFF)
                    throw JsException.RangeError($"Invalid code point {Operations.ToString(next.IsNumber ? next : cp)}");
                AppendCodePoint(sb, (int)cp);
            }
            return sb.ToString();
        });

        // 22.1.2.4 String.raw ( template, ...substitutions )
        realm.DefineMethod(ctor, "raw", 1, (_, args) =>
        {
            var cooked = Operations.ToObject(realm, args.At(0));
            var literals = Operations.ToObject(realm, cooked.Get("raw"));
            long literalCount = Operations.LengthOfArrayLike(literals);
            if (literalCount <= 0) return "";
            var sb = new StringBuilder();
            for (long i = 0; ; i++)
            {
                sb.Append(Operations.ToString(literals.Get(KeyFor(i))));
                if (i + 1 == literalCount) return sb.ToString();
                if (i + 1 < args.Length) sb.Append(Operations.ToString(args[(int)i + 1]));
            }
        });

        StringPrototype.Setup(realm, proto);
        StringIteratorPrototype.Setup(realm);
    }

    /// <summary>10.1.14 GetPrototypeFromConstructor: the fallback intrinsic comes from newTarget's realm.</summary>
    public static JsObject PrototypeFromConstructor(JsObject newTarget, Func<Realm, JsObject> intrinsic)
    {
        var proto = newTarget.Get("prototype");
        if (proto.AsObject is JsObject p) return p;
        var realm = Operations.GetFunctionRealm(newTarget) ?? Realm.Current!;
        return intrinsic(realm);
    }

    public static PropertyKey KeyFor(long i) => i < uint.MaxValue ? new PropertyKey((uint)i) : new PropertyKey(NumberConversions.ToString(i));

    /// <summary>11.1.1 UTF16EncodeCodePoint, appended.</summary>
    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    /// <summary>11.1.4 CodePointAt: the code point at <paramref name="i"/> and its length in code units.</summary>
    public static int CodePointAt(string s, int i, out int unitCount)
    {
        char first = s[i];
        unitCount = 1;
        if (!char.IsHighSurrogate(first) || i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return first;
        unitCount = 2;
        return char.ConvertToUtf32(first, s[i + 1]);
    }
}
