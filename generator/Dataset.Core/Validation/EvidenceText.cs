using System.Collections.Generic;
using System.Text;

namespace Dataset.Core.Validation;

/// <summary>
/// The one normalisation evidence matching applies to both the article text and the evidence (docs/annotation-guide.md):
/// whitespace runs become one space; curly quotes become straight; the markdown escapes <c>\$</c>, <c>\*</c>, <c>\_</c>
/// become the character; other <c>*</c> and <c>_</c> emphasis markers are dropped. Keeps a map back to original offsets.
/// </summary>
internal sealed class EvidenceText
{
    // The original offset of each normalised character, as the points where the distance between the two changes (a run
    // of whitespace, a dropped marker, an escape) and the distance from there on: a few per paragraph, where a map of
    // every character was four bytes per character of every article (a large-object allocation per article). Where a
    // character ends follows from the original text (one character on, two for an escape such as \$).
    private readonly string _original;
    private readonly int[] _breaks;
    private readonly int[] _offsets;

    private EvidenceText(string original, string normalized, List<int> breaks, List<int> offsets)
    {
        _original = original;
        Normalized = normalized;
        _breaks = breaks.ToArray();
        _offsets = offsets.ToArray();
    }

    public string Normalized { get; }

    public static EvidenceText Create(string text)
    {
        var sb = new StringBuilder(text.Length);
        var breaks = new List<int>();
        var offsets = new List<int>();
        Build(text, sb, breaks, offsets);
        return new EvidenceText(text, sb.ToString(), breaks, offsets);
    }

    /// <summary>The normalised text alone (no map back): <paramref name="text"/> itself when it is already normal.</summary>
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        Build(text, sb, null, null);
        return sb.ToString();
    }

    /// <summary>
    /// Whether normalising would leave <paramref name="text"/> as it is: single spaces between words and none at either
    /// end, no other whitespace, no backslash, emphasis marker or curly quote.
    /// </summary>
    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i + 1] == ' ')
                {
                    return false;
                }
            }
            else if (char.IsWhiteSpace(c) || c is '\\' or '*' or '_' || Fold(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static void Build(string text, StringBuilder sb, List<int>? breaks, List<int>? offsets)
    {
        // Records that the next normalised character comes from original offset origin.
        void Map(int origin)
        {
            var offset = origin - sb.Length;
            if (breaks is not null && offsets is not null && offset != (offsets.Count == 0 ? 0 : offsets[offsets.Count - 1]))
            {
                breaks.Add(sb.Length);
                offsets.Add(offset);
            }
        }

        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            int origin = i;
            if (IsEscape(text, i))
            {
                c = text[++i];
            }
            else if (c == '*' || c == '_')
            {
                continue;
            }
            else
            {
                c = Fold(c);
            }

            if (pendingSpace >= 0)
            {
                if (sb.Length > 0)
                {
                    Map(pendingSpace);
                    sb.Append(' ');
                }

                pendingSpace = -1;
            }

            Map(origin);
            sb.Append(c);
        }
    }

    /// <summary>Whether <paramref name="text"/> has the markdown escape <c>\$</c>, <c>\*</c> or <c>\_</c> at <paramref name="i"/>.</summary>
    private static bool IsEscape(string text, int i) =>
        text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == '$' || text[i + 1] == '*' || text[i + 1] == '_');

    /// <summary>The original offset of a normalised position.</summary>
    public int OriginalStart(int normalizedIndex)
    {
        if ((uint)normalizedIndex >= (uint)Normalized.Length)
        {
            throw new System.ArgumentOutOfRangeException(nameof(normalizedIndex));
        }

        var i = System.Array.BinarySearch(_breaks, normalizedIndex);
        i = i >= 0 ? i : ~i - 1;
        return normalizedIndex + (i < 0 ? 0 : _offsets[i]);
    }

    /// <summary>The original offset just past a normalised match ending at <paramref name="normalizedEnd"/> (exclusive).</summary>
    public int OriginalEnd(int normalizedEnd)
    {
        if (normalizedEnd == 0)
        {
            return 0;
        }

        var start = OriginalStart(normalizedEnd - 1);
        return start + (IsEscape(_original, start) ? 2 : 1);
    }

    public List<int> FindAll(string needle)
    {
        var result = new List<int>();
        if (needle.Length == 0)
        {
            return result;
        }

        var at = Normalized.IndexOf(needle, System.StringComparison.Ordinal);
        while (at >= 0)
        {
            result.Add(at);
            at = Normalized.IndexOf(needle, at + 1, System.StringComparison.Ordinal);
        }

        return result;
    }

    private static char Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
        _ => c,
    };
}
