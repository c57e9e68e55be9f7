namespace Dataset.Package.Tests;

/// <summary>
/// A second invented corpus, in another domain than news politics: a botanical garden's acquisitions, with its own
/// vocabulary file (tests/Dataset.Package.Tests/GardenCorpus). Built through the packed Dataset.Generator in a fresh
/// project outside the repository, it is queried by vocabulary term; its mistakes fail the build with located errors.
/// </summary>
[Collection(PackedFeed.Collection)]
public sealed class GardenCorpusTests
{
    private readonly PackedFeed _feed;

    public GardenCorpusTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void A_corpus_of_another_domain_is_queried_by_the_terms_of_its_own_vocabulary()
    {
        var consumer = _feed.GardenConsumer;
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Output);

        Assert.Equal("Botanic.Garden", consumer.Value("namespace"));
        Assert.Equal("acquisition, acquisition.donation, acquisition.exchange, acquisition.field-collection, cultivation, cultivation.first-flowering", consumer.Value("event-types"));
        Assert.Equal("2025-09-02; Cloud Forest House; Ghost Orchid as specimen, Serran Highland Garden as donor, Hollin Vale Botanic Garden as recipient", consumer.Value("donations"));
        Assert.Equal("Donation, Field collection, Seed exchange", consumer.Value("acquisitions"));
        Assert.Equal("cultivation.first-flowering 2026 Planned", consumer.Value("cultivation"));
        Assert.Equal("Hollin Vale Botanic Garden, Serran Highland Garden", consumer.Value("donors"));
        Assert.Equal("orchid-donated, orchid-seed-collected", consumer.Value("orchid-acquisitions"));
        Assert.Equal("Ghost Orchid is native to Serran Highlands", consumer.Value("native"));
    }

    [Fact]
    public void The_terms_and_entity_kinds_of_its_vocabulary_are_typed_members()
    {
        var consumer = _feed.GardenConsumer;
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Output);

        // A child type takes its parent's roles; a type without a CAMEO code has none; stances come from the default.
        Assert.Equal("specimen, donor, recipient, collector", consumer.Value("donation-roles"));
        Assert.Equal("First flowering; parent cultivation; cameo none", consumer.Value("flowering"));
        Assert.Equal("asserts, denies, does-not-confirm, expects, warns", consumer.Value("stances"));

        // Each declared kind has its class, over the record of the built-in kind it extends (an orchid is a plant, a thing).
        Assert.Equal("Ghost Orchid; Thing; Thing", consumer.Value("orchid"));
        Assert.Equal("Silver Fan Palm", consumer.Value("plants")); // a kind's class lists that kind's entities: orchids are in Orchids
        Assert.Equal("Hollin Vale Botanic Garden (Organization), Serran Highland Garden (Organization)", consumer.Value("gardens"));
        Assert.Equal("Curator of Hollin Vale Botanic Garden; Person", consumer.Value("curator"));
        Assert.Equal("Cloud Forest House; Place; part of Hollin Vale Botanic Garden", consumer.Value("house"));
        Assert.Equal("Ghost Orchid", consumer.Value("alias"));

        Assert.Equal("3 plants of Ghost Orchid: received three plants of the ghost orchid", consumer.Value("count"));
        Assert.Equal("Hollin Vale receives the ghost orchid from the Serran Highlands; Hollin Vale Botanic Garden; Ada Merrow", consumer.Value("article"));
        Assert.Equal("4/2/1/1", consumer.Value("facts"));
    }

    [Fact]
    public void Mistakes_in_a_vocabulary_and_its_use_fail_the_build_located_with_suggestions()
    {
        var broken = _feed.BrokenGardenConsumer;
        var output = broken.Build.Output;
        Assert.NotEqual(0, broken.Build.ExitCode);

        Logged(output, At(broken.Article, broken.UnknownType) + "error DSG0205: no event type has the code 'acquisition.donaton' in the vocabulary 'garden'; did you mean 'acquisition.donation'"); // nearest first
        Logged(output, At(broken.Article, broken.RoleNotTaken) + "error DSG0206: the event type 'cultivation.first-flowering' takes the roles 'specimen', 'curator', not 'collector'");
        Logged(output, At(broken.Vocabulary, broken.UnknownKind) + "error DSG0205: no entity kind has the code 'organisation' in the vocabulary 'garden'; did you mean 'organization'?");
        Logged(output, At(broken.Vocabulary, broken.DuplicateCode) + "error DSG0207: the participant role 'donor' is already declared");

        // Each mistake once (MSBuild's summary repeats every error: count the log before it), and nothing else fails.
        var log = output.Split('\n').TakeWhile(l => l.Trim() != "Build FAILED.").ToList();
        Assert.True(log.Count(l => l.Contains(": error DSG", StringComparison.Ordinal)) == 4, output);
        Assert.False(log.Any(l => l.Contains(": error CS", StringComparison.Ordinal)), output);
    }

    private static void Logged(string output, string expected) => Assert.True(output.Contains(expected, StringComparison.Ordinal), "not logged: " + expected + "\n" + output);

    private static string At(string path, (int Line, int Column) place) => path + "(" + place.Line + "," + place.Column + "): ";
}
