using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>Emits one static class per entity kind: one documented property per entity, and <c>All</c>.</summary>
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
        foreach (var e in unit.Entities)
        {
            WriteEntity(w, unit.Namespace, type, e, nullable);
            w.Line();
        }

        // Built on first use like every entity: the class has no static constructor, so reading one entity builds one.
        var list = "global::System.Collections.Generic.IReadOnlyList<" + type + ">";
        LazyProperty.Write(w, nullable, "/// <summary>All " + cls.ToLowerInvariant() + " in the dataset, in id order.</summary>", "public static " + list + " All", list, "s_all", w =>
        {
            w.Line("var created = new " + type + "[]");
            w.Line("{");
            w.Indent();
            foreach (var e in unit.Entities)
            {
                w.Line(e.Member + ",");
            }

            w.Outdent();
            w.Line("};");
        });
        w.Line();
        WriteById(w, nullable, ById, unit.Entities);
        w.Close();
        return Header.End(w);
    }

    /// <summary>
    /// The name of each kind's internal finder by id, <c>entityById</c>: camel case, so that no entity's property (Pascal
    /// case, from its name) can take it.
    /// </summary>
    public const string ById = "entityById";

    /// <summary>
    /// Writes the internal finder by id over <paramref name="entities"/>: a <c>switch</c> on the id that returns the
    /// entity's property, so that it builds that entity only. The articles' fact streams find their entities through
    /// it (<c>Entities.entityById</c>), so reading an article's facts builds the entities it names, not the index of
    /// every entity that <c>Entities.FindById</c> builds.
    /// </summary>
    internal static void WriteById(SourceWriter w, bool nullable, string name, IEnumerable<LinkedEntity> entities)
    {
        WriteByIdDoc(w);
        w.Open("internal static " + CodeFeatures.MaybeNull(Expressions.Runtime + "Entity", nullable) + " " + name + "(string id)");
        w.Open("switch (id)");
        foreach (var e in entities)
        {
            w.Line("case " + Escaping.Literal(e.Id) + ": return " + e.Member + ";");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
    }

    /// <summary>The XML doc of a finder by id (<see cref="WriteById"/>, and a sharded kind's finder over its shards).</summary>
    internal static void WriteByIdDoc(SourceWriter w)
    {
        w.Line("/// <summary>The entity with the id among these, built on first use, or null (for the articles' streams).</summary>");
        w.Line("/// <param name=\"id\">The entity's id.</param>");
        w.Line("/// <returns>The entity, or null.</returns>");
    }

    internal static void WriteEntity(SourceWriter w, string ns, string type, LinkedEntity e, bool nullable)
    {
        var doc = new List<string> { "/// <summary>", "/// <b>" + Escaping.Xml(e.Name) + "</b>: " + Escaping.Xml(e.Description) };
        if (e.Mention is { } held && !e.RolesAtMention.IsEmpty)
        {
            doc.Add("/// <para>On " + Escaping.Xml(held.ArticleDate) + ": " + Escaping.Xml(string.Join("; ", e.RolesAtMention)) + ".</para>");
        }

        if (e.Mention is { } m)
        {
            doc.Add("/// <para>" + (m.Count > 0 ? "Named in" : "In") + " \u201C" + Escaping.Xml(m.ArticleHeadline) + "\u201D (" + Escaping.Xml(m.ArticleDate) + "): \u201C"
                + Escaping.Xml(m.Sentence) + "\u201D</para>");
        }

        doc.Add("/// </summary>");
        doc.Add("/// <remarks>" + Escaping.Xml(Vocabulary.TypeFor(e.Kind)) + " <c>" + Escaping.Xml(e.Id) + "</c>"
            + (e.Wikidata is null ? string.Empty : ", Wikidata " + Escaping.Xml(e.Wikidata))
            + (e.Aliases.IsEmpty ? string.Empty : "; also written " + string.Join(", ", e.Aliases.Select(a => Escaping.Xml(a.Text))))
            + ".</remarks>");
        // Named arguments, each on its own line; an optional one whose value is null is left out (the constructors
        // default it to null), so each entity lists only what the data says.
        var args = new List<string[]>
        {
            new[] { "id: " + Escaping.Literal(e.Id) },
            new[] { "name: " + Escaping.Literal(e.Name) },
            new[] { "description: " + Escaping.Literal(e.Description) },
        };
        switch (e.Kind)
        {
            case "person":
                // The constructor with employers and ranks takes all three lists; the other, only positions.
                var affiliated = !e.Employers.IsEmpty || !e.Ranks.IsEmpty;
                if (!e.Positions.IsEmpty || affiliated)
                {
                    args.Add(e.Positions.IsEmpty ? new[] { "positions: null" } : List("positions", Expressions.Runtime + "Position",
                        e.Positions.Select(p => "new " + Expressions.Runtime + "Position(" + Escaping.Literal(p.Title) + ", " + Expressions.LazyEntityRef(ns, p.Of) + ", " + Expressions.Time(p.Time) + ")")));
                }

                if (affiliated)
                {
                    args.Add(e.Employers.IsEmpty ? new[] { "employers: null" } : List("employers", Expressions.Runtime + "Affiliation",
                        e.Employers.Select(a => "new " + Expressions.Runtime + "Affiliation(" + Expressions.LazyEntityRef(ns, a.Of) + ", " + (a.Role is null ? "null" : Escaping.Literal(a.Role)) + ", " + Expressions.Time(a.Time) + ")")));
                    args.Add(e.Ranks.IsEmpty ? new[] { "ranks: null" } : List("ranks", Expressions.Runtime + "Rank",
                        e.Ranks.Select(r => "new " + Expressions.Runtime + "Rank(" + Escaping.Literal(r.Title) + ", " + Expressions.LazyEntityRef(ns, r.Service) + ", " + Expressions.Time(r.Time) + ")")));
                }

                break;
            case "agreement" when e.Agreement is { } terms:
                // The constructor with terms takes all five.
                args.Add(new[] { "type: " + (terms.Type is null ? "null" : "(" + Expressions.Runtime + "AgreementType?)" + Expressions.Runtime + "AgreementType." + terms.Type) });
                args.Add(terms.Parties.IsEmpty ? new[] { "parties: null" } : List("parties", "global::System.Func<" + Expressions.Runtime + "Entity>",
                    terms.Parties.Select(p => Expressions.LazyEntityRef(ns, p))));
                args.Add(new[] { "subject: " + Expressions.LazyEntityRef(ns, terms.Subject) });
                args.Add(new[] { "concluded: " + Expressions.Time(terms.Concluded) });
                args.Add(new[] { "status: " + (terms.Status is null ? "null" : "(" + Expressions.Runtime + "AgreementStatus?)" + Expressions.Runtime + "AgreementStatus." + terms.Status) });
                break;
            case "country":
                Optional(args, "iso2", e.Iso2);
                Optional(args, "iso3", e.Iso3);
                Optional(args, "currency", e.Currency);
                break;
            case "weapon" or "vessel":
                Optional(args, "@class", e.Class);
                break;
        }

        if (!e.Aliases.IsEmpty)
        {
            args.Add(List("aliases", Expressions.Runtime + "Alias",
                e.Aliases.Select(a => "new " + Expressions.Runtime + "Alias(" + Escaping.Literal(a.Text) + ", " + Expressions.Runtime + "AliasForm." + a.Form + ")")));
        }

        Optional(args, "wikidata", e.Wikidata);
        if (e.PartOf is not null)
        {
            args.Add(new[] { "partOf: " + Expressions.LazyEntityRef(ns, e.PartOf) });
        }

        if (e.Country is not null)
        {
            args.Add(new[] { "country: " + Expressions.LazyEntityRef(ns, e.Country) });
        }

        // Each entity is built on first use, in its own getter: reading one entity builds that one and compiles one
        // small method, where initializers of the class made one static constructor that built every entity of the kind.
        LazyProperty.Write(w, nullable, string.Join("\n", doc), "public static " + type + " " + e.Member, type, "s_entity" + e.Member, w =>
        {
            w.Line("var created = new " + type + "(");
            w.Indent();
            for (var i = 0; i < args.Count; i++)
            {
                var lines = args[i];
                for (var j = 0; j < lines.Length - 1; j++)
                {
                    w.Line(lines[j]);
                }

                w.Line(lines[lines.Length - 1] + (i == args.Count - 1 ? ");" : ","));
            }

            w.Outdent();
        });
    }

    private static void Optional(List<string[]> args, string name, string? value)
    {
        if (value is not null)
        {
            args.Add(new[] { name + ": " + Escaping.Literal(value) });
        }
    }

    /// <summary>An array argument: <c>name: new T[]</c>, then one element a line between braces.</summary>
    private static string[] List(string name, string type, IEnumerable<string> elements) =>
        new[] { name + ": new " + type + "[]", "{" }.Concat(elements.Select(x => "    " + x + ",")).Concat(new[] { "}" }).ToArray();
}
