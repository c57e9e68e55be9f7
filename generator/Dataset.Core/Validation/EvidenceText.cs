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
    // The original offset of each normalised character; where it ends follows from the original text (one character
    // on, two for an escape such as \$), so no second map is kept.
    private readonly string _original;
    private readonly List<int> _starts;

    private EvidenceText(string original, string normalized, List<int> starts)
    {
        _original = original;
        Normalized = normalized;
        _starts = starts;
    }

    public string Normalized { get; }

    public static EvidenceText Create(string text)
    {
        var sb = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        Build(text, sb, starts);
        return new EvidenceText(text, sb.ToString(), starts);
    }

    /// <summary>The normalised text alone (no map back): <paramref name="text"/> itself when it is already normal.</summary>
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        Build(text, sb, null);
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

    private static void Build(string text, StringBuilder sb, List<int>? starts)
    {
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
                    sb.Append(' ');
                    starts?.Add(pendingSpace);
                }

                pendingSpace = -1;
            }

            sb.Append(c);
            starts?.Add(origin);
        }
    }

    /// <summary>Whether <paramref name="text"/> has the markdown escape <c>\$</c>, <c>\*</c> or <c>\_</c> at <paramref name="i"/>.</summary>
    private static bool IsEscape(string text, int i) =>
        text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == '$' || text[i + 1] == '*' || text[i + 1] == '_');

    /// <summary>The original offset of a normalised position.</summary>
    public int OriginalStart(int normalizedIndex) => _starts[normalizedIndex];

    /// <summary>The original offset just past a normalised match ending at <paramref name="normalizedEnd"/> (exclusive).</summary>
    public int OriginalEnd(int normalizedEnd)
    {
        if (normalizedEnd == 0)
        {
            return 0;
        }

        var start = _starts[normalizedEnd - 1];
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
