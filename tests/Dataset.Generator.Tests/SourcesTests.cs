using System.Collections;
using System.Reflection;

namespace Dataset.Generator.Tests;

/// <summary>
/// Provenance (issue 13): a value the article does not give carries its source in the data (<c>codes.source</c>, a
/// position's <c>source</c>, an entity's <c>sources</c>, a time's <c>source</c>), and the API gives it back through
/// <c>Corpus.SourcesOf</c>.
/// </summary>
public sealed class SourcesTests
{
    private const string Register = "{ title: Example register, url: \"https://example.org/register\", accessed: \"2026-12-03\" }";

    private static (string Path, string Text)[] WithSources() => Fixture.Files(
        countries: Fixture.Countries.Replace(
            "codes: { iso2: XV, iso3: XVA, wikidata: Q999999999 }",
            "codes: { iso2: XV, iso3: XVA, wikidata: Q999999999, source: " + Register + " }"),
        people: Fixture.People
            .Replace("time: \"2012-05/..\" }", "time: \"2012-05/..\", source: [" + Register + ", { title: Gazette, url: \"https://example.org/gazette\" }] }")
            .Replace("    country: valdoria\n", "    country: valdoria\n    sources:\n      - { about: \"description: foreign minister\", title: Cabinet list, url: \"https://example.org/cabinet\" }\n"),
        article: Fixture.Article().Replace(
            "    said: \"2013-07\"\n",
            "    said: { value: \"2013-07-02\", source: { title: Press release, url: \"https://example.org/press\" } }\n"));

    [Fact]
    public void Sources_in_codes_positions_entities_and_times_bind_without_diagnostics()
    {
        var result = new GeneratorHarness(WithSources()).Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Compile(result, out _));
    }

    [Fact]
    public void The_sources_file_matches_its_baseline()
    {
        var result = new GeneratorHarness(WithSources()).Run();

        var source = Assert.Single(result.GeneratedSources, s => s.HintName == "CorpusSources.g.cs");
        Baseline.Verify(nameof(The_sources_file_matches_its_baseline), source.HintName, source.SourceText.ToString());
    }

    [Fact]
    public void SourcesOf_gives_each_entitys_and_facts_sources_in_data_order_and_nothing_for_the_rest()
    {
        var result = new GeneratorHarness(WithSources()).Run();

        GeneratorHarness.Load(result, assembly =>
        {
            var corpus = assembly.GetType("Fixture.Corpus")!;
            var ofEntity = corpus.GetMethod("SourcesOf", new[] { typeof(Entity) })!;
            var ofFact = corpus.GetMethod("SourcesOf", new[] { typeof(Fact) })!;
            Entity Get(string cls, string member) => (Entity)assembly.GetType("Fixture." + cls)!.GetProperty(member)!.GetValue(null)!;
            IReadOnlyList<Citation> Of(MethodInfo m, object x) => (IReadOnlyList<Citation>)m.Invoke(null, new[] { x })!;

            var valdoria = Of(ofEntity, Get("Countries", "Valdoria"));
            var codes = Assert.Single(valdoria);
            Assert.Equal(("Example register", "https://example.org/register", "codes"), (codes.Title, codes.Url, codes.About));
            Assert.Equal(PartialDate.OfDay(2026, 12, 3), codes.Accessed);

            var marant = Of(ofEntity, Get("People", "IlseMarant"));
            Assert.Equal(
                new[] { "position: Foreign Minister|https://example.org/register", "position: Foreign Minister|https://example.org/gazette", "description: foreign minister|https://example.org/cabinet" },
                marant.Select(c => c.About + "|" + c.Url));
            Assert.Null(marant[1].Accessed);

            Assert.Empty(Of(ofEntity, Get("Countries", "Ruritania")));

            var facts = (IEnumerable)corpus.GetProperty("Quotes")!.GetValue(null)!;
            var quote = Assert.Single(facts.Cast<Fact>());
            var said = Assert.Single(Of(ofFact, quote));
            Assert.Equal(("Press release", "time"), (said.Title, said.About));
            var events = ((IEnumerable)corpus.GetProperty("Events")!.GetValue(null)!).Cast<Fact>();
            Assert.Empty(Of(ofFact, events.Single()));
        });
    }

    [Fact]
    public void A_source_needs_a_title_and_an_http_url_and_a_read_day()
    {
        var files = Fixture.Files(countries: Fixture.Countries.Replace(
            "codes: { iso2: XV, iso3: XVA, wikidata: Q999999999 }",
            "codes: { iso2: XV, iso3: XVA, wikidata: Q999999999, source: [{ url: \"https://example.org\" }, { title: T, url: \"ftp://example.org\" }, { title: T, url: \"https://example.org\", accessed: \"2026-12\" }] }"));
        var result = new GeneratorHarness(files).Run();

        var messages = result.Diagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("DSG0102", StringComparison.Ordinal) && m.Contains("'title'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("ftp://example.org", StringComparison.Ordinal) && m.Contains("http:// or https://", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("2026-12", StringComparison.Ordinal) && m.Contains("YYYY-MM-DD", StringComparison.Ordinal));
    }

    [Fact]
    public void An_about_outside_an_entitys_sources_is_an_unknown_key()
    {
        var files = Fixture.Files(countries: Fixture.Countries.Replace(
            "codes: { iso2: XV, iso3: XVA, wikidata: Q999999999 }",
            "codes: { iso2: XV, iso3: XVA, wikidata: Q999999999, source: { title: T, url: \"https://example.org\", about: codes } }"));
        var result = new GeneratorHarness(files).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("about", d.GetMessage(), StringComparison.Ordinal);
    }
}
