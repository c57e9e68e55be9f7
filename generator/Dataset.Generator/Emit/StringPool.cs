using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Generator.Emit;

/// <summary>
/// Keeps an article's long texts (evidence, summaries, quotes) out of the assembly's user-string heap, which the CLR
/// caps at 16 MB for all string literals together (CS8103 at about a thousand articles): they are stored as one UTF-8
/// blob per article (a static array: data, no heap limit) and decoded when the article's facts are first built.
/// Short strings, and strings that do not round-trip through UTF-8 (lone surrogates), stay ordinary literals.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Strings shorter than this stay literals: ids and codes remain readable in the generated code.</summary>
    private const int MinLength = 40;

    private const int WordsPerLine = 6;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly List<byte> _bytes = new();
    private readonly Dictionary<string, string> _expressions = new(System.StringComparer.Ordinal);

    /// <summary>The name of the local function that decodes a pooled string.</summary>
    public const string Decode = "T";

    public bool IsEmpty => _bytes.Count == 0;

    /// <summary>A C# expression for <paramref name="value"/>: a literal, or a call to <see cref="Decode"/> with its place in the pool.</summary>
    public string Expression(string? value)
    {
        if (value is null || value.Length < MinLength)
        {
            return Escaping.Literal(value);
        }

        if (_expressions.TryGetValue(value, out var known))
        {
            return known;
        }

        var bytes = Utf8.GetBytes(value);
        if (!string.Equals(Utf8.GetString(bytes), value, System.StringComparison.Ordinal))
        {
            return Escaping.Literal(value);
        }

        var expression = Decode + "(" + _bytes.Count.ToString(CultureInfo.InvariantCulture) + ", " + bytes.Length.ToString(CultureInfo.InvariantCulture) + ")";
        _bytes.AddRange(bytes);
        _expressions.Add(value, expression);
        return expression;
    }

    /// <summary>The name of the shared method (in <c>Articles</c>) that unpacks a pool into its UTF-8 bytes.</summary>
    public const string Unpack = "UnpackText";

    /// <summary>Writes the decoded pool as a local <c>text</c> (inside the method that uses the pool).</summary>
    public void WriteDecoder(SourceWriter w, string field) => w.Line("var text = " + Unpack + "(" + field + ");");

    /// <summary>
    /// Writes the shared unpacking method, once, in <c>Articles</c>. It is kept out of the facts methods on purpose: a
    /// loop in those large methods makes the JIT compile them fully optimised on first use, three times slower to load.
    /// </summary>
    public static void WriteUnpacker(SourceWriter w)
    {
        // Eight bytes to a ulong, little-endian by explicit shifts, so every platform decodes it alike.
        w.Line("/// <summary>Unpacks an article's text pool: UTF-8 bytes stored eight to a <see cref=\"ulong\"/>, little-endian.</summary>");
        w.Line("/// <param name=\"words\">The packed pool.</param>");
        w.Line("/// <returns>The bytes.</returns>");
        w.Open("internal static byte[] " + Unpack + "(ulong[] words)");
        w.Line("var bytes = new byte[words.Length * 8];");
        w.Open("for (var i = 0; i < bytes.Length; i++)");
        w.Line("bytes[i] = (byte)(words[i >> 3] >> ((i & 7) * 8));");
        w.Close();
        w.Line();
        w.Line("return bytes;");
        w.Close();
    }

    /// <summary>Writes the local function that decodes one string (after the method's last statement).</summary>
    public static void WriteDecodeFunction(SourceWriter w) =>
        w.Line("string " + Decode + "(int start, int length) => global::System.Text.Encoding.UTF8.GetString(text, start, length);");

    /// <summary>Writes the pool as a static ulong array (stored as data in the assembly, not as string literals).</summary>
    public void WriteField(SourceWriter w, string field)
    {
        w.Line("private static readonly ulong[] " + field + " = new ulong[]");
        w.Line("{");
        w.Indent();
        var line = new StringBuilder();
        var words = (_bytes.Count + 7) / 8;
        for (var i = 0; i < words; i++)
        {
            ulong word = 0;
            for (var b = 7; b >= 0; b--)
            {
                var at = (i * 8) + b;
                word = (word << 8) | (at < _bytes.Count ? _bytes[at] : (byte)0);
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
