using System.Globalization;
using System.Linq;
using Dataset.Common;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>Emits one file per article: its <c>Articles</c> property.</summary>
internal static class ArticleEmitter
{
    public static string HintName(ArticleUnit unit) => "Articles/" + unit.Article.Id + ".g.cs";

    public static string Emit(ArticleUnit unit, bool nullable)
    {
        var a = unit.Article;
        var w = Header.Start(unit.Namespace, nullable);
        w.Open("public static partial class Articles");
        var doc = "/// <summary>\u201C" + Escaping.Xml(a.Headline) + "\u201D, " + Escaping.Xml(string.Join(", ", a.AuthorNames))
            + ", " + Escaping.Xml(a.Published.ToString()) + ".</summary>\n"
            + "/// <remarks>Article <c>" + Escaping.Xml(a.Id) + "</c>: " + Escaping.Xml(a.Url) + "</remarks>";
        var field = Field(a.Member);
        var rt = Expressions.Runtime;

        // The article is built from its stream's record on first access: the property is one line, and the corpus
        // (Articles.All, Corpus.Facts) reads the field and the stream directly, so this getter is compiled only when
        // the program names the article.
        w.Line("private static " + CodeFeatures.MaybeNull(rt + "Article", nullable) + " " + field + ";");
        w.Line();
        foreach (var line in doc.Split('\n'))
        {
            w.Line(line);
        }

        w.Line("public static " + rt + "Article " + a.Member + " => " + field + " ?? " + rt + "Infrastructure.FactStreamReader.ReadArticle(ref " + field + ", "
            + DataMethod(a.Member) + "(true), global::" + unit.Namespace + ".Entities." + EntityKindEmitter.ById + ");");
        w.Line();
        WriteData(w, a);
        w.Close();
        return Header.End(w);
    }

    /// <summary>The private field that holds an article once it is built.</summary>
    public static string Field(string member) => "s_article" + member;

    /// <summary>The name of the internal method that returns an article's streams: its record (argument true) or its facts.</summary>
    public static string DataMethod(string member) => "DataOf" + member;

    /// <summary>
    /// The expression that reads an article's facts inside the <c>Articles</c> class, given the article
    /// (<paramref name="article"/>, an expression): <paramref name="findById"/> and <paramref name="findTerm"/> name
    /// the finders.
    /// </summary>
    public static string ReadFacts(string article, string member, string findById, string findTerm) =>
        Expressions.Runtime + "Infrastructure.FactStreamReader.Read(" + article + ", " + DataMethod(member) + "(false), " + findById + ", " + findTerm + ")";

    /// <summary>The expression for an article inside the <c>Articles</c> class, built from its stream if needed, without its getter.</summary>
    public static string ReadArticle(string member, string findById) =>
        Field(member) + " ?? " + Expressions.Runtime + "Infrastructure.FactStreamReader.ReadArticle(ref " + Field(member) + ", " + DataMethod(member) + "(true), " + findById + ")";

    /// <summary>
    /// Writes the data method: the article's two streams (packed arrays, compressed where that is shorter: data, not
    /// code the JIT has to compile), its record, small, which the article is built from, and its facts, with their
    /// counts and sizes in a comment (a comment line per fact, once written here, cost the compile 7 % of its
    /// allocation: docs/benchmarks.md; the facts are in the YAML).
    /// One method for both, so that listing the corpus compiles one method per article; two streams, so that building
    /// an article does not copy its facts.
    /// </summary>
    private static void WriteData(SourceWriter w, LinkedArticle a)
    {
        var f = a.Facts;
        var record = FactStreamWriter.Encode(Empty, a);
        var encoded = FactStreamWriter.Encode(f);
        var storedRecord = StreamCompression.Compress(record.Bytes);
        var stored = StreamCompression.Compress(encoded.Bytes);
        w.Line("/// <summary>The streams of <see cref=\"" + a.Member + "\"/>: its record, or its facts, which <see cref=\"Corpus.Facts\"/> reads.</summary>");
        w.Line("/// <param name=\"record\">Whether the record is wanted, else the facts.</param>");
        w.Line("/// <returns>The stream.</returns>");
        w.Open("internal static ulong[] " + DataMethod(a.Member) + "(bool record)");
        w.Line("// The article's record: fact stream format " + Number(FactStreamWriter.FormatVersion) + ", " + Size(record.Bytes, storedRecord) + ".");
        w.Open("if (record)");
        PackedBytes.WriteReturn(w, storedRecord);
        w.Close();
        w.Line();
        w.Line("// Its facts: fact stream format " + Number(FactStreamWriter.FormatVersion) + ", " + Size(encoded.Bytes, stored) + ": "
            + Count(f.Events.Count, "event") + ", " + Count(f.Relations.Count, "relation") + ", " + Count(f.Quantities.Count, "quantity", "quantities") + ", "
            + Count(f.Quotes.Count, "quote") + ", " + Count(f.Claims.Count, "claim") + ", " + Count(f.Corrections.Count, "correction") + ", "
            + Count(f.Mentions.Count, "mention") + "; " + Count(encoded.StringCount, "string") + ", " + Count(encoded.Entities.Count, "entity", "entities") + ".");

        // An array initializer is stored as data (the compiler copies it from the assembly's data section), and unlike a
        // static field it adds nothing to the class's static constructor, which runs before any article.
        PackedBytes.WriteReturn(w, stored);
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
