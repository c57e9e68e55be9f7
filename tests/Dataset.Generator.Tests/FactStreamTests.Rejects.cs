using System.IO;
using Dataset.Core.Common;
using Dataset.Generator.Emit;
using Dataset.Core.Model;
using Dataset.Infrastructure;

namespace Dataset.Generator.Tests;

/// <content>Streams the reader refuses: another format version, a stream cut anywhere, malformed streams and tables; and comments in generated code.</content>
public partial class FactStreamTests
{
    [Fact]
    public void Another_format_version_is_rejected_with_a_clear_message()
    {
        var encoded = FactStreamWriter.Encode(Facts(events: new[] { Event("SecurityPact", "Announced", "Host", "Probable") }));
        Assert.Equal(FactStreamReader.FormatVersion, FactStreamWriter.FormatVersion);
        Assert.Equal(FactStreamWriter.FormatVersion, encoded.Bytes[0]);
        var bytes = (byte[])encoded.Bytes.Clone();
        bytes[0] = 1;

        var error = Assert.Throws<NotSupportedException>(() => FactStreamReader.Read(TheArticle, bytes, encoded.Texts, Entities(encoded), Terms(encoded)));

        Assert.Contains("format 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads format " + FactStreamReader.FormatVersion, error.Message, StringComparison.Ordinal);
        Assert.Contains("Dataset.Generator", error.Message, StringComparison.Ordinal);
        Assert.Contains("example-2013-07-17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_cut_anywhere_is_rejected_as_truncated()
    {
        var facts = Facts(
            events: new[] { Event("SecurityPact", "Announced", "Host", "Probable") },
            quantities: new[] { Quantity("money", "m", decimal.MaxValue, "USD", null) with { Period = TimeOf("2013-07-08/2013-07-12", "mid") } },
            mentions: new[] { new LinkedMention(MarantRef, 3, new LinkedEvidence(Astral, 1, 2)) });
        var encoded = FactStreamWriter.Encode(facts);
        var entities = Entities(encoded);
        var terms = Terms(encoded);

        for (var length = 0; length < encoded.Bytes.Length; length++)
        {
            var cut = encoded.Bytes.Take(length).ToArray();
            var error = Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, cut, encoded.Texts, entities, terms));
            Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        }

        // Cut to whole characters, as a damaged string constant would be: the declared length catches it before any fact is read.
        var stored = Store(encoded.Bytes);
        var chars = stored[..^1];
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, chars, Store(encoded.Texts!), entities, terms)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_streams_and_mismatched_entity_tables_are_rejected_with_a_clear_message()
    {
        var encoded = FactStreamWriter.Encode(Facts(events: new[] { Event("SecurityPact", "Announced", "Host", "Probable") }));
        var entities = Entities(encoded);
        var terms = Terms(encoded);

        Assert.Contains("entities", Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, encoded.Bytes, encoded.Texts, Array.Empty<Entity>(), terms)).Message, StringComparison.Ordinal);
        Assert.Contains("left over", Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, WithLength(encoded.Bytes, +1, extra: 1), encoded.Texts, entities, terms)).Message, StringComparison.Ordinal);
        Assert.Contains("no texts stream is given", Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, encoded.Bytes, null, entities, terms)).Message, StringComparison.Ordinal);

        // Every single-byte corruption either still decodes or fails with InvalidDataException (or the version error): never an IndexOutOfRangeException.
        for (var at = 0; at < encoded.Bytes.Length; at++)
        {
            foreach (var value in new byte[] { 0x00, 0x7F, 0x80, 0xFF })
            {
                var bytes = (byte[])encoded.Bytes.Clone();
                bytes[at] = value;
                try
                {
                    FactStreamReader.Read(TheArticle, bytes, encoded.Texts, entities, terms);
                }
                catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException)
                {
                    // ArgumentException: a value the stream holds in range that the model's own constructors reject (a 31 February).
                }
            }
        }
    }

    [Fact]
    public void A_texts_stream_cut_damaged_or_of_another_count_is_rejected_when_a_fact_first_reads_a_text()
    {
        var facts = Facts(
            events: new[] { Event("SecurityPact", "Announced", "Host", "Probable") },
            mentions: new[] { new LinkedMention(MarantRef, 3, new LinkedEvidence(Astral, 1, 2)) });
        var encoded = FactStreamWriter.Encode(facts);
        var texts = encoded.Texts!;
        var entities = Entities(encoded);
        var terms = Terms(encoded);
        Assert.Equal(FactStreamWriter.FormatVersion, texts[0]);
        Assert.Equal(encoded.TextCount, texts[1]);

        static string ReadAll(ArticleFacts decoded) => string.Join("|", decoded.All.Select(f => f.Id + f.Evidence.Text)
            .Concat(decoded.Events.Select(e => e.Summary)).Concat(decoded.Mentions.Select(m => m.First.Text)));

        // The facts decode without reading their texts: a damaged texts stream is found on the first read, with a message.
        for (var length = 0; length < texts.Length; length++)
        {
            var decoded = FactStreamReader.Read(TheArticle, encoded.Bytes, texts.Take(length).ToArray(), entities, terms);
            var error = Assert.Throws<InvalidDataException>(() => ReadAll(decoded));
            Assert.Contains("The texts stream of article 'example-2013-07-17'", error.Message, StringComparison.Ordinal);
            Assert.Contains("Dataset.Generator", error.Message, StringComparison.Ordinal);
        }

        var more = (byte[])texts.Clone();
        more[1]++;
        Assert.Contains("holds " + (encoded.TextCount + 1) + " texts, but the facts refer to " + encoded.TextCount,
            Assert.Throws<InvalidDataException>(() => ReadAll(FactStreamReader.Read(TheArticle, encoded.Bytes, more, entities, terms))).Message, StringComparison.Ordinal);
        var version = (byte[])texts.Clone();
        version[0] = 4;
        Assert.Contains("is in format 4",
            Assert.Throws<InvalidDataException>(() => ReadAll(FactStreamReader.Read(TheArticle, encoded.Bytes, version, entities, terms))).Message, StringComparison.Ordinal);

        // Every single-byte corruption reads, or fails with InvalidDataException: never an exception of another kind.
        for (var at = 0; at < texts.Length; at++)
        {
            foreach (var value in new byte[] { 0x00, 0x7F, 0x80, 0xFF })
            {
                var damaged = (byte[])texts.Clone();
                damaged[at] = value;
                try
                {
                    ReadAll(FactStreamReader.Read(TheArticle, encoded.Bytes, damaged, entities, terms));
                }
                catch (InvalidDataException)
                {
                }
            }
        }

        // And the intact stream, stored as the generated code stores it, reads the texts the facts were written with.
        Assert.Equal(ReadAll(FactStreamReader.Read(TheArticle, encoded.Bytes, texts, entities, terms)),
            ReadAll(FactStreamReader.Read(TheArticle, Store(encoded.Bytes), Store(texts), entities, terms)));
        Assert.Contains(Astral, ReadAll(FactStreamReader.Read(TheArticle, encoded.Bytes, texts, entities, terms)), StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_in_generated_code_stay_on_one_line_and_cannot_close_or_open_anything()
    {
        Assert.Equal("a b c", Escaping.Comment("a\r\nb\u2028c", 80));
        Assert.Equal("x * / y", Escaping.Comment("x */ y", 80));
        Assert.DoesNotContain("*/", Escaping.Comment("**/**/", 80), StringComparison.Ordinal);
        Assert.Equal("abc...", Escaping.Comment("abcdef", 3));
        Assert.Equal("bidi x", Escaping.Comment("bidi\u202Ex", 80));
        Assert.Equal(string.Empty, Escaping.Comment(null, 80));
    }

    /// <summary>
    /// Two bytes to a character, little-endian, zero-padded, a surrogate or U+E000 escaped as U+E000 and the pair with
    /// its top bit flipped: what the generated string constants hold (written here independently of the generator).
    /// </summary>
    internal static string Store(byte[] bytes)
    {
        var stored = new System.Text.StringBuilder();
        for (var i = 0; i < bytes.Length; i += 2)
        {
            var unit = bytes[i] | (i + 1 < bytes.Length ? bytes[i + 1] << 8 : 0);
            if (unit is >= 0xD800 and <= 0xDFFF or 0xE000)
            {
                stored.Append('\uE000');
                unit ^= 0x8000;
            }

            stored.Append((char)unit);
        }

        return stored.ToString();
    }
}
