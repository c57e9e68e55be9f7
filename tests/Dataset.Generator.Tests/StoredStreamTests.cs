using Dataset.Generator.Emit;
using Dataset.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generator.Tests;

/// <summary>
/// The stored form of a fact stream: the generator writes its bytes into a C# string literal two to a character, the
/// compiler keeps that literal as a constant, and Dataset.Model reads the constant back by reflection. Every character
/// must survive the literal (surrogates, quotes, line breaks included), and a missing constant must say so.
/// </summary>
public class StoredStreamTests
{
    private static readonly Article TheArticle = new(
        "example-2013-07-17", "A headline", Array.Empty<Person>(), null, PartialDate.OfDay(2013, 7, 17), "https://example.org/a", ArticleKind.News, "en", new string('0', 64), 1000);

    [Fact]
    public void Every_pair_survives_the_literal_without_a_surrogate_and_the_literal_is_printable_ascii()
    {
        // Every 16-bit value once, then an odd byte that the literal pads with a zero.
        var bytes = new byte[(65536 * 2) + 1];
        for (var c = 0; c < 65536; c++)
        {
            bytes[2 * c] = (byte)c;
            bytes[(2 * c) + 1] = (byte)(c >> 8);
        }

        bytes[^1] = 0xA5;

        var literal = PackedBytes.Literal(bytes);

        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
        var tree = CSharpSyntaxTree.ParseText("static class C { internal const string S = " + literal + "; }", new CSharpParseOptions(LanguageVersion.CSharp7_3));
        Assert.Empty(tree.GetDiagnostics());
        var value = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token.ValueText;

        // No surrogate reaches the constant (Native AOT keeps constants in UTF-8); the 2,049 escaped pairs take two characters each.
        Assert.DoesNotContain(value, char.IsSurrogate);
        Assert.Equal(65537 + 2049, value.Length);
        Assert.Equal(FactStreamTests.Store(bytes), value);
    }

    [Fact]
    public void An_escape_without_an_escaped_pair_is_rejected()
    {
        // A version, then an escape where the stream ends, or before a character that no escape produces.
        foreach (var (stored, at) in new[] { ("\u0004\uE000", 1), ("\u0004\uE000a", 1), ("\uE000\u0041", 0) })
        {
            var error = Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, stored, null, Array.Empty<Entity>(), Array.Empty<VocabularyTerm>()));
            Assert.Contains("escape at character " + at, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_literal_of_no_bytes_is_the_empty_string()
    {
        Assert.Equal("\"\"", PackedBytes.Literal(Array.Empty<byte>()));
    }

    [Fact]
    public void A_constant_that_is_missing_or_not_a_stream_is_reported_by_name()
    {
        var missing = Assert.Throws<InvalidDataException>(() => FactStreamReader.ReadArticle(typeof(Streams), "RecordOfNoSuchArticle", _ => null));
        Assert.Contains("has no stored fact stream named 'RecordOfNoSuchArticle'", missing.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(Streams).FullName!, missing.Message, StringComparison.Ordinal);

        // Found by reflection, then rejected by the decoder: 'n' is no format version. The lists read it too.
        Assert.Throws<NotSupportedException>(() => FactStreamReader.ReadArticle(typeof(Streams), nameof(Streams.RecordOfNothing), _ => null));
        Assert.Throws<NotSupportedException>(() => FactStreamReader.ReadArticles(typeof(Streams), _ => null));
    }

    [Fact]
    public void A_class_without_streams_lists_no_articles_and_no_facts()
    {
        Assert.Empty(FactStreamReader.ReadArticles(typeof(NoStreams), _ => null));
        Assert.Empty(FactStreamReader.ReadFacts(typeof(NoStreams), _ => null, (_, _) => null));
    }

    private static class Streams
    {
        // Not a stream: read as one, it is rejected by the reader, not misread.
        internal const string RecordOfNothing = "not a stream";

        // Not a record (no prefix): not an article.
        internal const string Other = "x";
    }

    private static class NoStreams
    {
    }
}
