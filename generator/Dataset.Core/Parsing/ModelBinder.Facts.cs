using System.Collections.Generic;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Parsing;

/// <content>The facts of an article file: events, relations, quantities, quotes, claims, corrections and their acknowledgements.</content>
internal static partial class ModelBinder
{
    /// <summary>Reads a fact's <c>acknowledge</c> list: <c>[{ id: DSG0501, reason: ... }]</c>. FactChecks decides what they match.</summary>
    private static void BindAcknowledgements(MappingReader r, string? factId, List<AcknowledgementModel> sink, List<DiagnosticInfo> d)
    {
        var items = r.List("acknowledge", n =>
        {
            var a = MappingReader.For(n, "an acknowledgement", d);
            if (a is null)
            {
                return null;
            }

            var id = a.Located("id", required: true);
            var reason = a.String("reason", required: true);
            a.Finish();
            if (reason is not null && reason.Trim().Length == 0)
            {
                d.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingField, n.Location, "an acknowledgement", "reason"));
                return null;
            }

            return id is { } i && reason is not null ? new AcknowledgementModel(factId ?? string.Empty, i.Value, i.Location, reason, n.Location) : null;
        });
        if (factId is not null)
        {
            sink.AddRange(items);
        }
    }

    private static EventModel? BindEvent(YamlNode node, List<DiagnosticInfo> d, List<AcknowledgementModel> acks)
    {
        var r = MappingReader.For(node, "an event", d);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var type = r.String("type", required: true); // a term of the vocabulary: checked when the article is linked
        var summary = r.String("summary", required: true);
        var participants = r.Values("participants", n =>
        {
            var p = MappingReader.For(n, "a participant", d);
            if (p is null)
            {
                return (ParticipantModel?)null;
            }

            var entity = p.Reference("entity", required: true);
            var role = p.Located("role");
            p.Finish();
            return entity is null ? null : new ParticipantModel(entity, role?.Value ?? "participant") { RoleLocation = role?.Location ?? n.Location };
        });
        var place = r.Reference("place");
        var time = r.Time("time");
        var status = r.Enum("status", Vocabulary.EventStatuses, "event status", required: true);
        var agreement = r.Reference("agreement");
        var factuality = r.Values("factuality", n => BindAttribution(n, "value", Vocabulary.FactualityValues, "factuality value", d));
        string? ace = null, cameo = null;
        if (r.Node("crosswalk") is { } cw && MappingReader.For(cw, "'crosswalk'", d) is { } c)
        {
            ace = c.String("ace");
            cameo = c.String("cameo");
            c.Finish();
        }

        var evidence = r.Evidence("evidence", required: true);
        BindAcknowledgements(r, id, acks, d);
        var fields = r.Fields(LocatedFields.Event);
        r.Finish();
        return id is null || type is null || summary is null || status is null || evidence is null
            ? null
            : new EventModel(id, node.Location, type, summary, participants.ToEquatableArray(), place, time, status, agreement,
                factuality.ToEquatableArray(), ace, cameo, evidence.Value) { Fields = fields };
    }

    /// <summary>An attribution: a factuality value from <paramref name="values"/>, or (null) a stance, which the vocabulary checks.</summary>
    private static AttributionModel? BindAttribution(YamlNode node, string valueKey, IReadOnlyList<string>? values, string what, List<DiagnosticInfo> d)
    {
        var r = MappingReader.For(node, "an attribution", d);
        if (r is null)
        {
            return null;
        }

        var source = r.Reference("source", required: true);
        var value = values is null ? r.String(valueKey, required: true) : r.Enum(valueKey, values, what, required: true);
        var fields = r.Fields();
        r.Finish();
        return source is null || value is null ? null : new AttributionModel(source, value, node.Location) { ValueLocation = fields.At(valueKey, node.Location) };
    }

    private static RelationModel? BindRelation(YamlNode node, List<DiagnosticInfo> d, List<AcknowledgementModel> acks)
    {
        var r = MappingReader.For(node, "a relation", d);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var type = r.Located("type", required: true);
        var subject = r.Reference("subject", required: true);
        var obj = r.Reference("object", required: true);
        var time = r.Time("time");
        var evidence = r.Evidence("evidence", required: true);
        BindAcknowledgements(r, id, acks, d);
        r.Finish();
        return id is null || type is null || subject is null || obj is null || evidence is null
            ? null
            : new RelationModel(id, node.Location, type.Value.Value, subject, obj, time, evidence.Value) { TypeLocation = type.Value.Location };
    }

    private static QuantityModel? BindQuantity(YamlNode node, List<DiagnosticInfo> d, List<AcknowledgementModel> acks)
    {
        var r = MappingReader.For(node, "a quantity", d);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var type = r.Enum("type", Vocabulary.QuantityTypes, "quantity type", required: true);
        var measure = r.String("measure", required: true);
        var isChange = type == "change";
        var amount = r.Decimal("amount", "amount", required: type is "money" or "count");
        var currency = r.String("currency", required: type == "money");
        var period = r.Time("period");
        var between = r.References("between");
        var of = r.Reference("of");
        var source = r.Reference("source");
        var approximate = r.Boolean("approximate");
        var from = r.Reference("from", required: isChange);
        var to = r.Reference("to", required: isChange);
        var percent = r.Decimal("percent", "percent", required: type is "change" or "percentage");
        var evidence = r.Evidence("evidence", required: true);
        BindAcknowledgements(r, id, acks, d);
        var fields = r.Fields(LocatedFields.Quantity);
        r.Finish();
        return id is null || type is null || measure is null || evidence is null
            ? null
            : new QuantityModel(id, node.Location, type, measure, amount, currency, period, between.ToEquatableArray(), of, source,
                approximate, from, to, percent, evidence.Value) { Fields = fields };
    }

    private static QuoteModel? BindQuote(YamlNode node, List<DiagnosticInfo> d, List<AcknowledgementModel> acks)
    {
        var r = MappingReader.For(node, "a quote", d);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var speaker = r.Reference("speaker", required: true);
        var said = r.Time("said");
        var text = r.Located("text", required: true);
        var work = r.Reference("work");
        var evidence = r.Evidence("evidence", required: false);
        BindAcknowledgements(r, id, acks, d);
        r.Finish();
        if (id is null || speaker is null || text is not { } t)
        {
            return null;
        }

        return new QuoteModel(id, node.Location, speaker, said, t.Value, t.Location, work,
            evidence ?? new EvidenceModel(t.Value, null, null, null, t.Location));
    }

    private static ClaimModel? BindClaim(YamlNode node, List<DiagnosticInfo> d, List<AcknowledgementModel> acks)
    {
        var r = MappingReader.For(node, "a claim", d);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var statement = r.String("statement", required: true);
        var about = r.Reference("about");
        var attributions = r.Values("attributions", n => BindAttribution(n, "stance", null, "stance", d), required: true);
        var evidence = r.Evidence("evidence", required: true);
        BindAcknowledgements(r, id, acks, d);
        r.Finish();
        return id is null || statement is null || evidence is null
            ? null
            : new ClaimModel(id, node.Location, statement, about, attributions.ToEquatableArray(), evidence.Value);
    }

    private static CorrectionModel? BindCorrection(YamlNode node, List<DiagnosticInfo> d, List<AcknowledgementModel> acks)
    {
        var r = MappingReader.For(node, "a correction", d);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var kind = r.String("kind", required: true);
        var entity = r.Reference("entity");
        var written = r.Located("written", required: true);
        var correct = r.String("correct", required: true);
        string? title = null, url = null;
        var sourceNode = r.Node("source");
        if (sourceNode is null)
        {
            d.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingField, node.Location, "a correction", "source"));
        }
        else if (MappingReader.For(sourceNode, "'source'", d) is { } s)
        {
            title = s.String("title", required: true);
            url = s.String("url", required: true);
            s.Finish();
        }

        var evidence = r.Evidence("evidence", required: true);
        BindAcknowledgements(r, id, acks, d);
        var fields = r.Fields(LocatedFields.Correction);
        r.Finish();
        return id is null || kind is null || written is not { } w || correct is null || title is null || url is null || evidence is null
            ? null
            : new CorrectionModel(id, node.Location, kind, entity, w.Value, w.Location, correct, title, url, evidence.Value) { Fields = fields };
    }
}
