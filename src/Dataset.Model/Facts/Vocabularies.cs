// The open vocabularies (docs/annotation-guide.md, "Vocabulary"): each dataset declares its event types, participant
// roles, relation types, stances and correction kinds in a vocabulary file (or uses the default news vocabulary), and
// the generator emits one static class per set in the dataset's namespace (EventTypes, ParticipantRoles, ...), each
// term a static member of the types below. Terms are equal by code: EventTypes.MilitaryExercise == e.Type.
// Event status stays a closed enum: the runtime gives its values a meaning (Event's prose, the checks on dates).

using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>
/// A term of a dataset's vocabulary: an event type, participant role, relation type, stance or correction kind. Terms
/// of the same type are equal when their codes are (ordinal); the generated classes (<c>EventTypes</c>,
/// <c>ParticipantRoles</c>, ...) hold one instance per term.
/// </summary>
public abstract class VocabularyTerm : IEquatable<VocabularyTerm>
{
    /// <summary>Creates a term; generated code calls this through the derived types.</summary>
    /// <param name="code">The code annotations write (<c>military.exercise</c>).</param>
    /// <param name="label">A short label (<c>Military exercise</c>).</param>
    /// <param name="description">What the term means.</param>
    /// <param name="prose">How sentences name it (<c>is allied with</c>), or <see langword="null"/> for the label in lower case.</param>
    private protected VocabularyTerm(string code, string label, string? description, string? prose)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Label = label ?? code;
        Description = description ?? string.Empty;
        Prose = prose ?? Label.ToLowerInvariant();
    }

    /// <summary>The code annotations write, unique within its vocabulary set (for example <c>military.exercise</c>).</summary>
    public string Code { get; }

    /// <summary>A short label (for example <c>Military exercise</c>).</summary>
    public string Label { get; }

    /// <summary>What the term means, from the vocabulary file.</summary>
    public string Description { get; }

    /// <summary>How sentences name the term (<c>is allied with</c>, <c>denies it</c>, <c>a misspelled name</c>).</summary>
    public string Prose { get; }

    /// <summary>Whether two terms are equal: the same type and code.</summary>
    /// <param name="left">A term, or <see langword="null"/>.</param>
    /// <param name="right">A term, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(VocabularyTerm? left, VocabularyTerm? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two terms differ.</summary>
    /// <param name="left">A term, or <see langword="null"/>.</param>
    /// <param name="right">A term, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(VocabularyTerm? left, VocabularyTerm? right) => !(left == right);

    /// <summary>The code (kept for code written against the enums of schema 1: <c>e.Type.ToCode()</c>).</summary>
    /// <returns><see cref="Code"/>.</returns>
    public string ToCode() => Code;

    /// <summary>Equal when of the same type with the same code.</summary>
    /// <param name="other">The other term.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(VocabularyTerm? other) =>
        other is not null && (ReferenceEquals(this, other) || (other.GetType() == GetType() && string.Equals(Code, other.Code, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VocabularyTerm);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;
}

/// <summary>
/// The type of an event, from the dataset's vocabulary (<c>diplomacy.visit</c>, <c>military.exercise</c>, ...), with its
/// place in the type hierarchy and its CAMEO event code.
/// </summary>
public sealed class EventType : VocabularyTerm
{
    private readonly IReadOnlyList<ParticipantRole> _roles;

    /// <summary>Creates an event type; generated code calls this.</summary>
    /// <param name="code">The code (<c>military.exercise</c>).</param>
    /// <param name="label">A short label.</param>
    /// <param name="description">What it means.</param>
    /// <param name="parent">The broader type, or <see langword="null"/> for a root.</param>
    /// <param name="cameo">The CAMEO event code (<c>062</c>), or <see langword="null"/>.</param>
    /// <param name="ace">The ACE 2005 event subtype (<c>Contact.Meet</c>), or <see langword="null"/>.</param>
    /// <param name="roles">The roles its participants take; empty when any role goes (or the parent's apply).</param>
    public EventType(string code, string label, string description, EventType? parent = null, string? cameo = null, string? ace = null, IReadOnlyList<ParticipantRole>? roles = null)
        : base(code, label, description, null)
    {
        Parent = parent;
        Cameo = cameo;
        Ace = ace;
        _roles = roles ?? Array.Empty<ParticipantRole>();
    }

    /// <summary>The broader type (<c>military</c> for <c>military.exercise</c>), or <see langword="null"/> for a root.</summary>
    public EventType? Parent { get; }

    /// <summary>The root of its hierarchy (itself for a root).</summary>
    public EventType Root
    {
        get
        {
            var t = this;
            while (t.Parent is not null)
            {
                t = t.Parent;
            }

            return t;
        }
    }

    /// <summary>The CAMEO event code (for example <c>062</c>, Cooperate militarily), which joins it with GDELT's <c>EventCode</c>.</summary>
    public string? Cameo { get; }

    /// <summary>The CAMEO root code (the first two digits, GDELT's <c>EventRootCode</c>), or <see langword="null"/>.</summary>
    public string? CameoRoot => Cameo is null || Cameo.Length < 2 ? null : Cameo.Substring(0, 2);

    /// <summary>The ACE 2005 event subtype (for example <c>Contact.Meet</c>), or <see langword="null"/>.</summary>
    public string? Ace { get; }

    /// <summary>The roles its participants take (its own, else its nearest ancestor's); empty when any role goes.</summary>
    public IReadOnlyList<ParticipantRole> Roles => _roles.Count > 0 || Parent is null ? _roles : Parent.Roles;

    /// <summary>Whether this type is <paramref name="type"/> or one of its subtypes: <c>e.Type.IsA(EventTypes.Military)</c>.</summary>
    /// <param name="type">The type to test against.</param>
    /// <returns><see langword="true"/> when this type or one of its ancestors equals <paramref name="type"/>.</returns>
    public bool IsA(EventType type)
    {
        for (var t = this; t is not null; t = t.Parent)
        {
            if (t.Equals(type))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The part an entity plays in an event (<c>host</c>, <c>visitor</c>, ...), from the dataset's vocabulary.</summary>
public sealed class ParticipantRole : VocabularyTerm
{
    /// <summary>Creates a role; generated code calls this.</summary>
    /// <param name="code">The code.</param>
    /// <param name="label">A short label.</param>
    /// <param name="description">What it means.</param>
    /// <param name="prose">How sentences name it, or <see langword="null"/>.</param>
    public ParticipantRole(string code, string label, string description, string? prose = null)
        : base(code, label, description, prose)
    {
    }
}

/// <summary>The type of a relation between two entities (<c>alliance</c>, <c>membership</c>, ...), from the dataset's vocabulary.</summary>
public sealed class RelationType : VocabularyTerm
{
    /// <summary>Creates a relation type; generated code calls this.</summary>
    /// <param name="code">The code.</param>
    /// <param name="label">A short label.</param>
    /// <param name="description">What it means.</param>
    /// <param name="prose">The verb phrase between subject and object (<c>is allied with</c>), or <see langword="null"/>.</param>
    public RelationType(string code, string label, string description, string? prose = null)
        : base(code, label, description, prose)
    {
    }
}

/// <summary>What a source takes as its stance towards a claim (<c>asserts</c>, <c>denies</c>, ...), from the dataset's vocabulary.</summary>
public sealed class Stance : VocabularyTerm
{
    /// <summary>Creates a stance; generated code calls this.</summary>
    /// <param name="code">The code.</param>
    /// <param name="label">A short label.</param>
    /// <param name="description">What it means.</param>
    /// <param name="prose">The clause after the source (<c>denies it</c>), or <see langword="null"/>.</param>
    public Stance(string code, string label, string description, string? prose = null)
        : base(code, label, description, prose)
    {
    }
}

/// <summary>What an article gets wrong, as recorded in a <see cref="Correction"/>, from the dataset's vocabulary.</summary>
public sealed class CorrectionKind : VocabularyTerm
{
    /// <summary>Creates a correction kind; generated code calls this.</summary>
    /// <param name="code">The code.</param>
    /// <param name="label">A short label.</param>
    /// <param name="description">What it means.</param>
    /// <param name="prose">The noun phrase (<c>a misspelled name</c>), or <see langword="null"/>.</param>
    public CorrectionKind(string code, string label, string description, string? prose = null)
        : base(code, label, description, prose)
    {
    }
}

/// <summary>Lookup by code over one set of terms; the generated classes' <c>Find</c> and <c>TryFind</c> use it.</summary>
/// <typeparam name="T">The type of term.</typeparam>
public sealed class VocabularyIndex<T>
    where T : VocabularyTerm
{
    private readonly Dictionary<string, T> _byCode = new(StringComparer.Ordinal);

    /// <summary>Indexes the terms (the first of two with one code wins).</summary>
    /// <param name="terms">The terms.</param>
    public VocabularyIndex(IEnumerable<T> terms)
    {
        foreach (var term in terms ?? throw new ArgumentNullException(nameof(terms)))
        {
            if (!_byCode.ContainsKey(term.Code))
            {
                _byCode.Add(term.Code, term);
            }
        }
    }

    /// <summary>The term with this code, or <see langword="null"/>.</summary>
    /// <param name="code">The code, exactly as annotations write it.</param>
    /// <returns>The term, or <see langword="null"/>.</returns>
    public T? Find(string code) => code is not null && _byCode.TryGetValue(code, out var term) ? term : null;

    /// <summary>Finds the term with this code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="term">The term, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string code, out T? term)
    {
        term = Find(code);
        return term is not null;
    }
}

/// <summary>Whether an event happened, is going on, is planned or did not happen.</summary>
public enum EventStatus
{
    /// <summary><c>occurred</c>: It happened.</summary>
    Occurred = 0,

    /// <summary><c>ongoing</c>: It was going on when the article was written.</summary>
    Ongoing = 1,

    /// <summary><c>planned</c>: It is planned.</summary>
    Planned = 2,

    /// <summary><c>announced</c>: It was announced.</summary>
    Announced = 3,

    /// <summary><c>cancelled</c>: It was called off.</summary>
    Cancelled = 4,

    /// <summary><c>refused</c>: It was refused (a delivery, a visit).</summary>
    Refused = 5,
}

/// <summary>The YAML codes of the closed enums, and the domain of an event type.</summary>
public static class VocabularyCodes
{
    /// <summary>The YAML code of an <see cref="EventStatus"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>occurred</c>; the number as text for a value outside the enum.</returns>
    public static string ToCode(this EventStatus value) =>
        value >= 0 && (int)value < Common.ClosedLists.EventStatuses.Length
            ? Common.ClosedLists.EventStatuses[(int)value]
            : ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The domain of an event type: the part of its code before the first dot (<c>diplomacy</c>, <c>military</c>, ...).</summary>
    /// <param name="value">The event type.</param>
    /// <returns>For example <c>military</c> for <c>military.exercise</c>; see also <see cref="EventType.Root"/>.</returns>
    public static string Domain(this EventType value)
    {
        var code = (value ?? throw new ArgumentNullException(nameof(value))).Code;
        var dot = code.IndexOf('.');
        return dot < 0 ? code : code.Substring(0, dot);
    }
}
