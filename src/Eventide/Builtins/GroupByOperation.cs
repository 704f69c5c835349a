using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>7.3.35 GroupBy, shared by Object.groupBy (property keys) and Map.groupBy (zero-normalised values).</summary>
internal static class GroupByOperation
{
    /// <summary>
    /// 7.3.35 GroupBy ( items, callbackfn, keyCoercion ) from step 3 on: the groups in first-seen key
    /// order. The caller has made steps 1-2's checks (RequireObjectCoercible(items), IsCallable(callbackfn))
    /// in its own words.
    /// </summary>
    internal static List<(JsValue Key, List<JsValue> Elements)> GroupBy(Realm realm, JsValue items, JsFunction callbackfn, bool propertyKeys)
    {
        // 3. Let groups be a new empty List.
        var groups = new List<(JsValue Key, List<JsValue> Elements)>();
        var index = new Dictionary<JsValue, int>();
        // 4. Let iteratorRecord be ? GetIterator(items, sync).
        var iterator = IteratorRecord.GetIterator(realm, items);
        var callback = new RepeatedCall(callbackfn, JsValue.Undefined);
        // 5. Let k be 0.
        double k = 0;
        // 6. Repeat: b. Let next be ? IteratorStepValue(iteratorRecord).
        while (iterator.Step(out var value))
        {
            JsValue key;
            try
            {
                // 6.d. Let key be Completion(Call(callbackfn, undefined, « value, 𝔽(k) »)).
                key = callback.Call([value, k]);
                // 6.f-g. Property keys: ToPropertyKey(key); otherwise -0 becomes +0.
                key = propertyKeys ? Operations.ToPropertyKey(key).ToJsValue() : OrderedTable.Normalize(key);
            }
            catch (JsException)
            {
                // 6.e/6.f.ii. IfAbruptCloseIterator(key, iteratorRecord).
                iterator.CloseQuietly();
                throw;
            }
            // 6.h. Perform AddValueToKeyedGroup(groups, key, value).
            if (!index.TryGetValue(key, out int g))
            {
                g = groups.Count;
                index[key] = g;
                groups.Add((key, []));
            }
            groups[g].Elements.Add(value);
            // 6.i. Set k to k + 1.
            k++;
        }
        callback.Release();
        // 6.c. If next is done, return groups.
        return groups;
    }
}
