using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Dataset.Generator.Emit;

/// <summary>
/// Writes a fact stream into generated code as data, in one of two forms. From C# 11 (on .NET 8, whose Dataset.Model
/// reads it in place), a UTF-8 literal, <c>"..."u8</c>: one token per stream, which the compiler binds at a fraction of
/// the cost of an array initializer and stores in the assembly's data, and which the runtime reads without a copy. A
/// fact stream is valid UTF-8 by construction (format 4: every byte outside its strings' UTF-8 is below 0x80); one that
/// is not, which would be a writer's bug, is written as a <c>byte[]</c> initializer instead, which the same
/// <see cref="System.ReadOnlySpan{T}"/> method returns just as well. Before C# 11, a <c>ulong[]</c> initializer, eight
/// bytes to a word, little-endian: also stored as data (not as string literals, whose heap the CLR caps at 16 MB, nor as
/// code the JIT has to compile), one token per eight bytes.
/// </summary>
internal static class PackedBytes
{
    private const int WordsPerLine = 6;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <c>return "..."u8;</c> (<paramref name="utf8"/>) or <c>return new ulong[] { ... };</c>.</summary>
    public static void WriteReturn(SourceWriter w, IReadOnlyList<byte> bytes, bool utf8)
    {
        if (!utf8)
        {
            WriteWords(w, bytes);
        }
        else if (Utf8Text(bytes) is { } text)
        {
            w.Line("return " + Escaping.Literal(text) + "u8;");
        }
        else
        {
            w.Line("return new byte[] { " + string.Join(", ", bytes.Select(b => b.ToString(CultureInfo.InvariantCulture))) + " };");
        }
    }

    /// <summary>The text whose UTF-8 encoding is exactly <paramref name="bytes"/>, or <see langword="null"/> when they are not valid UTF-8.</summary>
    public static string? Utf8Text(IReadOnlyList<byte> bytes)
    {
        var array = bytes as byte[] ?? bytes.ToArray();
        try
        {
            var text = StrictUtf8.GetString(array);
            var again = StrictUtf8.GetBytes(text);
            if (again.Length != array.Length)
            {
                return null;
            }

            for (var i = 0; i < again.Length; i++)
            {
                if (again[i] != array[i])
                {
                    return null;
                }
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static void WriteWords(SourceWriter w, IReadOnlyList<byte> bytes)
    {
        w.Line("return new ulong[]");
        w.Line("{");
        w.Indent();
        var line = new StringBuilder();
        var words = (bytes.Count + 7) / 8;
        for (var i = 0; i < words; i++)
        {
            ulong word = 0;
            for (var b = 7; b >= 0; b--)
            {
                var at = (i * 8) + b;
                word = (word << 8) | (at < bytes.Count ? bytes[at] : (byte)0);
            }

            line.Append("0x").Append(word.ToString("X16", CultureInfo.InvariantCulture)).Append(',');
            if ((i + 1) % WordsPerLine == 0 || i == words - 1)
            {
                w.Line(line.ToString());
                line.Clear();
            }
            else
            {
                line.Append(' ');
            }
        }

        w.Outdent();
        w.Line("};");
    }
}
