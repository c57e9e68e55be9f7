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
    private readonly List<int> _starts;
    private readonly List<int> _ends;

    private EvidenceText(string normalized, List<int> starts, List<int> ends)
    {
        Normalized = normalized;
        _starts = starts;
        _ends = ends;
    }

    public string Normalized { get; }

    public static EvidenceText Create(string text)
    {
        var sb = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        Build(text, sb, starts, ends);
        return new EvidenceText(sb.ToString(), starts, ends);
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

    private static void Build(string text, StringBuilder sb, List<int>? starts, List<int>? ends)
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
            if (c == '\\' && i + 1 < text.Length && (text[i + 1] == '$' || text[i + 1] == '*' || text[i + 1] == '_'))
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
                    ends?.Add(pendingSpace + 1);
                }

                pendingSpace = -1;
            }

            sb.Append(c);
            starts?.Add(origin);
            ends?.Add(i + 1);
        }
    }

    /// <summary>The original offset of a normalised position.</summary>
    public int OriginalStart(int normalizedIndex) => _starts[normalizedIndex];

    /// <summary>The original offset just past a normalised match ending at <paramref name="normalizedEnd"/> (exclusive).</summary>
    public int OriginalEnd(int normalizedEnd) => normalizedEnd == 0 ? 0 : _ends[normalizedEnd - 1];

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
