using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// Where an article names each entity: how often (by name or alias, whole words, the longest of overlapping matches,
/// also across entities: a name inside another entity's longer name is not its mention, unless it is a demonym) and the
/// first sentence, which the entity's XML docs show.
/// </summary>
internal static class MentionFinder
{
    /// <summary>
    /// Counts, for each entity, how often the article names it and where first; records the first article's sentence
    /// for the entity's XML docs in <paramref name="firstMentions"/>.
    /// </summary>
    public static EquatableArray<LinkedMention> Find(
        ArticleMetaModel meta, string date, string original, EvidenceText text, EntityResolver resolver, Dictionary<string, FirstMention> firstMentions)
    {
        var result = new List<LinkedMention>();
        var matches = resolver.Names.FindAll(text.Normalized);
        var hiding = HidingMatches(text.Normalized, matches, resolver);
        var sentences = new Dictionary<long, string>();
        foreach (var entity in resolver.Entities) // sorted by id
        {
            if (!matches.TryGetValue(entity.Id, out var all))
            {
                continue;
            }

            // The longest match wins across entities: a name inside another entity's longer name ("Northport" in
            // "Northport United") is not a mention of it; a demonym is ("Iranian" in "Iranian Navy" names Iran).
            var demonyms = Set(entity.Demonyms);
            var found = new List<(int At, int Length)>(all.Count);
            foreach (var m in all)
            {
                if ((demonyms.Count > 0 && demonyms.Contains(text.Normalized.Substring(m.At, m.Length))) || !hiding.Covers(entity.Id, m))
                {
                    found.Add(m);
                }
            }

            // In text order, the longer of two matches at one place first (equal pairs are alike, so the sort need not be stable).
            found.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : b.Length.CompareTo(a.Length));

            // Overlapping matches ("Vladimir Putin" and the alias "Putin" inside it) are one mention: the longest wins.
            // The sentence shown is the first in the body; a heading (the headline) is used only when nothing else names it.
            var first = int.MaxValue;
            var firstInBody = int.MaxValue;
            var count = 0;
            var coveredTo = -1;
            foreach (var (at, length) in found)
            {
                if (at < coveredTo)
                {
                    continue;
                }

                count++;
                first = Math.Min(first, at);
                if (firstInBody == int.MaxValue && !Sentences.IsInHeading(original, text.OriginalStart(at)))
                {
                    firstInBody = at;
                }

                coveredTo = at + length;
            }

            first = firstInBody != int.MaxValue ? firstInBody : first;

            if (count == 0 || resolver.Silent(entity.Id) is not { } reference)
            {
                continue;
            }

            // One string per sentence: a sentence names several entities, and the one shown in the docs is the same text.
            var (start, end) = Sentences.Around(original, text.OriginalStart(first));
            var bounds = ((long)start << 32) | (uint)end;
            if (!sentences.TryGetValue(bounds, out var sentence))
            {
                sentence = original.Substring(start, end - start);
                sentences.Add(bounds, sentence);
            }

            result.Add(new LinkedMention(reference, count, new LinkedEvidence(sentence, start, end - start)));
            if (!firstMentions.ContainsKey(entity.Id))
            {
                firstMentions.Add(entity.Id, new FirstMention(meta.Headline, date, Display(sentence), count));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>The matches that hide shorter matches of other entities inside them: names and aliases other than demonyms and as-written forms.</summary>
    private static Hiding HidingMatches(string text, Dictionary<string, List<(int At, int Length)>> matches, EntityResolver resolver)
    {
        var total = 0;
        foreach (var found in matches.Values)
        {
            total += found.Count;
        }

        var hiding = new List<(int At, int Length, string Id)>(total);
        foreach (var entity in resolver.Entities)
        {
            if (matches.TryGetValue(entity.Id, out var found))
            {
                var descriptive = Set(entity.Descriptive);
                hiding.AddRange(found.Where(m => descriptive.Count == 0 || !descriptive.Contains(text.Substring(m.At, m.Length))).Select(m => (m.At, m.Length, entity.Id)));
            }
        }

        return new Hiding(hiding);
    }

    /// <summary>
    /// The hiding matches in text order, so that a match is checked only against those that start at most the longest
    /// hiding length before it (an article's matches against each other were quadratic).
    /// </summary>
    private sealed class Hiding
    {
        private readonly (int At, int Length, string Id)[] _matches;
        private readonly int _longest;

        public Hiding(List<(int At, int Length, string Id)> matches)
        {
            _matches = matches.OrderBy(m => m.At).ToArray();
            _longest = _matches.Length == 0 ? 0 : _matches.Max(m => m.Length);
        }

        /// <summary>Whether a longer match of another entity covers <paramref name="match"/>.</summary>
        public bool Covers(string id, (int At, int Length) match)
        {
            // The first hiding match that starts late enough to reach the match's end, then every one up to its start.
            var from = match.At + match.Length - _longest;
            int lo = 0, hi = _matches.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (_matches[mid].At < from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var i = lo; i < _matches.Length && _matches[i].At <= match.At; i++)
            {
                var h = _matches[i];
                if (h.Id != id && h.Length > match.Length && match.At + match.Length <= h.At + h.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Most entities have no demonym and no as-written form: they share one empty set.
    private static HashSet<string> Set(EquatableArray<string> names)
    {
        if (names.IsEmpty)
        {
            return NoNames;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            set.Add(EvidenceText.Normalize(names[i]));
        }

        return set;
    }

    private static readonly HashSet<string> NoNames = new(StringComparer.Ordinal);

    /// <summary>
    /// For entities the article does not name (an agreement it describes in other words), the first fact that refers to
    /// them gives their XML docs the passage instead; their mention count stays 0.
    /// </summary>
    public static void AddFactMentions(string headline, string date, LinkedFacts facts, Dictionary<string, FirstMention> firstMentions)
    {
        void Add(LinkedEvidence evidence, params EntityRef?[] references)
        {
            foreach (var r in references)
            {
                if (r is not null && !firstMentions.ContainsKey(r.Id))
                {
                    firstMentions.Add(r.Id, new FirstMention(headline, date, Display(evidence.Text), 0));
                }
            }
        }

        foreach (var e in facts.Events)
        {
            Add(e.Evidence, e.Participants.Select(p => p.Entity).Append(e.Place).Append(e.Agreement).Concat(e.Factuality.Select(f => f.Entity)).ToArray());
        }

        foreach (var r in facts.Relations) { Add(r.Evidence, r.Subject, r.Object); }
        foreach (var q in facts.Quantities) { Add(q.Evidence, q.Between.Append(q.Of).Append(q.Source).ToArray()); }
        foreach (var q in facts.Quotes) { Add(q.Evidence, q.Speaker, q.Work); }
        foreach (var c in facts.Claims) { Add(c.Evidence, c.Attributions.Select(a => a.Entity).ToArray()); }
        foreach (var c in facts.Corrections) { Add(c.Evidence, c.Entity); }
    }

    /// <summary>A sentence normalised for display in XML docs, shortened to 400 characters.</summary>
    private static string Display(string sentence)
    {
        var normalized = EvidenceText.Normalize(sentence);
        return normalized.Length > 400 ? normalized.Substring(0, 397).TrimEnd() + "..." : normalized;
    }
}
