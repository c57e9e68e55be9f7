using System.Text;
using Dataset.Common;
using Dataset.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// The compression of stored fact streams (format 4): the generator keeps the shorter of the plain and the compressed
/// form, every form expands to exactly the plain bytes, the output does not depend on anything but the input, and a
/// damaged compressed stream is rejected with the reader's message, never read out of bounds.
/// </summary>
public class StreamCompressionTests
{
    private static readonly Article TheArticle = new(
        "example-2013-07-17", "A headline", Array.Empty<Person>(), null, PartialDate.OfDay(2013, 7, 17), "https://example.org/a", ArticleKind.News, "en", new string('0', 64), 1000);

    public static TheoryData<string> Inputs() => new()
    {
        "empty",
        "one byte",
        "a run of one byte",
        "text with repeats",
        "random bytes",
        "long literals and long matches",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_input_expands_to_exactly_itself(string name)
    {
        var plain = Input(name);

        var stored = StreamCompression.Compress(plain);

        if (ReferenceEquals(stored, plain))
        {
            // Kept plain only where compressing would not make it shorter.
            Assert.True(plain.Length < 8 || name == "random bytes", name + " was not compressed");
            return;
        }

        Assert.Equal(StreamCompression.Marker, stored[0]);
        Assert.True(stored.Length < plain.Length);
        Assert.True(StreamCompression.TryExpand(stored, out var expanded, out var problem), problem);
        Assert.Equal(plain, expanded);

        // An array's zero padding after the last sequence changes nothing.
        Assert.True(StreamCompression.TryExpand(stored.Concat(new byte[7]).ToArray(), out var padded, out _));
        Assert.Equal(plain, padded);
    }

    [Fact]
    public void Thousands_of_inputs_of_every_size_round_trip_and_compress_the_same_way_twice()
    {
        var random = new Random(20261203);
        var words = new[] { "event-", "diplomacy", "Ruritania", " and ", "Valdoria", "\u201Cquoted\u201D", "\0\u0001", "2013" };
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            var parts = random.Next(0, 80);
            for (var i = 0; i < parts; i++)
            {
                text.Append(random.Next(4) == 0 ? ((char)random.Next(0x20, 0x3000)).ToString() : words[random.Next(words.Length)]);
            }

            var plain = Encoding.UTF8.GetBytes(text.ToString());
            if (plain.Length > 0 && plain[0] == StreamCompression.Marker)
            {
                plain[0] = 1;
            }

            var stored = StreamCompression.Compress(plain);
            Assert.Equal(stored, StreamCompression.Compress((byte[])plain.Clone()));
            Assert.True(ReferenceEquals(stored, plain) || stored.Length < plain.Length, "a compressed form no shorter than the plain stream was kept");
            if (!ReferenceEquals(stored, plain))
            {
                Assert.True(StreamCompression.TryExpand(stored, out var expanded, out var problem), problem);
                Assert.Equal(plain, expanded);
            }
        }
    }

    [Fact]
    public void A_compressed_stream_cut_or_damaged_anywhere_is_rejected_with_the_readers_message()
    {
        var stored = StreamCompression.Compress(Input("long literals and long matches"));
        Assert.Equal(StreamCompression.Marker, stored[0]);

        for (var length = 1; length < stored.Length; length++)
        {
            var cut = stored.Take(length).ToArray();
            var error = Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, cut, null, Array.Empty<Entity>(), Array.Empty<VocabularyTerm>()));
            Assert.StartsWith("The fact stream of article 'example-2013-07-17' has a compressed stream", error.Message, StringComparison.Ordinal);
            Assert.Contains("Dataset.Generator", error.Message, StringComparison.Ordinal);
        }

        // The same through the stored string form that the generated code keeps (read in place, then expanded).
        var half = FactStreamTests.Store(stored.Take(stored.Length / 2).ToArray());
        Assert.StartsWith("The fact stream of article 'example-2013-07-17' has a compressed stream",
            Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, half, null, Array.Empty<Entity>(), Array.Empty<VocabularyTerm>())).Message, StringComparison.Ordinal);

        // A match reaching back before the start, and a length no input of this size could expand to.
        Assert.False(StreamCompression.TryExpand(new byte[] { 0, 8, 0x04, 9, 0 }, out _, out var before));
        Assert.Contains("match out of range", before, StringComparison.Ordinal);
        Assert.False(StreamCompression.TryExpand(new byte[] { 0, 0xFF, 0xFF, 0xFF, 0x7F }, out _, out var huge));
        Assert.Contains("more than its 5 compressed bytes can hold", huge, StringComparison.Ordinal);

        // Every single-byte change expands, or is reported: never an exception of another kind.
        for (var at = 0; at < stored.Length; at++)
        {
            foreach (var value in new byte[] { 0x00, 0x0F, 0xF0, 0xFF })
            {
                var damaged = (byte[])stored.Clone();
                damaged[at] = value;
                if (!StreamCompression.TryExpand(damaged, out var expanded, out var problem))
                {
                    Assert.NotNull(problem);
                }
                else
                {
                    Assert.NotNull(expanded);
                }
            }
        }
    }

    [Fact]
    public void The_generated_library_stores_the_fixtures_facts_compressed_and_reads_them()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();
        var article = result.GeneratedSources.Single(s => s.HintName == "Articles/example-2013-07-17.g.cs").SourceText.ToString();

        Assert.Matches(@"// Its facts: fact stream format 5, \d+ bytes(, \d+ compressed)?: 1 event,", article);
        Assert.Matches(@"// Its texts \(ids, summaries, quoted words, statements, passages\), read when a fact first asks for one: \d+ bytes, \d+ compressed\.", article);
        GeneratorHarness.Load(result, assembly =>
        {
            var events = (IReadOnlyList<Event>)assembly.GetType("Fixture.Corpus")!.GetProperty("Events")!.GetValue(null)!;

            // The facts' texts (format 5) are not read with the facts: the article's texts table keeps no bytes, offsets
            // or strings until a fact reads one, then fetches the texts stream, expands it and locates its strings.
            var table = Field(events.Single(), typeof(Fact), "_strings")!;
            Assert.Null(Field(table, table.GetType(), "_bytes"));
            Assert.Null(Field(table, table.GetType(), "_strings"));
            Assert.Null(Field(table, table.GetType(), "_offsets"));
            Assert.Equal("Ruritania and Valdoria sign a pact.", events.Single().Summary);
            Assert.NotNull(Field(table, table.GetType(), "_bytes"));
            Assert.NotNull(Field(table, table.GetType(), "_strings"));
            Assert.NotNull(Field(table, table.GetType(), "_offsets"));
            Assert.Same(events.Single().Summary, events.Single().Summary);
        });
    }

    private static object? Field(object owner, Type type, string name) =>
        type.GetField(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(owner);

    private static byte[] Input(string name) => name switch
    {
        "empty" => Array.Empty<byte>(),
        "one byte" => new byte[] { 4 },
        "a run of one byte" => Enumerable.Repeat((byte)'a', 5000).Prepend((byte)4).ToArray(),
        "text with repeats" => Encoding.UTF8.GetBytes("\u0004Ruritania and Valdoria sign a pact. Ruritania and Valdoria signed a pact on 8 July 2013."),
        "random bytes" => RandomBytes(3000),
        "long literals and long matches" => RandomBytes(700).Concat(RandomBytes(700)).Concat(RandomBytes(300)).Concat(Encoding.UTF8.GetBytes(new string('x', 900))).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        bytes[0] = 4;
        return bytes;
    }
}
