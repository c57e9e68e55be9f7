using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Dataset.Card;

/// <summary>Writes the dataset card as Markdown. The output depends only on the data (deterministic, LF line ends).</summary>
internal static class CardWriter
{
    public static string Write(CorpusSnapshot corpus)
    {
        var s = new StringBuilder();
        void Line(string text = "") => s.Append(text).Append('\n');

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
        Line("Generated from the data when the package was built.");
        Line();
        Line("| | |");
        Line("| --- | --- |");
        Line("| Version (`Corpus.Version`) | " + corpus.Version + " |");
        Line("| Content hash, SHA-256 (`Corpus.ContentHash`) | `" + corpus.ContentHash + "` |");
        Line("| Articles | " + Count(corpus.Articles.Count) + " |");
        Line("| Entities | " + Count(corpus.Entities.Count) + " |");
        Line("| Facts (events, relations, figures, quotes, claims, corrections) | " + Count(FactCount(corpus.Facts)) + " |");
        Line("| Dates covered | " + DateRange(corpus) + " |");
        Line();

        Line("### Sources");
        Line();
        foreach (var a in corpus.Articles)
        {
            var authors = a.Authors.Count == 0 ? "unsigned" : string.Join(", ", a.Authors.Select(p => Text(p.Name)));
            var publisher = a.Publisher is null ? "unknown publisher" : Text(a.Publisher.Name);
            Line("- " + publisher + ", " + authors + ", \u201C" + Text(a.Headline) + "\u201D, " + a.Published
                + " (" + a.Kind.ToString().ToLowerInvariant() + ", " + Text(a.Language) + "): <" + Url(a.Url) + ">");
        }

        Line();
        Line("### Entities by kind");
        Line();
        Line("| kind | count |");
        Line("| --- | ---: |");
        foreach (var group in corpus.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            Line("| " + group.Key + " | " + Count(group.Count()) + " |");
        }

        var facts = corpus.Facts;
        Line();
        Line("### Facts by kind");
        Line();
        Line("| kind | count |");
        Line("| --- | ---: |");
        Line("| Events (`Corpus.Events`) | " + Count(facts.Events.Count) + " |");
        Line("| Relations (`Corpus.Relations`) | " + Count(facts.Relations.Count) + " |");
        Line("| Figures (`Corpus.Quantities`) | " + Count(facts.Quantities.Count) + " |");
        foreach (var kind in facts.Quantities.GroupBy(q => q.GetType().Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line("| \u2003" + kind.Key + " | " + Count(kind.Count()) + " |");
        }

        Line("| Quotes (`Corpus.Quotes`) | " + Count(facts.Quotes.Count) + " |");
        Line("| Claims (`Corpus.Claims`) | " + Count(facts.Claims.Count) + " |");
        Line("| Corrections (`Corpus.Corrections`) | " + Count(facts.Corrections.Count) + " |");
        Line("| Entity mentions (`Corpus.Mentions`) | " + Count(facts.Mentions.Count) + " |");

        Line();
        Line("### Attribution and use");
        Line();
        Line("Every fact is what the source article reports, attributed to whoever the article attributes it to; the");
        Line("authors' own judgements are recorded as the authors' claims, not as facts. Each fact carries its evidence:");
        Line("the short passage of the article that states it, with its position in the text. The package ships article");
        Line("metadata, the entities and these evidence snippets, **not the articles' full text**: read the articles at");
        Line("their links above, where their publishers' terms apply. Each article's text is pinned by its SHA-256");
        Line("(`Article.TextSha256`), so the evidence positions can be checked against the published text.");
        Line("The annotations are MIT-licensed; cite the articles above as the sources of the facts.");
        return s.ToString();
    }

    private static int FactCount(FactIndex facts) =>
        facts.Events.Count + facts.Relations.Count + facts.Quantities.Count + facts.Quotes.Count + facts.Claims.Count + facts.Corrections.Count;

    private static string DateRange(CorpusSnapshot corpus)
    {
        var f = corpus.Facts;
        var times = new List<TemporalValue>();
        times.AddRange(corpus.Articles.Select(a => TemporalValue.Point(a.Published)));
        times.AddRange(f.Events.Select(e => e.Time).Concat(f.Relations.Select(r => r.Time)).Concat(f.Quantities.Select(q => q.Period))
            .Concat(f.Quotes.Select(q => q.Said)).OfType<TemporalValue>());

        var starts = times.Select(t => t.Start).OfType<PartialDate>().ToList();
        var ends = times.Select(t => t.End).OfType<PartialDate>().ToList();
        if (starts.Count == 0 || ends.Count == 0)
        {
            return "none";
        }

        // By the days they span: a year starts before any month of it and ends after it.
        var first = starts.OrderBy(d => d.FirstDay).ThenBy(d => d.Precision).First();
        var last = ends.OrderByDescending(d => d.LastDay).ThenBy(d => d.Precision).First();
        return first + " to " + last + " (times of the facts and publication dates)";
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
