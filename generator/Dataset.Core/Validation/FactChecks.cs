using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// Fact-level checks of one article (docs/diagnostics.md, bands DSG04xx–DSG07xx): dates against the publication date,
/// quantities (applicable fields, ISO 4217 currencies, the arithmetic of changes), sources and factuality, corrections.
/// Works on the bound model alone, after the fact linker has resolved references; never throws for bad data. Warnings
/// a curator has acknowledged on the fact (<c>acknowledge: [{ id, reason }]</c>) are not reported; acknowledgements
/// that match nothing are.
/// </summary>
internal static class FactChecks
{
    private const string Author = "author";

    /// <summary>Runs every fact check of <paramref name="article"/>.</summary>
    /// <param name="article">The bound article.</param>
    /// <param name="published">The article's publication date, or null when it is invalid (date checks are then skipped).</param>
    /// <param name="paragraphs">The paragraph of each linked fact's evidence, by fact id (the support of its dates).</param>
    /// <param name="report">Receives each diagnostic.</param>
    public static void Check(ArticleFileModel article, DateValue? published, IReadOnlyDictionary<string, string> paragraphs, Action<DiagnosticInfo> report)
    {
        var sink = new Sink(article.Acknowledgements, report);
        var quantities = new Dictionary<string, QuantityModel>(StringComparer.Ordinal);
        foreach (var q in article.Quantities)
        {
            if (!quantities.ContainsKey(q.Id))
            {
                quantities.Add(q.Id, q);
            }
        }

        foreach (var e in article.Events)
        {
            CheckEvent(e, published, sink);
            CheckSupport(e.Id, e.Time, paragraphs, published, sink);
        }

        foreach (var r in article.Relations)
        {
            CheckSupport(r.Id, r.Time, paragraphs, published, sink);
        }

        foreach (var q in article.Quantities)
        {
            CheckQuantity(q, quantities, sink);
            CheckSupport(q.Id, q.Period, paragraphs, published, sink);
        }

        foreach (var q in article.Quotes)
        {
            CheckQuote(q, published, sink);
            CheckSupport(q.Id, q.Said, paragraphs, published, sink);
        }

        foreach (var c in article.Claims)
        {
            CheckSources(c.Attributions, sink);
        }

        foreach (var c in article.Corrections)
        {
            CheckCorrection(c, sink);
        }

        var factIds = new HashSet<string>(StringComparer.Ordinal);
        factIds.UnionWith(article.Events.Select(f => f.Id));
        factIds.UnionWith(article.Relations.Select(f => f.Id));
        factIds.UnionWith(article.Quantities.Select(f => f.Id));
        factIds.UnionWith(article.Quotes.Select(f => f.Id));
        factIds.UnionWith(article.Claims.Select(f => f.Id));
        factIds.UnionWith(article.Corrections.Select(f => f.Id));
        sink.FinishAcknowledgements(factIds);
    }

    /// <summary>Whether a curator may acknowledge the diagnostic <paramref name="id"/> on a fact.</summary>
    public static bool IsAcknowledgeable(string id) =>
        DiagnosticDescriptors.ById.TryGetValue(id, out var d)
        && d.DefaultSeverity == DiagnosticSeverity.Warning
        && id != DiagnosticDescriptors.UnusedAcknowledgement.Id;

    private static void CheckEvent(EventModel e, DateValue? published, Sink sink)
    {
        CheckSources(e.Factuality, sink);

        if (published is { } p && e.Time is { Parsed: { } time } t && t.Modifier != "before" && e.Status is "occurred" or "ongoing")
        {
            // Occurred: it has ended, so its end (or its start, when open-ended) cannot lie after the article.
            // Ongoing: it has begun, so its start cannot. Only dates certainly after the article count: "2013-08" is
            // fine in an article of 2013-08-08.
            var endOrStart = e.Status == "occurred" ? time.End ?? time.Start : time.Start;
            var which = e.Status == "occurred" && time.End is not null ? "ends" : "starts";
            if (endOrStart is { } d && d.First > p.Last)
            {
                sink.Error(DiagnosticDescriptors.OccurredAfterPublication, t.Location,
                    e.Id, e.Status, t.Value, which + " no earlier than " + Day(d.First), Day(p.Last));
            }
        }

        if (e.Status == "occurred")
        {
            var author = e.Factuality.Where(f => f.Source.Id == Author).ToList();
            if (author.Count == 1 && author[0].Value is "certain-not" or "probable-not")
            {
                sink.Warn(e.Id, DiagnosticDescriptors.OccurredButAuthorDenies, author[0].Location, e.Id, author[0].Value);
            }
        }
    }

    /// <summary>DSG1102: a date of the fact that its paragraph does not give, unless the time has a source.</summary>
    private static void CheckSupport(string factId, TimeModel? time, IReadOnlyDictionary<string, string> paragraphs, DateValue? published, Sink sink)
    {
        if (time is not { Parsed: { } parsed } || !time.Sources.IsEmpty || !paragraphs.TryGetValue(factId, out var paragraph))
        {
            return;
        }

        foreach (var date in new[] { parsed.Start, parsed.End })
        {
            if (date is { } d && Provenance.Unsupported(d, paragraph, published) is { } missing)
            {
                sink.Warn(factId, DiagnosticDescriptors.MorePreciseThanArticle, time.Location, d.ToString(), missing, Provenance.Supported(d, paragraph, published));
                return;
            }
        }
    }

    private static void CheckQuote(QuoteModel q, DateValue? published, Sink sink)
    {
        if (published is { } p && q.Said is { Parsed.Start: { } start } said && said.Modifier != "before" && start.First > p.Last)
        {
            sink.Error(DiagnosticDescriptors.SaidAfterPublication, said.Location, q.Id, said.Value, Day(start.First), Day(p.Last));
        }
    }

    private static void CheckSources(EquatableArray<AttributionModel> attributions, Sink sink)
    {
        var seen = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var a in attributions)
        {
            if (seen.TryGetValue(a.Source.Id, out var first))
            {
                sink.Duplicate(DiagnosticDescriptors.DuplicateSource, a.Source.Location, first, a.Source.Id);
            }
            else
            {
                seen.Add(a.Source.Id, a.Source.Location);
            }
        }
    }

    private static void CheckQuantity(QuantityModel q, Dictionary<string, QuantityModel> quantities, Sink sink)
    {
        var f = q.Fields;
        if (q.Type != "money" && f.Has("currency"))
        {
            sink.Error(DiagnosticDescriptors.FieldNotForQuantityType, f.At("currency", q.Location), q.Type, "currency", "only money has a currency");
        }

        if (q.Type is "money" or "count" && f.Has("percent"))
        {
            sink.Error(DiagnosticDescriptors.FieldNotForQuantityType, f.At("percent", q.Location), q.Type, "percent", "money and counts give their figure in 'amount'");
        }

        if (q.Type is "change" or "percentage" && f.Has("amount"))
        {
            sink.Error(DiagnosticDescriptors.FieldNotForQuantityType, f.At("amount", q.Location), q.Type, "amount", "changes and percentages give their figure in 'percent'");
        }

        if (q.Type != "change")
        {
            foreach (var key in new[] { "from", "to" })
            {
                if (f.Has(key))
                {
                    sink.Error(DiagnosticDescriptors.FieldNotForQuantityType, f.At(key, q.Location), q.Type, key, "only a change links two figures");
                }
            }
        }

        if (q.Type == "money" && q.Currency is { } currency && !Iso4217.IsActive(currency))
        {
            var upper = currency.ToUpperInvariant();
            var hint = Iso4217.IsActive(upper)
                ? " (did you mean '" + upper + "'?)"
                : Iso4217.IsWellFormed(currency)
                    ? "; use an assigned code such as USD, EUR or RUB"
                    : "; a currency code is three capital letters such as USD";
            sink.Error(DiagnosticDescriptors.UnknownCurrency, f.At("currency", q.Location), currency, hint);
        }

        if (q.Type == "money" && q.Period is null)
        {
            sink.Warn(q.Id, DiagnosticDescriptors.MoneyWithoutPeriod, q.Location, q.Id);
        }

        if (q.Type is "money" or "count" && q.Amount is { } amount && amount <= 0)
        {
            sink.Error(DiagnosticDescriptors.ImpossibleFigure, f.At("amount", q.Location), "amount", Number(amount), q.Id,
                "an amount is more than 0 (write a fall as a change between two figures)");
        }

        if (q.Type == "change" && q.Percent is { } percent && percent < -100)
        {
            sink.Error(DiagnosticDescriptors.ImpossibleFigure, f.At("percent", q.Location), "percent", Number(percent), q.Id,
                "nothing falls by more than 100 %");
        }

        if (q.Type == "change")
        {
            CheckChange(q, quantities, sink);
        }
    }

    private static void CheckChange(QuantityModel change, Dictionary<string, QuantityModel> quantities, Sink sink)
    {
        if (change.From is not { } fromRef || change.To is not { } toRef
            || !quantities.TryGetValue(fromRef.Id, out var from) || !quantities.TryGetValue(toRef.Id, out var to))
        {
            return; // a missing or unknown reference is reported by the fact linker
        }

        var problems = new List<string>();
        if (from.Id == to.Id)
        {
            problems.Add("'from' and 'to' are the same figure");
        }

        if (from.Type == "change" || to.Type == "change")
        {
            return; // the fact linker reports a change linking a change (DSG0204)
        }

        if (from.Type != to.Type)
        {
            problems.Add("'" + from.Id + "' is " + from.Type + " and '" + to.Id + "' is " + to.Type);
        }

        if (from.Measure != to.Measure)
        {
            problems.Add("'" + from.Id + "' measures " + from.Measure + " and '" + to.Id + "' measures " + to.Measure);
        }

        if (from.Type == "money" && to.Type == "money" && from.Currency != to.Currency)
        {
            problems.Add("'" + from.Id + "' is in " + (from.Currency ?? "no currency") + " and '" + to.Id + "' in " + (to.Currency ?? "no currency"));
        }

        if (problems.Count > 0)
        {
            sink.Error(DiagnosticDescriptors.ChangeMismatch, toRef.Location, change.Id, from.Id, to.Id, string.Join("; ", problems));
            return;
        }

        if (change.Measure != from.Measure)
        {
            sink.Error(DiagnosticDescriptors.ChangeMismatch, change.Fields.At("measure", change.Location), change.Id, from.Id, to.Id,
                "the change measures " + change.Measure + " and its figures measure " + from.Measure);
        }

        if (from.Period is { Parsed: { } fromTime } fromPeriod && to.Period is { Parsed: { } toTime } toPeriod
            && (fromTime.Start ?? fromTime.End) is { } fromStart && (toTime.End ?? toTime.Start) is { } toEnd
            && toEnd.Last < fromStart.First)
        {
            sink.Error(DiagnosticDescriptors.ChangeBackwards, toRef.Location, change.Id, from.Id, fromPeriod.Value, to.Id, toPeriod.Value);
        }

        if (from.Type is "money" or "count" && from.Amount is { } a && to.Amount is { } b && a > 0 && change.Percent is { } stated)
        {
            // In double: a decimal quotient of extreme amounts could overflow. One percentage point covers the article's rounding.
            var actual = (((double)b / (double)a) - 1) * 100;
            if (Math.Abs(actual - (double)stated) > 1.0)
            {
                sink.Warn(change.Id, DiagnosticDescriptors.ChangeArithmetic, change.Fields.At("percent", change.Location), change.Id,
                    Number(a) + " \u2192 " + Number(b) + " is " + Percent(Math.Round(actual, 1)) + ", not " + Percent((double)stated));
            }
        }
    }

    private static void CheckCorrection(CorrectionModel c, Sink sink)
    {
        var written = EvidenceText.Normalize(c.Written);
        if (EvidenceText.Normalize(c.Correct) == written)
        {
            sink.Warn(c.Id, DiagnosticDescriptors.CorrectionUnchanged, c.Fields.At("correct", c.Location), c.Id, Shorten(c.Written));
        }

        if (written.Length > 0 && EvidenceText.Normalize(c.Evidence.Text).IndexOf(written, StringComparison.Ordinal) < 0)
        {
            sink.Warn(c.Id, DiagnosticDescriptors.CorrectionOutsideEvidence, c.WrittenLocation, c.Id, Shorten(c.Written));
        }
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>3,000,000,000</c>; fractions as written.</summary>
    private static string Number(decimal value) =>
        (value < 0 ? "\u2212" : string.Empty) + Math.Abs(value).ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary><c>−33.3 %</c>, <c>+25 %</c>, with a real minus sign.</summary>
    private static string Percent(double value)
    {
        var text = Math.Abs(value).ToString("0.#", CultureInfo.InvariantCulture);
        return (value < 0 && text != "0" ? "\u2212" : value > 0 && text != "0" ? "+" : string.Empty) + text + " %";
    }

    private static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 77) + "..." : text;

    /// <summary>Reports errors, and warnings unless the fact acknowledges them; then reports acknowledgements that matched nothing.</summary>
    private sealed class Sink
    {
        private readonly EquatableArray<AcknowledgementModel> _acknowledgements;
        private readonly Action<DiagnosticInfo> _report;
        private readonly HashSet<AcknowledgementModel> _used = new();

        public Sink(EquatableArray<AcknowledgementModel> acknowledgements, Action<DiagnosticInfo> report)
        {
            _acknowledgements = acknowledgements;
            _report = report;
        }

        public void Error(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) => _report(DiagnosticInfo.Create(descriptor, location, args));

        public void Duplicate(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo first, params string[] args) =>
            _report(DiagnosticInfo.Create(descriptor, location, first, args));

        public void Warn(string factId, DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
        {
            var acknowledged = false;
            foreach (var ack in _acknowledgements)
            {
                if (ack.FactId == factId && ack.DiagnosticId == descriptor.Id)
                {
                    _used.Add(ack);
                    acknowledged = true;
                }
            }

            if (!acknowledged)
            {
                _report(DiagnosticInfo.Create(descriptor, location, args));
            }
        }

        public void FinishAcknowledgements(HashSet<string> factIds)
        {
            foreach (var ack in _acknowledgements)
            {
                if (!DiagnosticDescriptors.ById.TryGetValue(ack.DiagnosticId, out var descriptor))
                {
                    var suggestion = Suggest.Nearest(ack.DiagnosticId, DiagnosticDescriptors.ById.Keys.Where(IsAcknowledgeable));
                    _report(DiagnosticInfo.Create(DiagnosticDescriptors.AcknowledgementNotAllowed, ack.IdLocation,
                        ack.DiagnosticId, "no diagnostic has this id" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)")));
                }
                else if (!IsAcknowledgeable(ack.DiagnosticId))
                {
                    _report(DiagnosticInfo.Create(DiagnosticDescriptors.AcknowledgementNotAllowed, ack.IdLocation,
                        ack.DiagnosticId, descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "it is an error" : "it is not a fact-level warning"));
                }
                else if (factIds.Contains(ack.FactId) && !_used.Contains(ack))
                {
                    _report(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedAcknowledgement, ack.Location, ack.DiagnosticId));
                }
            }
        }
    }
}
