using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// The form in which an article's fact streams reach the generated code: UTF-8 literals from C# 11 on .NET 8 (whose
/// Dataset.Model reads them in place), <c>ulong[]</c> initializers otherwise; both decode to the same facts.
/// </summary>
public class StreamFormTests
{
    private const string Article = "Articles/example-2013-07-17.g.cs";

    [Theory]
    [InlineData("11", "net8.0", ".NETCoreApp", "v8.0", true)]
    [InlineData("latest", "net10.0", ".NETCoreApp", "v10.0", true)]
    [InlineData("10", "net8.0", ".NETCoreApp", "v8.0", false)]
    [InlineData("latest", "net7.0", ".NETCoreApp", "v7.0", false)]
    [InlineData("latest", "netstandard2.1", ".NETStandard", "v2.1", false)]
    public void Streams_are_UTF8_literals_from_CSharp_11_on_NET_8_and_packed_arrays_otherwise(string language, string tfm, string identifier, string version, bool utf8)
    {
        var result = Generate(language, tfm, identifier, version);

        var article = Source(result, Article);
        Assert.Equal(utf8, article.Contains("internal static global::System.ReadOnlySpan<byte> DataOfExample20130717(bool record)", StringComparison.Ordinal));
        Assert.Equal(utf8 ? 2 : 0, Count(article, "u8;"));
        Assert.Equal(utf8 ? 0 : 2, Count(article, "return new ulong[]"));

        // The reader is handed the method itself (it reads the literal in place), or the array the method returns.
        Assert.Contains(utf8 ? "FactStreamReader.ReadArticle(ref s_articleExample20130717, DataOfExample20130717, " : "DataOfExample20130717(true), ", article, StringComparison.Ordinal);
        Assert.Contains(utf8 ? ", DataOfExample20130717, findById, findTerm)" : ", DataOfExample20130717(false), findById, findTerm)", Source(result, "Corpus.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_forms_compile_and_decode_to_the_same_article_and_facts()
    {
        var utf8 = Describe(Generate("latest", "net8.0", ".NETCoreApp", "v8.0"));
        var packed = Describe(Generate("10", "net8.0", ".NETCoreApp", "v8.0"));

        Assert.Equal(packed, utf8);
        Assert.Contains("pact|diplomacy.agreement|Ruritania and Valdoria sign a pact.", utf8, StringComparison.Ordinal);
        Assert.Contains("Ruritania and Valdoria sign a pact|", utf8, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_holds_the_stream_byte_for_byte_and_bytes_that_are_not_UTF8_are_never_given_as_one()
    {
        // Format 4's structure is ASCII and its strings UTF-8, escaped like any literal: quotes, backslashes, controls.
        var bytes = new byte[] { 0x04, 0x22, 0x5C, 0x00, 0x0A, 0x7F, 0xE2, 0x80, 0x9C, 0xF0, 0x9F, 0x98, 0x80, 0x41 };
        var text = Emit.PackedBytes.Utf8Text(bytes);
        Assert.NotNull(text);
        Assert.Equal(bytes, System.Text.Encoding.UTF8.GetBytes(text!));

        var written = Write(bytes);
        Assert.StartsWith("return \"", written, StringComparison.Ordinal);
        Assert.EndsWith("\"u8;", written, StringComparison.Ordinal);
        Assert.Equal(bytes, CompileSpan(written));

        // A lone continuation byte, an overlong form and a cut sequence are not UTF-8: the method returns an array.
        foreach (var bad in new[] { new byte[] { 0x41, 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xE2, 0x80 } })
        {
            Assert.Null(Emit.PackedBytes.Utf8Text(bad));
            var fallback = Write(bad);
            Assert.StartsWith("return new byte[] { ", fallback, StringComparison.Ordinal);
            Assert.Equal(bad, CompileSpan(fallback));
        }
    }

    private static GeneratorRunResult Generate(string language, string tfm, string identifier, string version)
    {
        Assert.True(LanguageVersionFacts.TryParse(language, out var parsed));
        var properties = new Dictionary<string, string?> { ["TargetFramework"] = tfm, ["TargetFrameworkIdentifier"] = identifier, ["TargetFrameworkVersion"] = version };
        return new GeneratorHarness(Fixture.Files(), parseOptions: new CSharpParseOptions(parsed), properties: properties).Run();
    }

    // The article and every fact's identity and text, read from the compiled library.
    private static string Describe(GeneratorRunResult result)
    {
        var lines = new List<string>();
        GeneratorHarness.Load(result, assembly =>
        {
            var article = (Dataset.Article)assembly.GetType("Fixture.Articles")!.GetProperty("Example20130717")!.GetValue(null)!;
            lines.Add(string.Join("|", article.Id, article.Headline, article.Url, article.Published, article.TextSha256, article.TextLength, article.Language, article.Kind, string.Join(",", article.Authors.Select(a => a.Id))));
            var corpus = assembly.GetType("Fixture.Corpus")!;
            foreach (var e in (IReadOnlyList<Dataset.Event>)corpus.GetProperty("Events")!.GetValue(null)!)
            {
                lines.Add(string.Join("|", e.Id, e.Type.Code, e.Summary, e.Time, e.Evidence.Text, e.Article.Id));
            }

            foreach (var q in (IReadOnlyList<Dataset.Quote>)corpus.GetProperty("Quotes")!.GetValue(null)!)
            {
                lines.Add(string.Join("|", q.Id, q.Speaker.Id, q.Text, q.Evidence.Text));
            }

            foreach (var q in (IReadOnlyList<Dataset.Quantity>)corpus.GetProperty("Quantities")!.GetValue(null)!)
            {
                lines.Add(string.Join("|", q.Id, q.Measure, q.Evidence.Text));
            }
        });
        return string.Join("\n", lines);
    }

    private static string Write(byte[] bytes)
    {
        var w = new Emit.SourceWriter();
        Emit.PackedBytes.WriteReturn(w, bytes, utf8: true);
        return w.ToString().Trim();
    }

    // Compiles a method with the written return statement and calls it.
    private static byte[] CompileSpan(string returnStatement)
    {
        var source = "public static class Data { public static byte[] Get() => Span().ToArray(); private static System.ReadOnlySpan<byte> Span() { " + returnStatement + " } }";
        var compilation = GeneratorHarness.EmptyCompilation("Span").RemoveAllSyntaxTrees()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp11)));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, GeneratorHarness.Describe(emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("span", isCollectible: true);
        try
        {
            stream.Position = 0;
            return (byte[])context.LoadFromStream(stream).GetType("Data")!.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
