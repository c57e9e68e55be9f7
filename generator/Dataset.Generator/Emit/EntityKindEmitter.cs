using System.Linq;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>Emits one static class per entity kind: one documented property per entity, and <c>All</c>.</summary>
internal static class EntityKindEmitter
{
    public static string HintName(EntityKindUnit unit) => "Entities/" + unit.Class + ".g.cs";

    public static string Emit(EntityKindUnit unit)
    {
        var cls = unit.Class;
        var type = Expressions.Runtime + Vocabulary.TypeFor(unit.BuiltIn);
        var w = Header.Start(unit.Namespace);
        w.Line("/// <summary>Every " + Escaping.Xml(unit.Kind) + " in the dataset, one property each; <see cref=\"All\"/> lists them in id order.</summary>");
        w.Open("public static partial class " + cls);
        foreach (var e in unit.Entities)
        {
            WriteEntity(w, unit.Namespace, type, e);
            w.Line();
        }

        w.Line("/// <summary>All " + cls.ToLowerInvariant() + " in the dataset, in id order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All { get; } = new " + type + "[]");
        w.Line("{");
        w.Indent();
        foreach (var e in unit.Entities)
        {
            w.Line(e.Member + ",");
        }

        w.Outdent();
        w.Line("};");
        w.Close();
        return Header.End(w);
    }

    internal static void WriteEntity(SourceWriter w, string ns, string type, EntityEmit e)
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
        w.Line("public static " + type + " " + e.Member + " { get; } = new " + type + "(");
        w.Indent();
        w.Line("id: " + Escaping.Literal(e.Id) + ",");
        w.Line("name: " + Escaping.Literal(e.Name) + ",");
        w.Line("description: " + Escaping.Literal(e.Description) + ",");
        switch (e.Kind)
        {
            case "person" when !e.Positions.IsEmpty:
                w.Line("positions: new " + Expressions.Runtime + "Position[]");
                w.Line("{");
                w.Indent();
                foreach (var p in e.Positions)
                {
                    w.Line("new " + Expressions.Runtime + "Position(" + Escaping.Literal(p.Title) + ", " + Expressions.LazyEntityRef(ns, p.Of) + ", " + Expressions.Time(p.Time) + "),");
                }

                w.Outdent();
                w.Line("},");
                break;
            case "country":
                w.Line("iso2: " + Escaping.Literal(e.Iso2) + ",");
                w.Line("iso3: " + Escaping.Literal(e.Iso3) + ",");
                w.Line("currency: " + Escaping.Literal(e.Currency) + ",");
                break;
            case "weapon" or "vessel":
                w.Line("@class: " + Escaping.Literal(e.Class) + ",");
                break;
        }

        if (!e.Aliases.IsEmpty)
        {
            w.Line("aliases: new " + Expressions.Runtime + "Alias[]");
            w.Line("{");
            w.Indent();
            foreach (var a in e.Aliases)
            {
                w.Line("new " + Expressions.Runtime + "Alias(" + Escaping.Literal(a.Text) + ", " + Expressions.Runtime + "AliasForm." + a.Form + "),");
            }

            w.Outdent();
            w.Line("},");
        }

        w.Line("wikidata: " + Escaping.Literal(e.Wikidata) + ",");
        w.Line("partOf: " + Expressions.LazyEntityRef(ns, e.PartOf) + ",");
        w.Line("country: " + Expressions.LazyEntityRef(ns, e.Country) + ");");
        w.Outdent();
    }
}
