using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Tool.Card;

/// <summary>
/// The dataset card as Markdown (the Dataset package's README): the figures, the two pictures, the sources, counts by
/// kind, and the terms of use. Depends only on the data (deterministic, LF line ends).
/// </summary>
internal static class CardWriter
{
    /// <summary>The timeline's file name, beside the card.</summary>
    public const string Timeline = "timeline.svg";

    /// <summary>The entity graph's file name, beside the card.</summary>
    public const string Graph = "entity-graph.svg";

    /// <summary>Writes the Markdown.</summary>
    public static string Write(CardModel corpus)
    {
        var s = new StringBuilder();
        void Line(string text = "") => s.Append(text).Append('\n');

        var facts = corpus.Articles.Select(a => a.Facts).ToList();
        int Sum(Func<LinkedFacts, int> count) => facts.Sum(count);
        var factCount = Sum(f => f.Events.Count + f.Relations.Count + f.Quantities.Count + f.Quotes.Count + f.Claims.Count + f.Corrections.Count);

        Line("# " + corpus.Title);
        Line();
        Line("Facts from curated news articles as typed C# data: the events, relations, figures, quotes and claims each article");
        Line("reports, each with the passage that states it, and every person, country, organisation, place and weapon system it");
        Line("names as a static property with XML docs.");
        Line();
        Line("```csharp");
        Line("using Dataset;");
        Line();
        Line("Console.WriteLine(Countries.Iran.Iso3);                  // IRN");
        Line("Console.WriteLine(Entities.Find(\"Teheran\")?.Name);       // Tehran: lookups never throw");
        Line("foreach (var e in Corpus.About(Countries.Iran).Events) Console.WriteLine(e);  // one line per event");
        Line("```");
        Line();
        Line("## Dataset card");
        Line();
        Line("Generated from the data when the package was built (`dataset card`).");
        Line();
        Line("| | |");
        Line("| --- | --- |");
        Line("| Version (`Corpus.Version`) | " + corpus.Version + " |");
        Line("| Content hash, SHA-256 (`Corpus.ContentHash`) | `" + corpus.ContentHash + "` |");
        Line("| Articles | " + Count(corpus.Articles.Count) + " |");
        Line("| Entities | " + Count(corpus.Entities.Count) + " |");
        Line("| Facts (events, relations, figures, quotes, claims, corrections) | " + Count(factCount) + " |");
        Line("| Dates covered | " + DateRange(corpus) + " |");
        Line();
        Line("![Timeline: every event as a bar as wide as its date's precision, shaded by the author's factuality](" + Timeline + ")");
        Line();
        Line("*The events in time.* A bar spans what the date says: a year-precise event spans its year, a day-precise one");
        Line("its day; a faded end is open (`2011/..`); a diamond marks a qualified date (before, after, approx, start, mid,");
        Line("end); the shade is how certain the author presents the event (solid: certain, outlined: the author does not vouch");
        Line("for it, red: denied).");
        Line();
        Line("![Entity graph: entities joined by shared events and relations](" + Graph + ")");
        Line();
        Line("*Who appears with whom.* A node per entity, its area by how often the articles name it, its colour by kind;");
        Line("grey lines join entities that take part in the same events (wider: more of them); coloured arcs are relations.");
        Line();

        Line("### Sources");
        Line();
        foreach (var a in corpus.Articles)
        {
            var authors = a.AuthorNames.Count == 0 ? "unsigned" : string.Join(", ", a.AuthorNames.Select(Text));
            var publisher = a.Publisher is null ? "unknown publisher" : Text(corpus.Name(a.Publisher));
            Line("- " + publisher + ", " + authors + ", \u201C" + Text(a.Headline) + "\u201D, " + a.Published
                + " (" + a.Kind.ToLowerInvariant() + ", " + Text(a.Language) + "): <" + Url(a.Url) + ">");
        }

        Line();
        Line("### Entities by kind");
        Line();
        Line("| kind | count |");
        Line("| --- | ---: |");
        foreach (var group in corpus.Entities.Values.GroupBy(e => Vocabulary.EnumMember(e.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line("| " + group.Key + " | " + Count(group.Count()) + " |");
        }

        Line();
        Line("### Facts by kind");
        Line();
        Line("| kind | count |");
        Line("| --- | ---: |");
        Line("| Events (`Corpus.Events`) | " + Count(Sum(f => f.Events.Count)) + " |");
        Line("| Relations (`Corpus.Relations`) | " + Count(Sum(f => f.Relations.Count)) + " |");
        Line("| Figures (`Corpus.Quantities`) | " + Count(Sum(f => f.Quantities.Count)) + " |");
        foreach (var kind in facts.SelectMany(f => f.Quantities).GroupBy(q => QuantityType(q.Type)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line("| \u2003" + kind.Key + " | " + Count(kind.Count()) + " |");
        }

        Line("| Quotes (`Corpus.Quotes`) | " + Count(Sum(f => f.Quotes.Count)) + " |");
        Line("| Claims (`Corpus.Claims`) | " + Count(Sum(f => f.Claims.Count)) + " |");
        Line("| Corrections (`Corpus.Corrections`) | " + Count(Sum(f => f.Corrections.Count)) + " |");
        Line("| Entity mentions (`Corpus.Mentions`) | " + Count(Sum(f => f.Mentions.Count)) + " |");

        Line();
        Line("### Attribution and use");
        Line();
        Line("Every fact is what the source article reports, attributed to whoever the article attributes it to; the");
        Line("authors' own judgements are recorded as the authors' claims, not as facts. Each fact carries its evidence:");
        Line("the short passage of the article that states it, with its position in the text. The package ships article");
        Line("metadata, the entities and these evidence snippets, **not the articles' full text**: read the articles at");
        Line("their links above, where their publishers' terms apply. Each article's text is pinned by its SHA-256");
        Line("(`Article.TextSha256`), so the evidence positions can be checked against the published text.");
        Line();
        foreach (var holder in corpus.Articles.Select(a => a.Publisher is null ? "its publisher" : Text(corpus.Name(a.Publisher))).Distinct(StringComparer.Ordinal))
        {
            var headlines = corpus.Articles.Where(a => (a.Publisher is null ? "its publisher" : Text(corpus.Name(a.Publisher))) == holder)
                .Select(a => "\u201C" + Text(a.Headline) + "\u201D");
            Line("- Copyright in the text of " + string.Join(", ", headlines) + ": " + holder + ".");
        }

        Line();
        Line("The evidence passages are short quotations, each with its source named, shipped for the purpose of analysis and");
        Line("citation of the articles (the quotation exception of copyright law: Berne Convention, Article 10(1); fair use or");
        Line("fair dealing where that applies). The annotations themselves (entities, facts, their links and attributions) are");
        Line("licensed under the MIT licence; cite the articles above as the sources of the facts.");
        return s.ToString();
    }

    /// <summary>The runtime type a quantity becomes (<c>money</c> → <c>MoneyFigure</c>).</summary>
    private static string QuantityType(string type) => type switch
    {
        "money" => "MoneyFigure",
        "count" => "CountFigure",
        "percentage" => "PercentageFigure",
        "change" => "Change",
        _ => type,
    };

    private static string DateRange(CardModel corpus)
    {
        var times = new List<TimeValue>();
        foreach (var a in corpus.Articles)
        {
            times.Add(new TimeValue(a.Published, a.Published, false));

            var f = a.Facts;
            foreach (var t in f.Events.Select(e => e.Time).Concat(f.Relations.Select(r => r.Time)).Concat(f.Quantities.Select(q => q.Period)).Concat(f.Quotes.Select(q => q.Said)))
            {
                if (CardModel.Parse(t) is { } value)
                {
                    times.Add(value);
                }
            }
        }

        var starts = times.Select(t => t.Start).OfType<DateValue>().ToList();
        var ends = times.Select(t => t.End).OfType<DateValue>().ToList();
        if (starts.Count == 0 || ends.Count == 0)
        {
            return "none";
        }

        // By the days they span: a year starts before any month of it and ends after it.
        var first = starts.OrderBy(d => d.First).ThenBy(d => d.Precision).First();
        var last = ends.OrderByDescending(d => d.Last).ThenBy(d => d.Precision).First();
        return CardModel.Text(first) + " to " + CardModel.Text(last) + " (times of the facts and publication dates)";
    }

    private static string Url(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    // Markdown table and list cells: no line breaks, pipes or angle brackets from the data.
    private static string Text(string value) =>
        value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
