using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Generator.Emit;

/// <summary>
/// Writes bytes into generated code as a <c>ulong[]</c> initializer, eight bytes to a word, little-endian. The
/// compiler stores such an array as data in the assembly (not as string literals, whose heap the CLR caps at 16 MB,
/// nor as code the JIT has to compile), and the source stays short: one token per eight bytes.
/// </summary>
internal static class PackedBytes
{
    private const int WordsPerLine = 6;

    /// <summary>Writes <c>return new ulong[] { ... };</c>.</summary>
    public static void WriteReturn(SourceWriter w, IReadOnlyList<byte> bytes)
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

            // Typed ulong by its suffix: without it a literal below 2^63 is a long, which the compiler converts, at a
            // bound node and a constant per element (a quarter of the streams' compile allocation, docs/benchmarks.md).
            line.Append("0x").Append(word.ToString("X16", CultureInfo.InvariantCulture)).Append("UL,");
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
