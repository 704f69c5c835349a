using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.PlainTime instance (4.4).</summary>
internal sealed class JsPlainTime(JsObject prototype, IsoTime time) : JsObject(prototype)
{
    public IsoTime Time { get; } = time;

    public static JsPlainTime Create(Realm realm, IsoTime time) => new(realm.TemporalPlainTimePrototype, time);
}
