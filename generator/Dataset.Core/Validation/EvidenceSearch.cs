using System;
using System.Globalization;
using System.Linq;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// Finds evidence passages in one article text (through <see cref="EvidenceText"/>'s normalisation), narrowed by
/// prefix, suffix or occurrence, and resolves them to offsets in the original text; explains a miss by the closest passage.
/// </summary>
internal sealed class EvidenceSearch
{
    private readonly string _original;
    private readonly EvidenceText _text;

    public EvidenceSearch(string original, EvidenceText text)
    {
        _original = original;
        _text = text;
    }

    /// <summary>
    /// The passage <paramref name="evidence"/> quotes; reports and returns null when it is missing, or ambiguous unless
    /// <paramref name="allowRepeats"/> (then the first occurrence).
    /// </summary>
    public LinkedEvidence? Find(EvidenceModel evidence, DiagnosticBag diagnostics, bool allowRepeats = false)
    {
        var needle = EvidenceText.Normalize(evidence.Text);
        var matches = _text.FindAll(needle);
        if (evidence.Prefix is { } prefix)
        {
            var p = EvidenceText.Normalize(prefix);
            matches = matches.Where(m => EndsBefore(_text.Normalized, m, p)).ToList();
        }

        if (evidence.Suffix is { } suffix)
        {
            var s = EvidenceText.Normalize(suffix);
            matches = matches.Where(m => StartsAfter(_text.Normalized, m + needle.Length, s)).ToList();
        }

        if (matches.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.EvidenceNotFound, evidence.Location, Shorten(evidence.Text), Closest(needle));
            return null;
        }

        var at = matches[0];
        if (evidence.Occurrence is { } n)
        {
            if (n < 1 || n > matches.Count)
            {
                diagnostics.Add(DiagnosticDescriptors.EvidenceAmbiguous, evidence.Location, Shorten(evidence.Text),
                    matches.Count.ToString(CultureInfo.InvariantCulture), "'occurrence' must be between 1 and that number");
                return null;
            }

            at = matches[n - 1];
        }
        else if (matches.Count > 1 && !allowRepeats)
        {
            diagnostics.Add(DiagnosticDescriptors.EvidenceAmbiguous, evidence.Location, Shorten(evidence.Text),
                matches.Count.ToString(CultureInfo.InvariantCulture), "add 'prefix', 'suffix' or 'occurrence' to pick one");
            return null;
        }

        var start = _text.OriginalStart(at);
        var end = _text.OriginalEnd(at + needle.Length);
        return new LinkedEvidence(Passage(start, end - start, evidence.Text), start, end - start);
    }

    // The passage of the original text, as the curator's own string when it is written exactly so (most are): the driver
    // keeps every linked evidence, and the model it was linked from keeps that string anyway.
    private string Passage(int start, int length, string written) =>
        written.Length == length && string.CompareOrdinal(_original, start, written, 0, length) == 0 ? written : _original.Substring(start, length);

    // Whether the text before position end, whitespace after it skipped, ends with value (without copying the text before).
    private static bool EndsBefore(string text, int end, string value)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end >= value.Length && string.CompareOrdinal(text, end - value.Length, value, 0, value.Length) == 0;
    }

    // Whether the text from position start, whitespace skipped, starts with value (without copying the rest of the text).
    private static bool StartsAfter(string text, int start, string value)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text.Length - start >= value.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;
    }

    /// <summary>A text cut to 80 characters for a message.</summary>
    public static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 77) + "..." : text;

    /// <summary>The passage of the text that shares the longest start with the evidence, to show what differs.</summary>
    private string Closest(string needle)
    {
        var best = 0;
        var bestAt = -1;
        var text = _text.Normalized;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != (needle.Length > 0 ? needle[0] : ' '))
            {
                continue;
            }

            var k = 0;
            while (k < needle.Length && i + k < text.Length && text[i + k] == needle[k])
            {
                k++;
            }

            if (k > best)
            {
                best = k;
                bestAt = i;
            }
        }

        if (bestAt < 0 || best < 4)
        {
            return "no passage of the text starts like it";
        }

        var length = Math.Min(text.Length - bestAt, Math.Max(needle.Length, best + 20));
        var passage = text.Substring(bestAt, Math.Min(length, 120));
        return "the closest passage is \"" + passage + "\", which differs after \"" + needle.Substring(0, best) + "\"";
    }
}
