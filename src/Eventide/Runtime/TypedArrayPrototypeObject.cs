namespace Eventide.Runtime;

/// <summary>
/// %TypedArray%.prototype, an ordinary object that tells its realm when its "length" may change: the only
/// ways to replace or remove an accessor are [[DefineOwnProperty]] and [[Delete]] (a [[Set]] calls its
/// setter), so until one of them touches "length" the intrinsic getter is still there, and the dispatch
/// loop's ta.length tests a flag instead of the property (<see cref="Realm.HasIntrinsicLength"/>).
/// </summary>
internal sealed class TypedArrayPrototypeObject(Realm realm, JsObject prototype) : JsObject(prototype)
{
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (key == Realm.LengthKey) realm.TypedArrayLengthUntouched = false;
        return base.DefineOwnProperty(key, desc);
    }

    internal override bool Delete(in PropertyKey key)
    {
        if (key == Realm.LengthKey) realm.TypedArrayLengthUntouched = false;
        return base.Delete(key);
    }
}
