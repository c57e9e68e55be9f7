using System.Globalization;
using System.Linq;
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
        var field = "s_article" + a.Member;

        // Built on first access, in its own small getter: as initializers of the class, a thousand articles made one
        // static constructor so large that JIT-compiling it took a quarter of a second at first access.
        LazyProperty.Write(w, nullable, doc, "public static " + Expressions.Runtime + "Article " + a.Member, Expressions.Runtime + "Article", field, w =>
        {
            w.Line("var created = new " + Expressions.Runtime + "Article(");
            w.Indent();
            w.Line("id: " + Escaping.Literal(a.Id) + ",");
            w.Line("headline: " + Escaping.Literal(a.Headline) + ",");
            w.Line("authors: new " + Expressions.Runtime + "Person[] { " + string.Join(", ", a.Authors.Select(x => Expressions.EntityRef(unit.Namespace, x))) + " },");
            w.Line("publisher: " + (a.Publisher is null ? "null" : Expressions.EntityRef(unit.Namespace, a.Publisher)) + ",");
            w.Line("published: " + Expressions.Date(a.Published) + ",");
            w.Line("url: " + Escaping.Literal(a.Url) + ",");
            w.Line("kind: " + Expressions.Runtime + "ArticleKind." + a.Kind + ",");
            w.Line("language: " + Escaping.Literal(a.Language) + ",");
            w.Line("textSha256: " + Escaping.Literal(a.Sha256) + ",");
            w.Line("textLength: " + a.TextLength.ToString(CultureInfo.InvariantCulture) + ");");
            w.Outdent();
        });
        w.Line();
        WriteFacts(w, unit.Namespace, a);
        w.Close();
        return Header.End(w);
    }

    /// <summary>The name of the internal method that builds an article's facts; the corpus index calls it.</summary>
    public static string FactsMethod(string member) => "FactsOf" + member;

    /// <summary>
    /// Writes the facts method: the counts and one comment line per fact, then one call to the shared loader in
    /// Dataset.Model with the article, its fact stream (a packed array: data, not code the JIT has to compile) and the
    /// entities the stream refers to.
    /// </summary>
    private static void WriteFacts(SourceWriter w, string ns, LinkedArticle a)
    {
        var rt = Expressions.Runtime;
        var f = a.Facts;
        var encoded = FactStreamWriter.Encode(f);
        w.Line("/// <summary>Builds the facts of <see cref=\"" + a.Member + "\"/>; called once by <see cref=\"Corpus.Facts\"/>.</summary>");
        w.Line("/// <returns>The article's facts.</returns>");
        w.Open("internal static " + rt + "ArticleFacts " + FactsMethod(a.Member) + "()");
        w.Line("// Fact stream format " + Number(FactStreamWriter.FormatVersion) + ", " + Number(encoded.Bytes.Length) + " bytes: "
            + Count(f.Events.Count, "event") + ", " + Count(f.Relations.Count, "relation") + ", " + Count(f.Quantities.Count, "quantity", "quantities") + ", "
            + Count(f.Quotes.Count, "quote") + ", " + Count(f.Claims.Count, "claim") + ", " + Count(f.Corrections.Count, "correction") + ", "
            + Count(f.Mentions.Count, "mention") + "; " + Count(encoded.StringCount, "string") + ", " + Count(encoded.Entities.Count, "entity", "entities") + ".");
        foreach (var e in f.Events)
        {
            w.Line("// event " + Escaping.Comment(e.Id, 60) + ": " + Escaping.Comment(e.Summary, 80));
        }

        foreach (var r in f.Relations)
        {
            w.Line("// relation " + Escaping.Comment(r.Id, 60) + ": " + Escaping.Comment(r.Subject.Member + " " + r.Type + " " + r.Object.Member, 80));
        }

        foreach (var q in f.Quantities)
        {
            w.Line("// " + Escaping.Comment(q.Type, 20) + " " + Escaping.Comment(q.Id, 60) + ": " + Escaping.Comment(q.Measure, 80));
        }

        foreach (var q in f.Quotes)
        {
            w.Line("// quote " + Escaping.Comment(q.Id, 60) + ": " + Escaping.Comment(q.Speaker.Member + ": " + q.Text, 80));
        }

        foreach (var c in f.Claims)
        {
            w.Line("// claim " + Escaping.Comment(c.Id, 60) + ": " + Escaping.Comment(c.Statement, 80));
        }

        foreach (var c in f.Corrections)
        {
            w.Line("// correction " + Escaping.Comment(c.Id, 60) + ": " + Escaping.Comment(c.Written + " -> " + c.Correct, 80));
        }

        // A local array initializer is stored as data too (the compiler copies it from the assembly's data section), and
        // unlike a static field it adds nothing to the class's static constructor, which runs before any article.
        PackedBytes.WriteLocal(w, "stream", encoded.Bytes);
        // The entities go by id and the terms by name in the stream, found through Entities.FindById and
        // Corpus.FindTerm: lists of their properties here were most of this method's IL, which the JIT compiled once per article.
        w.Line("return " + rt + "Infrastructure.FactStreamReader.Read(" + a.Member + ", stream, global::" + ns + ".Entities.FindById, global::" + ns + ".Corpus.FindTerm);");
        w.Close();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string singular, string? plural = null) =>
        Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
