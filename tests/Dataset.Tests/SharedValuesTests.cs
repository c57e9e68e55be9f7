namespace Dataset.Tests;

/// <summary>
/// The corpus's facts share their immutable parts: a time, a participant, a source's factuality and a claim's
/// attribution that several facts state alike are one instance (decoded once), equal as before.
/// </summary>
public class SharedValuesTests
{
    [Fact]
    public void Equal_times_of_the_corpus_facts_are_one_instance()
    {
        var times = Corpus.Events.Select(e => e.Time)
            .Concat(Corpus.Relations.Select(r => r.Time))
            .Concat(Corpus.Quantities.Select(q => q.Period))
            .Concat(Corpus.Quotes.Select(q => q.Said))
            .OfType<TemporalValue>()
            .ToList();

        AssertShared(times);
    }

    [Fact]
    public void Equal_participants_factualities_and_attributions_are_one_instance()
    {
        AssertShared(Corpus.Events.SelectMany(e => e.Participants).ToList());
        AssertShared(Corpus.Claims.SelectMany(c => c.Attributions).ToList());
        AssertShared(Corpus.Events.SelectMany(e => e.Factuality).ToList(), requireRepeat: false);
    }

    // Every group of equal values is one instance; the corpus must repeat at least one value for the test to say anything.
    private static void AssertShared<T>(IReadOnlyList<T> values, bool requireRepeat = true)
        where T : class
    {
        var groups = values.GroupBy(v => v).ToList();
        if (requireRepeat)
        {
            Assert.Contains(groups, g => g.Count() > 1);
        }

        Assert.All(groups, g => Assert.All(g, v => Assert.Same(g.First(), v)));
    }
}
