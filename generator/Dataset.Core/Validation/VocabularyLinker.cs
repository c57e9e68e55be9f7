using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Parsing;

namespace Dataset.Core.Validation;

/// <summary>
/// The vocabulary step, before the registry and the articles: the project's vocabulary file (or, when it has none, the
/// default news vocabulary embedded in the core), checked as a whole: codes well formed and unique within their set,
/// parents, roles and extended kinds known, no cycles, C# members and class names valid and distinct. A set the file
/// does not declare comes from the default vocabulary. A term that fails a check is reported and left out (an unknown
/// parent or role is dropped from the term instead), so that one mistake is reported once.
/// </summary>
internal static class VocabularyLinker
{
    /// <summary>The resource name of the default vocabulary (data/vocabulary/news.yaml, embedded).</summary>
    public const string DefaultResource = "Dataset.Core.Vocabulary.news.yaml";

    /// <summary>The path diagnostics would show for the default vocabulary (none are expected: a test checks it).</summary>
    public const string DefaultPath = "Dataset.Generator/vocabulary/news.yaml";

    private static readonly Lazy<VocabularyResult> DefaultResult = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The default news vocabulary (CAMEO-aligned), used when a project declares none.</summary>
    public static VocabularyModel Default => DefaultResult.Value.Vocabulary;

    /// <summary>The default vocabulary's own diagnostics: none, unless the embedded file is broken (a test checks it).</summary>
    public static EquatableArray<DiagnosticInfo> DefaultDiagnostics => DefaultResult.Value.Diagnostics;

    /// <summary>The YAML text of the default vocabulary.</summary>
    public static string DefaultText()
    {
        using var stream = typeof(VocabularyLinker).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("the default vocabulary resource '" + DefaultResource + "' is missing from Dataset.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Links the project's vocabulary files (one is allowed; in path order, the first wins and the others are reported).</summary>
    public static VocabularyResult Link(IReadOnlyList<FileResult> files, CancellationToken cancellationToken)
    {
        var declared = files.Where(f => f.Vocabulary is not null).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (declared.Count == 0)
        {
            return new VocabularyResult(Default, EquatableArray<DiagnosticInfo>.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new DiagnosticBag();
        var first = declared[0].Vocabulary!;
        foreach (var other in declared.Skip(1))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SecondVocabulary, other.Vocabulary!.Location, first.Location));
        }

        return new VocabularyResult(Link(first, Default, diagnostics), diagnostics.ToEquatableArray());
    }

    /// <summary>Links one vocabulary file; the sets it does not declare come from <paramref name="fallback"/>.</summary>
    public static VocabularyModel Link(VocabularyFileModel file, VocabularyModel? fallback, DiagnosticBag diagnostics)
    {
        var roles = Terms(file.Roles, fallback?.Roles, TermSet.ParticipantRole, diagnostics);
        var roleCodes = new HashSet<string>(roles.Select(r => r.Code), StringComparer.Ordinal);
        var eventTypes = Terms(file.EventTypes, fallback?.EventTypes, TermSet.EventType, diagnostics);
        eventTypes = LinkEventTypes(eventTypes, roleCodes, file.Name, diagnostics);
        var relationTypes = Terms(file.RelationTypes, fallback?.RelationTypes, TermSet.RelationType, diagnostics);
        var stances = Terms(file.Stances, fallback?.Stances, TermSet.Stance, diagnostics);
        var correctionKinds = Terms(file.CorrectionKinds, fallback?.CorrectionKinds, TermSet.CorrectionKind, diagnostics);
        var entityKinds = LinkEntityKinds(Terms(file.EntityKinds, fallback?.EntityKinds, TermSet.EntityKind, diagnostics), file.Name, diagnostics);
        var acceptedKinds = new HashSet<string>(entityKinds.Select(k => k.Code), StringComparer.Ordinal);
        var rejectedKinds = (file.EntityKinds ?? EquatableArray<TermModel>.Empty).Select(k => k.Code)
            .Where(c => !acceptedKinds.Contains(c) && Vocabulary.BuiltIn(c) is null)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => c, StringComparer.Ordinal);
        return new VocabularyModel(file.Name, file.Path, eventTypes.ToEquatableArray(), roles.ToEquatableArray(), relationTypes.ToEquatableArray(),
            stances.ToEquatableArray(), correctionKinds.ToEquatableArray(), entityKinds.ToEquatableArray())
        {
            RejectedKinds = rejectedKinds.ToEquatableArray(),
        };
    }

    /// <summary>A suggestion suffix: <c>; did you mean 'a' or 'b'?</c>, or empty.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var suggestions = Suggest.Nearest(value, candidates, 3);
        return suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?";
    }

    /// <summary>How messages name a vocabulary: <c>vocabulary 'news'</c>.</summary>
    public static string Describe(VocabularyModel vocabulary) => "vocabulary '" + vocabulary.Name + "'";

    /// <summary>A set's terms with valid, unique codes and members; the fallback's when the file does not declare the set.</summary>
    private static List<TermModel> Terms(EquatableArray<TermModel>? declared, EquatableArray<TermModel>? fallback, TermSet set, DiagnosticBag diagnostics)
    {
        if (declared is not { } terms)
        {
            return fallback is { } f ? f.ToList() : new List<TermModel>();
        }

        var (cls, _) = set.Generated();
        var accepted = new List<TermModel>();
        var codes = new Dictionary<string, TermModel>(StringComparer.Ordinal);
        var members = new Dictionary<string, TermModel>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!IsCode(term.Code))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidScalar, term.Location, term.Code,
                    set.What() + " code (lowercase words of letters and digits joined by hyphens, in dot-separated parts: military.exercise)");
                continue;
            }

            if (codes.TryGetValue(term.Code, out var first) || (set == TermSet.EntityKind && Vocabulary.BuiltIn(term.Code) is not null))
            {
                // A built-in kind is declared by Dataset.Model itself: no additional location.
                diagnostics.Add(first is null
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateTerm, term.Location, set.What(), term.Code)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateTerm, term.Location, first.Location, set.What(), term.Code));
                continue;
            }

            var member = Vocabulary.EnumMember(term.Code);
            if (set != TermSet.EntityKind)
            {
                if (!Naming.IsValidIdentifier(member))
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, term.Location, term.Code, member);
                    continue;
                }

                if (member is "All" or "Find" or "TryFind" or "Index")
                {
                    diagnostics.Add(DiagnosticDescriptors.ReservedName, term.Location, term.Code, cls, member, "its list, or a lookup of the terms");
                    continue;
                }

                if (members.TryGetValue(member, out var other))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, term.Location, other.Location, term.Code, other.Code, cls, member));
                    continue;
                }

                members.Add(member, term);
            }

            codes.Add(term.Code, term);
            accepted.Add(term with { Member = member });
        }

        return accepted;
    }

    /// <summary>Event types: known parents, no cycles, known roles.</summary>
    private static List<TermModel> LinkEventTypes(List<TermModel> types, HashSet<string> roles, string vocabulary, DiagnosticBag diagnostics)
    {
        var byCode = types.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var result = new List<TermModel>();
        foreach (var type in types)
        {
            var t = type;
            if (t.Parent is { } parent && !byCode.ContainsKey(parent))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownTerm, t.ParentLocation ?? t.Location, "event type", parent,
                    "vocabulary '" + vocabulary + "'", DidYouMean(parent, byCode.Keys));
                t = t with { Parent = null, ParentLocation = null };
            }

            var keptRoles = new List<string>();
            var keptLocations = new List<LocationInfo>();
            for (var i = 0; i < t.Roles.Count; i++)
            {
                var location = i < t.RoleLocations.Count ? t.RoleLocations[i] : t.Location;
                if (roles.Contains(t.Roles[i]))
                {
                    keptRoles.Add(t.Roles[i]);
                    keptLocations.Add(location);
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownTerm, location, "participant role", t.Roles[i], "vocabulary '" + vocabulary + "'", DidYouMean(t.Roles[i], roles));
                }
            }

            t = t with { Roles = keptRoles.ToEquatableArray(), RoleLocations = keptLocations.ToEquatableArray() };
            byCode[t.Code] = t;
            result.Add(t);
        }

        return BreakCycles(result, byCode, "event type", diagnostics);
    }

    /// <summary>Entity kinds: valid, unique class names; a known kind to extend; no cycles.</summary>
    private static List<TermModel> LinkEntityKinds(List<TermModel> kinds, string vocabulary, DiagnosticBag diagnostics)
    {
        var byCode = kinds.ToDictionary(t => t.Code, StringComparer.Ordinal);
        // The classes the generated code declares of its own: each built-in kind's, and the dataset's.
        var reservedClasses = Vocabulary.BuiltInKinds.ToDictionary(k => k.Class, k => "the class of the built-in kind '" + k.Code + "'", StringComparer.Ordinal);
        foreach (var reserved in new[] { "Corpus", "Entities", "Articles", "EventTypes", "ParticipantRoles", "RelationTypes", "Stances", "CorrectionKinds" })
        {
            reservedClasses[reserved] = "the dataset's own class '" + reserved + "'";
        }

        var classes = new Dictionary<string, TermModel>(StringComparer.Ordinal);

        var result = new List<TermModel>();
        foreach (var kind in kinds)
        {
            var cls = kind.Class ?? string.Empty;
            if (!Naming.IsValidIdentifier(cls) || Naming.ToPascalCase(cls) != cls)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, kind.Location, cls, Naming.ToPascalCase(cls));
                byCode.Remove(kind.Code);
                continue;
            }

            if (reservedClasses.TryGetValue(cls, out var owner))
            {
                diagnostics.Add(DiagnosticDescriptors.ReservedClass, kind.Location, kind.Code, cls, owner);
                byCode.Remove(kind.Code);
                continue;
            }

            if (classes.TryGetValue(cls, out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, kind.Location, other.Location, kind.Code, other.Code, cls, "All"));
                byCode.Remove(kind.Code);
                continue;
            }

            classes.Add(cls, kind);
            result.Add(kind);
        }

        var linked = new List<TermModel>();
        foreach (var kind in result)
        {
            if (kind.Parent is { } parent && Vocabulary.BuiltIn(parent) is null && !byCode.ContainsKey(parent))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownTerm, kind.ParentLocation ?? kind.Location, "entity kind", parent, "vocabulary '" + vocabulary + "'",
                    DidYouMean(parent, Vocabulary.BuiltInKinds.Select(k => k.Code).Concat(byCode.Keys)));
                byCode.Remove(kind.Code); // a kind with no built-in kind to extend has no runtime type
                continue;
            }

            linked.Add(kind);
        }

        // Kinds whose chain reaches an unknown kind through another dropped kind are dropped too (reported at the first).
        var kept = linked.Where(k => Reaches(k, byCode)).ToList();
        return BreakCycles(kept, kept.ToDictionary(k => k.Code, StringComparer.Ordinal), "entity kind", diagnostics, dropOnCycle: true);
    }

    private static bool Reaches(TermModel kind, Dictionary<string, TermModel> byCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = kind; k is not null && seen.Add(k.Code);)
        {
            if (k.Parent is null)
            {
                return false;
            }

            if (Vocabulary.BuiltIn(k.Parent) is not null)
            {
                return true;
            }

            k = byCode.TryGetValue(k.Parent, out var next) ? next : null;
        }

        return true; // a cycle: reported by BreakCycles
    }

    /// <summary>Reports each cycle once, at the term that closes it, and cuts it there (or drops the term).</summary>
    private static List<TermModel> BreakCycles(List<TermModel> terms, Dictionary<string, TermModel> byCode, string what, DiagnosticBag diagnostics, bool dropOnCycle = false)
    {
        var result = new List<TermModel>();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var path = new List<string> { term.Code };
            var current = term.Parent;
            var cycle = false;
            while (current is not null && byCode.TryGetValue(current, out var next) && !dropped.Contains(current))
            {
                if (current == term.Code)
                {
                    cycle = true;
                    break;
                }

                if (path.Contains(current))
                {
                    break; // a cycle further up: reported at its own terms
                }

                path.Add(current);
                current = next.Parent;
            }

            if (!cycle)
            {
                result.Add(byCode.TryGetValue(term.Code, out var t) ? t : term);
                continue;
            }

            diagnostics.Add(DiagnosticDescriptors.HierarchyCycle, term.ParentLocation ?? term.Location, what, term.Code, string.Join(" \u2192 ", path.Concat(new[] { term.Code })));
            if (dropOnCycle)
            {
                dropped.Add(term.Code);
                continue;
            }

            var cut = term with { Parent = null, ParentLocation = null };
            byCode[term.Code] = cut;
            result.Add(cut);
        }

        return result;
    }

    /// <summary>A vocabulary code: kebab-case words in dot-separated parts (<c>military.exercise</c>, <c>location-owner</c>).</summary>
    public static bool IsCode(string code)
    {
        foreach (var part in code.Split('.'))
        {
            if (!Naming.IsValidId(part))
            {
                return false;
            }
        }

        return code.Length > 0;
    }

    private static VocabularyResult LoadDefault()
    {
        var text = DefaultText();
        var diagnostics = new List<DiagnosticInfo>();
        var root = YamlTreeReader.Read(DefaultPath, text, diagnostics, CancellationToken.None);
        var file = ModelBinder.Bind(DefaultPath, string.Empty, root, diagnostics);
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        if (file.Vocabulary is null)
        {
            bag.Add(DiagnosticDescriptors.NotADatasetFile, LocationInfo.FileStart(DefaultPath), "the default vocabulary did not bind");
            var empty = EquatableArray<TermModel>.Empty;
            return new VocabularyResult(new VocabularyModel("news", string.Empty, empty, empty, empty, empty, empty, empty), bag.ToEquatableArray());
        }

        var model = Link(file.Vocabulary, null, bag);
        return new VocabularyResult(new VocabularyModel(model.Name, string.Empty, model.EventTypes, model.Roles, model.RelationTypes, model.Stances, model.CorrectionKinds, model.EntityKinds),
            bag.ToEquatableArray());
    }
}
