using System.Collections.Generic;
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
        w.Line();
        WriteFacts(w, unit.Namespace, a);
        w.Close();
        return Header.End(w);
    }

    /// <summary>The name of the internal method that builds an article's facts; the corpus index calls it.</summary>
    public static string FactsMethod(string member) => "FactsOf" + member;

    private static void WriteFacts(SourceWriter outer, string ns, ArticleEmit a)
    {
        var rt = Expressions.Runtime;
        var f = a.Facts;
        var pool = new StringPool();
        var field = "s_textOf" + a.Member;
        outer.Line("/// <summary>Builds the facts of <see cref=\"" + a.Member + "\"/>; called once by <see cref=\"Corpus.Facts\"/>.</summary>");
        outer.Line("/// <returns>The article's facts.</returns>");
        outer.Open("internal static " + rt + "ArticleFacts " + FactsMethod(a.Member) + "()");
        outer.Line("var article = " + a.Member + ";");

        // The statements are composed first: only then is it known whether the text pool (decoded up front) is needed.
        var w = outer.Nested();

        WriteArray(w, "events", rt + "Event", f.Events, e =>
        {
            w.Line("new " + rt + "Event(");
            w.Indent();
            w.Line("id: " + pool.Expression(e.Id) + ",");
            w.Line("type: " + rt + "EventType." + e.Type + ",");
            w.Line("summary: " + pool.Expression(e.Summary) + ",");
            w.Line("participants: " + Array(rt + "Participant", e.Participants.Select(p => "new " + rt + "Participant(" + Expressions.EntityRef(ns, p.Entity) + ", " + rt + "ParticipantRole." + p.Role + ")")) + ",");
            w.Line("place: " + Ref(ns, e.Place) + ",");
            w.Line("time: " + Expressions.Time(e.Time) + ",");
            w.Line("status: " + rt + "EventStatus." + e.Status + ",");
            w.Line("agreement: " + Ref(ns, e.Agreement) + ",");
            w.Line("factuality: " + Array(rt + "SourceFactuality", e.Factuality.Select(s => "new " + rt + "SourceFactuality(" + Ref(ns, s.Entity) + ", " + rt + "Factuality." + s.Value + ")")) + ",");
            w.Line("ace: " + pool.Expression(e.Ace) + ",");
            w.Line("cameo: " + pool.Expression(e.Cameo) + ",");
            w.Line("evidence: " + Evidence(pool, e.Evidence) + "),");
            w.Outdent();
        });

        WriteArray(w, "relations", rt + "Relation", f.Relations, r =>
        {
            w.Line("new " + rt + "Relation(" + pool.Expression(r.Id) + ", " + rt + "RelationType." + r.Type + ", " + Expressions.EntityRef(ns, r.Subject) + ", "
                + Expressions.EntityRef(ns, r.Object) + ", " + Expressions.Time(r.Time) + ", " + Evidence(pool, r.Evidence) + "),");
        });

        w.Line("var quantities = new " + rt + "Quantity[" + f.Quantities.Count.ToString(CultureInfo.InvariantCulture) + "];");
        for (var i = 0; i < f.Quantities.Count; i++)
        {
            var q = f.Quantities[i];
            var common = Expressions.Time(q.Period) + ", " + Array(rt + "Entity", q.Between.Select(b => Expressions.EntityRef(ns, b))) + ", "
                + Ref(ns, q.Of) + ", " + Ref(ns, q.Source) + ", " + (q.Approximate ? "true" : "false") + ", " + Evidence(pool, q.Evidence) + ");";
            var head = "quantities[" + i.ToString(CultureInfo.InvariantCulture) + "] = new " + rt;
            var id = pool.Expression(q.Id) + ", " + pool.Expression(q.Measure) + ", ";
            w.Line(q.Type switch
            {
                "money" => head + "MoneyFigure(" + id + "new " + rt + "Money(" + Expressions.Decimal(q.Amount ?? 0m) + ", " + pool.Expression(q.Currency ?? "XXX") + "), " + common,
                "count" => head + "CountFigure(" + id + Expressions.Decimal(q.Amount ?? 0m) + ", " + common,
                "percentage" => head + "PercentageFigure(" + id + Expressions.Decimal(q.Percent ?? 0m) + ", " + common,
                _ => head + "Change(" + id + "quantities[" + q.From.ToString(CultureInfo.InvariantCulture) + "], quantities["
                    + q.To.ToString(CultureInfo.InvariantCulture) + "], " + (q.Percent is { } p ? Expressions.Decimal(p) : "null") + ", " + common,
            });
        }

        WriteArray(w, "quotes", rt + "Quote", f.Quotes, q =>
        {
            w.Line("new " + rt + "Quote(" + pool.Expression(q.Id) + ", " + Expressions.EntityRef(ns, q.Speaker) + ", " + Expressions.Time(q.Said) + ", "
                + pool.Expression(q.Text) + ", " + Ref(ns, q.Work) + ", " + Evidence(pool, q.Evidence) + "),");
        });

        WriteArray(w, "claims", rt + "Claim", f.Claims, c =>
        {
            w.Line("new " + rt + "Claim(" + pool.Expression(c.Id) + ", " + pool.Expression(c.Statement) + ", "
                + (c.About < 0 ? "null" : "events[" + c.About.ToString(CultureInfo.InvariantCulture) + "]") + ", "
                + Array(rt + "ClaimAttribution", c.Attributions.Select(s => "new " + rt + "ClaimAttribution(" + Ref(ns, s.Entity) + ", " + rt + "Stance." + s.Value + ")")) + ", "
                + Evidence(pool, c.Evidence) + "),");
        });

        WriteArray(w, "corrections", rt + "Correction", f.Corrections, c =>
        {
            w.Line("new " + rt + "Correction(" + pool.Expression(c.Id) + ", " + rt + "CorrectionKind." + c.Kind + ", " + Ref(ns, c.Entity) + ", "
                + pool.Expression(c.Written) + ", " + pool.Expression(c.Correct) + ", " + pool.Expression(c.SourceTitle) + ", "
                + pool.Expression(c.SourceUrl) + ", " + Evidence(pool, c.Evidence) + "),");
        });

        WriteArray(w, "mentions", rt + "Mention", f.Mentions, m =>
        {
            w.Line("new " + rt + "Mention(" + Expressions.EntityRef(ns, m.Entity) + ", " + m.Count.ToString(CultureInfo.InvariantCulture) + ", " + Evidence(pool, m.First) + "),");
        });

        w.Line("return new " + rt + "ArticleFacts(article, events, relations, quantities, quotes, claims, corrections, mentions);");
        if (!pool.IsEmpty)
        {
            pool.WriteDecoder(outer, field);
            w.Line();
            StringPool.WriteDecodeFunction(w);
        }

        outer.Append(w);
        outer.Close();
        if (!pool.IsEmpty)
        {
            outer.Line();
            pool.WriteField(outer, field);
        }
    }

    /// <summary>Writes <c>var name = new T[] { ... };</c>, or <c>Array.Empty&lt;T&gt;()</c> when there are no items.</summary>
    private static void WriteArray<T>(SourceWriter w, string name, string type, EquatableArray<T> items, System.Action<T> writeItem)
        where T : System.IEquatable<T>
    {
        if (items.IsEmpty)
        {
            w.Line("var " + name + " = global::System.Array.Empty<" + type + ">();");
            return;
        }

        w.Line("var " + name + " = new " + type + "[]");
        w.Line("{");
        w.Indent();
        foreach (var item in items)
        {
            writeItem(item);
        }

        w.Outdent();
        w.Line("};");
    }

    private static string Ref(string ns, EntityRefEmit? reference) => reference is null ? "null" : Expressions.EntityRef(ns, reference);

    private static string Evidence(StringPool pool, EvidenceEmit e) =>
        "new " + Expressions.Runtime + "Evidence(article, " + pool.Expression(e.Text) + ", " + e.Start.ToString(CultureInfo.InvariantCulture) + ", "
        + e.Length.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "global::System.Array.Empty<" + type + ">()" : "new " + type + "[] { " + string.Join(", ", list) + " }";
    }
}
