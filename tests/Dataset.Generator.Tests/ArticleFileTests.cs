using System.Collections.Immutable;
using System.Runtime.Loader;
using Dataset.Core.Common;
using Dataset.Generator.Emit;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>
/// How the articles' code is spread over files (<see cref="ArticleFileLayout"/>): a file per article in a small corpus,
/// groups chosen by a hash of the id in a large one, so that the driver does not scan thousands of hint names per run
/// and an edit still changes one file.
/// </summary>
public class ArticleFileTests
{
    /// <summary>A layout that groups from five articles on, three or fewer to a file on average.</summary>
    private static readonly ArticleFileLayout Small = new(OneFileEachUpTo: 4, ArticlesPerFile: 3);

    [Fact]
    public void The_hash_is_32_bit_FNV_1a()
    {
        // The published test vectors of FNV-1a (32 bits) for "" and "a"; an id's characters are ASCII.
        Assert.Equal(0x811C9DC5u, ArticleFileLayout.Hash(string.Empty));
        Assert.Equal(0xE40C292Cu, ArticleFileLayout.Hash("a"));
        Assert.Equal(0xBF9CF968u, ArticleFileLayout.Hash("foobar"));
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(30, 16)]
    [InlineData(48, 16)]
    [InlineData(49, 32)]
    public void Shared_files_are_the_least_power_of_two_that_holds_the_articles(int articles, int files) =>
        Assert.Equal(files, Small.FileCount(articles));

    [Fact]
    public void Up_to_the_limit_each_article_has_its_own_file_named_by_its_id()
    {
        var units = Units("b-2", "a-1", "c-3", "d-4");

        var files = Small.Group(units);

        Assert.Equal(new[] { "Articles/b-2.g.cs", "Articles/a-1.g.cs", "Articles/c-3.g.cs", "Articles/d-4.g.cs" }, files.Select(f => f.HintName));
        Assert.All(files, f => Assert.Single(f.Articles));
    }

    [Fact]
    public void Above_the_limit_every_article_is_in_exactly_one_shared_file_in_id_order()
    {
        var ids = Enumerable.Range(0, 30).Select(i => "article-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var files = Small.Group(Units(ids));

        Assert.Equal(ids.Order(StringComparer.Ordinal), files.SelectMany(f => f.Articles).Select(a => a.Article.Id).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Matches(@"^Articles/Part00(0\d|1[0-5])\.g\.cs$", f.HintName));
        Assert.Equal(files.Count, files.Select(f => f.HintName).Distinct().Count());
        Assert.All(files, f => Assert.Equal(f.Articles.Select(a => a.Article.Id).Order(StringComparer.Ordinal), f.Articles.Select(a => a.Article.Id)));
        Assert.All(files, f => Assert.All(f.Articles, a => Assert.Equal("Articles/Part" + (ArticleFileLayout.Hash(a.Article.Id) % 16).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs", f.HintName)));
        Assert.True(files.Count > 8, "30 ids should spread over most of 16 files, not " + files.Count);
    }

    [Fact]
    public void In_shared_files_the_corpus_compiles_and_an_edit_changes_its_own_file_and_the_content_hash()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(30, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)), articleFiles: Small);
        var first = harness.Run();
        Assert.True(first.Diagnostics.IsEmpty, GeneratorHarness.Describe(first.Diagnostics));
        var articleFiles = first.GeneratedSources.Where(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal)).ToList();
        Assert.All(articleFiles, s => Assert.StartsWith("Articles/Part", s.HintName, StringComparison.Ordinal));
        Assert.InRange(articleFiles.Count, 9, 16);

        GeneratorHarness.Load(first, assembly =>
        {
            var articles = (IReadOnlyList<Dataset.Article>)assembly.GetType("Fixture.Articles")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(corpus.ArticleIds, articles.Select(a => a.Id));
            var properties = assembly.GetType("Fixture.Articles")!.GetProperties().Where(p => p.PropertyType == typeof(Dataset.Article)).ToList();
            Assert.Equal(30, properties.Count);
            Assert.All(properties, p => Assert.Contains(articles, a => ReferenceEquals(a, p.GetValue(null))));
        });

        var edited = corpus.EditedArticleYaml(17, edit: 1);
        harness.Replace(edited.Path, edited.Text);
        var second = harness.Run();

        Assert.True(second.Diagnostics.IsEmpty, GeneratorHarness.Describe(second.Diagnostics));
        var expected = "Articles/Part" + (ArticleFileLayout.Hash(corpus.ArticleIds[17]) % 16).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        var before = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = second.GeneratedSources.Where(s => before[s.HintName] != s.SourceText.ToString()).Select(s => s.HintName).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { expected, "CorpusContentHash.g.cs" }, changed);
        var units = second.TrackedSteps[DatasetGenerator.Steps.ArticleFiles].SelectMany(s => s.Outputs).ToList();
        var modified = Assert.Single(units, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(expected, ((ArticleFileUnit)modified.Value).HintName);
        var rerun = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(2, rerun);
    }

    private static ImmutableArray<ArticleUnit> Units(params string[] ids) =>
        ids.Select(id => new ArticleUnit("Fixture", Article(id))).ToImmutableArray();

    /// <summary>An article with an id and nothing else: grouping reads only the id.</summary>
    private static Dataset.Core.Model.LinkedArticle Article(string id) => new(
        id, id.Replace("-", string.Empty, StringComparison.Ordinal), "Headline", EquatableArray<Dataset.Core.Model.EntityRef>.Empty, EquatableArray<string>.Empty, null,
        default, "https://example.org/" + id, "news", "en", string.Empty, 0,
        new Dataset.Core.Model.LinkedFacts(
            EquatableArray<Dataset.Core.Model.LinkedEvent>.Empty, EquatableArray<Dataset.Core.Model.LinkedRelation>.Empty,
            EquatableArray<Dataset.Core.Model.LinkedQuantity>.Empty, EquatableArray<Dataset.Core.Model.LinkedQuote>.Empty,
            EquatableArray<Dataset.Core.Model.LinkedClaim>.Empty, EquatableArray<Dataset.Core.Model.LinkedCorrection>.Empty,
            EquatableArray<Dataset.Core.Model.LinkedMention>.Empty));
}
