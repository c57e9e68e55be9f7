using System;

namespace Dataset.Common;

// Compiled into both Dataset.Model (the fact stream reader expands) and Dataset.Core (the generator compresses), as
// linked source: one definition of the format on both sides.

/// <summary>
/// The compression of a stored fact stream, a byte-oriented LZ77 (in the manner of LZ4's block format), deterministic
/// by construction so that the generated code is the same on every host. A compressed stream starts with a zero byte
/// (a plain stream starts with its format version, never zero), then the plain length as a LEB128 varint, then
/// sequences: a token byte (literal count in its high four bits, match length minus four in its low four; 15 in either
/// means that bytes of 255 and a last byte below 255 follow and add to it), the literals, then, unless the plain length
/// is reached, the match: its distance back (1 to 65,535) as two bytes, little-endian, and the match length's
/// extension bytes. It costs the runtime one pass to expand an article's facts when they are first read, and saves the
/// assembly (and the compiler) about as many bytes of stored stream as it saves (docs/benchmarks.md).
/// </summary>
internal static partial class StreamCompression
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (netstandard2.0 has no name for it) for the expansion, which runs
    /// once per article in a process that is still starting: without it the loop ran in instrumented tier-0 code until
    /// on-stack replacement caught up, in every call.
    /// </summary>
    private const System.Runtime.CompilerServices.MethodImplOptions Optimized = (System.Runtime.CompilerServices.MethodImplOptions)512;

    /// <summary>The first byte of a compressed stream.</summary>
    public const byte Marker = 0;

    private const int MinMatch = 4;
    private const int MaxDistance = 0xFFFF;
    private const int HashBits = 14;
    private const int MaxCandidates = 16;

    /// <summary>
    /// The compressed form of <paramref name="plain"/> (which must not start with <see cref="Marker"/>), or
    /// <paramref name="plain"/> itself when compressing does not make it shorter.
    /// </summary>
    public static byte[] Compress(byte[] plain)
    {
        // Room for as long as the plain stream; a result that long is not kept (only a shorter one is). The room and the
        // chains are this thread's, reused from stream to stream (the generator compresses two streams per article);
        // the result is a copy of its own.
        var chains = Chains.Rent(plain.Length);
        var output = chains.Output;
        var op = 0;
        if (!Put(output, ref op, Marker))
        {
            return plain;
        }

        for (var v = (uint)plain.Length; ; v >>= 7)
        {
            if (!Put(output, ref op, (byte)(v < 0x80 ? v : v | 0x80)))
            {
                return plain;
            }

            if (v < 0x80)
            {
                break;
            }
        }

        // A few earlier positions of the same four bytes are tried, nearest first, and the longest match is taken.
        var anchor = 0;
        var i = 0;
        var last = plain.Length - MinMatch;
        while (i <= last)
        {
            var (length, distance) = LongestMatch(plain, chains, i);
            if (length > 0 && i + 1 <= last)
            {
                // Lazy: a longer match one byte on is worth a literal.
                var (next, nextDistance) = LongestMatch(plain, chains, i + 1);
                if (next > length + 1)
                {
                    i++;
                    (length, distance) = (next, nextDistance);
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            if (!Sequence(output, ref op, plain, anchor, i - anchor, distance, length))
            {
                return plain;
            }

            i += length;
            anchor = i;
        }

        return (anchor < plain.Length && !Sequence(output, ref op, plain, anchor, plain.Length - anchor, 0, 0)) || op >= plain.Length
            ? plain
            : Trim(output, op);
    }

    // The longest match for the bytes at 'at' among the earlier positions of the same hash (at most MaxCandidates,
    // within MaxDistance), after adding every position before 'at' to the chains. Length zero when none reaches MinMatch.
    private static (int Length, int Distance) LongestMatch(byte[] plain, Chains chains, int at)
    {
        chains.InsertUpTo(plain, at);
        var best = 0;
        var distance = 0;
        var candidate = chains.Head[Hash(plain, at)] - 1;
        for (var tries = 0; candidate >= 0 && at - candidate <= MaxDistance && tries < MaxCandidates; tries++, candidate = chains.Previous[candidate] - 1)
        {
            if ((best > 0 && (at + best >= plain.Length || plain[candidate + best] != plain[at + best])) || !Same4(plain, candidate, at))
            {
                continue;
            }

            var length = MinMatch;
            while (at + length < plain.Length && plain[candidate + length] == plain[at + length])
            {
                length++;
            }

            if (length > best)
            {
                best = length;
                distance = at - candidate;
            }
        }

        return (best, distance);
    }

    /// <summary>Positions by the hash of their four bytes: the latest (plus one; zero for none) and, for each, the one before.</summary>
    private sealed class Chains
    {
        [ThreadStatic]
        private static Chains? t_cached;

        private int _next;

        private Chains(int length)
        {
            Head = new int[1 << HashBits];
            Previous = new int[length];
            Output = new byte[length];
        }

        public int[] Head { get; }

        public int[] Previous { get; private set; }

        /// <summary>Room for the compressed stream, at least as long as the plain one.</summary>
        public byte[] Output { get; private set; }

        /// <summary>
        /// This thread's chains, emptied, with room for a stream of <paramref name="length"/> bytes. Nothing of an earlier
        /// stream is read: <see cref="Head"/> is cleared, a position's <see cref="Previous"/> is written when the position
        /// is added, before any read, and the output is written before it is read.
        /// </summary>
        public static Chains Rent(int length)
        {
            var chains = t_cached;
            if (chains is null)
            {
                return t_cached = new Chains(Math.Max(length, 4096));
            }

            Array.Clear(chains.Head, 0, chains.Head.Length);
            chains._next = 0;
            if (chains.Previous.Length < length)
            {
                chains.Previous = new int[length];
                chains.Output = new byte[length];
            }

            return chains;
        }

        /// <summary>Adds every position before <paramref name="end"/> not added yet.</summary>
        public void InsertUpTo(byte[] plain, int end)
        {
            for (; _next < end && _next <= plain.Length - MinMatch; _next++)
            {
                var hash = Hash(plain, _next);
                Previous[_next] = Head[hash];
                Head[hash] = _next + 1;
            }
        }
    }

    private static byte[] Trim(byte[] output, int length)
    {
        var result = new byte[length];
        Buffer.BlockCopy(output, 0, result, 0, length);
        return result;
    }

    private static bool Put(byte[] output, ref int op, byte value)
    {
        if (op >= output.Length)
        {
            return false;
        }

        output[op++] = value;
        return true;
    }
}
