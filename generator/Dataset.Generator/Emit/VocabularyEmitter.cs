using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>One set of the dataset's vocabulary, to emit as one static class (<c>EventTypes</c>, <c>ParticipantRoles</c>, ...).</summary>
internal sealed record VocabularyUnit(string Namespace, string VocabularyName, TermSet Set, EquatableArray<TermModel> Terms)
{
    /// <summary>The units of a vocabulary: one per set that becomes runtime values.</summary>
    public static IEnumerable<VocabularyUnit> Split(VocabularyModel vocabulary, string ns) =>
        TermSets.Valued.Select(set => new VocabularyUnit(ns, vocabulary.Name, set, vocabulary.Terms(set)));
}

/// <summary>
/// Emits one static class per vocabulary set: each term a documented static property (label, description, code, and for
/// event types the parent, CAMEO code and roles), <c>All</c> in declaration order, and lookup by code (<c>Find</c>,
/// <c>TryFind</c>). Parents are declared before their children, so that each initializer sees its parent.
/// </summary>
internal static class VocabularyEmitter
{
    /// <summary>The internal method of each vocabulary class that finds a term by the name of its property.</summary>
    public const string ByMember = "ByMember";

    public static string HintName(VocabularyUnit unit) => "Vocabulary/" + unit.Set.Generated().Class + ".g.cs";

    public static string Emit(VocabularyUnit unit, bool nullable)
    {
        var (cls, typeName) = unit.Set.Generated();
        var type = Expressions.Runtime + typeName;
        var w = Header.Start(unit.Namespace, nullable);
        w.Line("/// <summary>The " + Plural(unit.Set) + " of the dataset's vocabulary '" + Escaping.Xml(unit.VocabularyName) + "', one property each; <see cref=\"All\"/> lists them, <see cref=\"Find\"/> looks one up by code.</summary>");
        w.Line(Header.GeneratedCode);
        w.Open("public static partial class " + cls);
        var ordered = ParentsFirst(unit.Terms);
        var members = unit.Terms.ToDictionary(t => t.Code, t => t.Member!, StringComparer.Ordinal);
        foreach (var term in ordered)
        {
            WriteTerm(w, unit, type, term, members);
            w.Line();
        }

        w.Line("/// <summary>Every " + unit.Set.What() + " of the vocabulary, in the order the vocabulary declares them.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All { get; } = new " + type + "[]");
        w.Line("{");
        w.Indent();
        foreach (var term in unit.Terms)
        {
            w.Line(term.Member + ",");
        }

        w.Outdent();
        w.Line("};");
        w.Line();
        var index = Expressions.Runtime + "VocabularyIndex<" + type + ">";
        LazyProperty.Write(w, nullable, "// The terms by code, built on first use.", "private static " + index + " Index", index, "s_index",
            w => w.Line("var created = new " + index + "(All);"));
        w.Line();
        w.Line("/// <summary>The " + unit.Set.What() + " with this code (exactly as annotations write it), or <see langword=\"null\"/>.</summary>");
        w.Line("/// <param name=\"code\">The code, for example <c>" + Escaping.Xml(unit.Terms.Count > 0 ? unit.Terms[unit.Terms.Count - 1].Code : "code") + "</c>.</param>");
        w.Line("/// <returns>The term, or <see langword=\"null\"/>.</returns>");
        w.Line("public static " + type + " Find(string code) => Index.Find(code);");
        w.Line();
        w.Line("/// <summary>Finds the " + unit.Set.What() + " with this code.</summary>");
        w.Line("/// <param name=\"code\">The code.</param>");
        w.Line("/// <param name=\"term\">The term, or <see langword=\"null\"/>.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Line("public static bool TryFind(string code, out " + type + " term) => Index.TryFind(code, out term);");
        w.Line();

        // How the articles' fact streams find a term: by the name of its property (one switch, compiled once).
        w.Open("internal static " + CodeFeatures.MaybeNull(type, nullable) + " " + ByMember + "(string member)");
        w.Open("switch (member)");
        foreach (var term in unit.Terms)
        {
            w.Line("case " + Escaping.Literal(term.Member!) + ": return " + term.Member + ";");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Close();
        return Header.End(w);
    }

    private static void WriteTerm(SourceWriter w, VocabularyUnit unit, string type, TermModel term, Dictionary<string, string> members)
    {
        w.Line("/// <summary><b>" + Escaping.Xml(term.Label) + "</b>: " + Escaping.Xml(term.Description) + "</summary>");
        var remarks = new List<string> { "Code <c>" + Escaping.Xml(term.Code) + "</c>" };
        if (term.Parent is { } parent && members.TryGetValue(parent, out var parentMember))
        {
            remarks.Add("a kind of <see cref=\"" + parentMember + "\"/>");
        }

        if (term.Cameo is { } cameo)
        {
            remarks.Add("CAMEO " + Escaping.Xml(cameo));
        }

        if (term.Ace is { } ace)
        {
            remarks.Add("ACE " + Escaping.Xml(ace));
        }

        if (!term.Roles.IsEmpty)
        {
            remarks.Add("roles: " + string.Join(", ", term.Roles.Select(Escaping.Xml)));
        }

        w.Line("/// <remarks>" + string.Join("; ", remarks) + ".</remarks>");
        var args = new List<string> { Escaping.Literal(term.Code), Escaping.Literal(term.Label), Escaping.Literal(term.Description) };
        if (unit.Set == TermSet.EventType)
        {
            args.Add("parent: " + (term.Parent is { } p && members.TryGetValue(p, out var pm) ? pm : "null"));
            args.Add("cameo: " + Escaping.Literal(term.Cameo));
            args.Add("ace: " + Escaping.Literal(term.Ace));
            args.Add("roles: " + (term.Roles.IsEmpty
                ? "null"
                : "new " + Expressions.Runtime + "ParticipantRole[] { " + string.Join(", ", term.Roles.Select(r => "global::" + unit.Namespace + ".ParticipantRoles." + Vocabulary.EnumMember(r))) + " }"));
        }
        else
        {
            args.Add("prose: " + Escaping.Literal(term.Prose));
        }

        w.Line("public static " + type + " " + term.Member + " { get; } = new " + type + "(" + string.Join(", ", args) + ");");
    }

    /// <summary>The terms with every parent before its children, otherwise in declaration order.</summary>
    private static List<TermModel> ParentsFirst(EquatableArray<TermModel> terms)
    {
        var byCode = terms.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TermModel>();
        foreach (var term in terms)
        {
            Visit(term);
        }

        return result;

        void Visit(TermModel t)
        {
            if (!done.Add(t.Code))
            {
                return;
            }

            if (t.Parent is { } p && byCode.TryGetValue(p, out var parent))
            {
                Visit(parent);
            }

            result.Add(t);
        }
    }

    private static string Plural(TermSet set) => set switch
    {
        TermSet.EventType => "event types",
        TermSet.ParticipantRole => "participant roles",
        TermSet.RelationType => "relation types",
        TermSet.Stance => "stances",
        TermSet.CorrectionKind => "correction kinds",
        _ => "entity kinds",
    };
}
