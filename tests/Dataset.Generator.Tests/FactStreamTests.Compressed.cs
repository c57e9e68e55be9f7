using Dataset.Common;
using Dataset.Core.Model;
using Dataset.Generator.Emit;
using Dataset.Infrastructure;

namespace Dataset.Generator.Tests;

/// <content>
/// Compressed streams through Dataset.Model's own expansion (its .NET 8 build copies short runs and matches a word at a
/// time; the generator's copy of the code, which the compression tests run, is the netstandard2.0 build's).
/// </content>
public partial class FactStreamTests
{
    [Fact]
    public void Compressed_streams_decode_as_their_plain_form_through_the_runtime_expansion()
    {
        var random = new Random(20261203);
        var compressedRounds = 0;
        for (var round = 0; round < 40; round++)
        {
            // Quotes whose words repeat at every distance from 1 to 64 characters, runs of one character among them
            // (matches overlapping their own output), and literal runs of every length.
            var quotes = Enumerable.Range(0, 12).Select(i =>
            {
                var unit = new string(Enumerable.Range(0, random.Next(1, 65)).Select(_ => (char)('a' + random.Next(26))).ToArray());
                var text = string.Concat(Enumerable.Repeat(unit, random.Next(1, 6))) + new string('z', random.Next(0, 40)) + unit[..Math.Min(unit.Length, random.Next(0, 20))];
                return new LinkedQuote("q" + i, MarantRef, null, text, null, new LinkedEvidence(text, 0, text.Length));
            }).ToArray();
            var encoded = FactStreamWriter.Encode(Facts(quotes: quotes));
            // The quotes' words are texts (format 5), in the texts stream: that is the stream that compresses.
            var compressed = StreamCompression.Compress(encoded.Bytes);
            var compressedTexts = StreamCompression.Compress(encoded.Texts!);
            if (ReferenceEquals(compressedTexts, encoded.Texts))
            {
                continue;
            }

            compressedRounds++;
            var plain = FactStreamReader.Read(TheArticle, encoded.Bytes, encoded.Texts, Entities(encoded), Terms(encoded));
            var expanded = FactStreamReader.Read(TheArticle, compressed, compressedTexts, Entities(encoded), Terms(encoded));
            Assert.Equal(quotes.Select(q => q.Text), expanded.Quotes.Select(q => q.Text));
            Assert.Equal(plain.Quotes.Select(q => (q.Id, q.Text, q.Evidence.Text)), expanded.Quotes.Select(q => (q.Id, q.Text, q.Evidence.Text)));

            // And stored as the generated code stores it (expanded into the thread's buffer).
            var stored = FactStreamReader.Read(TheArticle, Store(compressed), Store(compressedTexts), Entities(encoded), Terms(encoded));
            Assert.Equal(quotes.Select(q => q.Text), stored.Quotes.Select(q => q.Text));
        }

        Assert.True(compressedRounds >= 20, compressedRounds + " of 40 rounds compressed");
    }
}
