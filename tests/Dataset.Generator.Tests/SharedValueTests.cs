using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;
using Dataset.Core.Validation;
using Dataset.Synthetic;

namespace Dataset.Generator.Tests;

/// <summary>
/// What the warm driver keeps is shared where values repeat: equal linked times, participants and sources are one
/// instance across a corpus, and a linked evidence keeps the curator's own string when the text has it exactly.
/// Sharing must not change a value: the corpus is still equal to one linked without it.
/// </summary>
public class SharedValueTests
{
    [Fact]
    public void Equal_values_are_one_instance_and_other_values_keep_their_own()
    {
        var first = SharedInstances<LinkedSource>.Share(new LinkedSource(null, "Asserted"));
        var equal = SharedInstances<LinkedSource>.Share(new LinkedSource(null, "Asserted"));
        var other = new LinkedSource(null, "Denied");

        Assert.Same(first, equal);
        Assert.Same(other, SharedInstances<LinkedSource>.Share(other));
        Assert.Equal("Denied", other.Value);
    }

    [Fact]
    public void Linked_facts_share_equal_times_participants_and_sources_across_articles()
    {
        var corpus = Compile(SyntheticCorpus.Create(12));
        var events = corpus.Articles.SelectMany(a => a.Facts.Events).ToList();

        Assert.Empty(corpus.Diagnostics);
        AssertShared(events.Select(e => e.Time).OfType<LinkedTime>().ToList());
        AssertShared(events.SelectMany(e => e.Participants).ToList());
        AssertShared(events.SelectMany(e => e.Factuality).ToList());
    }

    [Fact]
    public void Evidence_written_exactly_as_the_text_is_the_written_string_and_otherwise_the_texts_passage()
    {
        const string original = "The pact was   signed in Vienna. Then it was signed again.";
        var exact = new EvidenceModel(new string("pact was   signed in Vienna".ToCharArray()), null, null, null, LocationInfo.None);
        var spaced = new EvidenceModel("pact was signed in Vienna", null, null, null, LocationInfo.None);
        var search = new EvidenceSearch(original, EvidenceText.Create(original));
        var diagnostics = new DiagnosticBag();

        var fromExact = search.Find(exact, diagnostics)!;
        var fromSpaced = search.Find(spaced, diagnostics)!;

        Assert.Empty(diagnostics.ToEquatableArray());
        Assert.Same(exact.Text, fromExact.Text);
        Assert.Equal(fromExact, fromSpaced);
        Assert.Equal("pact was   signed in Vienna", fromSpaced.Text);
        Assert.Equal(4, fromSpaced.Start);
    }

    [Fact]
    public void Times_written_alike_share_their_parse_and_keep_their_own_place_and_modifier()
    {
        var here = new LocationInfo("/d/a.yaml", 10, 20, 1, 2, 1, 12);
        var there = new LocationInfo("/d/b.yaml", 30, 40, 3, 4, 3, 14);
        var first = TimeModel.Create(new string("2013-07".ToCharArray()), null, here);
        var second = TimeModel.Create(new string("2013-07".ToCharArray()), "mid", there);
        var bad = TimeModel.Create("2013-13", null, here);

        Assert.Same(first.Text, second.Text);
        Assert.Equal((here, there), (first.Location, second.Location));
        Assert.Equal((null, "mid"), (first.Modifier, second.Modifier));
        Assert.NotEqual(first, second);
        Assert.Equal(TimeValue.Parse("2013-07", out _), second.Parsed);
        Assert.Null(bad.Parsed);
        Assert.NotNull(bad.Error);
    }

    [Fact]
    public void A_field_location_keeps_no_path_and_takes_the_models()
    {
        var value = new LocationInfo("/d/a.yaml", 41, 48, 5, 8, 5, 15);
        var fields = new EquatableArray<FieldLocation>(new[] { new FieldLocation("type", LocationInfo.None), new FieldLocation("amount", value) });
        var model = new LocationInfo("/d/a.yaml", 30, 60, 4, 2, 7, 0);

        Assert.Equal(value, fields.At("amount", model));
        Assert.Equal(model, fields.At("percent", model));
        Assert.Equal(new LocationInfo("/d/a.yaml", 0, 0, 0, 0, 0, 0), fields.At("type", model));
        Assert.True(fields.Has("type"));
        Assert.False(fields.Has("percent"));
    }

    [Fact]
    public void Foreach_over_an_equatable_array_gives_every_item_in_order()
    {
        var items = new EquatableArray<string>(new[] { "a", "b", "c" });
        var seen = new List<string>();
        foreach (var item in items)
        {
            seen.Add(item);
        }

        foreach (var item in default(EquatableArray<string>))
        {
            seen.Add(item);
        }

        Assert.Equal(new[] { "a", "b", "c" }, seen);
        Assert.Equal(new[] { "a", "b", "c" }, items.Select(i => i));
    }

    // Every value that occurs twice is one instance (and there are such values: the test would pass vacuously otherwise).
    private static void AssertShared<T>(IReadOnlyList<T> values)
        where T : class
    {
        var groups = values.GroupBy(v => v).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            Assert.All(group, v => Assert.Same(group.First(), v));
        }
    }

    private static LinkedCorpus Compile(SyntheticCorpus corpus) =>
        CorpusPipeline.Compile(corpus.Files().Select(f => new InputFile(GeneratorHarness.Root + f.Path, f.Text)), new DatasetOptions("Bench", "1.0.0"), CancellationToken.None);
}

/// <summary>The SHA-256 of a text (its UTF-8 bytes) through the thread's kept buffer: the same as hashing the bytes afresh, whatever was hashed before.</summary>
public class HashingTests
{
    [Fact]
    public void The_hash_is_sha256_of_the_utf8_bytes_after_longer_and_shorter_texts()
    {
        var texts = new[]
        {
            "kind: person\nentities: []\n",
            new string('x', 300_000) + " Teherán, 東京 \ud83d\ude00",
            string.Empty,
            "short after long: Zürich",
            new string('é', 2_500_000), // more than the buffer a thread keeps
            "a",
        };

        foreach (var text in texts)
        {
            var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
            Assert.Equal(expected, Hashing.Sha256Hex(text));
        }
    }
}
