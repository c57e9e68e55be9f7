using System;

namespace Dataset.Common;

/// <content>The expansion, which Dataset.Model runs once per article's stream when it first reads it.</content>
internal static partial class StreamCompression
{
    /// <summary>Expands a compressed stream (its first byte <see cref="Marker"/>), checking every length and distance.</summary>
    /// <param name="stored">The compressed stream; bytes after its last sequence (an array's padding) are ignored.</param>
    /// <param name="plain">The plain stream, or <see langword="null"/> when the stream is malformed.</param>
    /// <param name="problem">What is wrong with a malformed stream, else <see langword="null"/>.</param>
    /// <returns>Whether the stream expanded.</returns>
#if NET8_0_OR_GREATER
    public static bool TryExpand(ReadOnlySpan<byte> stored, out byte[]? plain, out string? problem)
#else
    public static bool TryExpand(byte[] stored, out byte[]? plain, out string? problem)
#endif
        => TryExpand(stored, null, out plain, out _, out problem);

    /// <summary>
    /// Expands a compressed stream into <paramref name="buffer"/> when it is long enough, else into a new array of
    /// the plain stream's length; otherwise as the overload without a buffer.
    /// </summary>
    /// <param name="stored">The compressed stream.</param>
    /// <param name="buffer">A buffer to expand into, or <see langword="null"/>.</param>
    /// <param name="plain">The array the plain stream was written to (<paramref name="buffer"/> or a new one), or <see langword="null"/>.</param>
    /// <param name="plainLength">The plain stream's length (the start of <paramref name="plain"/> it fills).</param>
    /// <param name="problem">What is wrong with a malformed stream, else <see langword="null"/>.</param>
    /// <returns>Whether the stream expanded.</returns>
    [System.Runtime.CompilerServices.MethodImpl(Optimized)]
#if NET8_0_OR_GREATER
    public static bool TryExpand(ReadOnlySpan<byte> stored, byte[]? buffer, out byte[]? plain, out int plainLength, out string? problem)
#else
    public static bool TryExpand(byte[] stored, byte[]? buffer, out byte[]? plain, out int plainLength, out string? problem)
#endif
    {
        plain = null;
        plainLength = 0;
        var ip = 1;
        uint size = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (ip >= stored.Length || shift > 28)
            {
                problem = "has a compressed stream without a valid length";
                return false;
            }

            var b = stored[ip++];
            size |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        if (size > (uint)stored.Length * 255L)
        {
            problem = "has a compressed stream that declares " + size + " bytes, more than its " + stored.Length + " compressed bytes can hold";
            return false;
        }

        var end = (int)size;
#if NET8_0_OR_GREATER
        // Every byte is written below, so the array is not cleared first.
        var output = buffer is not null && buffer.Length >= end ? buffer : GC.AllocateUninitializedArray<byte>(end);
#else
        var output = buffer is not null && buffer.Length >= end ? buffer : new byte[end];
#endif
#if NET8_0_OR_GREATER
        problem = ExpandSequences(stored, ip, output, end);
        if (problem is not null)
        {
            return false;
        }
#else
        var op = 0;
        while (op < end)
        {
            if (ip >= stored.Length)
            {
                problem = "has a compressed stream cut short at " + op + " of " + size + " bytes";
                return false;
            }

            var token = stored[ip++];
            var literals = token >> 4;
            if (literals == 15 && !Extend(stored, ref ip, ref literals))
            {
                problem = "has a compressed stream cut short in a literal length";
                return false;
            }

            if (literals > stored.Length - ip || literals > end - op)
            {
                problem = "has a compressed stream whose literals run past its end";
                return false;
            }

            Buffer.BlockCopy(stored, ip, output, op, literals);
            ip += literals;
            op += literals;
            if (op == end)
            {
                break;
            }

            if (ip + 2 > stored.Length)
            {
                problem = "has a compressed stream cut short in a match";
                return false;
            }

            var distance = stored[ip] | (stored[ip + 1] << 8);
            ip += 2;
            var length = token & 15;
            if (length == 15 && !Extend(stored, ref ip, ref length))
            {
                problem = "has a compressed stream cut short in a match length";
                return false;
            }

            length += MinMatch;
            if (distance == 0 || distance > op || length > end - op)
            {
                problem = "has a compressed stream with a match out of range at " + op + " of " + size + " bytes";
                return false;
            }

            if (distance >= length)
            {
                Buffer.BlockCopy(output, op - distance, output, op, length);
                op += length;
            }
            else
            {
                for (var stop = op + length; op < stop; op++)
                {
                    output[op] = output[op - distance];
                }
            }
        }

#endif
        plain = output;
        plainLength = end;
        problem = null;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#if NET8_0_OR_GREATER
    private static bool Extend(ReadOnlySpan<byte> stored, ref int ip, ref int value)
#else
    private static bool Extend(byte[] stored, ref int ip, ref int value)
#endif
    {
        while (ip < stored.Length)
        {
            var b = stored[ip++];
            value += b;
            if (b != 255)
            {
                return true;
            }
        }

        return false;
    }

    // False when the output would not be shorter than the plain stream (which is then kept).
    private static bool Sequence(byte[] output, ref int op, byte[] plain, int start, int literals, int distance, int length)
    {
        var matchCode = length == 0 ? 0 : length - MinMatch;
        if (!Put(output, ref op, (byte)((Math.Min(literals, 15) << 4) | Math.Min(matchCode, 15)))
            || (literals >= 15 && !Lengthen(output, ref op, literals - 15))
            || literals > output.Length - op)
        {
            return false;
        }

        Buffer.BlockCopy(plain, start, output, op, literals);
        op += literals;
        return length == 0
            || (Put(output, ref op, (byte)distance) && Put(output, ref op, (byte)(distance >> 8)) && (matchCode < 15 || Lengthen(output, ref op, matchCode - 15)));
    }

    private static bool Lengthen(byte[] output, ref int op, int rest)
    {
        for (; rest >= 255; rest -= 255)
        {
            if (!Put(output, ref op, 255))
            {
                return false;
            }
        }

        return Put(output, ref op, (byte)rest);
    }

    private static int Hash(byte[] bytes, int at) =>
        (int)(((uint)(bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) * 2654435761u) >> (32 - HashBits));

    private static bool Same4(byte[] bytes, int a, int b) =>
        bytes[a] == bytes[b] && bytes[a + 1] == bytes[b + 1] && bytes[a + 2] == bytes[b + 2] && bytes[a + 3] == bytes[b + 3];
}
