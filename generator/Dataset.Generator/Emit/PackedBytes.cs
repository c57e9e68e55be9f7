using System;
using System.Text;
using Dataset.Common;

namespace Dataset.Generator.Emit;

/// <summary>
/// Writes bytes into generated code as a C# string literal in the stored form of <c>StoredStreamFormat</c> (two bytes
/// to a character, surrogates escaped), for a string constant: a constant is stored in the assembly's metadata only, so
/// the compiler parses one token and binds one constant per stream, where an array initializer cost it a token, a
/// bound literal and a constant for every eight bytes (docs/benchmarks.md), and the JIT compiles no method to hold it.
/// Printable ASCII is written as itself, every other character (quotes, backslashes, line breaks, format characters)
/// as a <c>\uXXXX</c> escape, so the literal is valid in any C# version, survives any file encoding, and cannot end
/// early.
/// </summary>
internal static class PackedBytes
{
    /// <summary>The literal, quotes included.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The C# string literal whose characters hold the bytes.</returns>
    public static string Literal(byte[] bytes) => Append(new StringBuilder(Math.Max(16, bytes.Length + 2)), bytes).ToString();

    /// <summary>Appends the literal, quotes included, to <paramref name="into"/>: no copy of it is made on the way.</summary>
    /// <param name="into">The text being written.</param>
    /// <param name="bytes">The bytes.</param>
    /// <returns><paramref name="into"/>.</returns>
    public static StringBuilder Append(StringBuilder into, byte[] bytes)
    {
        var count = (bytes.Length + 1) / 2;
        into.Append('"');
        for (var i = 0; i < count; i++)
        {
            var low = bytes[2 * i];
            var high = (2 * i) + 1 < bytes.Length ? bytes[(2 * i) + 1] : (byte)0;
            var c = (char)(low | (high << 8));
            if ((c >= '\uD800' && c <= '\uDFFF') || c == StoredStreamFormat.Escape)
            {
                Write(into, StoredStreamFormat.Escape);
                c = (char)(c ^ StoredStreamFormat.EscapeFlip);
            }

            Write(into, c);
        }

        return into.Append('"');
    }

    private static void Write(StringBuilder into, char c)
    {
        if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
        {
            into.Append(c);
            return;
        }

        into.Append('\\').Append('u').Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
    }

    private const string Hex = "0123456789ABCDEF";
}
