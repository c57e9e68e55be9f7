using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>The kinds of entity a dataset registry holds.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A country or former state.</summary>
    Country,

    /// <summary>An organisation: a ministry, navy, alliance, newspaper, think tank, party or website.</summary>
    Organization,

    /// <summary>A place: a sea, region, city or port.</summary>
    Place,

    /// <summary>A weapon system.</summary>
    Weapon,

    /// <summary>A ship or other vessel.</summary>
    Vessel,

    /// <summary>A work: an article, comment or book cited by title.</summary>
    Work,

    /// <summary>An agreement, treaty, pact or contract.</summary>
    Agreement,

    /// <summary>An armed or security force, existing or planned.</summary>
    Force,

    /// <summary>Any other thing (<see cref="Dataset.Thing"/>): the built-in kind a vocabulary's own kinds of things extend.</summary>
    Thing,
}

/// <summary>How an alias relates to the entity's canonical name.</summary>
public enum AliasForm
{
    /// <summary>Another name in common use.</summary>
    Name,

    /// <summary>A surname used alone.</summary>
    Surname,

    /// <summary>An acronym or abbreviation (NATO).</summary>
    Acronym,

    /// <summary>A demonym or adjective (Iranian).</summary>
    Demonym,

    /// <summary>Another transliteration (Teheran).</summary>
    Transliteration,

    /// <summary>The form an article writes, which may be wrong; see the article's corrections.</summary>
    AsWritten,

    /// <summary>A shortened form.</summary>
    Short,

    /// <summary>A former name.</summary>
    Former,
}

/// <summary>Another name of an entity.</summary>
/// <param name="Text">The alias as written.</param>
/// <param name="Form">How it relates to the canonical name.</param>
public sealed record Alias(string Text, AliasForm Form)
{
    /// <summary>The alias and how it relates to the name.</summary>
    /// <returns>For example <c>Teheran, a transliteration</c> or <c>NATO, an acronym</c>.</returns>
    public override string ToString() => Text + ", " + Form switch
    {
        AliasForm.Name => "another name",
        AliasForm.Surname => "the surname",
        AliasForm.Acronym => "an acronym",
        AliasForm.Demonym => "a demonym",
        AliasForm.Transliteration => "a transliteration",
        AliasForm.AsWritten => "as an article writes it",
        AliasForm.Short => "a short form",
        AliasForm.Former => "a former name",
        _ => "form " + ((int)Form).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Something an article names: a person, country, organisation, place, weapon, vessel, work, agreement or force.
/// Entities are compared by <see cref="Id"/> (and kind) only.
/// </summary>
public abstract record Entity
{
    private readonly Func<Entity>? _partOf;
    private readonly Func<Country>? _country;

    /// <summary>Creates an entity; generated code calls this through the derived records.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    private protected Entity(
        EntityKind kind,
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases,
        string? wikidata,
        Func<Entity>? partOf,
        Func<Country>? country)
    {
        Kind = kind;
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? string.Empty;
        Aliases = aliases ?? Array.Empty<Alias>();
        Wikidata = wikidata;
        _partOf = partOf;
        _country = country;
    }

    /// <summary>The kind of entity.</summary>
    public EntityKind Kind { get; }

    /// <summary>The stable kebab-case id, unique in the dataset (for example <c>vladimir-putin</c>).</summary>
    public string Id { get; }

    /// <summary>The canonical English name.</summary>
    public string Name { get; }

    /// <summary>A neutral description of who or what this is.</summary>
    public string Description { get; }

    /// <summary>Other names, including the forms articles write.</summary>
    public IReadOnlyList<Alias> Aliases { get; }

    /// <summary>The Wikidata item id (for example <c>Q159</c>), where it is certain; otherwise <see langword="null"/>.</summary>
    public string? Wikidata { get; }

    /// <summary>The entity this one is part of (a navy's country, a city's country), or <see langword="null"/>.</summary>
    public Entity? PartOf => _partOf?.Invoke();

    /// <summary>The country this entity is associated with, or <see langword="null"/>.</summary>
    public Country? Country => _country?.Invoke();

    /// <summary>Identity: same kind and id.</summary>
    /// <param name="other">The entity to compare with.</param>
    /// <returns><see langword="true"/> when both denote the same entity.</returns>
    public virtual bool Equals(Entity? other) =>
        other is not null && Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The canonical name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public sealed override string ToString() => Name;
}
