using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>A person named in an article.</summary>
public sealed record Person : Entity
{
    /// <summary>Creates a person; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="positions">Offices held, with their time bounds.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Person(
        string id,
        string name,
        string description,
        IReadOnlyList<Position>? positions = null,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : this(id, name, description, positions, null, null, aliases, wikidata, partOf, country)
    {
    }

    /// <summary>Creates a person with employers and ranks; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="positions">Offices held, with their time bounds, or <see langword="null"/>.</param>
    /// <param name="employers">The organisations the person works or worked for, or <see langword="null"/>.</param>
    /// <param name="ranks">Military or police ranks, or <see langword="null"/>.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Person(
        string id,
        string name,
        string description,
        IReadOnlyList<Position>? positions,
        IReadOnlyList<Affiliation>? employers,
        IReadOnlyList<Rank>? ranks,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Person, id, name, description, aliases, wikidata, partOf, country)
    {
        Positions = positions ?? Array.Empty<Position>();
        Employers = employers ?? Array.Empty<Affiliation>();
        Ranks = ranks ?? Array.Empty<Rank>();
    }

    /// <summary>Offices held, with their time bounds.</summary>
    public IReadOnlyList<Position> Positions { get; }

    /// <summary>The organisations the person works or worked for (a newspaper, a think tank), apart from offices and citizenship.</summary>
    public IReadOnlyList<Affiliation> Employers { get; }

    /// <summary>Military or police ranks, which are not offices.</summary>
    public IReadOnlyList<Rank> Ranks { get; }

    /// <inheritdoc />
    public bool Equals(Person? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A country or former state.</summary>
public sealed record Country : Entity
{
    /// <summary>Creates a country; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="iso2">The ISO 3166-1 alpha-2 code (<c>IR</c>), or <see langword="null"/> for a former state.</param>
    /// <param name="iso3">The ISO 3166-1 alpha-3 code (<c>IRN</c>), or <see langword="null"/>.</param>
    /// <param name="currency">The ISO 4217 code of its currency (<c>IRR</c>), or <see langword="null"/>.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Country(
        string id,
        string name,
        string description,
        string? iso2 = null,
        string? iso3 = null,
        string? currency = null,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Country, id, name, description, aliases, wikidata, partOf, country)
    {
        Iso2 = iso2;
        Iso3 = iso3;
        Currency = currency;
    }

    /// <summary>The ISO 3166-1 alpha-2 code (<c>IR</c>), or <see langword="null"/> for a former state.</summary>
    public string? Iso2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code (<c>IRN</c>), or <see langword="null"/>.</summary>
    public string? Iso3 { get; }

    /// <summary>The ISO 4217 code of its currency (<c>IRR</c>), or <see langword="null"/>.</summary>
    public string? Currency { get; }

    /// <inheritdoc />
    public bool Equals(Country? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>An organisation: a ministry, navy, alliance, newspaper, think tank, party or website.</summary>
public sealed record Organization : Entity
{
    /// <summary>Creates a organization; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Organization(
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Organization, id, name, description, aliases, wikidata, partOf, country)
    {
    }

    /// <inheritdoc />
    public bool Equals(Organization? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A place: a sea, region, city or port.</summary>
public sealed record Place : Entity
{
    /// <summary>Creates a place; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Place(
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Place, id, name, description, aliases, wikidata, partOf, country)
    {
    }

    /// <inheritdoc />
    public bool Equals(Place? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A weapon system.</summary>
public sealed record Weapon : Entity
{
    /// <summary>Creates a weapon; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="class">The class or type of weapon, or <see langword="null"/>.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Weapon(
        string id,
        string name,
        string description,
        string? @class = null,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Weapon, id, name, description, aliases, wikidata, partOf, country)
    {
        Class = @class;
    }

    /// <summary>The class or type of weapon, or <see langword="null"/>.</summary>
    public string? Class { get; }

    /// <inheritdoc />
    public bool Equals(Weapon? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A ship or other vessel.</summary>
public sealed record Vessel : Entity
{
    /// <summary>Creates a vessel; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="class">The class or type of vessel, or <see langword="null"/>.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Vessel(
        string id,
        string name,
        string description,
        string? @class = null,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Vessel, id, name, description, aliases, wikidata, partOf, country)
    {
        Class = @class;
    }

    /// <summary>The class or type of vessel, or <see langword="null"/>.</summary>
    public string? Class { get; }

    /// <inheritdoc />
    public bool Equals(Vessel? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A work cited by title: an article, comment or book.</summary>
public sealed record Work : Entity
{
    /// <summary>Creates a work; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Work(
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Work, id, name, description, aliases, wikidata, partOf, country)
    {
    }

    /// <inheritdoc />
    public bool Equals(Work? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>An armed or security force, existing or planned.</summary>
public sealed record Force : Entity
{
    /// <summary>Creates a force; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Force(
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Force, id, name, description, aliases, wikidata, partOf, country)
    {
    }

    /// <inheritdoc />
    public bool Equals(Force? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>
/// Any other thing a dataset names: the built-in kind that a vocabulary's own kinds extend when they are neither people,
/// organisations nor places (a trophy, a product, a species).
/// </summary>
public sealed record Thing : Entity
{
    /// <summary>Creates a thing; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="description">A neutral description.</param>
    /// <param name="aliases">Other names, or <see langword="null"/>.</param>
    /// <param name="wikidata">The Wikidata QID, or <see langword="null"/>.</param>
    /// <param name="partOf">The containing entity, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="country">The associated country, resolved lazily, or <see langword="null"/>.</param>
    public Thing(
        string id,
        string name,
        string description,
        IReadOnlyList<Alias>? aliases = null,
        string? wikidata = null,
        Func<Entity>? partOf = null,
        Func<Country>? country = null)
        : base(EntityKind.Thing, id, name, description, aliases, wikidata, partOf, country)
    {
    }

    /// <inheritdoc />
    public bool Equals(Thing? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
