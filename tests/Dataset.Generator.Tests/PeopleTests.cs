namespace Dataset.Generator.Tests;

/// <summary>
/// People (issue 13): the organisation a person works for, apart from offices and citizenship, and a rank that is not
/// an office; both from a source, or from an article on its date.
/// </summary>
public sealed class PeopleTests
{
    private const string Gazette = "source: { title: Invented gazette, url: \"https://example.org/gazette\" }";

    private static string People(string extra) => Fixture.People + "\n" + extra;

    [Fact]
    public void Employers_and_ranks_reach_the_person_with_their_organisations()
    {
        var people = People("""
                employers:
                  - { of: example-wire, role: Columnist, time: "2013-07-17" }
                ranks:
                  - { rank: Honorary Colonel, service: example-wire, source: { title: Invented list, url: "https://example.org/list" } }
            """);
        var result = new GeneratorHarness(Fixture.Files(people: people)).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
        GeneratorHarness.Load(result, assembly =>
        {
            var person = (Person)assembly.GetType("Fixture.People")!.GetProperty("IlseMarant")!.GetValue(null)!;
            var employer = Assert.Single(person.Employers);
            Assert.Equal(("example-wire", "Columnist", "2013-07-17"), (employer.Organization.Id, employer.Role, employer.Time?.ToString()));
            var rank = Assert.Single(person.Ranks);
            Assert.Equal(("Honorary Colonel", "example-wire"), (rank.Title, rank.Service?.Id));
            Assert.Equal("Honorary Colonel (Example Wire)", rank.ToString());
            Assert.Single(person.Positions); // the offices stay apart
        });
    }

    [Fact]
    public void An_employer_off_an_articles_date_needs_a_source()
    {
        var result = new GeneratorHarness(Fixture.Files(people: People("""
                employers:
                  - { of: example-wire, role: Columnist, time: "2010/.." }
            """))).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG1101", d.Id);
        Assert.Contains("the employer 'example-wire' (Columnist) (2010/..) of 'ilse-marant'", d.GetMessage(), StringComparison.Ordinal);

        var sourced = new GeneratorHarness(Fixture.Files(people: People("""
                employers:
                  - { of: example-wire, role: Columnist, time: "2010/..", 
            """ + Gazette + " }\n"))).Run();
        Assert.True(sourced.Diagnostics.IsEmpty, GeneratorHarness.Describe(sourced.Diagnostics));
    }

    [Fact]
    public void An_employer_is_an_organisation_and_only_people_have_employers()
    {
        var wrongKind = new GeneratorHarness(Fixture.Files(people: People("""
                employers:
                  - { of: valdoria, time: "2013-07-17" }
            """))).Run();
        Assert.Contains(wrongKind.Diagnostics, d => d.Id == "DSG0204" && d.GetMessage().Contains("an employer's 'of'", StringComparison.Ordinal));

        var countries = Fixture.Countries + "\n    employers:\n      - { of: example-wire, time: \"2013-07-17\" }\n";
        var notAPerson = new GeneratorHarness(Fixture.Files(countries: countries)).Run();
        Assert.Contains(notAPerson.Diagnostics, d => d.Id == "DSG0101" && d.GetMessage().Contains("employers", StringComparison.Ordinal));
    }
}
