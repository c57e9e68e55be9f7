using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>The sources of one entity's values.</summary>
internal sealed record EntitySources(string Id, EquatableArray<LinkedCitation> Sources);

/// <summary>The sources of one fact's values.</summary>
internal sealed record FactSources(string ArticleId, string FactId, EquatableArray<LinkedCitation> Sources);

/// <summary>Every source of the corpus, for <c>Corpus.SourcesOf</c>: only entities and facts that have one.</summary>
internal sealed record SourcesUnit(string Namespace, EquatableArray<EntitySources> Entities, EquatableArray<FactSources> Facts);

/// <summary>
/// Emits <c>Corpus.SourcesOf(entity)</c> and <c>Corpus.SourcesOf(fact)</c>: the provenance of every value the
/// articles do not give. Always emitted, so the API is the same in every dataset; a switch per lookup, so nothing is
/// built before it is asked for.
/// </summary>
internal static class SourcesEmitter
{
    public const string HintName = "CorpusSources.g.cs";

    public static SourcesUnit Unit(LinkedCorpus corpus, DatasetOptions options) =>
        Unit(options.Namespace, EntitySourcesOf(corpus), corpus.Articles.Select(FactSourcesOf));

    /// <summary>
    /// The unit from its parts: the entities' sources and each article's facts' sources, in article order. The
    /// generator computes an article's part in a step of its own, so that an edit to one article reads that article's
    /// facts only (over the whole corpus, this step was most of a one-file edit's own time).
    /// </summary>
    public static SourcesUnit Unit(string ns, EquatableArray<EntitySources> entities, IEnumerable<EquatableArray<FactSources>> articles) =>
        new(ns, entities, articles.SelectMany(a => a).ToEquatableArray());

    /// <summary>The sources of every entity that has any, in id order.</summary>
    public static EquatableArray<EntitySources> EntitySourcesOf(LinkedCorpus corpus) =>
        corpus.Kinds.SelectMany(k => k.Entities).Where(e => !e.Sources.IsEmpty)
            .OrderBy(e => e.Id, System.StringComparer.Ordinal)
            .Select(e => new EntitySources(e.Id, e.Sources)).ToEquatableArray();

    /// <summary>The sources of one article's facts' times, in fact order; empty for most articles.</summary>
    public static EquatableArray<FactSources> FactSourcesOf(LinkedArticle article) =>
        FactTimes(article.Facts).Where(f => !f.Sources.IsEmpty).Select(f => new FactSources(article.Id, f.Id, f.Sources)).ToEquatableArray();

    private static IEnumerable<(string Id, EquatableArray<LinkedCitation> Sources)> FactTimes(LinkedFacts facts) =>
        facts.Events.Select(e => (e.Id, Of(e.Time)))
            .Concat(facts.Relations.Select(r => (r.Id, Of(r.Time))))
            .Concat(facts.Quantities.Select(q => (q.Id, Of(q.Period))))
            .Concat(facts.Quotes.Select(q => (q.Id, Of(q.Said))));

    private static EquatableArray<LinkedCitation> Of(LinkedTime? time) => time is null ? EquatableArray<LinkedCitation>.Empty : time.Sources;

    public static string Emit(SourcesUnit unit, CodeFeatures features)
    {
        var citation = Expressions.Runtime + "Citation";
        var list = "global::System.Collections.Generic.IReadOnlyList<" + citation + ">";
        var w = Header.Start(unit.Namespace, features.NullableAnnotations);
        w.Open("public static partial class Corpus");
        w.Line("/// <summary>");
        w.Line("/// The sources outside the articles for an entity's values the articles do not give: its codes (a Wikidata id,");
        w.Line("/// ISO codes), its offices and their dates, facts in its description.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"entity\">The entity, for example <c>People.VladimirPutin</c>.</param>");
        w.Line("/// <returns>Its sources in data order; empty when the articles support all its values.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"entity\"/> is null.</exception>");
        w.Line("public static " + list + " SourcesOf(" + Expressions.Runtime + "Entity entity)");
        w.Line("{");
        w.Indent();
        w.Line("if (entity == null)");
        w.Line("{");
        w.Line("    throw new global::System.ArgumentNullException(nameof(entity));");
        w.Line("}");
        w.Line();
        Switch(w, "entity.Id", unit.Entities.Select(e => (Escaping.Literal(e.Id), e.Sources)), citation);
        w.Outdent();
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The sources outside its article for a fact's date, where the article does not give it that precisely.</summary>");
        w.Line("/// <param name=\"fact\">The fact, for example an element of <see cref=\"Events\"/>.</param>");
        w.Line("/// <returns>Its sources; empty when its article supports all its values.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"fact\"/> is null.</exception>");
        w.Line("public static " + list + " SourcesOf(" + Expressions.Runtime + "Fact fact)");
        w.Line("{");
        w.Indent();
        w.Line("if (fact == null)");
        w.Line("{");
        w.Line("    throw new global::System.ArgumentNullException(nameof(fact));");
        w.Line("}");
        w.Line();
        Switch(w, "fact.Article.Id + \"/\" + fact.Id", unit.Facts.Select(f => (Escaping.Literal(f.ArticleId + "/" + f.FactId), f.Sources)), citation);
        w.Outdent();
        w.Line("}");
        w.Close();
        return Header.End(w);
    }

    private static void Switch(SourceWriter w, string key, IEnumerable<(string Label, EquatableArray<LinkedCitation> Sources)> cases, string citation)
    {
        var any = false;
        foreach (var (label, sources) in cases)
        {
            if (!any)
            {
                w.Line("switch (" + key + ")");
                w.Line("{");
                w.Indent();
                any = true;
            }

            w.Line("case " + label + ":");
            w.Line("    return new " + citation + "[]");
            w.Line("    {");
            foreach (var s in sources)
            {
                var accessed = s.Accessed is null ? "null" : Expressions.Runtime + "PartialDate.Parse(" + Escaping.Literal(s.Accessed) + ")";
                w.Line("        new " + citation + "(" + Escaping.Literal(s.Title) + ", " + Escaping.Literal(s.Url) + ", " + accessed + ", " + Escaping.Literal(s.About) + "),");
            }

            w.Line("    };");
        }

        if (any)
        {
            w.Outdent();
            w.Line("}");
            w.Line();
        }

        w.Line("return global::System.Array.Empty<" + citation + ">();");
    }
}
