using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// The [[MapData]] / [[SetData]] list: entries in insertion order, keyed by SameValueZero.
/// Deleted entries leave a hole (spec: "empty") so live iterators keep their place; when holes
/// pile up the table compacts and records how indices moved (<see cref="Epoch"/>), so an
/// iterator created before a compaction or clear() can translate its position.
/// </summary>
internal sealed class OrderedTable
{
    private JsValue[] _keys = new JsValue[8];
    private JsValue[] _values = new JsValue[8];
    private readonly Dictionary<JsValue, int> _index = new();
    private int _used;      // slots used, including holes
    private int _holes;

    /// <summary>The current epoch; a compaction closes it and links the next.</summary>
    public Epoch Current { get; private set; } = new();

    public int Count => _index.Count;
    public int Used => _used;

    /// <summary>A span of index history: when closed, says where each index of this epoch moved.</summary>
    public sealed class Epoch
    {
        public Epoch? Next;
        /// <summary>Sorted indices removed by the compaction that closed this epoch; null for clear().</summary>
        public int[]? Removed;

        public int Translate(int index)
        {
            if (Removed is null) return 0;
            int lo = 0, hi = Removed.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Removed[mid] < index) lo = mid + 1; else hi = mid;
            }
            return index - lo;
        }
    }

    /// <summary>Brings a saved (epoch, index) position up to date with the table.</summary>
    public void Sync(ref Epoch epoch, ref int index)
    {
        while (epoch.Next is { } next)
        {
            index = epoch.Translate(index);
            epoch = next;
        }
    }

    /// <summary>-0 keys are stored as +0 (24.1.3.9 step 5, 24.2.3.1 step 4).</summary>
    public static JsValue Normalize(JsValue key) => key.IsNumber && key.Number == 0 ? new JsValue(0d) : key;

    public bool IsLive(int i) => !_keys[i].IsHole;
    public JsValue KeyAt(int i) => _keys[i];
    public JsValue ValueAt(int i) => _values[i];

    public bool Has(JsValue key) => _index.ContainsKey(Normalize(key));

    public bool TryGet(JsValue key, out JsValue value)
    {
        if (_index.TryGetValue(Normalize(key), out int i)) { value = _values[i]; return true; }
        value = JsValue.Undefined;
        return false;
    }

    public void Set(JsValue key, JsValue value)
    {
        key = Normalize(key);
        if (_index.TryGetValue(key, out int i)) { _values[i] = value; return; }
        if (_used == _keys.Length)
        {
            if (_holes > _used / 2) Compact();
            if (_used == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                Array.Resize(ref _values, _values.Length * 2);
            }
        }
        _keys[_used] = key;
        _values[_used] = value;
        _index[key] = _used++;
    }

    public bool Remove(JsValue key)
    {
        if (!_index.Remove(Normalize(key), out int i)) return false;
        _keys[i] = JsValue.Hole;
        _values[i] = JsValue.Undefined;
        _holes++;
        return true;
    }

    public void Clear()
    {
        _index.Clear();
        Array.Clear(_keys, 0, _used);
        Array.Clear(_values, 0, _used);
        _used = 0;
        _holes = 0;
        CloseEpoch(null);
    }

    private void Compact()
    {
        var removed = new int[_holes];
        int r = 0, w = 0;
        for (int i = 0; i < _used; i++)
        {
            if (_keys[i].IsHole) { removed[r++] = i; continue; }
            if (w != i)
            {
                _keys[w] = _keys[i];
                _values[w] = _values[i];
                _index[_keys[w]] = w;
            }
            w++;
        }
        Array.Clear(_keys, w, _used - w);
        Array.Clear(_values, w, _used - w);
        _used = w;
        _holes = 0;
        CloseEpoch(removed);
    }

    private void CloseEpoch(int[]? removed)
    {
        var next = new Epoch();
        Current.Removed = removed;
        Current.Next = next;
        Current = next;
    }
}

/// <summary>A cursor over an <see cref="OrderedTable"/> that follows the spec's live iteration.</summary>
internal struct OrderedTableCursor(OrderedTable table)
{
    private OrderedTable.Epoch _epoch = table.Current;
    private int _index;

    /// <summary>Advances to the next live entry; false when the end is reached.</summary>
    public bool MoveNext(OrderedTable t, out int slot)
    {
        t.Sync(ref _epoch, ref _index);
        while (_index < t.Used)
        {
            int i = _index++;
            if (t.IsLive(i)) { slot = i; return true; }
        }
        slot = -1;
        return false;
    }
}
