using System.Globalization;
using System.Linq;
using Dataset.Common;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>
/// Emits a file of article code (<see cref="ArticleFileLayout"/>: one article, or a group of them in a large corpus):
/// for each article, its <c>Articles</c> property and its two stored streams.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>The hint name of an article's own file.</summary>
    public static string HintName(ArticleUnit unit) => "Articles/" + unit.Article.Id + ".g.cs";

    public static string Emit(ArticleFileUnit file, bool nullable)
    {
        var w = Header.Start(file.Articles[0].Namespace, nullable);
        w.Open("public static partial class Articles");
        for (var i = 0; i < file.Articles.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            WriteArticle(w, file.Articles[i], nullable);
        }

        w.Close();
        return Header.End(w);
    }

    /// <summary>One article's part of <c>Articles</c>: the field that keeps it, its documented property, its stored streams.</summary>
    private static void WriteArticle(SourceWriter w, ArticleUnit unit, bool nullable)
    {
        var a = unit.Article;
        var doc = "/// <summary>\u201C" + Escaping.Xml(a.Headline) + "\u201D, " + Escaping.Xml(string.Join(", ", a.AuthorNames))
            + ", " + Escaping.Xml(a.Published.ToString()) + ".</summary>\n"
            + "/// <remarks>Article <c>" + Escaping.Xml(a.Id) + "</c>: " + Escaping.Xml(a.Url) + "</remarks>";
        var field = Field(a.Member);
        var rt = Expressions.Runtime;

        // The article is built from its stream's record on first access, by Dataset.Model, which keeps one instance
        // for this property and the corpus's lists (Articles.All, Corpus.Facts): they read every article's streams
        // without code per article, so this getter is compiled only when the program names the article.
        w.Line("private static " + CodeFeatures.MaybeNull(rt + "Article", nullable) + " " + field + ";");
        w.Line();
        foreach (var line in doc.Split('\n'))
        {
            w.Line(line);
        }

        w.Line("public static " + rt + "Article " + a.Member + " => " + field + " ?? (" + field + " = " + rt + "Infrastructure.FactStreamReader.ReadArticle(typeof("
            + StoredStreamFormat.Class + "), nameof(" + StoredStreamFormat.Class + "." + StoredStreamFormat.RecordPrefix + a.Member + "), global::" + unit.Namespace + ".Entities."
            + EntityKindEmitter.ById + "));");
        w.Line();
        WriteData(w, a);
    }

    /// <summary>The private field that holds an article once it is built.</summary>
    private static string Field(string member) => "s_article" + member;

    /// <summary>
    /// Writes the article's part of <c>Articles.factStreams</c>: its stored streams (compressed where that is shorter),
    /// its record, small, which the article is built from, its facts, with their counts and sizes in a comment (a
    /// comment line per fact, once written here, cost the compile 7 % of its allocation: docs/benchmarks.md; the facts
    /// are in the YAML), and its facts' texts. Separate streams, so that building an article does not copy its facts,
    /// and reading the facts does not unpack their texts (most of the bytes), which are read when a fact first asks for
    /// one; constants, so that they are data in the assembly's metadata rather than code the JIT compiles.
    /// </summary>
    private static void WriteData(SourceWriter w, LinkedArticle a)
    {
        var f = a.Facts;
        var record = FactStreamWriter.Encode(Empty, a);
        var encoded = FactStreamWriter.Encode(f);
        var storedRecord = StreamCompression.Compress(record.Bytes);
        var stored = StreamCompression.Compress(encoded.Bytes);
        w.Open("private static partial class " + StoredStreamFormat.Class);
        w.Line("// The record of " + a.Member + ": fact stream format " + Number(FactStreamWriter.FormatVersion) + ", " + Size(record.Bytes, storedRecord) + ".");
        w.Line("internal const string " + StoredStreamFormat.RecordPrefix + a.Member + " = ", storedRecord, ";");
        w.Line();
        w.Line("// Its facts: fact stream format " + Number(FactStreamWriter.FormatVersion) + ", " + Size(encoded.Bytes, stored) + ": "
            + Count(f.Events.Count, "event") + ", " + Count(f.Relations.Count, "relation") + ", " + Count(f.Quantities.Count, "quantity", "quantities") + ", "
            + Count(f.Quotes.Count, "quote") + ", " + Count(f.Claims.Count, "claim") + ", " + Count(f.Corrections.Count, "correction") + ", "
            + Count(f.Mentions.Count, "mention") + "; " + Count(encoded.StringCount, "string") + ", " + Count(encoded.TextCount, "text") + ", " + Count(encoded.Entities.Count, "entity", "entities") + ".");
        w.Line("internal const string " + StoredStreamFormat.FactsPrefix + a.Member + " = ", stored, ";");
        if (encoded.Texts is { } texts)
        {
            var storedTexts = StreamCompression.Compress(texts);
            w.Line();
            w.Line("// Its texts (ids, summaries, quoted words, statements, passages), read when a fact first asks for one: " + Size(texts, storedTexts) + ".");
            w.Line("internal const string " + StoredStreamFormat.TextsPrefix + a.Member + " = ", storedTexts, ";");
        }

        w.Close();
    }

    private static readonly LinkedFacts Empty = new(
        EquatableArray<LinkedEvent>.Empty,
        EquatableArray<LinkedRelation>.Empty,
        EquatableArray<LinkedQuantity>.Empty,
        EquatableArray<LinkedQuote>.Empty,
        EquatableArray<LinkedClaim>.Empty,
        EquatableArray<LinkedCorrection>.Empty,
        EquatableArray<LinkedMention>.Empty);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Size(byte[] plain, byte[] stored) =>
        Number(plain.Length) + " bytes" + (ReferenceEquals(plain, stored) ? string.Empty : ", " + Number(stored.Length) + " compressed");

    private static string Count(int count, string singular, string? plural = null) =>
        Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
