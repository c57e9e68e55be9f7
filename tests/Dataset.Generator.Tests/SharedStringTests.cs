using System.Reflection;
using Dataset.Synthetic;

namespace Dataset.Generator.Tests;

/// <summary>
/// The strings the decoder itself reads (a figure's measure, money's currency) are shared between the articles of a
/// pass over the corpus, as its times and participants are: one instance per distinct text, not one per article.
/// </summary>
public sealed class SharedStringTests
{
    [Fact]
    public void A_measure_or_currency_that_several_articles_name_is_one_instance()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(6, 60));
        var result = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text))).Run();

        GeneratorHarness.Load(result, assembly =>
        {
            var quantities = Facts<Quantity>(assembly, "Quantities");
            AssertShared(quantities.Select(q => (q.Article.Id, q.Measure)).ToList());
            AssertShared(quantities.OfType<MoneyFigure>().Select(m => (m.Article.Id, m.Amount.Currency!)).ToList());
        });
    }

    private static IReadOnlyList<T> Facts<T>(Assembly assembly, string list) =>
        (IReadOnlyList<T>)assembly.GetType("Fixture.Corpus")!.GetProperty(list)!.GetValue(null)!;

    // Some text appears in more than one article (else the test says nothing), and every equal text is one instance.
    private static void AssertShared(IReadOnlyList<(string Article, string Text)> values)
    {
        var groups = values.GroupBy(v => v.Text, StringComparer.Ordinal).ToList();
        Assert.Contains(groups, g => g.Select(v => v.Article).Distinct().Count() > 1);
        Assert.All(groups, g => Assert.All(g, v => Assert.Same(g.First().Text, v.Text)));
    }
}
