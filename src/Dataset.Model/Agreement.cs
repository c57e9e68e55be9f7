using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>An agreement, treaty, pact or contract that an article treats as a thing.</summary>
public sealed record Agreement : Entity
{
    /// <summary>Creates an agreement; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Agreement(
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : this(id, name, description, null, null, null, null, null, aliases, wikidata, partOf, country)
    {
    }

    /// <summary>Creates an agreement with its terms; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="type">What kind of agreement it is, or <see langword="null"/>.</param>
    /// <param name="parties">Its parties, each resolved lazily, or <see langword="null"/>.</param>
    /// <param name="subject">What it is about (a weapon system), resolved lazily, or <see langword="null"/>.</param>
    /// <param name="concluded">When it was signed or announced, or <see langword="null"/>.</param>
    /// <param name="status">Its status as the data knows it, or <see langword="null"/>.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Agreement(
        string id,
        string name,
        string description,
        AgreementType? type,
        IReadOnlyList<Func<Entity>>? parties,
        Func<Entity>? subject,
        TemporalValue? concluded,
        AgreementStatus? status,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Agreement, id, name, description, aliases, wikidata, partOf, country)
    {
        Type = type;
        _parties = parties ?? Array.Empty<Func<Entity>>();
        _subject = subject;
        Concluded = concluded;
        Status = status;
    }

    private readonly IReadOnlyList<Func<Entity>> _parties;

    // The parties once read (their entities are reached through delegates, so that entities naming each other can be
    // built one at a time); not part of equality, which is by kind and id.
    private IReadOnlyList<Entity>? _partiesRead;
    private readonly Func<Entity>? _subject;

    /// <summary>What kind of agreement it is (a contract, a pact), when the data says.</summary>
    public AgreementType? Type { get; }

    /// <summary>Its parties (countries, organisations), in data order; built on first read, then the same list.</summary>
    public IReadOnlyList<Entity> Parties => _partiesRead ?? ReadParties();

    /// <summary>What it is about (the weapon system a contract supplies), or <see langword="null"/>.</summary>
    public Entity? Subject => _subject?.Invoke();

    /// <summary>When it was signed or announced, when the data says (with its source: <c>Corpus.SourcesOf</c>).</summary>
    public TemporalValue? Concluded { get; }

    /// <summary>Its status as the data knows it (a contract suspended, a pact concluded).</summary>
    public AgreementStatus? Status { get; }

    private IReadOnlyList<Entity> ReadParties()
    {
        var parties = new Entity[_parties.Count];
        for (var i = 0; i < parties.Length; i++)
        {
            parties[i] = _parties[i]();
        }

        // Racing threads build equal lists; one is kept and every caller gets that one.
        return System.Threading.Interlocked.CompareExchange(ref _partiesRead, Array.AsReadOnly(parties), null) ?? _partiesRead!;
    }

    /// <inheritdoc />
    public bool Equals(Agreement? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>What kind of agreement an <see cref="Agreement"/> is (YAML codes: <c>pact</c>, <c>contract</c>, <c>cooperation-agreement</c>, <c>memorandum</c>, <c>treaty</c>).</summary>
public enum AgreementType
{
    /// <summary>A pact: a security or defence pact.</summary>
    Pact,

    /// <summary>A contract: a sale or supply, such as an arms contract.</summary>
    Contract,

    /// <summary>An agreement on cooperation in a field.</summary>
    CooperationAgreement,

    /// <summary>A memorandum of understanding.</summary>
    Memorandum,

    /// <summary>A treaty.</summary>
    Treaty,
}

/// <summary>An agreement's status as the data knows it (YAML codes: <c>negotiated</c>, <c>announced</c>, <c>concluded</c>, <c>suspended</c>, <c>in-force</c>, <c>cancelled</c>).</summary>
public enum AgreementStatus
{
    /// <summary>Under negotiation.</summary>
    Negotiated,

    /// <summary>Announced, not known to be signed.</summary>
    Announced,

    /// <summary>Signed or concluded.</summary>
    Concluded,

    /// <summary>Suspended: not carried out for now.</summary>
    Suspended,

    /// <summary>In force.</summary>
    InForce,

    /// <summary>Cancelled.</summary>
    Cancelled,
}
