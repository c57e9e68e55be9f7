namespace Dataset.Generator.Tests;

/// <summary>
/// Each article gets a property of <c>Articles</c> named from its id: ids that give one name are reported (DSG0801;
/// the id "all", DSG0804, in DiagnosticTests) rather than generated into code that does not compile.
/// </summary>
public class ArticleMemberTests
{
    [Fact]
    public void Two_ids_that_give_one_property_are_reported_at_the_second_and_it_is_not_generated()
    {
        var second = Fixture.Article().Replace("id: example-2013-07-17", "id: example-20130717");
        var files = Fixture.Files().Append(("articles/example-20130717.yaml", second)).ToArray();

        var result = new GeneratorHarness(files).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG0801", d.Id);
        Assert.Equal("'example-20130717' and 'example-2013-07-17' (the additional location) would both become the C# member 'Articles.Example20130717'; rename one of them", d.GetMessage());
        Assert.EndsWith("example-20130717.yaml", d.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.EndsWith("example-2013-07-17.yaml", Assert.Single(d.AdditionalLocations).GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(new[] { "Articles/example-2013-07-17.g.cs" }, result.GeneratedSources.Select(s => s.HintName).Where(h => h.StartsWith("Articles/", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_id_named_like_the_internal_list_of_facts_compiles()
    {
        // AllFacts was once the internal list of every article's facts; the list is allFacts now (the id all: DSG0804).
        var result = new GeneratorHarness(Fixture.Files(article: Fixture.Article().Replace("id: example-2013-07-17", "id: all-facts"))).Run();

        Assert.Empty(result.Diagnostics);
        var errors = GeneratorHarness.Compile(result, out _);
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors.Take(20)));
    }
}
