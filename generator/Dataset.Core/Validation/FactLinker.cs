using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// Links one article's facts: local ids, entity references, time values and evidence. A fact is emitted only when all
/// of its own parts link; every failure is reported where it happens (or was reported when the file was read).
/// </summary>
internal sealed class FactLinker
{
    private const string Author = "author";

    private readonly ArticleFileModel _article;
    private readonly EvidenceSearch _evidence;
    private readonly EntityResolver _resolver;
    private readonly VocabularyModel _vocabulary;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _original;
    private readonly Dictionary<string, string> _paragraphs = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _paragraphByBounds = new(); // by start and end: facts stated in one paragraph share its string
    private readonly Dictionary<string, LocationInfo> _ids = Ids.NewScope();
    private readonly Dictionary<string, string> _factKinds = new(StringComparer.Ordinal);
    private bool _failed;

    public FactLinker(ArticleFileModel article, string original, EvidenceSearch evidence, EntityResolver resolver, VocabularyModel vocabulary, DiagnosticBag diagnostics)
    {
        _original = original;
        _article = article;
        _evidence = evidence;
        _resolver = resolver;
        _vocabulary = vocabulary;
        _diagnostics = diagnostics;
    }

    /// <summary>Every fact that links, in annotation order (figures before the changes that link them), with the article's mentions.</summary>
    public LinkedFacts Link(EquatableArray<LinkedMention> mentions)
    {
        var a = _article;
        foreach (var e in a.Events) { Declare(e.Id, e.Location, "event"); }
        foreach (var r in a.Relations) { Declare(r.Id, r.Location, "relation"); }
        foreach (var q in a.Quantities) { Declare(q.Id, q.Location, "quantity"); }
        foreach (var q in a.Quotes) { Declare(q.Id, q.Location, "quote"); }
        foreach (var c in a.Claims) { Declare(c.Id, c.Location, "claim"); }
        foreach (var c in a.Corrections) { Declare(c.Id, c.Location, "correction"); }

        var events = new List<LinkedEvent>();
        var eventIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in a.Events)
        {
            _failed = false;
            var type = Term(TermSet.EventType, e.Type, e.Fields.At("type", e.Location));
            var participants = new (EntityRef? Ref, TermModel? Role)[e.Participants.Count];
            for (var i = 0; i < participants.Length; i++)
            {
                var p = e.Participants[i];
                participants[i] = (Need(Resolve(p.Entity, "a participant", null)), Role(type, p));
            }

            var cameo = e.Cameo;
            if (cameo is not null && !Parsing.VocabularyBinder.IsCameo(cameo))
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidScalar, e.Fields.At("crosswalk", e.Location), cameo, "CAMEO event code (2 to 4 digits, quoted: \"042\")");
                _failed = true;
            }

            var place = Optional(e.Place, Resolve(e.Place, "'place'", "place", "country"));
            var agreement = Optional(e.Agreement, Resolve(e.Agreement, "'agreement'", "agreement"));
            var time = Optional(e.Time, TimeChecks.Check(e.Time, "time value", _diagnostics));
            var factuality = new LinkedSource[e.Factuality.Count];
            for (var i = 0; i < factuality.Length; i++)
            {
                var f = e.Factuality[i];
                factuality[i] = SharedInstances<LinkedSource>.Share(new LinkedSource(Source(f.Source), Vocabulary.EnumMember(f.Value)));
            }

            var evidence = Evidence(e.Evidence);
            Remember(e.Id, evidence);
            if (!_failed)
            {
                eventIndex[e.Id] = events.Count;
                events.Add(new LinkedEvent(e.Id, type!.Member!, e.Summary,
                    Participants(participants), place, time, Vocabulary.EnumMember(e.Status), agreement, new EquatableArray<LinkedSource>(factuality),
                    e.Ace, e.Cameo, evidence!));
            }
        }

        var relations = new List<LinkedRelation>();
        foreach (var r in a.Relations)
        {
            _failed = false;
            var relationType = Term(TermSet.RelationType, r.Type, r.TypeLocation);
            var subject = Need(Resolve(r.Subject, "'subject'", null));
            var @object = Need(Resolve(r.Object, "'object'", null));
            var time = Optional(r.Time, TimeChecks.Check(r.Time, "time value", _diagnostics));
            var evidence = Evidence(r.Evidence);
            Remember(r.Id, evidence);
            if (!_failed)
            {
                relations.Add(new LinkedRelation(r.Id, relationType!.Member!, subject!, @object!, time, evidence!));
            }
        }

        // Figures first, then changes (which link two figures), so the emitted code declares what a change refers to.
        var quantities = new List<LinkedQuantity>();
        var quantityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in a.Quantities.Where(q => q.Type != "change").Concat(a.Quantities.Where(q => q.Type == "change")))
        {
            _failed = false;
            var between = q.Between.Select(b => Need(Resolve(b, "'between'", null))).ToList();
            var of = Optional(q.Of, Resolve(q.Of, "'of'", null));
            var source = Optional(q.Source, Resolve(q.Source, "'source'", null));
            var period = Optional(q.Period, TimeChecks.Check(q.Period, "period", _diagnostics));
            var from = Figure(q.From, q.Type == "change", quantityIndex);
            var to = Figure(q.To, q.Type == "change", quantityIndex);
            var evidence = Evidence(q.Evidence);
            Remember(q.Id, evidence);
            if (!_failed)
            {
                quantityIndex[q.Id] = quantities.Count;
                quantities.Add(new LinkedQuantity(q.Id, q.Type, q.Measure, q.Amount, q.Currency, period, between.Select(b => b!).ToEquatableArray(),
                    of, source, q.Approximate, from, to, q.Percent, evidence!));
            }
        }

        var quotes = new List<LinkedQuote>();
        foreach (var q in a.Quotes)
        {
            _failed = false;
            var speaker = Need(Resolve(q.Speaker, "'speaker'", null));
            var work = Optional(q.Work, Resolve(q.Work, "'work'", "work"));
            var said = Optional(q.Said, TimeChecks.Check(q.Said, "time value", _diagnostics));
            var evidence = Evidence(q.Evidence);
            Remember(q.Id, evidence);
            if (!ReferenceEquals(q.Evidence.Text, q.Text))
            {
                Evidence(new EvidenceModel(q.Text, null, null, null, q.TextLocation), allowRepeats: true); // the quoted words are in the text
            }

            if (!_failed)
            {
                quotes.Add(new LinkedQuote(q.Id, speaker!, said, q.Text, work, evidence!));
            }
        }

        var claims = new List<LinkedClaim>();
        foreach (var c in a.Claims)
        {
            _failed = false;
            var about = -1;
            if (c.About is { } aboutRef && (!Local(aboutRef, "event") || !eventIndex.TryGetValue(aboutRef.Id, out about)))
            {
                _failed = true; // reported here, or the event itself failed and was reported there
            }

            var attributions = c.Attributions.Select(at => SharedInstances<LinkedSource>.Share(new LinkedSource(Source(at.Source), Term(TermSet.Stance, at.Value, at.ValueLocation)?.Member ?? string.Empty))).ToList();
            var evidence = Evidence(c.Evidence);
            if (!_failed)
            {
                claims.Add(new LinkedClaim(c.Id, c.Statement, about, attributions.ToEquatableArray(), evidence!));
            }
        }

        var corrections = new List<LinkedCorrection>();
        foreach (var c in a.Corrections)
        {
            _failed = false;
            var kind = Term(TermSet.CorrectionKind, c.Kind, c.Fields.At("kind", c.Location));
            var entity = Optional(c.Entity, Resolve(c.Entity, "'entity'", null));
            Evidence(new EvidenceModel(c.Written, null, null, null, c.WrittenLocation), allowRepeats: true); // the written form is in the text
            var evidence = Evidence(c.Evidence);
            if (!_failed)
            {
                corrections.Add(new LinkedCorrection(c.Id, kind!.Member!, entity, c.Written, c.Correct, c.SourceTitle, c.SourceUrl, evidence!));
            }
        }

        FactChecks.Check(a, a.Meta.Published.Parsed is { IsInterval: false, Start: { Precision: Precision.Day } day } ? day : null, _paragraphs, _diagnostics.Add);
        return new LinkedFacts(events.ToEquatableArray(), relations.ToEquatableArray(), quantities.ToEquatableArray(), quotes.ToEquatableArray(),
            claims.ToEquatableArray(), corrections.ToEquatableArray(), mentions);
    }

    // The linked participants of an event that linked (each resolved, with a role), shared with equal ones.
    private static EquatableArray<LinkedParticipant> Participants((EntityRef? Ref, TermModel? Role)[] participants)
    {
        var linked = new LinkedParticipant[participants.Length];
        for (var i = 0; i < linked.Length; i++)
        {
            linked[i] = SharedInstances<LinkedParticipant>.Share(new LinkedParticipant(participants[i].Ref!, participants[i].Role!.Member!));
        }

        return new EquatableArray<LinkedParticipant>(linked);
    }

    /// <summary>Keeps the paragraph of a fact's evidence: what supports the fact's dates (<see cref="Provenance"/>).</summary>
    private void Remember(string factId, LinkedEvidence? evidence)
    {
        if (evidence is not null && !_paragraphs.ContainsKey(factId))
        {
            // One string per paragraph: an article states several facts in each.
            var (start, end) = Provenance.ParagraphBounds(_original, evidence);
            if (end <= start)
            {
                _paragraphs.Add(factId, evidence.Text);
            }
            else
            {
                var bounds = ((long)start << 32) | (uint)end;
                if (!_paragraphByBounds.TryGetValue(bounds, out var paragraph))
                {
                    paragraph = _original.Substring(start, end - start);
                    _paragraphByBounds.Add(bounds, paragraph);
                }

                _paragraphs.Add(factId, paragraph);
            }
        }
    }

    /// <summary>The vocabulary's term with this code; reports it (with the nearest codes) and fails the fact when there is none.</summary>
    private TermModel? Term(TermSet set, string code, LocationInfo where)
    {
        if (_vocabulary.Find(set, code) is { } term)
        {
            return term;
        }

        _diagnostics.Add(DiagnosticDescriptors.UnknownTerm, where, set.What(), code, VocabularyLinker.Describe(_vocabulary),
            VocabularyLinker.DidYouMean(code, _vocabulary.Terms(set).Select(t => t.Code)));
        _failed = true;
        return null;
    }

    /// <summary>A participant's role: a term of the vocabulary, and one the event type takes (when it says which).</summary>
    private TermModel? Role(TermModel? type, ParticipantModel participant)
    {
        var role = Term(TermSet.ParticipantRole, participant.Role, participant.RoleLocation);
        if (role is null || type is null)
        {
            return role;
        }

        var allowed = _vocabulary.RolesOf(type);
        if (!allowed.IsEmpty && !allowed.Contains(role.Code))
        {
            _diagnostics.Add(DiagnosticDescriptors.RoleNotTaken, participant.RoleLocation, type.Code,
                string.Join(", ", allowed.Select(a => "'" + a + "'")), role.Code, VocabularyLinker.DidYouMean(role.Code, allowed));
            _failed = true;
            return null;
        }

        return role;
    }

    private EntityRef? Resolve(Ref? reference, string what, string? requiredKind, params string[] otherKinds) =>
        _resolver.Resolve(reference, what, requiredKind, _diagnostics, otherKinds);

    /// <summary>A required part: the fact fails when it does not link (whether it was reported here or before).</summary>
    private T? Need<T>(T? linked)
        where T : class
    {
        _failed |= linked is null;
        return linked;
    }

    /// <summary>An optional part: the fact fails only when it is given and does not link.</summary>
    private T? Optional<T>(object? given, T? linked)
        where T : class
    {
        _failed |= given is not null && linked is null;
        return linked;
    }

    /// <summary>Evidence the fact needs: the fact fails when it is not found.</summary>
    private LinkedEvidence? Evidence(EvidenceModel evidence, bool allowRepeats = false) =>
        Need(_evidence.Find(evidence, _diagnostics, allowRepeats));

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
            _failed = true;
            return -1;
        }

        var target = _article.Quantities.First(q => q.Id == reference.Id);
        if (target.Type == "change")
        {
            _diagnostics.Add(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, "change", "a change's 'from' and 'to'", "a money, count or percentage figure");
            _failed = true;
            return -1;
        }

        if (!emitted.TryGetValue(reference.Id, out var index))
        {
            _failed = true; // the figure itself failed to link and was reported there
            return -1;
        }

        return index;
    }

    private void Declare(string id, LocationInfo location, string kind)
    {
        if (Ids.Declare(id, location, _ids, _diagnostics))
        {
            _factKinds[id] = kind;
        }
    }

    /// <summary>Whether a reference names a fact of this article of the given kind; reports when it does not.</summary>
    private bool Local(Ref reference, string kind)
    {
        if (!_factKinds.TryGetValue(reference.Id, out var actual))
        {
            var suggestions = Suggest.Nearest(reference.Id, _factKinds.Where(k => k.Value == kind).Select(k => k.Key), 3);
            _diagnostics.Add(DiagnosticDescriptors.UnknownReference, reference.Location, kind + " in this article", reference.Id,
                suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?");
            return false;
        }

        if (actual != kind)
        {
            _diagnostics.Add(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, actual, "this reference", "a " + kind);
            return false;
        }

        return true;
    }

    /// <summary>A source of a factuality or stance: <c>author</c> (null) or an entity.</summary>
    private EntityRef? Source(Ref source) =>
        source.Id == Author ? null : Need(Resolve(source, "a source", null));
}
