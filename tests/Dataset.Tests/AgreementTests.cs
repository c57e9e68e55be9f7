namespace Dataset.Tests;

/// <summary>
/// Agreements as first-class entities (issue 13): type, parties, subject, date and status, reached from the entities
/// they concern, so that "arms deals and when they were concluded" is a query.
/// </summary>
public class AgreementTests
{
    [Fact]
    public void The_S300_reaches_its_supply_contract_and_the_contract_its_refusal()
    {
        var contract = Assert.Single(Corpus.About(Weapons.S300).Agreements);

        Assert.Equal(Agreements.RussiaIranS300Contract, contract);
        Assert.Equal(AgreementType.Contract, contract.Type);
        Assert.Equal(AgreementStatus.Suspended, contract.Status);
        Assert.Equal(new Entity[] { Countries.Iran, Countries.Russia }, contract.Parties);
        Assert.Same(contract.Parties, contract.Parties); // read once, then the same list
        Assert.IsNotType<Entity[]>(contract.Parties); // which a caller cannot change
        Assert.Equal(Weapons.S300, contract.Subject);
        Assert.Equal("2007", contract.Concluded?.ToString());
        Assert.Contains(Corpus.SourcesOf(contract), s => s.About == "concluded" && s.Url.StartsWith("https://tass.com/", StringComparison.Ordinal));
        Assert.Contains(Corpus.About(contract).Events, e => e.Type == EventTypes.ArmsSupplyRefused);
    }

    [Fact]
    public void Arms_deals_and_when_they_were_concluded_is_a_query()
    {
        var deals = Corpus.Entities.OfType<Agreement>()
            .Where(a => a.Type is not null)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => $"{a.Type} {a.Status} {a.Concluded?.ToString() ?? "undated"}: {string.Join(", ", a.Parties)}")
            .ToList();

        Assert.Equal(
            new[]
            {
                "CooperationAgreement Announced undated: Iran, Russia",
                "Contract Suspended 2007: Iran, Russia",
                "Pact Concluded 2013-01: Iran, Russia",
            },
            deals);
    }

    [Fact]
    public void Iran_and_Russia_reach_every_agreement_they_are_party_to()
    {
        Assert.Equal(3, Corpus.About(Countries.Iran).Agreements.Count);
        Assert.Equal(3, Corpus.About(Countries.Russia).Agreements.Count);
        Assert.Empty(Corpus.About(Countries.China).Agreements);
    }
}
