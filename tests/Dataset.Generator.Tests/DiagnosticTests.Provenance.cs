using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <content>The provenance rule (DSG11xx): a value the article does not give carries a source.</content>
public partial class DiagnosticTests
{
    private const string RegisterSource = ", source: { title: Invented register, url: \"https://example.org/register\" }";
    private const string GazetteSource = ", source: { title: Invented gazette, url: \"https://example.org/gazette\" }";

    [Fact]
    public void DSG1101_codes_without_a_source()
    {
        var countries = Fixture.Countries.Replace("wikidata: Q999999999" + RegisterSource, "wikidata: Q999999999");
        var d = Single("DSG1101", Fixture.Files(countries: countries));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "countries.yaml", 13, 12);
        Assert.Contains("the codes of 'valdoria' (wikidata Q999999999, iso2 XV, iso3 XVA)", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG1101_position_without_a_source()
    {
        var d = Single("DSG1101", Fixture.Files(people: Fixture.People.Replace(GazetteSource, string.Empty)));

        AssertAt(d, "people.yaml", 11, 9);
        Assert.Contains("the position 'Foreign Minister' (2012-05/..) of 'ilse-marant'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG1101_is_not_reported_for_a_position_on_the_date_of_an_article()
    {
        // The article names the office on its own date: "Minister Ilse Marrant said" on 2013-07-17.
        var people = Fixture.People.Replace("time: \"2012-05/..\"" + GazetteSource, "time: \"2013-07-17\"");
        var result = new GeneratorHarness(Fixture.Files(people: people)).Run();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void DSG1102_day_its_paragraph_does_not_give()
    {
        // The evidence says "on 8 July 2013"; the 9th comes from nowhere.
        var d = Single("DSG1102", Fixture.Files(article: Fixture.Article().Replace("time: \"2013-07-08\"", "time: \"2013-07-09\"")));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "example-2013-07-17.yaml", 20, 11);
        Assert.Equal("'2013-07-09' is more precise than the article: the fact's paragraph names no day 9; write what the article gives (2013-07) or add a 'source' to the time", d.GetMessage());
    }

    [Fact]
    public void DSG1102_month_its_paragraph_does_not_give()
    {
        // May is neither named nor the publication month (July) or the month before it.
        var d = Single("DSG1102", Fixture.Files(article: Fixture.Article().Replace("said: \"2013-07\"", "said: \"2013-05\"")));

        Assert.Contains("names no month May; write what the article gives (2013)", d.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time: \"2013-07-08\"", "time: \"2013-07-17\"")] // the publication date: the anchor of "today", "recent months"
    [InlineData("said: \"2013-07\"", "said: \"2013-06\"")] // the month before publication: "last month"
    [InlineData("time: \"2013-07-08\"", "time: { value: \"2013-07-09\", source: { title: Minutes, url: \"https://example.org/minutes\" } }")]
    public void DSG1102_is_not_reported_for_a_date_the_article_or_a_source_supports(string from, string to)
    {
        var result = new GeneratorHarness(Fixture.Files(article: Fixture.Article().Replace(from, to))).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
    }

    [Theory]
    [InlineData("2013-07-15", false)] // the Monday before publication (Wednesday 17 July)
    [InlineData("2013-07-08", true)] // a Monday, but the week before: "on Monday" does not name it
    public void DSG1102_a_weekday_of_the_week_before_publication_gives_the_day(string day, bool reported)
    {
        var text = Fixture.Text.Replace("signed a pact on 8 July 2013.", "signed a pact on Monday.");
        var article = Fixture.Article(text)
            .Replace("evidence: Ruritania and Valdoria signed a pact on 8 July 2013.", "evidence: Ruritania and Valdoria signed a pact on Monday.")
            .Replace("time: \"2013-07-08\"", "time: \"" + day + "\"");
        var result = new GeneratorHarness(Fixture.Files(article: article, text: text)).Run();

        Assert.Equal(reported, result.Diagnostics.Any(d => d.Id == "DSG1102"));
        Assert.All(result.Diagnostics, d => Assert.Equal("DSG1102", d.Id));
    }

    [Fact]
    public void DSG1102_can_be_acknowledged_on_its_fact()
    {
        var article = Fixture.Article()
            .Replace("time: \"2013-07-08\"", "time: \"2013-07-09\"")
            .Replace("    status: occurred\n", "    status: occurred\n    acknowledge: [{ id: DSG1102, reason: the minutes give the 9th }]\n");
        var result = new GeneratorHarness(Fixture.Files(article: article)).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
    }
}
