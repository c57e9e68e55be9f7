using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>
/// Splits what grows with the corpus into files of bounded size (no generated file above about 5,000 lines at
/// 10,000 articles) and emits the shards, the shard indexes and the content hash file.
/// </summary>
internal static class ShardEmitter
{
    /// <summary>Estimated lines per entity file: a shard is closed before it would pass this (the estimate is generous).</summary>
    public const int LinesPerShard = 4000;

    /// <summary>Article members per <c>Articles.All</c> shard, one line each.</summary>
    public const int ArticlesPerShard = 2000;

    public const string ContentHashHintName = "CorpusContentHash.g.cs";

    /// <summary>The files of one entity kind: the kind as one file while it is small, else an index and its shards.</summary>
    public static IEnumerable<EntityFileUnit> Split(EntityKindUnit unit)
    {
        var shards = new List<List<LinkedEntity>> { new() };
        var lines = 0;
        foreach (var entity in unit.Entities)
        {
            var estimate = EstimatedLines(entity);
            if (lines + estimate > LinesPerShard && shards[shards.Count - 1].Count > 0)
            {
                shards.Add(new List<LinkedEntity>());
                lines = 0;
            }

            shards[shards.Count - 1].Add(entity);
            lines += estimate;
        }

        if (shards.Count == 1)
        {
            yield return new EntityFileUnit(unit, 0, 0);
            yield break;
        }

        yield return new EntityFileUnit(unit with { Entities = EquatableArray<LinkedEntity>.Empty }, -1, shards.Count);
        for (var i = 0; i < shards.Count; i++)
        {
            yield return new EntityFileUnit(unit with { Entities = shards[i].ToEquatableArray() }, i, shards.Count);
        }
    }

    /// <summary>An upper bound of the lines <see cref="EntityKindEmitter.WriteEntity"/> writes for an entity, plus its line in the shard list.</summary>
    private static int EstimatedLines(LinkedEntity e) =>
        30 + (e.Positions.IsEmpty ? 0 : 3 + e.Positions.Count) + (e.Aliases.IsEmpty ? 0 : 3 + e.Aliases.Count) + (e.Employers.IsEmpty && e.Ranks.IsEmpty ? 0 : 8 + e.Employers.Count + e.Ranks.Count);

    /// <summary>The shards of <c>Articles.All</c>; none while the list fits in the corpus file.</summary>
    public static IEnumerable<ArticleListShard> Split(CorpusUnit unit)
    {
        if (unit.ArticleMembers.Count <= ArticlesPerShard)
        {
            yield break;
        }

        for (var i = 0; i * ArticlesPerShard < unit.ArticleMembers.Count; i++)
        {
            yield return new ArticleListShard(unit.Namespace, i, unit.ArticleMembers.Skip(i * ArticlesPerShard).Take(ArticlesPerShard).ToEquatableArray());
        }
    }

    public static string HintName(EntityFileUnit file) =>
        file.ShardCount == 0 || file.Shard < 0
            ? EntityKindEmitter.HintName(file.Unit)
            : "Entities/" + file.Unit.Class + ".Shard" + Number(file.Shard) + ".g.cs";

    public static string HintName(ArticleListShard shard) => "Articles/All.Shard" + Number(shard.Shard) + ".g.cs";

    public static string Emit(EntityFileUnit file, bool nullable)
    {
        if (file.ShardCount == 0)
        {
            return EntityKindEmitter.Emit(file.Unit, nullable);
        }

        var unit = file.Unit;
        var cls = unit.Class;
        var type = Expressions.Runtime + Vocabulary.TypeFor(unit.BuiltIn);
        var w = Header.Start(unit.Namespace, nullable);
        if (file.Shard < 0)
        {
            // The index: All concatenates the shards on first use (after every entity's initializer has run).
            w.Line("/// <summary>Every " + Escaping.Xml(unit.Kind) + " in the dataset, one property each; <see cref=\"All\"/> lists them in id order.</summary>");
            w.Line(Header.GeneratedCode);
            w.Open("public static partial class " + cls);
            LazyProperty.Write(w, nullable, "/// <summary>All " + cls.ToLowerInvariant() + " in the dataset, in id order.</summary>", "public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All", "global::System.Collections.Generic.IReadOnlyList<" + type + ">", "s_all", w =>
            {
                w.Line("var all = new global::System.Collections.Generic.List<" + type + ">();");
                for (var i = 0; i < file.ShardCount; i++)
                {
                    w.Line("all.AddRange(Shard" + Number(i) + "());");
                }

                w.Line("var created = all.ToArray();");
            });
            w.Line();
            EntityKindEmitter.WriteByIdDoc(w);
            w.Line("internal static " + CodeFeatures.MaybeNull(Expressions.Runtime + "Entity", nullable) + " " + EntityKindEmitter.ById + "(string id) => "
                + string.Join(" ?? ", Enumerable.Range(0, file.ShardCount).Select(i => EntityKindEmitter.ById + "Shard" + Number(i) + "(id)")) + ";");
            w.Close();
            return Header.End(w);
        }

        w.Open("public static partial class " + cls);
        foreach (var e in unit.Entities)
        {
            EntityKindEmitter.WriteEntity(w, unit.Namespace, type, e, nullable);
            w.Line();
        }

        w.Line("private static " + type + "[] Shard" + Number(file.Shard) + "() => new " + type + "[]");
        w.Line("{");
        w.Indent();
        foreach (var e in unit.Entities)
        {
            w.Line(e.Member + ",");
        }

        w.Outdent();
        w.Line("};");
        w.Line();
        EntityKindEmitter.WriteById(w, nullable, EntityKindEmitter.ById + "Shard" + Number(file.Shard), unit.Entities);
        w.Close();
        return Header.End(w);
    }

    public static string Emit(ArticleListShard shard, bool nullable)
    {
        var w = Header.Start(shard.Namespace, nullable);
        w.Open("public static partial class Articles");
        w.Open("private static " + Expressions.Runtime + "Article[] AllShard" + Number(shard.Shard) + "()");
        WriteArticleList(w, nullable, shard.Namespace, shard.Members);
        w.Close();
        w.Line();
        w.Open("internal static " + Expressions.Runtime + "ArticleFacts[] FactsShard" + Number(shard.Shard) + "()");
        WriteFactsList(w, nullable, shard.Namespace, shard.Members, "AllShard" + Number(shard.Shard) + "()");
        w.Close();
        w.Close();
        return Header.End(w);
    }

    // The finders the articles' streams are read with, as locals: one delegate each, not one per article; and the class
    // of stored streams, whose Type is loaded once rather than at every entry.
    // An empty corpus has no article file, and so no class of streams.
    private static void WriteFinders(SourceWriter w, bool nullable, string ns, bool terms, bool streams)
    {
        var rt = Expressions.Runtime;
        if (streams)
        {
            w.Line("var streams = typeof(" + ArticleEmitter.StreamsClass + ");");
        }

        w.Line("var findById = new global::System.Func<string, " + CodeFeatures.MaybeNull(rt + "Entity", nullable) + ">(global::" + ns + ".Entities." + EntityKindEmitter.ById + ");");
        if (terms)
        {
            w.Line("var findTerm = new global::System.Func<int, string, " + CodeFeatures.MaybeNull(rt + "VocabularyTerm", nullable) + ">(global::" + ns + ".Corpus.FindTerm);");
        }
    }

    /// <summary>
    /// Writes <c>return new Article[] { ... };</c> inside the <c>Articles</c> class: each article from its field, or
    /// built from its stream, so that no article's getter is compiled to list them.
    /// </summary>
    private static void WriteArticleList(SourceWriter w, bool nullable, string ns, IReadOnlyList<string> members)
    {
        WriteFinders(w, nullable, ns, terms: false, streams: members.Count > 0);
        w.Line("return new " + Expressions.Runtime + "Article[]");
        w.Line("{");
        w.Indent();
        foreach (var member in members)
        {
            w.Line(ArticleEmitter.ReadArticle(member, "streams", "findById") + ",");
        }

        w.Outdent();
        w.Line("};");
    }

    /// <summary>Writes <c>return new ArticleFacts[] { ... };</c> inside the <c>Articles</c> class: each article's facts read from its stream.</summary>
    /// <remarks>
    /// The articles come from <paramref name="listArticles"/>, the list method of the same members, which
    /// <c>Articles.All</c> has already had compiled, rather than from each article's field and record again: less IL
    /// in this method, which the JIT compiles when the corpus's facts are first read.
    /// </remarks>
    private static void WriteFactsList(SourceWriter w, bool nullable, string ns, IReadOnlyList<string> members, string listArticles)
    {
        WriteFinders(w, nullable, ns, terms: true, streams: members.Count > 0);
        w.Line("var articles = " + listArticles + ";");
        w.Line("return new " + Expressions.Runtime + "ArticleFacts[]");
        w.Line("{");
        w.Indent();
        var index = 0;
        foreach (var member in members)
        {
            w.Line(ArticleEmitter.ReadFacts("articles[" + (index++).ToString(CultureInfo.InvariantCulture) + "]", member, "streams", "findById", "findTerm") + ",");
        }

        w.Outdent();
        w.Line("};");
    }

    /// <summary>
    /// Writes, into the <c>Articles</c> class of the corpus file, the methods that list every article and every
    /// article's facts while the corpus is small (past <see cref="ArticlesPerShard"/> articles the shards hold them).
    /// </summary>
    public static void WriteLists(SourceWriter w, bool nullable, CorpusUnit unit)
    {
        if (unit.ArticleMembers.Count > ArticlesPerShard)
        {
            return;
        }

        w.Line();
        w.Open("private static " + Expressions.Runtime + "Article[] AllArticles()");
        WriteArticleList(w, nullable, unit.Namespace, unit.ArticleMembers);
        w.Close();
        w.Line();
        w.Open("internal static " + Expressions.Runtime + "ArticleFacts[] AllFacts()");
        WriteFactsList(w, nullable, unit.Namespace, unit.ArticleMembers, "AllArticles()");
        w.Close();
    }

    /// <summary>Writes the <c>Corpus.Facts</c> property: every article's facts listed while the corpus is small, else the concatenation of the shards.</summary>
    public static void WriteFacts(SourceWriter w, bool nullable, CorpusUnit unit, string doc)
    {
        var index = Expressions.Runtime + "FactIndex";
        LazyProperty.Write(w, nullable, doc, "public static " + index + " Facts", index, "s_facts", w =>
        {
            if (unit.ArticleMembers.Count <= ArticlesPerShard)
            {
                w.Line("var created = new " + index + "(global::" + unit.Namespace + ".Articles.AllFacts());");
                return;
            }

            var shards = Split(unit).Select(s => "global::" + unit.Namespace + ".Articles.FactsShard" + Number(s.Shard) + "()");
            w.Line("var created = new " + index + "(global::System.Linq.Enumerable.ToArray(");
            w.Indent();
            w.Line(shards.Aggregate((a, b) => "global::System.Linq.Enumerable.Concat(" + a + ", " + b + ")") + "));");
            w.Outdent();
        });
    }

    /// <summary>Writes the <c>Articles.All</c> property: the list itself while it is small, else the concatenation of its shards.</summary>
    public static void WriteArticlesAll(SourceWriter w, bool nullable, CorpusUnit unit, string doc)
    {
        var list = "global::System.Collections.Generic.IReadOnlyList<" + Expressions.Runtime + "Article>";
        LazyProperty.Write(w, nullable, doc, "public static " + list + " All", list, "s_all", w =>
        {
            if (unit.ArticleMembers.Count <= ArticlesPerShard)
            {
                w.Line("var created = AllArticles();");
                return;
            }

            var shards = Split(unit).Select(s => "AllShard" + Number(s.Shard) + "()");
            w.Line("var created = global::System.Linq.Enumerable.ToArray(");
            w.Indent();
            w.Line(shards.Aggregate((a, b) => "global::System.Linq.Enumerable.Concat(" + a + ", " + b + ")") + ");");
            w.Outdent();
        });
    }

    public static string Emit(ContentHashUnit unit, bool nullable)
    {
        var w = Header.Start(unit.Namespace, nullable);
        w.Open("public static partial class Corpus");
        w.Line("/// <summary>SHA-256 over the content of every YAML and text file the dataset was built from (independent of paths and order).</summary>");
        w.Line("/// <remarks>A read-only field, not a constant: a program reads it from the dataset assembly it runs with, so it stays true when only the package is updated.</remarks>");
        w.Line("public static readonly string ContentHash = " + Escaping.Literal(unit.ContentHash) + ";");
        w.Close();
        return Header.End(w);
    }

    private static string Number(int shard) => shard.ToString("D2", CultureInfo.InvariantCulture);
}
