using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// The provenance rule (docs/diagnostics.md, DSG11xx): every value is supported by the article or carries a source.
/// The article supports a fact's date when the fact's paragraph names its day and month (or it is the publication
/// date, the anchor of "this year" and "recent months"); it supports an office on the date of an article. Codes
/// (Wikidata ids, ISO codes) always come from outside, so they always need a source.
/// </summary>
internal static class Provenance
{
    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The paragraph of <paramref name="original"/> that holds the evidence: the text between blank lines around it.</summary>
    public static string Paragraph(string original, LinkedEvidence evidence)
    {
        var (start, end) = ParagraphBounds(original, evidence);
        return end > start ? original.Substring(start, end - start) : evidence.Text;
    }

    /// <summary>
    /// Where <see cref="Paragraph"/> starts and ends in <paramref name="original"/> (the paragraph is the evidence's own
    /// text when the end is not after the start): facts stated in one paragraph can share its string.
    /// </summary>
    public static (int Start, int End) ParagraphBounds(string original, LinkedEvidence evidence)
    {
        var start = original.LastIndexOf("\n\n", Math.Max(0, Math.Min(evidence.Start, original.Length - 1)), StringComparison.Ordinal);
        var end = original.IndexOf("\n\n", Math.Min(original.Length, evidence.Start + evidence.Length), StringComparison.Ordinal);
        return (start < 0 ? 0 : start + 2, end < 0 ? original.Length : end);
    }

    /// <summary>
    /// What of <paramref name="date"/> the paragraph does not give (<c>day 13</c>, <c>month January</c>), or null when
    /// the article supports it: the publication date itself, or a day and month the paragraph names (a day also as a
    /// weekday of the week before publication, "on Monday", or "yesterday"; a month also when it is the publication month
    /// or the one before: "this month", "last month").
    /// </summary>
    public static string? Unsupported(DateValue date, string paragraph, DateValue? published)
    {
        if (published is { } p && date == p)
        {
            return null;
        }

        if (date.Precision == Precision.Day && !NamesNumber(paragraph, date.Day) && !NamesRecentDay(paragraph, date, published))
        {
            return "day " + date.Day.ToString(CultureInfo.InvariantCulture);
        }

        if (date.Precision is Precision.Day or Precision.Month && !NamesMonth(paragraph, date.Part)
            && !(published is { } pub && date.Year * 12 + date.Part - (pub.Year * 12 + pub.Part) is 0 or -1))
        {
            return "month " + Months[date.Part - 1];
        }

        return null;
    }

    /// <summary>The date as precisely as the paragraph gives it, for the message: its month when named, else its year.</summary>
    public static string Supported(DateValue date, string paragraph, DateValue? published) =>
        date.Precision == Precision.Day && Unsupported(new DateValue(date.Year, Precision.Month, date.Part, 0), paragraph, published) is null
            ? new DateValue(date.Year, Precision.Month, date.Part, 0).ToString()
            : new DateValue(date.Year, Precision.Year, 0, 0).ToString();

    /// <summary>The codes of an entity, for the message: <c>wikidata Q159, iso2 RU</c>.</summary>
    public static string Codes(EntityModel e)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add(key + " " + value);
            }
        }

        Add("wikidata", e.Wikidata);
        Add("iso2", e.Iso2);
        Add("iso3", e.Iso3);
        Add("currency", e.Currency);
        return string.Join(", ", parts);
    }

    /// <summary>Checks the codes of a registry entity: any code needs a source.</summary>
    public static void CheckCodes(EntityModel e, DiagnosticBag diagnostics)
    {
        if (e.CodeSources.IsEmpty && (e.Wikidata ?? e.Iso2 ?? e.Iso3 ?? e.Currency) is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.ValueWithoutSource, e.CodesLocation, "the codes of '" + e.Id + "' (" + Codes(e) + ")", string.Empty);
        }
    }

    /// <summary>
    /// Checks a person's offices: one without a source is supported only when its time is exactly the publication date
    /// of an article of the corpus (the article names the office on its date).
    /// </summary>
    public static void CheckPositions(EntityModel e, HashSet<DateValue> publicationDates, DiagnosticBag diagnostics)
    {
        foreach (var p in e.Positions)
        {
            if (!p.Sources.IsEmpty || (p.Time is { } t && !t.Sources.IsEmpty))
            {
                continue;
            }

            if (p.Time?.Parsed is { IsInterval: false, Start: { Precision: Precision.Day } day } && publicationDates.Contains(day))
            {
                continue;
            }

            var what = "the position '" + p.Title + "'" + (p.Time is { } time ? " (" + time.Value + ")" : string.Empty) + " of '" + e.Id + "'";
            diagnostics.Add(DiagnosticDescriptors.ValueWithoutSource, p.Location, what, " (an office without a source needs a time that is the date of an article)");
        }
    }

    /// <summary>Checks a person's employers and ranks as <see cref="CheckPositions"/> checks offices.</summary>
    public static void CheckAffiliations(EntityModel e, HashSet<DateValue> publicationDates, DiagnosticBag diagnostics)
    {
        foreach (var a in e.Employers)
        {
            Check(a.Sources, a.Time, "the employer '" + a.Of.Id + "'" + (a.Role is null ? string.Empty : " (" + a.Role + ")"), a.Location);
        }

        foreach (var r in e.Ranks)
        {
            Check(r.Sources, r.Time, "the rank '" + r.Title + "'", r.Location);
        }

        void Check(EquatableArray<CitationModel> sources, TimeModel? time, string what, LocationInfo location)
        {
            if (!sources.IsEmpty || (time is { } t && !t.Sources.IsEmpty)
                || (time?.Parsed is { IsInterval: false, Start: { Precision: Precision.Day } day } && publicationDates.Contains(day)))
            {
                return;
            }

            diagnostics.Add(DiagnosticDescriptors.ValueWithoutSource, location, what + (time is null ? string.Empty : " (" + time.Value + ")") + " of '" + e.Id + "'",
                " (without a source it needs a time that is the date of an article)");
        }
    }

    /// <summary>An agreement's conclusion date comes from outside the registry: it always needs a source.</summary>
    public static void CheckAgreement(EntityModel e, DiagnosticBag diagnostics)
    {
        if (e.Agreement?.Concluded is { } t && t.Sources.IsEmpty)
        {
            diagnostics.Add(DiagnosticDescriptors.ValueWithoutSource, t.Location, "the conclusion date '" + t.Value + "' of '" + e.Id + "'",
                " (an event about the agreement carries the article's date; the registry's needs a source)");
        }
    }

    private static bool NamesNumber(string text, int n)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var at = text.IndexOf(digits, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + digits.Length < text.Length ? text[at + digits.Length] : ' ';
            if (!char.IsDigit(before) && !char.IsDigit(after) && before != '$')
            {
                return true;
            }

            at = text.IndexOf(digits, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// A day of the week before publication that the paragraph names as news reports do: "on Monday" (within the six
    /// days before the publication date) or "yesterday".
    /// </summary>
    private static bool NamesRecentDay(string text, DateValue date, DateValue? published)
    {
        if (published is not { Precision: Precision.Day } p)
        {
            return false;
        }

        var days = (p.First - date.First).Days;
        return (days is >= 1 and <= 6 && text.IndexOf(date.First.DayOfWeek.ToString(), StringComparison.Ordinal) >= 0)
            || (days == 1 && text.IndexOf("yesterday", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static bool NamesMonth(string text, int month) =>
        text.IndexOf(Months[month - 1], StringComparison.Ordinal) >= 0
        || text.IndexOf(Months[month - 1].Substring(0, 3) + ".", StringComparison.Ordinal) >= 0;
}
