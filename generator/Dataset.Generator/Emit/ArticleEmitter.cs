using System.Globalization;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emit;

/// <summary>Emits one file per article: its <c>Articles</c> property.</summary>
internal static class ArticleEmitter
{
    public static string HintName(ArticleUnit unit) => "Articles/" + unit.Article.Id + ".g.cs";

    public static string Emit(ArticleUnit unit)
    {
        var a = unit.Article;
        var w = Header.Start(unit.Namespace);
        w.Open("public static partial class Articles");
        w.Line("/// <summary>\u201C" + Escaping.Xml(a.Headline) + "\u201D, " + Escaping.Xml(string.Join(", ", a.AuthorNames))
            + ", " + Escaping.Xml(a.Published) + ".</summary>");
        w.Line("/// <remarks>Article <c>" + Escaping.Xml(a.Id) + "</c>: " + Escaping.Xml(a.Url) + "</remarks>");
        w.Line("public static " + Expressions.Runtime + "Article " + a.Member + " { get; } = new " + Expressions.Runtime + "Article(");
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
        w.Close();
        return Header.End(w);
    }
}
