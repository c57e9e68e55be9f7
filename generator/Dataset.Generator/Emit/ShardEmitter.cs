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

    /// <summary>
    /// The lines an entity was estimated at when <see cref="EntityKindEmitter.WriteEntity"/> wrote its constructor call
    /// (an upper bound then): the entities now go as data and take eight lines or fewer, but the estimate is kept so
    /// that a kind splits into the same shards, with the same file names, as before.
    /// </summary>
    private static int EstimatedLines(LinkedEntity e) =>
        30 + (e.Positions.IsEmpty ? 0 : 3 + e.Positions.Count) + (e.Aliases.IsEmpty ? 0 : 3 + e.Aliases.Count) + (e.Employers.IsEmpty && e.Ranks.IsEmpty ? 0 : 8 + e.Employers.Count + e.Ranks.Count);

    public static string HintName(EntityFileUnit file) =>
        file.ShardCount == 0 || file.Shard < 0
            ? EntityKindEmitter.HintName(file.Unit)
            : "Entities/" + file.Unit.Class + ".Shard" + Number(file.Shard) + ".g.cs";

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
                    w.Line("all.AddRange(" + ShardList(i) + "());");
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

        var shard = "Shard" + Number(file.Shard);
        w.Open("public static partial class " + cls);
        EntityKindEmitter.WriteEntities(w, unit, type, shard);
        w.Line("private static " + type + "[] " + ShardList(file.Shard) + "() => " + EntityKindEmitter.Table(shard) + ".All<" + type + ">();");
        w.Line();
        EntityKindEmitter.WriteById(w, nullable, shard);
        w.Line();
        EntityKindEmitter.WriteTable(w, unit.Namespace, cls, nullable, shard, unit.Entities);
        w.Close();
        return Header.End(w);
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

    // The list of one shard's entities: camel case, like the finders by id, so that no entity's member (Pascal case, from
    // its name) can take it: an entity named "Shard 00" has the member Shard00.
    private static string ShardList(int shard) => "allShard" + Number(shard);

    private static string Number(int shard) => shard.ToString("D2", CultureInfo.InvariantCulture);
}
