using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <content>Naming (DSG08xx): names that give one C# member, no identifier, an invalid namespace, or a name the generated code has of its own.</content>
public partial class DiagnosticTests
{
    [Fact]
    public void DSG0801_two_entities_with_the_same_member_name()
    {
        var d = Single("DSG0801", Fixture.Files(countries: Fixture.Countries.Replace("name: Valdoria", "name: ruritania")));
        AssertAt(d, "countries.yaml", 11, 11);
        AssertFirstAt(d, "countries.yaml", 5, 11);
        Assert.Contains("Countries.Ruritania", d.GetMessage());
    }

    [Fact]
    public void DSG0802_name_without_a_valid_identifier()
    {
        var d = Single("DSG0802", Fixture.Files(countries: Fixture.Countries.Replace("name: Valdoria", "name: \"2024\"")));
        AssertAt(d, "countries.yaml", 11, 11);
    }

    [Fact]
    public void DSG0803_invalid_namespace()
    {
        var result = new GeneratorHarness(Fixture.Files(), ns: "My..Data").Run();
        Assert.Contains(result.Diagnostics, d => d.Id == "DSG0803");
    }

    [Fact]
    public void DSG0804_an_article_whose_id_gives_the_member_All_is_reported_and_not_generated()
    {
        var result = new GeneratorHarness(Fixture.Files(article: Fixture.Article().Replace("id: example-2013-07-17", "id: all"))).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG0804", d.Id);
        Assert.Equal("'all' would become the C# member 'Articles.All', which the generated code has of its own (the list of every article); choose another", d.GetMessage());
        AssertAt(d, "example-2013-07-17.yaml", 3, 7);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal));
    }

    [Fact]
    public void DSG0804_an_entity_named_All_and_a_term_coded_find_are_reported()
    {
        var entity = Single("DSG0804", Fixture.Files(countries: Fixture.Countries.Replace("name: Valdoria", "name: All")));
        Assert.Equal("'All' would become the C# member 'Countries.All', which the generated code has of its own (the list of every entity of the kind); choose another", entity.GetMessage());
        AssertAt(entity, "countries.yaml", 11, 11);

        var term = Single("DSG0804", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("  - { code: witness, label: Witness", "  - { code: find, label: Find")));
        Assert.Equal("'find' would become the C# member 'ParticipantRoles.Find', which the generated code has of its own (its list, or a lookup of the terms); choose another", term.GetMessage());
    }

    [Fact]
    public void DSG0805_an_entity_kind_whose_class_the_generated_code_declares_is_reported()
    {
        var people = Single("DSG0805", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("class: Ministers", "class: People")));
        Assert.Equal("entity kind 'minister' would become the class 'People', which the generated code declares of its own (the class of the built-in kind 'person'); choose another class name", people.GetMessage());
        Assert.Empty(people.AdditionalLocations);

        var corpus = Single("DSG0805", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("class: Ministers", "class: Corpus")));
        Assert.Equal("entity kind 'minister' would become the class 'Corpus', which the generated code declares of its own (the dataset's own class 'Corpus'); choose another class name", corpus.GetMessage());
    }
}
