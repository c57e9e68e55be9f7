using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Core.Validation;

/// <summary>
/// Finds every whole-word occurrence of every entity's names in a normalised text in one pass: names are indexed by
/// their first word, and the text is read word by word, so the cost grows with the text and the matches, not with
/// the number of entities times the length of the text.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<(string Id, string Needle)>> _byFirstWord = new(StringComparer.Ordinal);

    // Names that do not start with a letter or digit cannot be found word by word; they are searched the plain way.
    private readonly List<(string Id, string Needle)> _others = new();

    public NameIndex(IEnumerable<(string Id, IEnumerable<string> Names)> entities)
    {
        foreach (var (id, names) in entities)
        {
            foreach (var needle in names.Select(EvidenceText.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!char.IsLetterOrDigit(needle[0]))
                {
                    _others.Add((id, needle));
                    continue;
                }

                var word = FirstWord(needle, 0);
                if (!_byFirstWord.TryGetValue(word, out var list))
                {
                    list = new List<(string, string)>();
                    _byFirstWord.Add(word, list);
                }

                list.Add((id, needle));
            }
        }
    }

    /// <summary>
    /// The whole-word matches (start and length in <paramref name="text"/>) of each entity's names, by entity id.
    /// "Iran" inside "Iranian" is not a match.
    /// </summary>
    public Dictionary<string, List<(int At, int Length)>> FindAll(string text)
    {
        var found = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        void Add(string id, int at, int length)
        {
            if (!found.TryGetValue(id, out var list))
            {
                list = new List<(int, int)>();
                found.Add(id, list);
            }

            list.Add((at, length));
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            if (_byFirstWord.TryGetValue(FirstWord(text, i), out var candidates))
            {
                foreach (var (id, needle) in candidates)
                {
                    if (i + needle.Length <= text.Length
                        && string.CompareOrdinal(text, i, needle, 0, needle.Length) == 0
                        && IsBoundary(text, i + needle.Length))
                    {
                        Add(id, i, needle.Length);
                    }
                }
            }
        }

        foreach (var (id, needle) in _others)
        {
            var at = text.IndexOf(needle, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (IsBoundary(text, at - 1) && IsBoundary(text, at + needle.Length))
                {
                    Add(id, at, needle.Length);
                }

                at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            }
        }

        return found;
    }

    private static string FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
