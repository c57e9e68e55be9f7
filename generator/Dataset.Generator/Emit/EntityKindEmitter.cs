using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>
/// Emits one static class per entity kind: one documented property per entity, <c>All</c>, and the entities as data (an
/// entity stream that Dataset.Model's <c>EntityTable</c> builds them from, one at a time).
/// </summary>
internal static class EntityKindEmitter
{
    public static string HintName(EntityKindUnit unit) => "Entities/" + unit.Class + ".g.cs";

    public static string Emit(EntityKindUnit unit, bool nullable)
    {
        var cls = unit.Class;
        var type = Expressions.Runtime + Vocabulary.TypeFor(unit.BuiltIn);
        var w = Header.Start(unit.Namespace, nullable);
        w.Line("/// <summary>Every " + Escaping.Xml(unit.Kind) + " in the dataset, one property each; <see cref=\"All\"/> lists them in id order.</summary>");
        w.Line(Header.GeneratedCode);
        w.Open("public static partial class " + cls);
        WriteEntities(w, unit, type, string.Empty);

        // Built on first use, by the table, which builds each entity once, however it is reached.
        var list = "global::System.Collections.Generic.IReadOnlyList<" + type + ">";
        LazyProperty.Write(w, nullable, "/// <summary>All " + cls.ToLowerInvariant() + " in the dataset, in id order.</summary>", "public static " + list + " All", list, "s_all", w =>
            w.Line("var created = " + Table(string.Empty) + ".All<" + type + ">();"));
        w.Line();
        WriteById(w, nullable, string.Empty);
        w.Line();
        WriteTable(w, unit.Namespace, cls, nullable, string.Empty, unit.Entities);
        w.Close();
        return Header.End(w);
    }

    /// <summary>The documented property of each entity of <paramref name="unit"/>, reading the table of <paramref name="shard"/>.</summary>
    internal static void WriteEntities(SourceWriter w, EntityKindUnit unit, string type, string shard)
    {
        for (var i = 0; i < unit.Entities.Count; i++)
        {
            WriteEntity(w, type, unit.Entities[i], Table(shard), i);
            w.Line();
        }
    }

    /// <summary>
    /// The name of each kind's internal finder by id, <c>entityById</c>: camel case, so that no entity's property (Pascal
    /// case, from its name) can take it.
    /// </summary>
    public const string ById = "entityById";

    /// <summary>
    /// Writes the internal finder by id of a class (or shard, <paramref name="shard"/>), which asks its table: it builds
    /// that entity only. The articles' fact streams find their entities through it (<c>Entities.entityById</c>), so
    /// reading an article's facts builds the entities it names, not the index of every entity that
    /// <c>Entities.FindById</c> builds.
    /// </summary>
    internal static void WriteById(SourceWriter w, bool nullable, string shard)
    {
        WriteByIdDoc(w);
        w.Line("internal static " + CodeFeatures.MaybeNull(Expressions.Runtime + "Entity", nullable) + " " + ById + shard + "(string id) => " + Table(shard) + ".FindById(id);");
    }

    /// <summary>The XML doc of a finder by id (<see cref="WriteById"/>, and a sharded kind's finder over its shards).</summary>
    internal static void WriteByIdDoc(SourceWriter w)
    {
        w.Line("/// <summary>The entity with the id among these, built on first use, or null (for the articles' streams).</summary>");
        w.Line("/// <param name=\"id\">The entity's id.</param>");
        w.Line("/// <returns>The entity, or null.</returns>");
    }

    /// <summary>
    /// Writes an entity's documented property, which reads it from the class's <see cref="Table"/> (built there on first
    /// use, from the entity stream <see cref="WriteTable"/> stores): no code per entity but this one-line getter, which
    /// is compiled only when the program names the entity.
    /// </summary>
    internal static void WriteEntity(SourceWriter w, string type, LinkedEntity e, string table, int index)
    {
        w.Line("/// <summary>");
        w.Line("/// <b>" + Escaping.Xml(e.Name) + "</b>: " + Escaping.Xml(e.Description));
        if (e.Mention is { } held && !e.RolesAtMention.IsEmpty)
        {
            w.Line("/// <para>On " + Escaping.Xml(held.ArticleDate) + ": " + Escaping.Xml(string.Join("; ", e.RolesAtMention)) + ".</para>");
        }

        if (e.Mention is { } m)
        {
            w.Line("/// <para>" + (m.Count > 0 ? "Named in" : "In") + " \u201C" + Escaping.Xml(m.ArticleHeadline) + "\u201D (" + Escaping.Xml(m.ArticleDate) + "): \u201C"
                + Escaping.Xml(m.Sentence) + "\u201D</para>");
        }

        w.Line("/// </summary>");
        w.Line("/// <remarks>" + Escaping.Xml(Vocabulary.TypeFor(e.Kind)) + " <c>" + Escaping.Xml(e.Id) + "</c>"
            + (e.Wikidata is null ? string.Empty : ", Wikidata " + Escaping.Xml(e.Wikidata))
            + (e.Aliases.IsEmpty ? string.Empty : "; also written " + string.Join(", ", e.Aliases.Select(a => Escaping.Xml(a.Text))))
            + ".</remarks>");
        w.Line("public static " + type + " " + e.Member + " => (" + type + ")" + table + "[" + index.ToString(CultureInfo.InvariantCulture) + "];");
    }

    /// <summary>
    /// The name of a class's (or shard's) entity table field, camel case like <see cref="ById"/>: <c>entities</c>, or
    /// <c>entitiesShard00</c>.
    /// </summary>
    internal static string Table(string shard) => "entities" + shard;

    /// <summary>
    /// Writes the entity table: a field created with the class (cheaply: nothing is read until an entity is asked for)
    /// over its stored stream, a string literal (loaded with the class; no reflection, unlike the articles' many
    /// streams, which are constants read one at a time). Literals go to the assembly's user-string heap, which the CLR
    /// caps at 16 MB: at ~200 bytes an entity, a registry of some 80,000 entities would pass it (the compiler's CS8103),
    /// and would need its entities in constants as the articles' streams are.
    /// </summary>
    internal static void WriteTable(SourceWriter w, string ns, string cls, bool nullable, string shard, IReadOnlyList<LinkedEntity> entities)
    {
        var rt = Expressions.Runtime;
        var name = cls + "." + (shard.Length == 0 ? "All" : shard);

        // Not compressed: the expansion is compiled optimised for the articles' streams, which a program that reads one
        // entity would pay for; the entities are a small part of a dataset.
        var stream = FactStreamWriter.EncodeEntities(entities);
        var findById = "new global::System.Func<string, " + CodeFeatures.MaybeNull(rt + "Entity", nullable) + ">(global::" + ns + ".Entities." + ById + ")";
        w.Line("// The entities as data (fact stream format " + FactStreamWriter.FormatVersion.ToString(CultureInfo.InvariantCulture) + ", "
            + entities.Count.ToString(CultureInfo.InvariantCulture) + " entities, " + stream.Length.ToString(CultureInfo.InvariantCulture)
            + " bytes), built one at a time on first use by Dataset.Model's EntityTable.");
        w.Line("private static readonly " + rt + "Infrastructure.EntityTable " + Table(shard) + " = new " + rt + "Infrastructure.EntityTable(", stream,
            ", " + Escaping.Literal(name) + ", " + findById + ");");
    }
}
