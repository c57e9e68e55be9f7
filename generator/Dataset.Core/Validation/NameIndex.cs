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
    // By a hash of the first word, each with the words of that hash: a text's words are looked up without a string each.
    private readonly Dictionary<int, List<(string Word, List<(string Id, string Needle)> Names)>> _byFirstWord = new();

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

                var end = WordEnd(needle, 0);
                var word = needle.Substring(0, end);
                var hash = Hash(needle, 0, end);
                if (!_byFirstWord.TryGetValue(hash, out var words))
                {
                    words = new List<(string, List<(string, string)>)>();
                    _byFirstWord.Add(hash, words);
                }

                var at = words.FindIndex(w => w.Word == word);
                if (at < 0)
                {
                    words.Add((word, new List<(string, string)>()));
                    at = words.Count - 1;
                }

                words[at].Names.Add((id, needle));
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

            var wordEnd = WordEnd(text, i);
            if (Candidates(text, i, wordEnd) is { } candidates)
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

    /// <summary>The names whose first word is <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, or null.</summary>
    private List<(string Id, string Needle)>? Candidates(string text, int start, int end)
    {
        if (!_byFirstWord.TryGetValue(Hash(text, start, end), out var words))
        {
            return null;
        }

        foreach (var (word, names) in words)
        {
            if (word.Length == end - start && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return names;
            }
        }

        return null;
    }

    /// <summary>Where the word (letters and digits) starting at <paramref name="start"/> ends.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    // FNV-1a over the UTF-16 code units: the same for equal words, whichever string they are in.
    private static int Hash(string text, int start, int end)
    {
        var hash = 2166136261u;
        for (var i = start; i < end; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return unchecked((int)hash);
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
