using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;
using Dataset.Tool.Input;

namespace Dataset.Tool.Export;

/// <summary>Receives rows, table by table.</summary>
internal interface IRowSink
{
    /// <summary>One row of <paramref name="table"/>, its values in column order (null, string, int, bool, DateOnly or decimal).</summary>
    void Add(Table table, object?[] row);
}

/// <summary>Turns the core's emit models into the rows of <see cref="Schema"/>: the YAML codes, ids and typed dates.</summary>
internal static class Rows
{
    private static readonly IReadOnlyDictionary<string, string> Statuses = Codes(Vocabulary.EventStatuses);
    private static readonly IReadOnlyDictionary<string, string> FactualityValues = Codes(Vocabulary.FactualityValues);
    private static readonly IReadOnlyDictionary<string, string> ArticleKinds = Codes(Vocabulary.ArticleKinds);
    private static readonly IReadOnlyDictionary<string, string> AliasForms = Codes(Vocabulary.AliasForms);
    private static readonly IReadOnlyDictionary<string, string> AgreementTypes = Codes(Vocabulary.AgreementTypes);
    private static readonly IReadOnlyDictionary<string, string> AgreementStatuses = Codes(Vocabulary.AgreementStatuses);

    private static readonly string[] Precisions = { "year", "half", "quarter", "month", "day" };

    /// <summary>Every row of one article: the article, its authors, its facts, their children and evidence, its mentions.</summary>
    public static void Article(LinkedArticle a, TermCodes terms, IRowSink sink)
    {
        DateValue? published = a.Published;
        sink.Add(Schema.Articles, new object?[]
        {
            a.Id, a.Headline, published is { } pd ? DateOnly.FromDateTime(pd.First) : null, published is { } pp ? Precisions[(int)pp.Precision] : null,
            a.Url, Code(ArticleKinds, a.Kind), a.Language, a.Publisher?.Id, a.Sha256, a.TextLength,
        });
        for (var i = 0; i < a.Authors.Count; i++)
        {
            sink.Add(Schema.Authors, new object?[] { a.Id, i, a.Authors[i].Id });
        }

        var f = a.Facts;
        for (var n = 0; n < f.Events.Count; n++)
        {
            var e = f.Events[n];
            var id = Key(a, e.Id);
            sink.Add(Schema.Events, Cat(
                new object?[] { id, a.Id, e.Id, n, terms.Code(TermSet.EventType, e.Type), e.Summary, e.Place?.Id },
                Time(e.Time),
                new object?[] { Code(Statuses, e.Status), e.Agreement?.Id, e.Ace, e.Cameo }));
            for (var i = 0; i < e.Participants.Count; i++)
            {
                sink.Add(Schema.Participants, new object?[] { id, i, e.Participants[i].Entity.Id, terms.Code(TermSet.ParticipantRole, e.Participants[i].Role) });
            }

            for (var i = 0; i < e.Factuality.Count; i++)
            {
                sink.Add(Schema.Factuality, new object?[] { id, i, e.Factuality[i].Entity?.Id, Code(FactualityValues, e.Factuality[i].Value) });
            }

            AddEvidence(sink, id, "events", a, e.Evidence);
            AddSources(sink, "events", id, e.Time?.Sources);
        }

        for (var n = 0; n < f.Relations.Count; n++)
        {
            var r = f.Relations[n];
            var id = Key(a, r.Id);
            sink.Add(Schema.Relations, Cat(new object?[] { id, a.Id, r.Id, n, terms.Code(TermSet.RelationType, r.Type), r.Subject.Id, r.Object.Id }, Time(r.Time)));
            AddEvidence(sink, id, "relations", a, r.Evidence);
            AddSources(sink, "relations", id, r.Time?.Sources);
        }

        for (var n = 0; n < f.Quantities.Count; n++)
        {
            var q = f.Quantities[n];
            var id = Key(a, q.Id);
            var from = q.Type == "change" && q.From >= 0 && q.From < f.Quantities.Count ? Key(a, f.Quantities[q.From].Id) : null;
            var to = q.Type == "change" && q.To >= 0 && q.To < f.Quantities.Count ? Key(a, f.Quantities[q.To].Id) : null;
            sink.Add(Schema.Quantities, Cat(
                new object?[] { id, a.Id, q.Id, n, q.Type, q.Measure, q.Amount, q.Currency },
                Time(q.Period),
                new object?[] { q.Of?.Id, q.Source?.Id, q.Approximate, from, to, q.Percent }));
            for (var i = 0; i < q.Between.Count; i++)
            {
                sink.Add(Schema.QuantityEntities, new object?[] { id, i, q.Between[i].Id });
            }

            AddEvidence(sink, id, "quantities", a, q.Evidence);
            AddSources(sink, "quantities", id, q.Period?.Sources);
        }

        for (var n = 0; n < f.Quotes.Count; n++)
        {
            var q = f.Quotes[n];
            var id = Key(a, q.Id);
            sink.Add(Schema.Quotes, Cat(new object?[] { id, a.Id, q.Id, n, q.Speaker.Id }, Time(q.Said), new object?[] { q.Text, q.Work?.Id }));
            AddEvidence(sink, id, "quotes", a, q.Evidence);
            AddSources(sink, "quotes", id, q.Said?.Sources);
        }

        for (var n = 0; n < f.Claims.Count; n++)
        {
            var c = f.Claims[n];
            var id = Key(a, c.Id);
            var about = c.About >= 0 && c.About < f.Events.Count ? Key(a, f.Events[c.About].Id) : null;
            sink.Add(Schema.Claims, new object?[] { id, a.Id, c.Id, n, c.Statement, about });
            for (var i = 0; i < c.Attributions.Count; i++)
            {
                sink.Add(Schema.Attributions, new object?[] { id, i, c.Attributions[i].Entity?.Id, terms.Code(TermSet.Stance, c.Attributions[i].Value) });
            }

            AddEvidence(sink, id, "claims", a, c.Evidence);
        }

        for (var n = 0; n < f.Corrections.Count; n++)
        {
            var c = f.Corrections[n];
            var id = Key(a, c.Id);
            sink.Add(Schema.Corrections, new object?[] { id, a.Id, c.Id, n, terms.Code(TermSet.CorrectionKind, c.Kind), c.Entity?.Id, c.Written, c.Correct, c.SourceTitle, c.SourceUrl });
            AddEvidence(sink, id, "corrections", a, c.Evidence);
        }

        foreach (var m in f.Mentions.OrderBy(m => m.Entity.Id, StringComparer.Ordinal))
        {
            sink.Add(Schema.Mentions, new object?[] { a.Id, m.Entity.Id, m.Count, m.First.Text, m.First.Start, m.First.Length });
        }
    }

    /// <summary>Every row of the registry: entities (sorted by id), their aliases and positions.</summary>
    public static void Entities(IEnumerable<LinkedEntity> entities, IRowSink sink)
    {
        foreach (var e in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            sink.Add(Schema.Entities, new object?[] { e.Id, e.Kind, e.Name, e.Description, e.Iso2, e.Iso3, e.Currency, e.Wikidata, e.PartOf?.Id, e.Country?.Id, e.Class });
            for (var i = 0; i < e.Aliases.Count; i++)
            {
                sink.Add(Schema.Aliases, new object?[] { e.Id, i, e.Aliases[i].Text, Code(AliasForms, e.Aliases[i].Form) });
            }

            for (var i = 0; i < e.Positions.Count; i++)
            {
                var p = e.Positions[i];
                sink.Add(Schema.Positions, Cat(new object?[] { e.Id, i, p.Title, p.Of?.Id }, Time(p.Time)));
            }

            for (var i = 0; i < e.Employers.Count; i++)
            {
                var a = e.Employers[i];
                sink.Add(Schema.Employers, Cat(new object?[] { e.Id, i, a.Of.Id, a.Role }, Time(a.Time)));
            }

            for (var i = 0; i < e.Ranks.Count; i++)
            {
                var r = e.Ranks[i];
                sink.Add(Schema.Ranks, Cat(new object?[] { e.Id, i, r.Title, r.Service?.Id }, Time(r.Time)));
            }

            if (e.Agreement is { } terms)
            {
                sink.Add(Schema.Agreements, Cat(
                    new object?[] { e.Id, terms.Type is null ? null : Code(AgreementTypes, terms.Type), terms.Subject?.Id, terms.Status is null ? null : Code(AgreementStatuses, terms.Status) },
                    Time(terms.Concluded)));
                for (var i = 0; i < terms.Parties.Count; i++)
                {
                    sink.Add(Schema.AgreementParties, new object?[] { e.Id, i, terms.Parties[i].Id });
                }
            }

            AddSources(sink, "entities", e.Id, e.Sources);
        }
    }

    /// <summary>The ten columns of a time value (see <see cref="Schema"/>).</summary>
    public static object?[] Time(LinkedTime? time)
    {
        if (time is null)
        {
            return new object?[10];
        }

        var t = time.Parsed;
        var modifier = time.Modifier is null ? global::Dataset.TemporalModifier.None : Enum.Parse<global::Dataset.TemporalModifier>(Vocabulary.EnumMember(time.Modifier));
        var value = global::Dataset.TemporalValue.Parse(time.Value, modifier);

        return new object?[]
        {
            time.Value,
            t.Start is { } s ? DateOnly.FromDateTime(s.First) : null,
            t.Start is { } s2 ? Precisions[(int)s2.Precision] : null,
            t.End is { } e ? DateOnly.FromDateTime(e.Last) : null,
            t.End is { } e2 ? Precisions[(int)e2.Precision] : null,
            time.Modifier,
            Day(value.EarliestStart),
            Day(value.LatestStart),
            Day(value.EarliestEnd),
            Day(value.LatestEnd),
        };
    }

    private static DateOnly? Day(DateTime? day) => day is { } d ? DateOnly.FromDateTime(d) : null;

    private static void AddEvidence(IRowSink sink, string factId, string table, LinkedArticle a, LinkedEvidence evidence) =>
        sink.Add(Schema.Evidence, new object?[] { factId, table, a.Id, evidence.Text, evidence.Start, evidence.Length });

    private static void AddSources(IRowSink sink, string table, string id, EquatableArray<LinkedCitation>? sources)
    {
        if (sources is not { } list)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            var accessed = s.Accessed is { } day && DateValue.Parse(day, out _) is { } read ? DateOnly.FromDateTime(read.First) : (DateOnly?)null;
            sink.Add(Schema.Sources, new object?[] { table, id, i, s.About, s.Title, s.Url, accessed });
        }
    }

    private static string Key(LinkedArticle a, string factId) => a.Id + "/" + factId;

    private static object?[] Cat(params object?[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>The YAML code of a C# enum member name the core emits (<c>MilitaryExercise</c> → <c>military.exercise</c>).</summary>
    private static string Code(IReadOnlyDictionary<string, string> codes, string member) => codes.TryGetValue(member, out var code) ? code : member;

    private static IReadOnlyDictionary<string, string> Codes(IEnumerable<string> vocabulary)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in vocabulary)
        {
            map[Vocabulary.EnumMember(code)] = code;
            map[code] = code;
        }

        return map;
    }
}
