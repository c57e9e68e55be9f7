namespace Dataset.Tests;

/// <summary>
/// The five queries of the README's "Using the dataset" section, run for real: their output must be what the README
/// shows, so the README cannot drift from the data or the API.
/// </summary>
public class ReadmeExamplesTests
{
    public static IEnumerable<string> TradeIn2011() =>
        Corpus.Quantities.OfType<MoneyFigure>()
            .Where(f => f.Measure == "bilateral-trade" && f.Period!.Contains(PartialDate.OfYear(2011)))
            .OrderByDescending(f => f.Amount.Value)
            .Select(f => $"{string.Join("–", f.Between)}: {f.Amount}");

    public static IEnumerable<string> NotConfirmedByRussia() =>
        Corpus.Events
            .Where(e => e.FactualityFor(Countries.Russia) is Factuality.Unknown)
            .Select(e => $"{e.Time} {e.Type.ToCode()} at {e.Place}: {string.Join(", ", e.Factuality)}");

    public static IEnumerable<string> QuotesBySpeaker() =>
        Corpus.Quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key.Name)
            .Select(g => $"{g.Key} ({g.Count()}): {g.First().Said?.ToString() ?? "undated"}, \u201C{Shorten(g.First().Text)}\u201D");

    public static IEnumerable<string> EventsByYear() =>
        Corpus.Events
            .Where(e => e.Time is { Start: not null, Modifier: not (TemporalModifier.Before or TemporalModifier.After) })
            .GroupBy(e => e.Time!.Start!.Value.Year)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Type.ToCode()).Distinct())}");

    public static IEnumerable<string> MostNamedEntities() =>
        Corpus.Entities
            .Select(e => (Entity: e, Count: Corpus.About(e).MentionCount))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(x => $"{x.Entity.Kind} {x.Entity}: {x.Count}");

    public static TheoryData<string> Queries => new() { nameof(TradeIn2011), nameof(NotConfirmedByRussia), nameof(QuotesBySpeaker), nameof(EventsByYear), nameof(MostNamedEntities) };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_README_shows_what_each_query_prints(string query)
    {
        var lines = Run(query).ToList();
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md")).ReplaceLineEndings("\n");

        Assert.NotEmpty(lines);
        var block = "// " + string.Join("\n// ", lines) + "\n";
        Assert.True(readme.Contains(block, StringComparison.Ordinal), "README.md lacks the output of " + query + ":\n" + block);
    }

    [Fact]
    public void The_queries_give_the_articles_answers()
    {
        Assert.Equal("China–Russia: 100,000,000,000 USD", TradeIn2011().First());
        Assert.StartsWith("2013-07-08/2013-07-12 military.exercise at Caspian Sea", Assert.Single(NotConfirmedByRussia()), StringComparison.Ordinal);
        Assert.Contains(QuotesBySpeaker(), l => l.StartsWith("Andrei Areshev (2)", StringComparison.Ordinal));
        Assert.Contains(EventsByYear(), l => l.StartsWith("2009: military.exercise", StringComparison.Ordinal));
        Assert.Contains(MostNamedEntities().Take(2), l => l.StartsWith("Country Iran", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Run(string query) => query switch
    {
        nameof(TradeIn2011) => TradeIn2011(),
        nameof(NotConfirmedByRussia) => NotConfirmedByRussia(),
        nameof(QuotesBySpeaker) => QuotesBySpeaker(),
        nameof(EventsByYear) => EventsByYear(),
        _ => MostNamedEntities(),
    };

    private static string Shorten(string text) => text.Length <= 48 ? text : text[..45] + "...";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }
}
