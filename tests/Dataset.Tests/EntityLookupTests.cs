namespace Dataset.Tests;

/// <summary><see cref="EntityIndex"/> name lookups: exact first, then tolerant of case, spacing, punctuation and diacritics.</summary>
public class EntityLookupTests
{
    private static readonly Person AnnaSmith = new("anna-smith", "Anna Smith", "A person.", aliases: new[] { new Alias("Smith", AliasForm.Surname) });
    private static readonly Person JohnSmith = new("john-smith", "John Smith", "A person.", aliases: new[] { new Alias("Smith", AliasForm.Surname) });
    private static readonly Weapon S300 = new("s-300", "S-300", "A weapon.");
    private static readonly Person Medvedev = new("medvedev", "Medvedev", "A person.");
    private static readonly Organization Exact = new("s300-exact", "S300", "An organisation whose name is written without a hyphen.");

    [Theory]
    [InlineData("S300")]
    [InlineData("s300")]
    [InlineData("S 300")]
    [InlineData("s.300")]
    [InlineData("  S-300 ")]
    [InlineData("S\u2011300")] // a non-breaking hyphen
    public void Spacing_punctuation_and_case_do_not_count(string text)
    {
        Assert.Equal(Weapons.S300, Entities.Find(text));
        Assert.Equal(new Entity[] { Weapons.S300 }, Entities.Index.FindAll(text));
    }

    [Fact]
    public void Names_that_matched_before_match_the_same_entity()
    {
        Assert.Equal(Places.Tehran, Entities.Find("Teheran"));
        Assert.Equal(Places.Tehran, Entities.Find("teheran"));
        Assert.True(Entities.TryFind("NATO", out var nato));
        Assert.Equal("North Atlantic Treaty Organization", nato!.Name);

        // Where a name matches exactly, the tolerant match does not override it.
        var index = new EntityIndex(new Entity[] { S300, Exact });
        Assert.Equal(Exact, index.Find("S300"));
        Assert.Equal(S300, index.Find("S-300"));
        Assert.Equal(S300, index.Find("s 300")); // tolerant: both match, the first in id order
        Assert.Equal(new Entity[] { S300, Exact }, index.FindAll("S300"));
    }

    [Fact]
    public void An_ambiguous_name_lists_every_candidate_in_id_order()
    {
        var index = new EntityIndex(new Entity[] { JohnSmith, AnnaSmith, S300 });

        Assert.Equal(new Entity[] { AnnaSmith, JohnSmith }, index.FindAll("Smith"));
        Assert.Equal(new Entity[] { AnnaSmith, JohnSmith }, index.FindAll("SMITH."));
        Assert.Equal(AnnaSmith, index.Find("smith"));
        Assert.Equal(new Entity[] { JohnSmith }, index.FindAll("john-smith"));
    }

    [Fact]
    public void Diacritics_do_not_count_and_nothing_matches_no_letters()
    {
        var index = new EntityIndex(new Entity[] { Medvedev, S300 });

        Assert.Equal(Medvedev, index.Find("Medvédev"));
        Assert.Null(index.Find("--"));
        Assert.Null(index.Find(""));
        Assert.Empty(index.FindAll(" . "));
        Assert.Null(index.Find("S-3000"));
        Assert.Equal("s300", EntityIndex.MatchKey("S-300"));
        Assert.Equal("medvedev", EntityIndex.MatchKey("Medvédev"));
    }
}
