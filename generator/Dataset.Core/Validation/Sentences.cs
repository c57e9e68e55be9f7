namespace Dataset.Core.Validation;

/// <summary>
/// Sentence segmentation of an article text as delivered: sentences end at sentence-final punctuation (and closing
/// quotes) followed by whitespace, or at a blank line that does not break a sentence in two (the delivered text has
/// paragraphs broken mid-sentence, recognisable by a lowercase letter or a comma before the break). Markdown headings
/// (<c>#</c> lines) are sentences of their own.
/// </summary>
internal static class Sentences
{
    /// <summary>The span of the sentence around offset <paramref name="at"/>, without surrounding whitespace or heading marks.</summary>
    public static (int Start, int End) Around(string text, int at)
    {
        var start = at;
        while (start > 0 && !StartsAt(text, start))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && !StartsAt(text, end))
        {
            end++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && text[start] is '#' or ' ')
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>Whether offset <paramref name="at"/> lies on a Markdown heading line (the headline).</summary>
    public static bool IsInHeading(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return lineStart < text.Length && text[lineStart] == '#';
    }

    /// <summary>Whether a sentence starts at <paramref name="i"/>.</summary>
    public static bool StartsAt(string text, int i)
    {
        if (i <= 0 || i >= text.Length || char.IsWhiteSpace(text[i]))
        {
            return i <= 0 || i >= text.Length;
        }

        var j = i - 1;
        var newlines = 0;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            newlines += text[j] == '\n' ? 1 : 0;
            j--;
        }

        if (j < 0)
        {
            return true;
        }

        if (j == i - 1)
        {
            return false; // no whitespace before: mid-word
        }

        if (newlines >= 2)
        {
            var lineStart = text.LastIndexOf('\n', j) + 1;
            return text[lineStart] == '#' || !(char.IsLower(text[j]) || text[j] == ',');
        }

        while (j >= 0 && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')' or '*')
        {
            j--;
        }

        // A colon ends a sentence only before a line break (a quotation introduced on its own line).
        return j >= 0 && text[j] is '.' or '!' or '?' or ':' && !(text[j] == ':' && newlines == 0);
    }
}
