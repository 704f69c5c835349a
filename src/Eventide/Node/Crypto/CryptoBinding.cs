using System.Security.Cryptography;
using Eventide.Runtime;

namespace Eventide.Node.Crypto;

/// <summary>
/// require('internal/crypto') inside the crypto module: random bytes and hashes on .NET's
/// System.Security.Cryptography (RandomNumberGenerator, IncrementalHash, Rfc2898DeriveBytes).
/// </summary>
internal static class CryptoBinding
{
    /// <summary>node's digest names and the .NET algorithms behind them.</summary>
    private static readonly Dictionary<string, HashAlgorithmName> Algorithms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["md5"] = HashAlgorithmName.MD5,
        ["sha1"] = HashAlgorithmName.SHA1,
        ["sha256"] = HashAlgorithmName.SHA256,
        ["sha384"] = HashAlgorithmName.SHA384,
        ["sha512"] = HashAlgorithmName.SHA512,
        ["sha3-256"] = HashAlgorithmName.SHA3_256,
        ["sha3-384"] = HashAlgorithmName.SHA3_384,
        ["sha3-512"] = HashAlgorithmName.SHA3_512,
    };

    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        // randomFill(view): fills the view's bytes from the system's secure generator (a seeded one in a deterministic run).
        var seeded = realm.Engine.Clock.CryptoRandom;
        realm.DefineMethod(binding, "randomFill", 1, (_, a) =>
        {
            var target = ByteViews.Writable(a.At(0), "crypto.randomFill");
            if (seeded is null) RandomNumberGenerator.Fill(target);
            else seeded.Fill(target);
            return a.At(0);
        });
        // hashes(): the names createHash accepts (those this platform's .NET supports).
        realm.DefineMethod(binding, "hashes", 0, (_, _) =>
            realm.NewArray(Algorithms.Where(a => Supported(a.Value)).Select(a => (JsValue)a.Key).ToArray()));
        // newHash(name, key or undefined) → a hash state, or null for an unknown digest.
        realm.DefineMethod(binding, "newHash", 2, (_, a) =>
        {
            if (!Algorithms.TryGetValue(Operations.ToString(a.At(0)), out var algorithm) || !Supported(algorithm)) return JsValue.Null;
            var key = Bytes(a.At(1));
            return new HashState(realm.ObjectPrototype, key is null ? IncrementalHash.CreateHash(algorithm) : IncrementalHash.CreateHMAC(algorithm, key));
        });
        realm.DefineMethod(binding, "update", 2, (_, a) =>
        {
            State(a.At(0)).Hash.AppendData(Bytes(a.At(1)) ?? []);
            return JsValue.Undefined;
        });
        realm.DefineMethod(binding, "digest", 1, (_, a) => realm.NewTypedArray(ElementType.Uint8, State(a.At(0)).Hash.GetHashAndReset()));
        realm.DefineMethod(binding, "copy", 1, (_, a) => new HashState(realm.ObjectPrototype, State(a.At(0)).Hash.Clone()));
        // pbkdf2(password, salt, iterations, length, digest) → bytes (RFC 8018 PBKDF2).
        realm.DefineMethod(binding, "pbkdf2", 5, (_, a) =>
        {
            if (!Algorithms.TryGetValue(Operations.ToString(a.At(4)), out var algorithm) || !Supported(algorithm)) return JsValue.Null;
            var derived = Rfc2898DeriveBytes.Pbkdf2(Bytes(a.At(0)) ?? [], Bytes(a.At(1)) ?? [], (int)Operations.ToNumber(a.At(2)), algorithm, (int)Operations.ToNumber(a.At(3)));
            return realm.NewTypedArray(ElementType.Uint8, derived);
        });
        // afterPoll(callback): runs the callback in the poll phase, where node's thread-pool crypto
        // jobs (randomBytes with a callback, pbkdf2, subtle.digest) complete; the work itself is quick.
        realm.DefineMethod(binding, "afterPoll", 1, (_, a) =>
        {
            var callback = a.At(0).AsFunction!;
            realm.Engine.Loop.Defer("crypto job", () => callback.Call(JsValue.Undefined, []));
            return JsValue.Undefined;
        });
        return binding;
    }

    private static bool Supported(HashAlgorithmName algorithm) =>
        algorithm.Name?.StartsWith("SHA3", StringComparison.Ordinal) != true || SHA3_256.IsSupported;

    private static byte[]? Bytes(JsValue value) => ByteViews.Copy(value);

    private static HashState State(JsValue value) =>
        value.AsObject as HashState ?? throw new JsException(ErrorKind.TypeError, "Invalid hash state");

    /// <summary>A hash or HMAC in progress, held by the script's Hash object.</summary>
    private sealed class HashState(JsObject prototype, IncrementalHash hash) : JsObject(prototype)
    {
        public IncrementalHash Hash { get; } = hash;
    }
}
