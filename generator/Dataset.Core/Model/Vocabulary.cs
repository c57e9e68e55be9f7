using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Common;
using Dataset.Core.Common;

namespace Dataset.Core.Model;

/// <summary>
/// The lists that stay closed (schema v1 and v2): they carry meaning the runtime types implement (a time modifier, a
/// factuality value, the shape of a quantity). Event types, participant roles, relation types, stances, correction
/// kinds and entity kinds are open: each dataset declares them in its vocabulary (<see cref="VocabularyModel"/>).
/// </summary>
internal static class Vocabulary
{
    // The closed lists are the runtime's own (src/Common/ClosedLists.cs, compiled into both).
    public static readonly IReadOnlyList<string> AliasForms = ClosedLists.AliasForms;

    public static readonly IReadOnlyList<string> ArticleKinds = ClosedLists.ArticleKinds;

    public static readonly IReadOnlyList<string> TimeModifiers = ClosedLists.TimeModifiers;

    public static readonly IReadOnlyList<string> EventStatuses = ClosedLists.EventStatuses;

    public static readonly IReadOnlyList<string> FactualityValues = ClosedLists.FactualityValues;

    public static readonly IReadOnlyList<string> QuantityTypes = ClosedLists.QuantityTypes;

    public static readonly IReadOnlyList<string> AgreementTypes = ClosedLists.AgreementTypes;

    public static readonly IReadOnlyList<string> AgreementStatuses = ClosedLists.AgreementStatuses;

    /// <summary>
    /// The entity kinds Dataset.Model has a record type for, with their static class and record type, in the order the
    /// corpus lists them. A vocabulary declares further kinds that extend one of these (or another declared kind).
    /// </summary>
    public static readonly IReadOnlyList<BuiltInKind> BuiltInKinds = new[]
    {
        new BuiltInKind("person", "People", "Person"),
        new BuiltInKind("country", "Countries", "Country"),
        new BuiltInKind("organization", "Organizations", "Organization"),
        new BuiltInKind("place", "Places", "Place"),
        new BuiltInKind("weapon", "Weapons", "Weapon"),
        new BuiltInKind("vessel", "Vessels", "Vessel"),
        new BuiltInKind("work", "Works", "Work"),
        new BuiltInKind("agreement", "Agreements", "Agreement"),
        new BuiltInKind("force", "Forces", "Force"),
        new BuiltInKind("thing", "Things", "Thing"),
    };

    /// <summary>The built-in kind with this code, or null.</summary>
    public static BuiltInKind? BuiltIn(string kind)
    {
        foreach (var k in BuiltInKinds)
        {
            if (k.Code == kind)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The runtime record type of a built-in kind; there is no fallback: an unknown kind is a bug.</summary>
    public static string TypeFor(string builtInKind) =>
        BuiltIn(builtInKind)?.Type ?? throw new ArgumentException("'" + builtInKind + "' is not a built-in entity kind", nameof(builtInKind));

    /// <summary><c>as-written</c> → <c>AsWritten</c>, <c>certain-not</c> → <c>CertainNot</c>, <c>military.exercise</c> → <c>MilitaryExercise</c>.</summary>
    public static string EnumMember(string value)
    {
        var chars = new System.Text.StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (c == '-' || c == '.' || c == '_' || c == ' ')
            {
                upper = true;
                continue;
            }

            chars.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return chars.ToString();
    }
}

/// <summary>A built-in entity kind: its code, the static class that lists its entities, and its runtime record type.</summary>
internal sealed record BuiltInKind(string Code, string Class, string Type);

/// <summary>The sets of terms a vocabulary declares.</summary>
internal enum TermSet
{
    EventType,
    ParticipantRole,
    RelationType,
    Stance,
    CorrectionKind,
    EntityKind,
}

/// <summary>
/// One term of a vocabulary: its code (as annotations write it), label and description, and the fields of its set:
/// an event type's parent, CAMEO and ACE codes and the roles it takes; an entity kind's class and the kind it extends.
/// </summary>
internal sealed record TermModel(string Code, string Label, string Description, LocationInfo Location)
{
    /// <summary>How prose names it (<c>is allied with</c>, <c>denies it</c>, <c>a misspelled name</c>), or null: the label in lower case.</summary>
    public string? Prose { get; init; }

    /// <summary>Event types: the parent type's code. Entity kinds: the kind it extends.</summary>
    public string? Parent { get; init; }

    /// <summary>Where <see cref="Parent"/> was written.</summary>
    public LocationInfo? ParentLocation { get; init; }

    /// <summary>Event types: the CAMEO event code (2 to 4 digits, kept as text: leading zeros matter).</summary>
    public string? Cameo { get; init; }

    /// <summary>Where <see cref="Cameo"/> was written.</summary>
    public LocationInfo? CameoLocation { get; init; }

    /// <summary>Event types: the ACE 2005 event subtype, such as <c>Contact.Meet</c>.</summary>
    public string? Ace { get; init; }

    /// <summary>Event types: the participant roles it takes (empty: any role; a child without roles takes its parent's).</summary>
    public EquatableArray<string> Roles { get; init; }

    /// <summary>Where each of <see cref="Roles"/> was written, in the same order.</summary>
    public EquatableArray<LocationInfo> RoleLocations { get; init; }

    /// <summary>Entity kinds: the static class that lists the kind's entities (<c>Players</c>).</summary>
    public string? Class { get; init; }

    /// <summary>The C# member of the term in its generated class (<c>MilitaryExercise</c>); set when the vocabulary is linked.</summary>
    public string? Member { get; init; }
}

/// <summary>A vocabulary file as read on its own: its metadata and the sections it declares (null: not declared).</summary>
internal sealed record VocabularyFileModel(
    string Path,
    string Name,
    LocationInfo Location,
    EquatableArray<TermModel>? EventTypes,
    EquatableArray<TermModel>? Roles,
    EquatableArray<TermModel>? RelationTypes,
    EquatableArray<TermModel>? Stances,
    EquatableArray<TermModel>? CorrectionKinds,
    EquatableArray<TermModel>? EntityKinds)
{
    /// <summary>The sources the vocabulary cites (<c>title — url</c>).</summary>
    public EquatableArray<string> Sources { get; init; }
}

/// <summary>
/// A dataset's linked vocabulary: every set of terms, validated (codes unique, parents and roles known, no cycles),
/// with each term's C# member. Compared by content, its hash computed once: every article's link step carries it.
/// </summary>
internal sealed class VocabularyModel : IEquatable<VocabularyModel>
{
    /// <summary>The lookups by code, built once per instance and kept beside it (not in it: models hold only plain data).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VocabularyModel, Dictionary<string, TermModel>[]> Indexes = new();

    private int _hash;

    public VocabularyModel(
        string name,
        string path,
        EquatableArray<TermModel> eventTypes,
        EquatableArray<TermModel> roles,
        EquatableArray<TermModel> relationTypes,
        EquatableArray<TermModel> stances,
        EquatableArray<TermModel> correctionKinds,
        EquatableArray<TermModel> entityKinds)
    {
        Name = name;
        Path = path;
        EventTypes = eventTypes;
        Roles = roles;
        RelationTypes = relationTypes;
        Stances = stances;
        CorrectionKinds = correctionKinds;
        EntityKinds = entityKinds;
    }

    /// <summary>The vocabulary's name (<c>news</c> for the default).</summary>
    public string Name { get; }

    /// <summary>The file it was read from; empty for the default vocabulary embedded in the generator.</summary>
    public string Path { get; }

    public EquatableArray<TermModel> EventTypes { get; }

    public EquatableArray<TermModel> Roles { get; }

    public EquatableArray<TermModel> RelationTypes { get; }

    public EquatableArray<TermModel> Stances { get; }

    public EquatableArray<TermModel> CorrectionKinds { get; }

    /// <summary>The declared entity kinds (the built-in ones are always there: <see cref="Vocabulary.BuiltInKinds"/>).</summary>
    public EquatableArray<TermModel> EntityKinds { get; }

    /// <summary>
    /// The entity kinds the vocabulary file declares but that failed a check there (a kind extending an unknown kind, an
    /// invalid or colliding class name), in ordinal order: already reported at the vocabulary, so a registry file of
    /// such a kind is left out without a second error.
    /// </summary>
    public EquatableArray<string> RejectedKinds { get; init; }

    /// <summary>The terms of one set.</summary>
    public EquatableArray<TermModel> Terms(TermSet set) => set switch
    {
        TermSet.EventType => EventTypes,
        TermSet.ParticipantRole => Roles,
        TermSet.RelationType => RelationTypes,
        TermSet.Stance => Stances,
        TermSet.CorrectionKind => CorrectionKinds,
        _ => EntityKinds,
    };

    /// <summary>The term of a set with this code, or null.</summary>
    public TermModel? Find(TermSet set, string code)
    {
        var index = Indexes.GetValue(this, static v => v.BuildIndex());
        return index[(int)set].TryGetValue(code, out var term) ? term : null;
    }

    /// <summary>Whether an entity kind exists: built in or declared.</summary>
    public bool HasKind(string kind) => Vocabulary.BuiltIn(kind) is not null || Find(TermSet.EntityKind, kind) is not null;

    /// <summary>A kind and the kinds it extends, ending with its built-in kind (<c>striker, player, person</c>); empty when unknown.</summary>
    public IReadOnlyList<string> Lineage(string kind)
    {
        var lineage = new List<string>();
        var current = kind;
        while (current is not null && !lineage.Contains(current))
        {
            lineage.Add(current);
            if (Vocabulary.BuiltIn(current) is not null)
            {
                return lineage;
            }

            current = Find(TermSet.EntityKind, current)?.Parent!;
        }

        return Array.Empty<string>();
    }

    /// <summary>The static class of a kind's entities.</summary>
    public string ClassFor(string kind) => Vocabulary.BuiltIn(kind)?.Class ?? Find(TermSet.EntityKind, kind)?.Class
        ?? throw new ArgumentException("'" + kind + "' is not an entity kind of the vocabulary", nameof(kind));

    /// <summary>The built-in kind a kind extends (itself when built in).</summary>
    public string BuiltInOf(string kind)
    {
        var lineage = Lineage(kind);
        return lineage.Count == 0 ? throw new ArgumentException("'" + kind + "' is not an entity kind of the vocabulary", nameof(kind)) : lineage[lineage.Count - 1];
    }

    /// <summary>An event type and its ancestors, nearest first.</summary>
    public IEnumerable<TermModel> Ancestry(TermModel eventType)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = eventType; t is not null && seen.Add(t.Code); t = t.Parent is null ? null : Find(TermSet.EventType, t.Parent))
        {
            yield return t;
        }
    }

    /// <summary>The roles an event type takes: its own, else its nearest ancestor's; empty when any role goes.</summary>
    public EquatableArray<string> RolesOf(TermModel eventType) =>
        Ancestry(eventType).FirstOrDefault(t => !t.Roles.IsEmpty)?.Roles ?? EquatableArray<string>.Empty;

    public bool Equals(VocabularyModel? other) =>
        ReferenceEquals(this, other)
        || (other is not null && GetHashCode() == other.GetHashCode() && Name == other.Name && Path == other.Path
            && EventTypes.Equals(other.EventTypes) && Roles.Equals(other.Roles) && RelationTypes.Equals(other.RelationTypes)
            && Stances.Equals(other.Stances) && CorrectionKinds.Equals(other.CorrectionKinds) && EntityKinds.Equals(other.EntityKinds)
            && RejectedKinds.Equals(other.RejectedKinds));

    public override bool Equals(object? obj) => Equals(obj as VocabularyModel);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = unchecked((EventTypes.GetHashCode() * 31) + Roles.GetHashCode());
            hash = unchecked((hash * 31) + RelationTypes.GetHashCode());
            hash = unchecked((hash * 31) + Stances.GetHashCode());
            hash = unchecked((hash * 31) + CorrectionKinds.GetHashCode());
            hash = unchecked((hash * 31) + EntityKinds.GetHashCode());
            hash = unchecked((hash * 31) + RejectedKinds.GetHashCode());
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(Path));
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }

    private Dictionary<string, TermModel>[] BuildIndex()
    {
        var index = new Dictionary<string, TermModel>[6];
        foreach (TermSet set in Enum.GetValues(typeof(TermSet)))
        {
            var map = new Dictionary<string, TermModel>(StringComparer.Ordinal);
            foreach (var term in Terms(set))
            {
                if (!map.ContainsKey(term.Code))
                {
                    map.Add(term.Code, term);
                }
            }

            index[(int)set] = map;
        }

        return index;
    }
}

/// <summary>The vocabulary step's result: the linked vocabulary and the vocabulary file's diagnostics.</summary>
internal sealed record VocabularyResult(VocabularyModel Vocabulary, EquatableArray<Dataset.Core.Diagnostics.DiagnosticInfo> Diagnostics);

/// <summary>Names and descriptions of the term sets, for messages and emitted code.</summary>
internal static class TermSets
{
    /// <summary>How a message names a term of the set: <c>event type</c>.</summary>
    public static string What(this TermSet set) => set switch
    {
        TermSet.EventType => "event type",
        TermSet.ParticipantRole => "participant role",
        TermSet.RelationType => "relation type",
        TermSet.Stance => "stance",
        TermSet.CorrectionKind => "correction kind",
        _ => "entity kind",
    };

    /// <summary>The section key in a vocabulary file: <c>event-types</c>.</summary>
    public static string Key(this TermSet set) => set switch
    {
        TermSet.EventType => "event-types",
        TermSet.ParticipantRole => "participant-roles",
        TermSet.RelationType => "relation-types",
        TermSet.Stance => "stances",
        TermSet.CorrectionKind => "correction-kinds",
        _ => "entity-kinds",
    };

    /// <summary>The generated static class of the set (<c>EventTypes</c>), and the runtime type of its terms (<c>EventType</c>).</summary>
    public static (string Class, string Type) Generated(this TermSet set) => set switch
    {
        TermSet.EventType => ("EventTypes", "EventType"),
        TermSet.ParticipantRole => ("ParticipantRoles", "ParticipantRole"),
        TermSet.RelationType => ("RelationTypes", "RelationType"),
        TermSet.Stance => ("Stances", "Stance"),
        TermSet.CorrectionKind => ("CorrectionKinds", "CorrectionKind"),
        _ => ("EntityKinds", "EntityKindTerm"),
    };

    /// <summary>The term sets that become runtime values (entity kinds become classes of entities instead).</summary>
    public static readonly IReadOnlyList<TermSet> Valued = new[]
    {
        TermSet.EventType, TermSet.ParticipantRole, TermSet.RelationType, TermSet.Stance, TermSet.CorrectionKind,
    };
}
