using System;
using System.Globalization;
using System.IO;

namespace Dataset.Infrastructure;

/// <content>The records: one entity each, built with its references to other entities resolved on first read.</content>
internal sealed partial class EntityStream
{
    /// <summary>
    /// Builds the <paramref name="index"/>th entity. Few methods on purpose: a program that reads one entity compiles
    /// each method this calls, and the JIT's cost is per method more than per instruction.
    /// </summary>
    /// <param name="index">The record's place in the stream.</param>
    /// <param name="findById">Finds the entities it refers to, when a reference is first read.</param>
    /// <returns>A new entity.</returns>
    public Entity Read(int index, Func<string, Entity?> findById)
    {
        var pos = _records[index];
        var kind = (EntityKind)ReadByte(ref pos);
        var id = ReadString(ref pos);
        var name = ReadString(ref pos);
        var description = ReadString(ref pos);
        Alias[]? aliases = null;
        var count = ReadCount(ref pos);
        if (count > 0)
        {
            aliases = new Alias[count];
            for (var i = 0; i < aliases.Length; i++)
            {
                aliases[i] = new Alias(ReadString(ref pos), (AliasForm)ReadUInt(ref pos));
            }
        }

        var wikidata = ReadOptionalString(ref pos);
        var partOf = ReadOptionalString(ref pos) is { } partOfId ? new Func<Entity>(new EntityReference(findById, partOfId, Name).Entity) : null;
        var country = ReadOptionalString(ref pos) is { } countryId ? new Func<Country>(new EntityReference(findById, countryId, Name).Country) : null;
        var entity = kind == EntityKind.Person
            ? ReadPerson(ref pos, id, name, description, aliases, wikidata, partOf, country, findById)
            : ReadOther(ref pos, kind, id, name, description, aliases, wikidata, partOf, country, findById);
        if (pos != _records[index + 1])
        {
            throw Malformed("has a record for '" + id + "' that does not end where its length says");
        }

        return entity;
    }

    private Person ReadPerson(ref int pos, string id, string name, string description, Alias[]? aliases, string? wikidata, Func<Entity>? partOf, Func<Country>? country, Func<string, Entity?> findById)
    {
        var positions = new Position[ReadCount(ref pos)];
        for (var i = 0; i < positions.Length; i++)
        {
            var title = ReadString(ref pos);
            var of = ReadOptionalString(ref pos) is { } ofId ? new Func<Entity>(new EntityReference(findById, ofId, Name).Entity) : null;
            positions[i] = new Position(title, of, ReadTime(ref pos));
        }

        var employers = new Affiliation[ReadCount(ref pos)];
        for (var i = 0; i < employers.Length; i++)
        {
            var of = new Func<Entity>(new EntityReference(findById, ReadString(ref pos), Name).Entity);
            var role = ReadOptionalString(ref pos);
            employers[i] = new Affiliation(of, role, ReadTime(ref pos));
        }

        var ranks = new Rank[ReadCount(ref pos)];
        for (var i = 0; i < ranks.Length; i++)
        {
            var title = ReadString(ref pos);
            var service = ReadOptionalString(ref pos) is { } serviceId ? new Func<Entity>(new EntityReference(findById, serviceId, Name).Entity) : null;
            ranks[i] = new Rank(title, service, ReadTime(ref pos));
        }

        return new Person(id, name, description, positions.Length == 0 ? null : positions, employers.Length == 0 ? null : employers, ranks.Length == 0 ? null : ranks, aliases, wikidata, partOf, country);
    }

    private Entity ReadOther(ref int pos, EntityKind kind, string id, string name, string description, Alias[]? aliases, string? wikidata, Func<Entity>? partOf, Func<Country>? country, Func<string, Entity?> findById)
    {
        switch (kind)
        {
            case EntityKind.Country:
                var iso2 = ReadOptionalString(ref pos);
                var iso3 = ReadOptionalString(ref pos);
                return new Country(id, name, description, iso2, iso3, ReadOptionalString(ref pos), aliases, wikidata, partOf, country);
            case EntityKind.Organization:
                return new Organization(id, name, description, aliases, wikidata, partOf, country);
            case EntityKind.Place:
                return new Place(id, name, description, aliases, wikidata, partOf, country);
            case EntityKind.Weapon:
                return new Weapon(id, name, description, ReadOptionalString(ref pos), aliases, wikidata, partOf, country);
            case EntityKind.Vessel:
                return new Vessel(id, name, description, ReadOptionalString(ref pos), aliases, wikidata, partOf, country);
            case EntityKind.Work:
                return new Work(id, name, description, aliases, wikidata, partOf, country);
            case EntityKind.Force:
                return new Force(id, name, description, aliases, wikidata, partOf, country);
            case EntityKind.Thing:
                return new Thing(id, name, description, aliases, wikidata, partOf, country);
            case EntityKind.Agreement:
                break;
            default:
                throw Malformed("has an entity of unknown kind " + ((int)kind).ToString(CultureInfo.InvariantCulture));
        }

        if (ReadByte(ref pos) == 0)
        {
            return new Agreement(id, name, description, aliases, wikidata, partOf, country);
        }

        var type = ReadUInt(ref pos);
        var parties = new Func<Entity>[ReadCount(ref pos)];
        for (var i = 0; i < parties.Length; i++)
        {
            parties[i] = new Func<Entity>(new EntityReference(findById, ReadString(ref pos), Name).Entity);
        }

        var subject = ReadOptionalString(ref pos) is { } subjectId ? new Func<Entity>(new EntityReference(findById, subjectId, Name).Entity) : null;
        var concluded = ReadTime(ref pos);
        var status = ReadUInt(ref pos);
        return new Agreement(
            id,
            name,
            description,
            type == 0 ? null : (AgreementType)(type - 1),
            parties.Length == 0 ? null : parties,
            subject,
            concluded,
            status == 0 ? null : (AgreementStatus)(status - 1),
            aliases,
            wikidata,
            partOf,
            country);
    }

    /// <summary>Shape (0 none, 1 point, 2 closed interval, 3 open start, 4 open end), modifier, then the dates.</summary>
    private TemporalValue? ReadTime(ref int pos)
    {
        var shape = ReadByte(ref pos);
        if (shape == 0)
        {
            return null;
        }

        var modifier = (TemporalModifier)ReadUInt(ref pos);
        var start = shape is 1 or 2 or 4 ? ReadDate(ref pos) : (PartialDate?)null;
        var end = shape is 2 or 3 ? ReadDate(ref pos) : (PartialDate?)null;
        return shape switch
        {
            1 => TemporalValue.Point(start!.Value, modifier),
            2 or 3 or 4 => TemporalValue.Interval(start, end, modifier),
            _ => throw Malformed("has an unknown time shape " + shape.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Precision (0 year to 4 day), year, then the half, quarter or month, and the day.</summary>
    private PartialDate ReadDate(ref int pos)
    {
        var precision = ReadByte(ref pos);
        var year = ReadUInt(ref pos);
        var value = (int)(year >> 1) ^ -(int)(year & 1);
        return precision switch
        {
            0 => PartialDate.OfYear(value),
            1 => PartialDate.OfHalf(value, ReadByte(ref pos)),
            2 => PartialDate.OfQuarter(value, ReadByte(ref pos)),
            3 => PartialDate.OfMonth(value, ReadByte(ref pos)),
            4 => PartialDate.OfDay(value, ReadByte(ref pos), ReadByte(ref pos)),
            _ => throw Malformed("has an unknown date precision " + precision.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>A reference from one entity to another by id, resolved on each read (the finder returns the one instance).</summary>
    private sealed class EntityReference
    {
        private readonly Func<string, Entity?> _findById;
        private readonly string _id;
        private readonly string _stream;

        public EntityReference(Func<string, Entity?> findById, string id, string stream)
        {
            _findById = findById;
            _id = id;
            _stream = stream;
        }

        public Entity Entity() => _findById(_id) ?? throw Missing("entity");

        public Country Country() => _findById(_id) as Country ?? throw Missing("country");

        private InvalidDataException Missing(string what) =>
            new("The entity stream '" + _stream + "' refers to the " + what + " '" + _id + "', which the dataset does not have. "
                + "The generated code and Dataset.Model do not match, or the generated code was edited: rebuild the dataset with the Dataset.Generator that goes with this Dataset.Model.");
    }
}
