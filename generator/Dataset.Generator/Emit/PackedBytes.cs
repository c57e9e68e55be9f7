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
    public static string Literal(byte[] bytes)
    {
        // At most twelve characters per pair (an escaped pair), and the quotes; written into one buffer.
        var count = (bytes.Length + 1) / 2;
        var literal = new char[(count * 12) + 2];
        var at = 0;
        literal[at++] = '"';
        for (var i = 0; i < count; i++)
        {
            var low = bytes[2 * i];
            var high = (2 * i) + 1 < bytes.Length ? bytes[(2 * i) + 1] : (byte)0;
            var c = (char)(low | (high << 8));
            if ((c >= '\uD800' && c <= '\uDFFF') || c == StoredStreamFormat.Escape)
            {
                at = Write(literal, at, StoredStreamFormat.Escape);
                c = (char)(c ^ StoredStreamFormat.EscapeFlip);
            }

            at = Write(literal, at, c);
        }

        literal[at++] = '"';
        return new string(literal, 0, at);
    }

    private static int Write(char[] literal, int at, char c)
    {
        if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
        {
            literal[at++] = c;
            return at;
        }

        literal[at++] = '\\';
        literal[at++] = 'u';
        literal[at++] = Hex[c >> 12];
        literal[at++] = Hex[(c >> 8) & 0xF];
        literal[at++] = Hex[(c >> 4) & 0xF];
        literal[at++] = Hex[c & 0xF];
        return at;
    }

    private const string Hex = "0123456789ABCDEF";
}
