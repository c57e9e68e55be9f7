using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <content>DSG0209: a name two entities share, compared as the runtime's tolerant lookup compares names.</content>
public partial class DiagnosticTests
{
    [Fact]
    public void DSG0209_alias_that_another_entity_already_has()
    {
        // "Valdoria" is the country's name; as an alias of the news agency, spelt with a hyphen, it is the same lookup key.
        var organizations = Fixture.Organizations + "\n    aliases:\n      - { text: VAL-DORIA, form: short }\n";
        var files = Fixture.Files().Select(f => f.Path.EndsWith("organizations.yaml", StringComparison.Ordinal) ? (f.Path, organizations) : f).ToArray();
        var d = Single("DSG0209", files);

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "organizations.yaml", 8, 9);
        AssertFirstAt(d, "countries.yaml", 11, 11);
        Assert.EndsWith("make it specific to one entity or remove it from one", d.GetMessage(), StringComparison.Ordinal);
        Assert.StartsWith("'VAL-DORIA' names both 'valdoria' and 'example-wire'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG0209_is_not_reported_for_one_entity_that_repeats_its_own_name()
    {
        var countries = Fixture.Countries.Replace("      - { text: Ruritanian, form: demonym }", "      - { text: Ruritanian, form: demonym }\n      - { text: RURITANIA, form: short }");
        var result = new GeneratorHarness(Fixture.Files(countries: countries)).Run();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSG0209");
    }
}
