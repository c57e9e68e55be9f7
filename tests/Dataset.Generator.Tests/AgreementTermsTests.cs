namespace Dataset.Generator.Tests;

/// <summary>An agreement's terms are checked like any registry value: references by kind, closed codes, a sourced date.</summary>
public sealed class AgreementTermsTests
{
    private static (string Path, string Text)[] With(string terms) => Fixture.Files().Append(("registry/agreements.yaml", """
        schema: 1
        kind: agreement
        entities:
          - id: coastal-pact
            name: Coastal Pact
            description: An invented pact.
            agreement:
        """ + "\n" + terms)).ToArray();

    [Fact]
    public void Terms_with_a_sourced_date_bind_without_diagnostics()
    {
        var result = new GeneratorHarness(With("""
                  type: pact
                  parties: [ruritania, valdoria]
                  concluded: { value: "2013-07-08", source: { title: Treaty register, url: "https://example.org/treaties" } }
                  status: concluded
            """)).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
    }

    [Fact]
    public void A_party_must_be_a_country_or_organisation_the_codes_closed_and_the_date_sourced()
    {
        var result = new GeneratorHarness(With("""
                  type: pactt
                  parties: [ilse-marant]
                  concluded: "2013-07-08"
                  status: signed
            """)).Run();

        var ids = result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "DSG0104", "DSG0104", "DSG0204", "DSG1101" }, ids);
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("'pactt'", StringComparison.Ordinal) && d.GetMessage().Contains("pact", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "DSG0204" && d.GetMessage().Contains("an agreement's party", StringComparison.Ordinal));
    }
}
