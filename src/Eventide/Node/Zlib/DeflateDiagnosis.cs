namespace Eventide.Node.Zlib;

/// <summary>
/// Names what is wrong with deflate data in zlib's words. .NET's inflater reports every data error
/// as one InvalidDataException, so when it fails, the data it was given is walked again here (RFC
/// 1951: block headers, code tables, symbols and distances, counting output without keeping it)
/// until the first rule it breaks, which is where zlib stops with its message. Only the failing
/// path runs this; it is slow (a bit at a time) and that is fine there.
/// </summary>
internal static class DeflateDiagnosis
{
    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>zlib's message for the first error in <paramref name="data"/>, or null when none shows before the data runs out.</summary>
    public static string? Diagnose(ReadOnlySpan<byte> data)
    {
        var reader = new BitReader(data);
        long produced = 0;
        try
        {
            bool last;
            do
            {
                last = reader.Bits(1) == 1;
                int type = reader.Bits(2);
                string? problem = type switch
                {
                    0 => Stored(ref reader, ref produced),
                    1 => Codes(ref reader, Huffman.FixedLiterals, Huffman.FixedDistances, ref produced),
                    2 => Dynamic(ref reader, ref produced),
                    _ => "invalid block type",
                };
                if (problem is not null) return problem;
            } while (!last);
            return null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private static string? Stored(ref BitReader reader, ref long produced)
    {
        reader.AlignToByte();
        int length = reader.Bits(16), complement = reader.Bits(16);
        if (length != (~complement & 0xFFFF)) return "invalid stored block lengths";
        reader.SkipBytes(length);
        produced += length;
        return null;
    }

    private static string? Dynamic(ref BitReader reader, ref long produced)
    {
        int literalCount = reader.Bits(5) + 257, distanceCount = reader.Bits(5) + 1, codeCount = reader.Bits(4) + 4;
        if (literalCount > 286 || distanceCount > 30) return "too many length or distance symbols";
        var codeLengths = new int[19];
        for (int i = 0; i < codeCount; i++) codeLengths[CodeLengthOrder[i]] = reader.Bits(3);
        var codeCode = Huffman.Build(codeLengths, completeOrSingle: false);
        if (codeCode is null) return "invalid code lengths set";
        var lengths = new int[literalCount + distanceCount];
        for (int at = 0; at < lengths.Length;)
        {
            int symbol = codeCode.Decode(ref reader);
            if (symbol < 0) return "invalid code lengths set";
            if (symbol < 16)
            {
                lengths[at++] = symbol;
                continue;
            }
            int value = 0, repeat;
            if (symbol == 16)
            {
                if (at == 0) return "invalid bit length repeat";
                value = lengths[at - 1];
                repeat = 3 + reader.Bits(2);
            }
            else repeat = symbol == 17 ? 3 + reader.Bits(3) : 11 + reader.Bits(7);
            if (at + repeat > lengths.Length) return "invalid bit length repeat";
            while (repeat-- > 0) lengths[at++] = value;
        }
        if (lengths[256] == 0) return "invalid code -- missing end-of-block";
        var literals = Huffman.Build(lengths.AsSpan(0, literalCount), completeOrSingle: true);
        if (literals is null) return "invalid literal/lengths set";
        var distances = Huffman.Build(lengths.AsSpan(literalCount), completeOrSingle: true);
        if (distances is null) return "invalid distances set";
        return Codes(ref reader, literals, distances, ref produced);
    }

    private static string? Codes(ref BitReader reader, Huffman literals, Huffman distances, ref long produced)
    {
        while (true)
        {
            int symbol = literals.Decode(ref reader);
            if (symbol < 0 || symbol > 285) return "invalid literal/length code";
            if (symbol < 256)
            {
                produced++;
                continue;
            }
            if (symbol == 256) return null;
            symbol -= 257;
            int length = LengthBase[symbol] + reader.Bits(LengthExtra[symbol]);
            int code = distances.Decode(ref reader);
            if (code < 0 || code > 29) return "invalid distance code";
            int distance = DistanceBase[code] + reader.Bits(DistanceExtra[code]);
            if (distance > produced) return "invalid distance too far back";
            produced += length;
        }
    }

    /// <summary>Reads a deflate stream's bits, least significant first.</summary>
    private ref struct BitReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;
        private int _bit;

        public int Bits(int count)
        {
            int value = 0;
            for (int i = 0; i < count; i++)
            {
                if (_position >= _data.Length) throw new EndOfStreamException();
                value |= ((_data[_position] >> _bit) & 1) << i;
                if (++_bit == 8) { _bit = 0; _position++; }
            }
            return value;
        }

        public void AlignToByte()
        {
            if (_bit == 0) return;
            _bit = 0;
            _position++;
        }

        public void SkipBytes(int count)
        {
            if (_position + count > _data.Length) throw new EndOfStreamException();
            _position += count;
        }
    }

    /// <summary>A canonical Huffman code as counts per length and symbols in code order (decoded a bit at a time).</summary>
    private sealed class Huffman
    {
        private readonly int[] _counts = new int[16];
        private readonly int[] _symbols;

        private Huffman(int symbolCount) => _symbols = new int[symbolCount];

        public static readonly Huffman FixedLiterals = Build(FixedLiteralLengths(), completeOrSingle: false)!;
        public static readonly Huffman FixedDistances = Build(Enumerable.Repeat(5, 32).ToArray(), completeOrSingle: false)!;

        private static int[] FixedLiteralLengths()
        {
            var lengths = new int[288];
            for (int i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            return lengths;
        }

        /// <summary>
        /// The code for these lengths, or null where zlib's inflate_table refuses it: over-subscribed, or
        /// incomplete (literal and distance codes may be incomplete only when they have a single 1-bit code).
        /// </summary>
        public static Huffman? Build(ReadOnlySpan<int> lengths, bool completeOrSingle)
        {
            var code = new Huffman(lengths.Length);
            foreach (int length in lengths) code._counts[length]++;
            int max = 15;
            while (max > 0 && code._counts[max] == 0) max--;
            if (max == 0) return code; // no codes at all: any symbol read is invalid
            int left = 1;
            for (int length = 1; length <= 15; length++)
            {
                left = (left << 1) - code._counts[length];
                if (left < 0) return null;
            }
            if (left > 0 && (!completeOrSingle || max != 1)) return null;
            var offsets = new int[16];
            for (int length = 1; length < 15; length++) offsets[length + 1] = offsets[length] + code._counts[length];
            for (int symbol = 0; symbol < lengths.Length; symbol++)
            {
                if (lengths[symbol] != 0) code._symbols[offsets[lengths[symbol]]++] = symbol;
            }
            return code;
        }

        /// <summary>The next symbol, or -1 for a bit pattern that is no code.</summary>
        public int Decode(ref BitReader reader)
        {
            int code = 0, first = 0, index = 0;
            for (int length = 1; length <= 15; length++)
            {
                code |= reader.Bits(1);
                int count = _counts[length];
                if (code - count < first) return _symbols[index + (code - first)];
                index += count;
                first += count;
                first <<= 1;
                code <<= 1;
            }
            return -1;
        }
    }
}
