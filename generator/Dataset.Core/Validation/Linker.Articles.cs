using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <content>Article files: metadata, the pinned text, evidence and every fact's references.</content>
internal sealed partial class Linker
{
    private const string Author = "author";

    /// <summary>Links one article against the registry's table: the second step, one per article.</summary>
    public static ArticleResult LinkArticle(ArticleInput input, EntityTable table, DatasetOptions options, CancellationToken cancellationToken)
    {
        var file = input.File;
        var meta = file.Article!.Meta;
        var linker = new Linker(LookupsOf(table), cancellationToken);
        if (!Naming.IsValidId(meta.Id))
        {
            linker.Report(DiagnosticDescriptors.InvalidId, meta.Location, meta.Id);
            return new ArticleResult(meta.Id, file.Path, meta.Location, false, null, default, file.Diagnostics, linker._diagnostics.ToEquatableArray());
        }

        var mentions = new Dictionary<string, MentionEmit>(StringComparer.Ordinal);
        var emit = linker.Link(file.Article, input.Text, mentions);
        return new ArticleResult(
            meta.Id,
            file.Path,
            meta.Location,
            true,
            emit is null ? null : new ArticleUnit(options.Namespace, emit),
            mentions.Select(m => new EntityMention(m.Key, m.Value)).ToEquatableArray(),
            file.Diagnostics,
            linker._diagnostics.ToEquatableArray());
    }

    private ArticleEmit? Link(ArticleFileModel article, TextFileModel? text, Dictionary<string, MentionEmit> mentions)
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

        if (text is null)
        {
            Report(DiagnosticDescriptors.TextFileMissing, meta.TextFileLocation, meta.TextFile);
            return null;
        }

        if (!string.Equals(text.Sha256, meta.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            Report(DiagnosticDescriptors.TextHashMismatch, meta.Sha256Location, meta.TextFile, text.Sha256, meta.Sha256);
        }

        var evidenceText = EvidenceText.Create(text.Text);
        var date = published?.Value ?? meta.Published.Value;
        var articleMentions = FindMentions(meta, date, text.Text, evidenceText, mentions);
        var context = new ArticleContext(article, text.Text, evidenceText, this);
        var facts = context.CheckFacts(articleMentions);
        AddFactMentions(meta.Headline, date, facts, mentions);

        if (published is null || authors.Any(a => a is null))
        {
            return null;
        }

        return new ArticleEmit(meta.Id, member, meta.Headline, authors.Select(a => a!).ToEquatableArray(),
            meta.Authors.Select(a => _entities[a.Id].Name).ToEquatableArray(), publisher,
            published.Value, meta.Url, Vocabulary.EnumMember(meta.Kind), meta.Language, text.Sha256, text.Text.Length, facts);
    }

    /// <summary>
    /// Counts, for each entity, how often the article names it (by name or alias, whole words) and where first; records
    /// the first article's sentence for the entity's XML docs.
    /// </summary>
    private EquatableArray<ArticleMentionEmit> FindMentions(ArticleMetaModel meta, string date, string original, EvidenceText text, Dictionary<string, MentionEmit> mentions)
    {
        var result = new List<ArticleMentionEmit>();
        var matches = _lookups.Names.FindAll(text.Normalized);
        foreach (var entity in _entities.Values) // the table is sorted by id
        {
            if (!matches.TryGetValue(entity.Id, out var found))
            {
                continue;
            }

            // Overlapping matches ("Vladimir Putin" and the alias "Putin" inside it) are one mention: the longest wins.
            // The sentence shown is the first in the body; a heading (the headline) is used only when nothing else names it.
            var first = int.MaxValue;
            var firstInBody = int.MaxValue;
            var count = 0;
            var coveredTo = -1;
            foreach (var (at, length) in found.OrderBy(f => f.At).ThenByDescending(f => f.Length))
            {
                if (at < coveredTo)
                {
                    continue;
                }

                count++;
                first = Math.Min(first, at);
                if (firstInBody == int.MaxValue && !IsInHeading(original, text.OriginalStart(at)))
                {
                    firstInBody = at;
                }

                coveredTo = at + length;
            }

            first = firstInBody != int.MaxValue ? firstInBody : first;

            if (count == 0 || SilentResolve(entity.Id) is not { } reference)
            {
                continue;
            }

            var (start, end) = SentenceSpan(original, text.OriginalStart(first));
            result.Add(new ArticleMentionEmit(reference, count, new EvidenceEmit(original.Substring(start, end - start), start, end - start)));
            if (!mentions.ContainsKey(entity.Id))
            {
                mentions.Add(entity.Id, new MentionEmit(meta.Headline, date, Display(original.Substring(start, end - start)), count));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// For entities the article does not name (an agreement it describes in other words), the first fact that refers to
    /// them gives their XML docs the passage instead; their mention count stays 0.
    /// </summary>
    private void AddFactMentions(string headline, string date, FactsEmit facts, Dictionary<string, MentionEmit> mentions)
    {
        void Add(EvidenceEmit evidence, params EntityRefEmit?[] references)
        {
            foreach (var r in references)
            {
                if (r is not null && !mentions.ContainsKey(r.Id))
                {
                    mentions.Add(r.Id, new MentionEmit(headline, date, Display(evidence.Text), 0));
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

    private static bool IsInHeading(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return lineStart < text.Length && text[lineStart] == '#';
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>The span of the sentence of the original text around offset <paramref name="at"/>, without surrounding whitespace.</summary>
    private static (int Start, int End) SentenceSpan(string text, int at)
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

    /// <summary>A sentence normalised for display in XML docs, shortened to 400 characters.</summary>
    private static string Display(string sentence)
    {
        var normalized = EvidenceText.Normalize(sentence);
        return normalized.Length > 400 ? normalized.Substring(0, 397).TrimEnd() + "..." : normalized;
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

    /// <summary>Checks one article's facts (local ids, references, times, evidence) and builds the emit models of those that pass.</summary>
    private sealed class ArticleContext
    {
        private readonly ArticleFileModel _article;
        private readonly string _original;
        private readonly EvidenceText _text;
        private readonly Linker _linker;
        private readonly Dictionary<string, LocationInfo> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _factKinds = new(StringComparer.Ordinal);
        private int _errorsAtFactStart;
        private bool _failed;

        public ArticleContext(ArticleFileModel article, string original, EvidenceText text, Linker linker)
        {
            _article = article;
            _original = original;
            _text = text;
            _linker = linker;
        }

        public FactsEmit CheckFacts(EquatableArray<ArticleMentionEmit> mentions)
        {
            var a = _article;
            foreach (var e in a.Events) { Declare(e.Id, e.Location, "event"); }
            foreach (var r in a.Relations) { Declare(r.Id, r.Location, "relation"); }
            foreach (var q in a.Quantities) { Declare(q.Id, q.Location, "quantity"); }
            foreach (var q in a.Quotes) { Declare(q.Id, q.Location, "quote"); }
            foreach (var c in a.Claims) { Declare(c.Id, c.Location, "claim"); }
            foreach (var c in a.Corrections) { Declare(c.Id, c.Location, "correction"); }

            var events = new List<EventEmit>();
            var eventIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in a.Events)
            {
                Begin();
                var participants = e.Participants.Select(p => (Ref: Need(_linker.ResolveEntity(p.Entity, "a participant", null)), p.Role)).ToList();
                var place = Optional(e.Place, _linker.ResolveEntity(e.Place, "'place'", "place", "country"));
                var agreement = Optional(e.Agreement, _linker.ResolveEntity(e.Agreement, "'agreement'", "agreement"));
                var time = Optional(e.Time, _linker.CheckTime(e.Time, "time value"));
                var factuality = e.Factuality.Select(f => new SourceEmit(Source(f.Source), Vocabulary.EnumMember(f.Value))).ToList();
                var evidence = Evidence(e.Evidence);
                if (Succeeded() && evidence is not null)
                {
                    eventIndex[e.Id] = events.Count;
                    events.Add(new EventEmit(e.Id, Vocabulary.EnumMember(e.Type), e.Summary,
                        participants.Select(p => new ParticipantEmit(p.Ref!, Vocabulary.EnumMember(p.Role))).ToEquatableArray(),
                        place, time, Vocabulary.EnumMember(e.Status), agreement, factuality.ToEquatableArray(), e.Ace, e.Cameo, evidence));
                }
            }

            var relations = new List<RelationEmit>();
            foreach (var r in a.Relations)
            {
                Begin();
                var subject = Need(_linker.ResolveEntity(r.Subject, "'subject'", null));
                var @object = Need(_linker.ResolveEntity(r.Object, "'object'", null));
                var time = Optional(r.Time, _linker.CheckTime(r.Time, "time value"));
                var evidence = Evidence(r.Evidence);
                if (Succeeded() && evidence is not null)
                {
                    relations.Add(new RelationEmit(r.Id, Vocabulary.EnumMember(r.Type), subject!, @object!, time, evidence));
                }
            }

            // Figures first, then changes (which link two figures), so the emitted code declares what a change refers to.
            var quantities = new List<QuantityEmit>();
            var quantityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var q in a.Quantities.Where(q => q.Type != "change").Concat(a.Quantities.Where(q => q.Type == "change")))
            {
                Begin();
                var between = q.Between.Select(b => Need(_linker.ResolveEntity(b, "'between'", null))).ToList();
                var of = Optional(q.Of, _linker.ResolveEntity(q.Of, "'of'", null));
                var source = Optional(q.Source, _linker.ResolveEntity(q.Source, "'source'", null));
                var period = Optional(q.Period, _linker.CheckTime(q.Period, "period"));
                var from = Figure(q.From, q.Type == "change", quantityIndex);
                var to = Figure(q.To, q.Type == "change", quantityIndex);
                var evidence = Evidence(q.Evidence);
                if (Succeeded() && evidence is not null)
                {
                    quantityIndex[q.Id] = quantities.Count;
                    quantities.Add(new QuantityEmit(q.Id, q.Type, q.Measure, q.Amount, q.Currency, period, between.Select(b => b!).ToEquatableArray(),
                        of, source, q.Approximate, from, to, q.Percent, evidence));
                }
            }

            var quotes = new List<QuoteEmit>();
            foreach (var q in a.Quotes)
            {
                Begin();
                var speaker = Need(_linker.ResolveEntity(q.Speaker, "'speaker'", null));
                var work = Optional(q.Work, _linker.ResolveEntity(q.Work, "'work'", "work"));
                var said = Optional(q.Said, _linker.CheckTime(q.Said, "time value"));
                var evidence = Evidence(q.Evidence);
                if (!ReferenceEquals(q.Evidence.Text, q.Text))
                {
                    Evidence(new EvidenceModel(q.Text, null, null, null, q.TextLocation), allowRepeats: true);
                }

                if (Succeeded() && evidence is not null)
                {
                    quotes.Add(new QuoteEmit(q.Id, speaker!, said, q.Text, work, evidence));
                }
            }

            var claims = new List<ClaimEmit>();
            foreach (var c in a.Claims)
            {
                Begin();
                var about = -1;
                if (c.About is { } aboutRef && Local(aboutRef, "event") && !eventIndex.TryGetValue(aboutRef.Id, out about))
                {
                    _failed = true; // the event itself failed validation and was reported there
                }

                var attributions = c.Attributions.Select(at => new SourceEmit(Source(at.Source), Vocabulary.EnumMember(at.Value))).ToList();
                var evidence = Evidence(c.Evidence);
                if (Succeeded() && evidence is not null)
                {
                    claims.Add(new ClaimEmit(c.Id, c.Statement, about, attributions.ToEquatableArray(), evidence));
                }
            }

            var corrections = new List<CorrectionEmit>();
            foreach (var c in a.Corrections)
            {
                Begin();
                var entity = Optional(c.Entity, _linker.ResolveEntity(c.Entity, "'entity'", null));
                Evidence(new EvidenceModel(c.Written, null, null, null, c.WrittenLocation), allowRepeats: true);
                var evidence = Evidence(c.Evidence);
                if (Succeeded() && evidence is not null)
                {
                    corrections.Add(new CorrectionEmit(c.Id, Vocabulary.EnumMember(c.Kind), entity, c.Written, c.Correct, c.SourceTitle, c.SourceUrl, evidence));
                }
            }

            FactChecks.Check(a, DateValue.Parse(a.Meta.Published.Value, out _), _linker.Report);
            return new FactsEmit(events.ToEquatableArray(), relations.ToEquatableArray(), quantities.ToEquatableArray(), quotes.ToEquatableArray(),
                claims.ToEquatableArray(), corrections.ToEquatableArray(), mentions);
        }

        private void Begin()
        {
            _errorsAtFactStart = _linker._errors;
            _failed = false;
        }

        private bool Succeeded() => !_failed && _linker._errors == _errorsAtFactStart;

        /// <summary>A required reference: the fact fails when it does not resolve (whether or not that was reported here).</summary>
        private T? Need<T>(T? resolved)
            where T : class
        {
            _failed |= resolved is null;
            return resolved;
        }

        /// <summary>An optional reference: the fact fails only when it is given and does not resolve.</summary>
        private T? Optional<T>(object? given, T? resolved)
            where T : class
        {
            _failed |= given is not null && resolved is null;
            return resolved;
        }

        /// <summary>A change's <c>from</c>/<c>to</c>: a money, count or percentage figure of this article; its emitted index, or -1.</summary>
        /// <summary>The index of the figure a change links, or -1: no figure (not a change), or a failed link.</summary>
        private int Figure(Ref? reference, bool required, Dictionary<string, int> emitted)
        {
            if (reference is null)
            {
                // A change without 'from' or 'to' was reported when it was read (DSG0102); it is not emitted.
                _failed |= required;
                return -1;
            }

            if (!Local(reference, "quantity"))
            {
                return -1;
            }

            var target = _article.Quantities.First(q => q.Id == reference.Id);
            if (target.Type == "change")
            {
                _linker.Report(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, "change", "a change's 'from' and 'to'", "a money, count or percentage figure");
                return -1;
            }

            if (!emitted.TryGetValue(reference.Id, out var index))
            {
                _failed = true; // the figure itself failed validation and was reported there
                return -1;
            }

            return index;
        }

        private void Declare(string id, LocationInfo location, string kind)
        {
            if (_linker.CheckId(id, location, _ids))
            {
                _factKinds[id] = kind;
            }
        }

        private bool Local(Ref reference, string kind)
        {
            if (!_factKinds.TryGetValue(reference.Id, out var actual))
            {
                var suggestions = Suggest.Nearest(reference.Id, _factKinds.Where(k => k.Value == kind).Select(k => k.Key), 3);
                _linker.Report(DiagnosticDescriptors.UnknownReference, reference.Location, kind + " in this article", reference.Id,
                    suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?");
                return false;
            }

            if (actual != kind)
            {
                _linker.Report(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, actual, "this reference", "a " + kind);
                return false;
            }

            return true;
        }

        /// <summary>A source of a factuality or stance: <c>author</c> (null) or an entity.</summary>
        private EntityRefEmit? Source(Ref source) =>
            source.Id == Author ? null : Need(_linker.ResolveEntity(source, "a source", null));

        /// <summary>Finds the evidence in the text; reports and returns null when it is missing or ambiguous.</summary>
        private EvidenceEmit? Evidence(EvidenceModel evidence, bool allowRepeats = false)
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
                return null;
            }

            var at = matches[0];
            if (evidence.Occurrence is { } n)
            {
                if (n < 1 || n > matches.Count)
                {
                    _linker.Report(DiagnosticDescriptors.EvidenceAmbiguous, evidence.Location, Shorten(evidence.Text),
                        matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "'occurrence' must be between 1 and that number");
                    return null;
                }

                at = matches[n - 1];
            }
            else if (matches.Count > 1 && !allowRepeats)
            {
                _linker.Report(DiagnosticDescriptors.EvidenceAmbiguous, evidence.Location, Shorten(evidence.Text),
                    matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "add 'prefix', 'suffix' or 'occurrence' to pick one");
                return null;
            }

            var start = _text.OriginalStart(at);
            var end = _text.OriginalEnd(at + needle.Length);
            return new EvidenceEmit(_original.Substring(start, end - start), start, end - start);
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
