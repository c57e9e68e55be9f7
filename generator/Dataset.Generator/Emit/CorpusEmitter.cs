using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>Emits the corpus-wide index: <c>Articles.All</c>, <c>Corpus</c> and the <c>Entities</c> lookups.</summary>
internal static class CorpusEmitter
{
    public const string HintName = "Corpus.g.cs";

    public static string Emit(CorpusUnit unit)
    {
        var w = Header.Start(unit.Namespace);
        var entity = Expressions.Runtime + "Entity";

        w.Line("/// <summary>The source articles of the dataset, one property each; <see cref=\"All\"/> lists them in id order.</summary>");
        w.Open("public static partial class Articles");
        w.Line("private static global::System.Collections.Generic.IReadOnlyList<" + Expressions.Runtime + "Article> s_all;");
        w.Line();
        w.Line("/// <summary>All articles, in id order.</summary>");
        ShardEmitter.WriteArticlesAll(w, unit);
        w.Close();
        w.Line();

        w.Line("/// <summary>The dataset as a whole: its version, content hash, articles, entities and every fact they state.</summary>");
        w.Open("public static partial class Corpus");
        w.Line("/// <summary>The dataset version (the package version it was built as).</summary>");
        w.Line("public const string Version = " + Escaping.Literal(unit.Version) + ";");
        w.Line();
        w.Line("/// <summary>All articles, in id order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Expressions.Runtime + "Article> Articles => global::" + unit.Namespace + ".Articles.All;");
        w.Line();
        w.Line("/// <summary>All entities of every kind, in id order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + entity + "> Entities => global::" + unit.Namespace + ".Entities.Index.All;");
        w.Line();
        w.Line("private static " + Expressions.Runtime + "FactIndex s_facts;");
        w.Line();
        w.Line("/// <summary>Every fact of every article, with navigation from articles and entities; built on first use.</summary>");
        ShardEmitter.WriteFacts(w, unit);
        foreach (var (name, type, what) in new[]
        {
            ("Events", "Event", "Every event, in article id order, then annotation order."),
            ("Relations", "Relation", "Every relation between entities, in article id order, then annotation order."),
            ("Quantities", "Quantity", "Every figure (money, counts, percentages, changes), in article id order, then annotation order with changes last."),
            ("Quotes", "Quote", "Every quote, in article id order, then annotation order."),
            ("Claims", "Claim", "Every claim, including the authors' own judgements, in article id order, then annotation order."),
            ("Corrections", "Correction", "Every correction of what an article writes, in article id order, then annotation order."),
            ("Mentions", "Mention", "Every entity named in every article, with counts, in article id order, then entity id order."),
        })
        {
            w.Line();
            w.Line("/// <summary>" + what + "</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Expressions.Runtime + type + "> " + name + " => Facts." + name + ";");
        }

        w.Line();
        w.Line("/// <summary>Everything the corpus says about an entity: its events, relations, figures, quotes, claims, corrections and mentions.</summary>");
        w.Line("/// <param name=\"entity\">The entity, for example <c>People.VladimirPutin</c>.</param>");
        w.Line("/// <returns>Its facts; empty when no fact involves it.</returns>");
        w.Line("public static " + Expressions.Runtime + "EntityFacts About(" + entity + " entity) => Facts.For(entity);");
        w.Line();
        w.Line("/// <summary>Everything an article states.</summary>");
        w.Line("/// <param name=\"article\">The article.</param>");
        w.Line("/// <returns>Its facts; empty when the article is not part of this corpus.</returns>");
        w.Line("public static " + Expressions.Runtime + "ArticleFacts In(" + Expressions.Runtime + "Article article) => Facts.For(article);");
        w.Close();
        w.Line();

        w.Line("/// <summary>Lookups over every entity by id, name or alias, ISO code and Wikidata id. No lookup throws on a miss.</summary>");
        w.Open("public static partial class Entities");
        w.Line("private static " + Expressions.Runtime + "EntityIndex s_index;");
        w.Line();
        w.Line("/// <summary>The index behind these lookups, built on first use.</summary>");
        w.Line("public static " + Expressions.Runtime + "EntityIndex Index => s_index ?? (s_index = new " + Expressions.Runtime + "EntityIndex(AllEntities()));");
        w.Line();
        w.Line("/// <summary>Finds an entity by its kebab-case id.</summary>");
        w.Line("/// <param name=\"id\">For example <c>vladimir-putin</c>.</param>");
        w.Line("/// <param name=\"entity\">The entity, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Line("public static bool TryGetById(string id, out " + entity + " entity) => Index.TryGetById(id, out entity);");
        w.Line();
        w.Line("/// <summary>Finds an entity by its kebab-case id, or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"id\">For example <c>vladimir-putin</c>.</param>");
        w.Line("/// <returns>The entity, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + entity + " FindById(string id) => Index.FindById(id);");
        w.Line();
        w.Line("/// <summary>Finds the entity a name or alias denotes, ignoring case (\"Teheran\" finds Tehran).</summary>");
        w.Line("/// <param name=\"nameOrAlias\">A canonical name or alias.</param>");
        w.Line("/// <param name=\"entity\">The entity, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Line("public static bool TryFind(string nameOrAlias, out " + entity + " entity) => Index.TryFind(nameOrAlias, out entity);");
        w.Line();
        w.Line("/// <summary>Finds the entity a name or alias denotes, ignoring case, or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"nameOrAlias\">A canonical name or alias.</param>");
        w.Line("/// <returns>The entity, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + entity + " Find(string nameOrAlias) => Index.Find(nameOrAlias);");
        w.Line();
        w.Line("/// <summary>Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case.</summary>");
        w.Line("/// <param name=\"code\">For example <c>IR</c> or <c>IRN</c>.</param>");
        w.Line("/// <param name=\"country\">The country, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Line("public static bool TryGetByIsoCode(string code, out " + Expressions.Runtime + "Country country) => Index.TryGetByIsoCode(code, out country);");
        w.Line();
        w.Line("/// <summary>Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case, or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"code\">For example <c>IR</c> or <c>IRN</c>.</param>");
        w.Line("/// <returns>The country, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + Expressions.Runtime + "Country FindByIsoCode(string code) => Index.FindByIsoCode(code);");
        w.Line();
        w.Line("/// <summary>Finds an entity by its Wikidata id (for example <c>Q794</c>).</summary>");
        w.Line("/// <param name=\"qid\">The Wikidata id.</param>");
        w.Line("/// <param name=\"entity\">The entity, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Line("public static bool TryGetByWikidata(string qid, out " + entity + " entity) => Index.TryGetByWikidata(qid, out entity);");
        w.Line();
        w.Line("/// <summary>Finds an entity by its Wikidata id (for example <c>Q794</c>), or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"qid\">The Wikidata id.</param>");
        w.Line("/// <returns>The entity, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + entity + " FindByWikidata(string qid) => Index.FindByWikidata(qid);");
        w.Line();
        w.Open("private static global::System.Collections.Generic.IEnumerable<" + entity + "> AllEntities()");
        foreach (var cls in unit.Kinds)
        {
            w.Open("foreach (var e in global::" + unit.Namespace + "." + cls + ".All)");
            w.Line("yield return e;");
            w.Close();
        }

        if (unit.Kinds.IsEmpty)
        {
            w.Line("yield break;");
        }

        w.Close();
        w.Close();
        return Header.End(w);
    }
}
