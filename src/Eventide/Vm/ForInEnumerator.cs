using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>14.7.5.9 EnumerateObjectProperties: enumerable string keys of an object and its prototypes.</summary>
internal sealed class ForInEnumerator
{
    private readonly List<(JsObject Owner, PropertyKey Key)> _keys = new();
    private int _index;

    public ForInEnumerator(Realm realm, JsValue value)
    {
        if (value.IsNullish) return;
        var seen = new HashSet<PropertyKey>();
        for (JsObject? o = Operations.ToObject(realm, value); o is not null; o = o.GetPrototypeOf())
        {
            foreach (var key in o.OwnPropertyKeys())
            {
                if (key.IsSymbol || !seen.Add(key)) continue;
                if (o.GetOwnProperty(key, out var d) && d.Enumerable) _keys.Add((o, key));
            }
        }
    }

    public bool MoveNext(out JsValue key)
    {
        while (_index < _keys.Count)
        {
            var (owner, k) = _keys[_index++];
            // Properties deleted before being visited are skipped.
            if (!owner.GetOwnProperty(k, out var d) || !d.Enumerable) continue;
            key = k.ToJsValue();
            return true;
        }
        key = default;
        return false;
    }
}
