using System.Text.RegularExpressions;

namespace Dataset.Tests;

/// <summary>
/// The six queries of the README's "Using the dataset" section, run for real: their output must be what the README
/// shows, so the README cannot drift from the data or the API.
/// </summary>
public class ReadmeExamplesTests
{
    public static IEnumerable<string> TradeIn2011() =>
        Corpus.Quantities.OfType<MoneyFigure>()
            .Where(f => f.Measure == "bilateral-trade" && f.Period?.IsWithin(2011) == true)
            .OrderByDescending(f => f.Amount.Value)
            .Select(f => $"{string.Join("–", f.Between)}: {f.Amount}");

    public static IEnumerable<string> NotConfirmedByRussia() =>
        Corpus.Events
            .Where(e => e.FactualityFor(Countries.Russia) is Factuality.Unknown)
            .Select(e => $"{e.Time} {e.Type.ToCode()} at {e.Place}: {string.Join(", ", e.Factuality)}");

    public static IEnumerable<string> QuotesBySpeaker()
    {
        static string Shorten(string text) => text.Length <= 48 ? text : text[..45] + "...";

        return Corpus.Quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key.Name)
            .Select(g => $"{g.Key} ({g.Count()}): {g.First().Said?.ToString() ?? "undated"}, “{Shorten(g.First().Text)}”");
    }

    public static IEnumerable<string> EventsByYear() =>
        Enumerable.Range(1991, 23)
            .Select(year => (Year: year, Types: Corpus.Events.Where(e => e.Time?.IsWithin(year) == true).Select(e => e.Type.ToCode()).Distinct().ToList()))
            .Where(x => x.Types.Count > 0)
            .Select(x => $"{x.Year}: {string.Join(", ", x.Types)}");

    public static IEnumerable<string> MostNamedEntities() =>
        Corpus.Entities
            .Select(e => (Entity: e, Count: Corpus.About(e).MentionCount))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(x => $"{x.Entity.Kind} {x.Entity}: {x.Count}");

    public static IEnumerable<string> MilitaryEventsByTerm() =>
        Corpus.Events
            .Where(e => e.Type.IsA(EventTypes.Military))
            .GroupBy(e => e.Type)
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Label} (CAMEO {g.Key.Cameo}): {g.Count()}");

    public static TheoryData<string> Queries => new() { nameof(TradeIn2011), nameof(NotConfirmedByRussia), nameof(QuotesBySpeaker), nameof(EventsByYear), nameof(MostNamedEntities), nameof(MilitaryEventsByTerm) };

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
    public void The_README_shows_the_code_that_runs()
    {
        var source = Normalize(File.ReadAllText(Path.Combine(RepoRoot(), "tests", "Dataset.Tests", "ReadmeExamplesTests.cs")));
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md")).ReplaceLineEndings("\n");
        var examples = Regex.Matches(readme, @"```csharp\n// \d\. .*?```", RegexOptions.Singleline);

        Assert.Equal(6, examples.Count);
        foreach (Match example in examples)
        {
            // The code lines: after the title comment, before the output comments.
            var code = example.Value.Split('\n').Skip(2).TakeWhile(l => !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("```", StringComparison.Ordinal));
            foreach (var line in code.Where(l => l.Trim().Length > 0))
            {
                Assert.True(source.Contains(Normalize(line), StringComparison.Ordinal), "This file does not run the README line: " + line);
            }
        }
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
        nameof(MilitaryEventsByTerm) => MilitaryEventsByTerm(),
        _ => MostNamedEntities(),
    };

    private static string Normalize(string code) => Regex.Replace(code, @"\s+", " ").Trim();

    /// <summary>The repository, found from the test's output folder (not from [CallerFilePath], which a CI build maps to <c>/_/</c>).</summary>
    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }
}
