#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dataset.Common;

/// <content>The expansion's loop over sequences on .NET 8 and later.</content>
internal static partial class StreamCompression
{
    /// <summary>
    /// Expands the sequences of a compressed stream, from <paramref name="ip"/> (past its marker and length), into the
    /// first <paramref name="end"/> bytes of <paramref name="output"/>. Every literal count, match length and distance
    /// is checked against both ends before the bytes are touched, as in the portable loop; the bytes are then read and
    /// written through references, without a second check per access, and runs are copied in blocks of eight or
    /// sixteen bytes rather than by a call (most runs are short, and a call to copy a few bytes costs more than the
    /// bytes): a last block's bytes past its run are written over by what follows, and each block is checked to fit.
    /// </summary>
    /// <param name="stored">The compressed stream.</param>
    /// <param name="ip">Where its first sequence starts.</param>
    /// <param name="output">The array to expand into, at least <paramref name="end"/> bytes long.</param>
    /// <param name="end">The plain stream's length.</param>
    /// <returns>What is wrong with a malformed stream, else <see langword="null"/>.</returns>
    [MethodImpl(Optimized)]
    private static string? ExpandSequences(ReadOnlySpan<byte> stored, int ip, byte[] output, int end)
    {
        ref var source = ref MemoryMarshal.GetReference(stored);
        ref var target = ref MemoryMarshal.GetArrayDataReference(output);
        var storedLength = stored.Length;
        var room = output.Length;
        var op = 0;
        while (op < end)
        {
            if (ip >= storedLength)
            {
                return "has a compressed stream cut short at " + op + " of " + end + " bytes";
            }

            int token = Unsafe.Add(ref source, ip++);
            var literals = token >> 4;
            if (literals == 15 && !Extend(stored, ref ip, ref literals))
            {
                return "has a compressed stream cut short in a literal length";
            }

            if (literals > storedLength - ip || literals > end - op)
            {
                return "has a compressed stream whose literals run past its end";
            }

            if (literals <= 8 && ip + 8 <= storedLength && op + 8 <= room)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, op), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, ip)));
            }
            else if (ip + literals + 16 <= storedLength && op + literals + 16 <= room)
            {
                // Longer runs (a string's text) sixteen bytes at a time, the last block past the run as above.
                for (var copied = 0; copied < literals; copied += 16)
                {
                    Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref source, (nuint)(ip + copied)), ref target, (nuint)(op + copied));
                }
            }
            else
            {
                stored.Slice(ip, literals).CopyTo(output.AsSpan(op));
            }

            ip += literals;
            op += literals;
            if (op == end)
            {
                break;
            }

            if (ip + 2 > storedLength)
            {
                return "has a compressed stream cut short in a match";
            }

            var distance = Unsafe.Add(ref source, ip) | (Unsafe.Add(ref source, ip + 1) << 8);
            ip += 2;
            var length = token & 15;
            if (length == 15 && !Extend(stored, ref ip, ref length))
            {
                return "has a compressed stream cut short in a match length";
            }

            length += MinMatch;
            if (distance == 0 || distance > op || length > end - op)
            {
                return "has a compressed stream with a match out of range at " + op + " of " + end + " bytes";
            }

            ref var to = ref Unsafe.Add(ref target, op);
            ref var from = ref Unsafe.Add(ref target, op - distance);
            if (distance >= 16 && op + length + 16 <= room)
            {
                for (var copied = 0; copied < length; copied += 16)
                {
                    Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref from, (nuint)copied), ref to, (nuint)copied);
                }
            }
            else if (distance >= 8 && op + length + 8 <= room)
            {
                // Eight bytes at a time, each read before it is written over: a source at least eight bytes back is
                // never one this copy has yet to write.
                for (var copied = 0; copied < length; copied += 8)
                {
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, copied), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, copied)));
                }
            }
            else if (distance >= length)
            {
                output.AsSpan(op - distance, length).CopyTo(output.AsSpan(op));
            }
            else
            {
                // A repeat of the last few bytes: byte by byte, each copy reading what the one before wrote.
                for (var i = 0; i < length; i++)
                {
                    Unsafe.Add(ref to, i) = Unsafe.Add(ref from, i);
                }
            }

            op += length;
        }

        return null;
    }
}
#endif
