using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Parsing;

/// <summary>
/// Binds a vocabulary file (<c>schema: 2</c> and a top-level <c>vocabulary:</c> mapping) to a
/// <see cref="VocabularyFileModel"/>, checking its shape field by field. Cross-term checks (unique codes, known parents
/// and roles, no cycles, C# names) belong to <see cref="Validation.VocabularyLinker"/>.
/// </summary>
internal static class VocabularyBinder
{
    public static VocabularyFileModel? Bind(string path, MappingReader file)
    {
        var d = file.Diagnostics;
        var metaNode = file.Node("vocabulary")!;
        string? name = null;
        var sources = new List<string>();
        if (MappingReader.For(metaNode, "'vocabulary'", d) is { } meta)
        {
            name = meta.String("name", required: true);
            meta.String("description");
            sources.AddRange(meta.List("sources", n =>
            {
                var s = MappingReader.For(n, "a source", d);
                if (s is null)
                {
                    return null;
                }

                var title = s.String("title", required: true);
                var url = s.String("url", required: true);
                s.Finish();
                return title is null || url is null ? null : title + " \u2014 " + url;
            }));
            meta.Finish();
        }

        var eventTypes = Section(file, TermSet.EventType);
        var roles = Section(file, TermSet.ParticipantRole);
        var relationTypes = Section(file, TermSet.RelationType);
        var stances = Section(file, TermSet.Stance);
        var correctionKinds = Section(file, TermSet.CorrectionKind);
        var entityKinds = Section(file, TermSet.EntityKind);
        return name is null
            ? null
            : new VocabularyFileModel(path, name, metaNode.Location, eventTypes, roles, relationTypes, stances, correctionKinds, entityKinds)
            {
                Sources = sources.ToEquatableArray(),
            };
    }

    private static EquatableArray<TermModel>? Section(MappingReader file, TermSet set)
    {
        if (file.Node(set.Key()) is null)
        {
            return null;
        }

        return file.List(set.Key(), n => BindTerm(n, set, file.Diagnostics)).ToEquatableArray();
    }

    private static TermModel? BindTerm(YamlNode node, TermSet set, List<DiagnosticInfo> d)
    {
        var r = MappingReader.For(node, Indefinite(set.What()), d);
        if (r is null)
        {
            return null;
        }

        var code = r.Located("code", required: true);
        var label = r.String("label", required: true);
        var description = r.String("description", required: true);
        var prose = set is TermSet.EventType or TermSet.EntityKind ? null : r.String("prose");
        TermModel? term = code is { } c && label is not null && description is not null ? new TermModel(c.Value, label, description, c.Location) { Prose = prose } : null;
        switch (set)
        {
            case TermSet.EventType:
                var parent = r.Located("parent");
                var cameo = r.Located("cameo");
                var ace = r.String("ace");
                var roles = new List<(string, LocationInfo)>();
                r.List("roles", n =>
                {
                    if (n is YamlScalar { IsNull: false } s)
                    {
                        roles.Add((s.Value, s.Location));
                        return s;
                    }

                    d.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongNodeType, n.Location, "roles item", "a role code", n.Describe));
                    return null;
                });
                if (cameo is { } k && !IsCameo(k.Value))
                {
                    d.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidScalar, k.Location, k.Value, "CAMEO event code (2 to 4 digits, quoted: \"042\")"));
                    cameo = null;
                }

                term = term is null
                    ? null
                    : term with
                    {
                        Parent = parent?.Value,
                        ParentLocation = parent?.Location,
                        Cameo = cameo?.Value,
                        CameoLocation = cameo?.Location,
                        Ace = ace,
                        Roles = roles.Select(x => x.Item1).ToEquatableArray(),
                        RoleLocations = roles.Select(x => x.Item2).ToEquatableArray(),
                    };
                break;
            case TermSet.EntityKind:
                var cls = r.Located("class", required: true);
                var extends = r.Located("extends", required: true);
                term = term is null || cls is null || extends is null
                    ? null
                    : term with { Class = cls.Value.Value, Parent = extends.Value.Value, ParentLocation = extends.Value.Location };
                break;
        }

        r.Finish();
        return term;
    }

    /// <summary>The term set's name with its indefinite article, as messages name a term: <c>an event type</c>, <c>a stance</c>.</summary>
    private static string Indefinite(string what) => ("aeiou".IndexOf(what[0]) >= 0 ? "an " : "a ") + what;

    /// <summary>A CAMEO event code: 2 to 4 digits (root <c>04</c>, base <c>042</c>, leaf <c>0421</c>).</summary>
    public static bool IsCameo(string value) => value.Length is >= 2 and <= 4 && value.All(c => c is >= '0' and <= '9');
}
