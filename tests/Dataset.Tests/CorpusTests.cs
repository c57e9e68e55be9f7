namespace Dataset.Tests;

/// <summary>The real corpus, through the public API only: what a reader of the article would ask.</summary>
public class CorpusTests
{
    [Fact]
    public void The_seed_article_is_there_with_its_source_attribution()
    {
        var article = Assert.Single(Articles.All);

        Assert.Equal("Russia and Iran deepen political and military cooperation", article.Headline);
        Assert.Equal(PartialDate.OfDay(2013, 8, 8), article.Published);
        Assert.Equal("https://www.wsws.org/en/articles/2013/08/08/russ-a08.html", article.Url);
        Assert.Equal(ArticleKind.Opinion, article.Kind);
        Assert.Equal("en", article.Language);
        Assert.Equal(People.ClaraWeiss, Assert.Single(article.Authors));
        Assert.Equal("World Socialist Web Site", article.Publisher!.Name);
        Assert.Equal(64, article.TextSha256.Length);
    }

    [Fact]
    public void Putin_is_a_person_with_his_presidencies()
    {
        var putin = People.VladimirPutin;

        Assert.Equal("vladimir-putin", putin.Id);
        Assert.Equal("Q7747", putin.Wikidata);
        Assert.Equal(Countries.Russia, putin.Country);
        Assert.Contains(putin.Positions, p => p.Title.Contains("President", StringComparison.Ordinal) && p.IsHeldAt(PartialDate.OfDay(2013, 8, 8)));
        Assert.DoesNotContain(putin.Positions, p => p.Title.Contains("President", StringComparison.Ordinal) && p.IsHeldAt(PartialDate.OfYear(2010)));
    }

    [Fact]
    public void Medvedev_was_president_in_2011_when_the_article_dates_the_S300_refusal()
    {
        Assert.Contains(People.DmitryMedvedev.Positions, p => p.Title.StartsWith("President", StringComparison.Ordinal) && p.IsHeldAt(PartialDate.OfYear(2011)));
    }

    [Fact]
    public void Iran_has_its_codes()
    {
        Assert.Equal("IR", Countries.Iran.Iso2);
        Assert.Equal("IRN", Countries.Iran.Iso3);
        Assert.Equal("Q794", Countries.Iran.Wikidata);
        Assert.Same(Countries.Iran, Entities.FindByIsoCode("irn"));
        Assert.Null(Entities.FindByIsoCode("XX"));
        Assert.Same(Countries.Iran, Entities.FindByWikidata("Q794"));
        Assert.True(Entities.TryGetByWikidata("Q159", out var russia));
        Assert.Equal(Countries.Russia, russia);
    }

    [Fact]
    public void Names_as_the_article_writes_them_find_the_entities()
    {
        Assert.True(Entities.TryFind("Teheran", out var tehran));
        Assert.Equal("tehran", tehran!.Id);
        Assert.Equal(People.DmitryMedvedev, Entities.Find("Dmitri Medvedev"));
        Assert.Equal(People.DmitryRogozin, Entities.Find("dmitri rogozin"));
        Assert.Null(Entities.Find("Atlantis"));
        Assert.False(Entities.TryGetById("no-such-id", out _));
    }

    [Fact]
    public void Every_kind_lists_its_entities_in_id_order_and_all_entities_are_unique()
    {
        var all = Corpus.Entities;

        Assert.Equal(all.Select(e => e.Id).OrderBy(i => i, StringComparer.Ordinal), all.Select(e => e.Id));
        Assert.Equal(all.Count, all.Select(e => e.Id).Distinct().Count());
        Assert.Equal(People.All.Select(p => p.Id).OrderBy(i => i, StringComparer.Ordinal), People.All.Select(p => p.Id));
        Assert.Contains(Places.All, p => p.Name == "Caspian Sea");
        Assert.Contains(Weapons.All, w => w.Name.Contains("S-300", StringComparison.Ordinal));
        Assert.True(all.Count >= 40, "the registry covers every entity the article names");
    }

    [Fact]
    public void Entities_know_what_they_are_part_of()
    {
        var navies = Organizations.All.Where(o => o.Name.Contains("Navy", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(navies);
        Assert.All(navies, n => Assert.NotNull(n.PartOf ?? n.Country));
    }

    [Fact]
    public void Corpus_has_a_version_and_a_content_hash()
    {
        Assert.False(string.IsNullOrEmpty(Corpus.Version));
        Assert.Matches("^[0-9a-f]{64}$", Corpus.ContentHash);
        Assert.Same(Articles.All, Corpus.Articles);
    }
}
