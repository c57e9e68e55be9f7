using System.Linq;
using Dataset.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>Emits the corpus-wide index: <c>Articles.All</c>, <c>Corpus</c> and the <c>Entities</c> lookups.</summary>
internal static class CorpusEmitter
{
    public const string HintName = "Corpus.g.cs";

    public static string Emit(CorpusUnit unit, CodeFeatures features)
    {
        var nullable = features.NullableAnnotations;
        var w = Header.Start(unit.Namespace, nullable);
        var entity = Expressions.Runtime + "Entity";
        var maybeEntity = CodeFeatures.MaybeNull(entity, features.NullableAnnotations);
        var maybeCountry = CodeFeatures.MaybeNull(Expressions.Runtime + "Country", features.NullableAnnotations);

        w.Line("/// <summary>The source articles of the dataset, one property each; <see cref=\"All\"/> lists them in id order.</summary>");
        w.Line(Header.GeneratedCode);
        w.Open("public static partial class Articles");
        WriteArticleLists(w, nullable, unit.Namespace);
        w.Close();
        w.Line();

        w.Line("/// <summary>The dataset as a whole: its version, content hash, articles, entities and every fact they state.</summary>");
        w.Line(Header.GeneratedCode);
        w.Open("public static partial class Corpus");
        w.Line("/// <summary>The dataset version (the package version it was built as).</summary>");
        w.Line("/// <remarks>A read-only field, not a constant: a program reads it from the dataset assembly it runs with, so it stays true when only the package is updated.</remarks>");
        w.Line("public static readonly string Version = " + Escaping.Literal(unit.Version) + ";");
        w.Line();
        w.Line("/// <summary>All articles, in id order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Expressions.Runtime + "Article> Articles => global::" + unit.Namespace + ".Articles.All;");
        w.Line();
        w.Line("/// <summary>All entities of every kind, in id order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + entity + "> Entities => global::" + unit.Namespace + ".Entities.Index.All;");
        w.Line();
        var factIndex = Expressions.Runtime + "FactIndex";
        LazyProperty.Write(w, nullable, "/// <summary>Every fact of every article, with navigation from articles and entities; built on first use.</summary>", "public static " + factIndex + " Facts", factIndex, "s_facts", w =>
            w.Line("var created = new " + factIndex + "(global::" + unit.Namespace + ".Articles.allFacts());"));
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
        w.Line();

        // How the articles' fact streams find their vocabulary terms: by set (the stream's numbering) and property name.
        var term = Expressions.Runtime + "VocabularyTerm";
        w.Open("internal static " + CodeFeatures.MaybeNull(term, nullable) + " FindTerm(int set, string member)");
        w.Open("switch (set)");
        for (var i = 0; i < TermSets.Valued.Count; i++)
        {
            w.Line("case " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": return global::" + unit.Namespace + "." + TermSets.Valued[i].Generated().Class + "." + VocabularyEmitter.ByMember + "(member);");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>Lookups over every entity by id, name or alias, ISO code and Wikidata id. No lookup throws on a miss.</summary>");
        w.Line(Header.GeneratedCode);
        w.Open("public static partial class Entities");
        var index = Expressions.Runtime + "EntityIndex";
        LazyProperty.Write(w, nullable, "/// <summary>The index behind these lookups, built on first use.</summary>", "public static " + index + " Index", index, "s_index",
            w => w.Line("var created = new " + index + "(AllEntities());"));
        w.Line();
        w.Line("/// <summary>Finds an entity by its kebab-case id.</summary>");
        w.Line("/// <param name=\"id\">For example <c>vladimir-putin</c>.</param>");
        w.Line("/// <param name=\"entity\">The entity, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        TryMethod(w, features, "public static bool TryGetById(string id, ", entity, "entity", "Index.TryGetById(id, out entity)");
        w.Line();
        w.Line("/// <summary>Finds an entity by its kebab-case id, or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"id\">For example <c>vladimir-putin</c>.</param>");
        w.Line("/// <returns>The entity, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + maybeEntity + " FindById(string id) => Index.FindById(id);");
        w.Line();
        w.Line("/// <summary>Finds the entity a name or alias denotes: exactly, ignoring case (\"Teheran\" finds Tehran), else ignoring spacing, punctuation and diacritics too (\"S300\" finds the S-300).</summary>");
        w.Line("/// <param name=\"nameOrAlias\">A canonical name or alias.</param>");
        w.Line("/// <param name=\"entity\">The entity (the first in id order when several match), or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        TryMethod(w, features, "public static bool TryFind(string nameOrAlias, ", entity, "entity", "Index.TryFind(nameOrAlias, out entity)");
        w.Line();
        w.Line("/// <summary>Finds the entity a name or alias denotes, exactly (ignoring case) or else ignoring spacing, punctuation and diacritics too, or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"nameOrAlias\">A canonical name or alias.</param>");
        w.Line("/// <returns>The entity (the first in id order when several match), or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + maybeEntity + " Find(string nameOrAlias) => Index.Find(nameOrAlias);");
        w.Line();
        w.Line("/// <summary>Every entity a name or alias denotes, in id order: an ambiguous name lists every candidate. Matches ignoring case, spacing, punctuation and diacritics (\"S300\" finds the S-300).</summary>");
        w.Line("/// <param name=\"nameOrAlias\">A canonical name or alias.</param>");
        w.Line("/// <returns>The entities; empty when none.</returns>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + entity + "> FindAll(string nameOrAlias) => Index.FindAll(nameOrAlias);");
        w.Line();
        w.Line("/// <summary>Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case.</summary>");
        w.Line("/// <param name=\"code\">For example <c>IR</c> or <c>IRN</c>.</param>");
        w.Line("/// <param name=\"country\">The country, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        TryMethod(w, features, "public static bool TryGetByIsoCode(string code, ", Expressions.Runtime + "Country", "country", "Index.TryGetByIsoCode(code, out country)");
        w.Line();
        w.Line("/// <summary>Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case, or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"code\">For example <c>IR</c> or <c>IRN</c>.</param>");
        w.Line("/// <returns>The country, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + maybeCountry + " FindByIsoCode(string code) => Index.FindByIsoCode(code);");
        w.Line();
        w.Line("/// <summary>Finds an entity by its Wikidata id (for example <c>Q794</c>).</summary>");
        w.Line("/// <param name=\"qid\">The Wikidata id.</param>");
        w.Line("/// <param name=\"entity\">The entity, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        TryMethod(w, features, "public static bool TryGetByWikidata(string qid, ", entity, "entity", "Index.TryGetByWikidata(qid, out entity)");
        w.Line();
        w.Line("/// <summary>Finds an entity by its Wikidata id (for example <c>Q794</c>), or returns <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"qid\">The Wikidata id.</param>");
        w.Line("/// <returns>The entity, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + maybeEntity + " FindByWikidata(string qid) => Index.FindByWikidata(qid);");
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
        w.Line();

        // What the articles' streams find their entities with: each kind's switch, so that reading an article builds
        // the entities it names and no index (a program that asks one question of one article builds little).
        w.Line("/// <summary>The entity with the id, built on first use, or null: what the articles' fact streams find their entities with.</summary>");
        w.Line("/// <param name=\"id\">The entity's id.</param>");
        w.Line("/// <returns>The entity, or null.</returns>");
        w.Line("internal static " + maybeEntity + " " + EntityKindEmitter.ById + "(string id) => "
            + (unit.Kinds.IsEmpty ? "null" : string.Join(" ?? ", unit.Kinds.Select(cls => "global::" + unit.Namespace + "." + cls + "." + EntityKindEmitter.ById + "(id)"))) + ";");
        w.Close();
        return Header.End(w);
    }

    /// <summary>
    /// Writes a <c>Try</c> lookup whose out value is null on a miss, in the form the consumer's compiler and framework
    /// allow. With nullable annotations and <c>NotNullWhenAttribute</c>: <c>[NotNullWhen(true)] out T? value</c>, so
    /// flow analysis knows the value after a hit. With annotations but without the attribute (netstandard2.0, .NET
    /// Framework): the method in a <c>#nullable disable annotations</c> region, so its out value is oblivious; marked
    /// <c>T?</c> without the attribute, every use after a hit would warn. C# 7.3: plain <c>out T value</c>.
    /// The attribute is not declared by the generator: a polyfill of our own would clash with the consumer's (CS0436).
    /// </summary>
    private static void TryMethod(SourceWriter w, CodeFeatures features, string start, string outType, string outName, string call)
    {
        var tail = " " + outName + ") => " + call + ";";
        if (!features.NullableAnnotations)
        {
            w.Line(start + "out " + outType + tail);
        }
        else if (features.NotNullWhen)
        {
            w.Line(start + "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + outType + "?" + tail);
        }
        else
        {
            w.Directive("#nullable disable annotations");
            w.Line(start + "out " + outType + tail);
            w.Directive("#nullable enable annotations");
        }
    }

    /// <summary>
    /// Writes, into the <c>Articles</c> class, <c>All</c> and the list of every article's facts (<c>allFacts</c>, camel
    /// case so that no article's property can take its name): each one call into
    /// Dataset.Model, which reads every article's stored streams from the class of streams without code per article
    /// (so the JIT compiles nothing that grows with the corpus, and an added article changes no file but its own), and
    /// the class of streams itself, which every article's file extends.
    /// </summary>
    private static void WriteArticleLists(SourceWriter w, bool nullable, string ns)
    {
        var rt = Expressions.Runtime;
        var streams = "typeof(" + StoredStreamFormat.Class + ")";
        var findById = "new global::System.Func<string, " + CodeFeatures.MaybeNull(rt + "Entity", nullable) + ">(global::" + ns + ".Entities." + EntityKindEmitter.ById + ")";
        var findTerm = "new global::System.Func<int, string, " + CodeFeatures.MaybeNull(rt + "VocabularyTerm", nullable) + ">(global::" + ns + ".Corpus.FindTerm)";
        var list = "global::System.Collections.Generic.IReadOnlyList<" + rt + "Article>";
        LazyProperty.Write(w, nullable, "/// <summary>All articles, in id order.</summary>", "public static " + list + " All", list, "s_all", w =>
            w.Line("var created = " + rt + "Infrastructure.FactStreamReader.ReadArticles(" + streams + ", " + findById + ");"));
        w.Line();
        w.Line("internal static " + rt + "ArticleFacts[] allFacts() =>");
        w.Line("    " + rt + "Infrastructure.FactStreamReader.ReadFacts(" + streams + ", " + findById + ", " + findTerm + ");");
        w.Line();
        w.Line("// The stored streams: every article's file declares its two constants here (an empty corpus has none).");
        w.Open("private static partial class " + StoredStreamFormat.Class);
        w.Close();
    }
}
