using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

/// <summary>
/// Issue 17 item 2: should a value be 8 bytes instead of JsValue's 16? The three layouts an interpreter in
/// .NET can choose, on what the dispatch loop does most: read two Number registers, write a Number result,
/// push an object reference and read it back.
/// <list type="bullet">
/// <item>16 B (JsValue's layout): an object reference and 8 bytes of number bits; a Number is stored
/// without a write barrier, an object with one.</item>
/// <item>8 B boxed: one object reference; every Number result is a heap object (with a cache of the
/// integers -1024..1023, as an engine would keep).</item>
/// <item>8 B NaN-boxed: one long. The GC cannot see a reference hidden in a double's bits, so an object
/// is an index into a handle table that the engine would have to collect itself; this measures only the
/// table's extra load, not that collector.</item>
/// </list>
/// Results are in bench/analysis.md (Values: 16 bytes).
/// </summary>
[MemoryDiagnoser]
public class ValueRepresentation
{
    private const int Steps = 1_000_000;

    private readonly struct Value16(object? reference, long bits)
    {
        public readonly object? Reference = reference;
        public readonly long Bits = bits;
    }

    private sealed class BoxedNumber(double value) { public readonly double Value = value; }

    private static readonly BoxedNumber[] SmallIntegers = Enumerable.Range(-1024, 2048).Select(i => new BoxedNumber(i)).ToArray();
    private readonly object _object = new();
    private Value16[] _registers16 = null!;
    private object[] _registersBoxed = null!;
    private long[] _registersNan = null!;
    private object?[] _handles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _registers16 = new Value16[4];
        _registers16[1] = new Value16(null, BitConverter.DoubleToInt64Bits(0.25));
        _registersBoxed = [Box(0), Box(0.25), Box(0), Box(0)];
        _registersNan = new long[4];
        _registersNan[1] = BitConverter.DoubleToInt64Bits(0.25);
        _handles = [null, _object];
    }

    private static object Box(double d)
    {
        int i = (int)d;
        return i == d && i is >= -1024 and < 1024 ? SmallIntegers[i + 1024] : new BoxedNumber(d);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Steps)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Sixteen()
    {
        var regs = _registers16;
        regs[0] = default;
        for (int i = 0; i < Steps; i++)
        {
            double a = BitConverter.Int64BitsToDouble(regs[0].Bits), b = BitConverter.Int64BitsToDouble(regs[1].Bits);
            regs[0] = new Value16(null, BitConverter.DoubleToInt64Bits(a + b * 0.5 + 1));
            regs[2] = new Value16(_object, 0);
            if (regs[2].Reference is null) return 0;
        }
        return BitConverter.Int64BitsToDouble(regs[0].Bits);
    }

    [Benchmark(OperationsPerInvoke = Steps)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double EightBoxed()
    {
        var regs = _registersBoxed;
        regs[0] = Box(0);
        for (int i = 0; i < Steps; i++)
        {
            double a = ((BoxedNumber)regs[0]).Value, b = ((BoxedNumber)regs[1]).Value;
            regs[0] = Box(a + b * 0.5 + 1);
            regs[2] = _object;
            if (regs[2] is null) return 0;
        }
        return ((BoxedNumber)regs[0]).Value;
    }

    [Benchmark(OperationsPerInvoke = Steps)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double EightNanBoxed()
    {
        const long ObjectTag = unchecked((long)0xFFFC_0000_0000_0000);
        var regs = _registersNan;
        var handles = _handles;
        regs[0] = 0;
        for (int i = 0; i < Steps; i++)
        {
            double a = BitConverter.Int64BitsToDouble(regs[0]), b = BitConverter.Int64BitsToDouble(regs[1]);
            regs[0] = BitConverter.DoubleToInt64Bits(a + b * 0.5 + 1);
            regs[2] = ObjectTag | 1;
            if (handles[(int)(regs[2] & 0xFFFF_FFFF)] is null) return 0;
        }
        return BitConverter.Int64BitsToDouble(regs[0]);
    }
}
