using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Validation;

/// <content>Article files: metadata, the pinned text, evidence and every fact's references.</content>
internal sealed partial class Linker
{
    private const string Author = "author";

    private ArticleEmit? LinkArticle(ArticleFileModel article, Dictionary<string, TextFileModel> texts, Dictionary<string, MentionEmit> mentions)
    {
        var meta = article.Meta;
        var authors = meta.Authors.Select(a => ResolveEntity(a, "'authors'", "person")).ToList();
        var publisher = ResolveEntity(meta.Publisher, "'publisher'", "organization");
        var published = CheckTime(meta.Published, "publication date");
        if (published is not null && DateValue.Parse(meta.Published.Value, out _) is not { Precision: 4 })
        {
            Report(DiagnosticDescriptors.InvalidTime, meta.Published.Location, meta.Published.Value, "publication date", "it must be a full day such as 2013-08-08");
            published = null;
        }

        var member = Naming.ToPascalCase(meta.Id);
        if (!Naming.IsValidIdentifier(member))
        {
            member = "A" + member; // ids start with a letter, so this only guards digits-first forms
        }

        var textPath = Directory(article.Path) + meta.TextFile;
        if (!texts.TryGetValue(NormalizePath(textPath), out var text))
        {
            Report(DiagnosticDescriptors.TextFileMissing, meta.TextFileLocation, meta.TextFile);
            return null;
        }

        if (!string.Equals(text.Sha256, meta.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            Report(DiagnosticDescriptors.TextHashMismatch, meta.Sha256Location, meta.TextFile, text.Sha256, meta.Sha256);
        }

        var evidenceText = EvidenceText.Create(text.Text);
        var context = new ArticleContext(article, evidenceText, this);
        context.CheckFacts();
        FindMentions(meta, published?.Value ?? meta.Published.Value, text.Text, evidenceText, mentions);

        if (published is null || authors.Any(a => a is null))
        {
            return null;
        }

        return new ArticleEmit(meta.Id, member, meta.Headline, authors.Select(a => a!).ToEquatableArray(),
            meta.Authors.Select(a => _entities[a.Id].Name).ToEquatableArray(), publisher,
            published.Value, meta.Url, Vocabulary.EnumMember(meta.Kind), meta.Language, text.Sha256, text.Text.Length);
    }

    private static string Directory(string path)
    {
        var normalized = NormalizePath(path);
        var i = normalized.LastIndexOf('/');
        return i < 0 ? string.Empty : normalized.Substring(0, i + 1);
    }

    /// <summary>Records, for each entity, the first sentence of the first article that names it (by name or alias).</summary>
    private void FindMentions(ArticleMetaModel meta, string date, string original, EvidenceText text, Dictionary<string, MentionEmit> mentions)
    {
        foreach (var entity in _entities.Values)
        {
            if (mentions.ContainsKey(entity.Id))
            {
                continue;
            }

            var first = int.MaxValue;
            var count = 0;
            foreach (var name in new[] { entity.Name }.Concat(entity.Aliases.Select(a => a.Text)).Distinct(StringComparer.Ordinal))
            {
                var needle = EvidenceText.Normalize(name);
                foreach (var at in text.FindAll(needle))
                {
                    if (IsWordBoundary(text.Normalized, at - 1) && IsWordBoundary(text.Normalized, at + needle.Length))
                    {
                        count++;
                        first = Math.Min(first, at);
                    }
                }
            }

            if (count > 0)
            {
                mentions.Add(entity.Id, new MentionEmit(meta.Headline, date, Sentence(original, text.OriginalStart(first)), count));
            }
        }
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>The sentence of the original text around offset <paramref name="at"/>, normalised for display.</summary>
    private static string Sentence(string text, int at)
    {
        var start = at;
        while (start > 0 && !IsBoundaryBefore(text, start))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && !IsBoundaryBefore(text, end))
        {
            end++;
        }

        var sentence = EvidenceText.Normalize(text.Substring(start, end - start)).TrimStart('#', ' ');
        return sentence.Length > 400 ? sentence.Substring(0, 397).TrimEnd() + "..." : sentence;
    }

    /// <summary>
    /// Whether a sentence starts at <paramref name="i"/>: after sentence-final punctuation (and closing quotes) and
    /// whitespace, or after a blank line that does not break a sentence in two (the delivered text has paragraphs
    /// broken mid-sentence, recognisable by a lowercase letter or comma before the break).
    /// </summary>
    private static bool IsBoundaryBefore(string text, int i)
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

        return j >= 0 && text[j] is '.' or '!' or '?' or ':' && newlines >= 0 && !(text[j] == ':' && newlines == 0);
    }

    /// <summary>Checks one article's facts: local ids, references, times and evidence.</summary>
    private sealed class ArticleContext
    {
        private readonly ArticleFileModel _article;
        private readonly EvidenceText _text;
        private readonly Linker _linker;
        private readonly Dictionary<string, LocationInfo> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _factKinds = new(StringComparer.Ordinal);

        public ArticleContext(ArticleFileModel article, EvidenceText text, Linker linker)
        {
            _article = article;
            _text = text;
            _linker = linker;
        }

        public void CheckFacts()
        {
            var a = _article;
            foreach (var e in a.Events) { Declare(e.Id, e.Location, "event"); }
            foreach (var r in a.Relations) { Declare(r.Id, r.Location, "relation"); }
            foreach (var q in a.Quantities) { Declare(q.Id, q.Location, "quantity"); }
            foreach (var q in a.Quotes) { Declare(q.Id, q.Location, "quote"); }
            foreach (var c in a.Claims) { Declare(c.Id, c.Location, "claim"); }
            foreach (var c in a.Corrections) { Declare(c.Id, c.Location, "correction"); }

            foreach (var e in a.Events)
            {
                foreach (var p in e.Participants) { _linker.ResolveEntity(p.Entity, "a participant", null); }
                _linker.ResolveEntity(e.Place, "'place'", "place", "country");
                _linker.ResolveEntity(e.Agreement, "'agreement'", "agreement");
                _linker.CheckTime(e.Time, "time value");
                foreach (var f in e.Factuality) { Source(f.Source); }
                Evidence(e.Evidence);
            }

            foreach (var r in a.Relations)
            {
                _linker.ResolveEntity(r.Subject, "'subject'", null);
                _linker.ResolveEntity(r.Object, "'object'", null);
                _linker.CheckTime(r.Time, "time value");
                Evidence(r.Evidence);
            }

            foreach (var q in a.Quantities)
            {
                foreach (var b in q.Between) { _linker.ResolveEntity(b, "'between'", null); }
                _linker.ResolveEntity(q.Of, "'of'", null);
                _linker.ResolveEntity(q.Source, "'source'", null);
                _linker.CheckTime(q.Period, "period");
                Local(q.From, "quantity");
                Local(q.To, "quantity");
                Evidence(q.Evidence);
            }

            foreach (var q in a.Quotes)
            {
                _linker.ResolveEntity(q.Speaker, "'speaker'", null);
                _linker.ResolveEntity(q.Work, "'work'", "work");
                _linker.CheckTime(q.Said, "time value");
                Evidence(q.Evidence);
                if (!ReferenceEquals(q.Evidence.Text, q.Text))
                {
                    Evidence(new EvidenceModel(q.Text, null, null, null, q.TextLocation), allowRepeats: true);
                }
            }

            foreach (var c in a.Claims)
            {
                Local(c.About, "event");
                foreach (var at in c.Attributions) { Source(at.Source); }
                Evidence(c.Evidence);
            }

            foreach (var c in a.Corrections)
            {
                _linker.ResolveEntity(c.Entity, "'entity'", null);
                Evidence(new EvidenceModel(c.Written, null, null, null, c.WrittenLocation), allowRepeats: true);
                Evidence(c.Evidence);
            }
        }

        private void Declare(string id, LocationInfo location, string kind)
        {
            if (_linker.CheckId(id, location, _ids))
            {
                _factKinds[id] = kind;
            }
        }

        private void Local(Ref? reference, string kind)
        {
            if (reference is null)
            {
                return;
            }

            if (!_factKinds.TryGetValue(reference.Id, out var actual))
            {
                var suggestions = Suggest.Nearest(reference.Id, _factKinds.Where(k => k.Value == kind).Select(k => k.Key), 3);
                _linker.Report(DiagnosticDescriptors.UnknownReference, reference.Location, kind + " in this article", reference.Id,
                    suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?");
            }
            else if (actual != kind)
            {
                _linker.Report(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, actual, "this reference", "a " + kind);
            }
        }

        private void Source(Ref source)
        {
            if (source.Id != Author)
            {
                _linker.ResolveEntity(source, "a source", null);
            }
        }

        private void Evidence(EvidenceModel evidence, bool allowRepeats = false)
        {
            var needle = EvidenceText.Normalize(evidence.Text);
            var matches = _text.FindAll(needle);
            if (evidence.Prefix is { } prefix)
            {
                var p = EvidenceText.Normalize(prefix);
                matches = matches.Where(m => _text.Normalized.Substring(0, m).TrimEnd().EndsWith(p, StringComparison.Ordinal)).ToList();
            }

            if (evidence.Suffix is { } suffix)
            {
                var s = EvidenceText.Normalize(suffix);
                matches = matches.Where(m => _text.Normalized.Substring(m + needle.Length).TrimStart().StartsWith(s, StringComparison.Ordinal)).ToList();
            }

            if (matches.Count == 0)
            {
                _linker.Report(DiagnosticDescriptors.EvidenceNotFound, evidence.Location, Shorten(evidence.Text), Closest(needle));
                return;
            }

            if (evidence.Occurrence is { } n)
            {
                if (n < 1 || n > matches.Count)
                {
                    _linker.Report(DiagnosticDescriptors.EvidenceAmbiguous, evidence.Location, Shorten(evidence.Text),
                        matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "'occurrence' must be between 1 and that number");
                }

                return;
            }

            if (matches.Count > 1 && !allowRepeats)
            {
                _linker.Report(DiagnosticDescriptors.EvidenceAmbiguous, evidence.Location, Shorten(evidence.Text),
                    matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "add 'prefix', 'suffix' or 'occurrence' to pick one");
            }
        }

        private static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 77) + "..." : text;

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
}
