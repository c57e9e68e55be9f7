using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Dataset.Infrastructure;

/// <content>
/// Entity streams: a generated entity class's entities stored as data, as the facts are, and decoded one entity at a
/// time by <see cref="EntityTable"/>.
/// </content>
/// <remarks>
/// An entity stream has a fact stream's header (format <see cref="FormatVersion"/>: version, length, string table, an
/// empty entity table, an empty term table), then the flag byte <c>2</c> where a fact stream has its article record
/// flag, the number of entities and each entity's record length, then the records. A record is the entity's kind (the
/// <see cref="EntityKind"/> value), id, name and description, its aliases (count, then text and <see cref="AliasForm"/>
/// value each), the optional Wikidata id, the ids of the optional <c>partOf</c> and <c>country</c>, then what its kind
/// adds: a person's positions (title, optional id of the office's entity, time), employers (id, optional role, time)
/// and ranks (title, optional id of the service, time); a country's optional ISO 3166 alpha-2 and alpha-3 codes and
/// currency; a weapon's or vessel's optional class; an agreement's terms (a flag, then the type as its
/// <see cref="AgreementType"/> value plus one or zero, the parties' ids, the optional subject's id, the time concluded,
/// and the status as its <see cref="AgreementStatus"/> value plus one or zero). Entities refer to each other by id
/// (a string), resolved when the reference is first read, so that entities naming each other are built one at a time.
/// </remarks>
public static partial class FactStreamReader
{
    /// <summary>The flag byte that, where a fact stream has its article record flag, marks an entity stream.</summary>
    internal const byte EntityStreamFlag = 2;

    /// <summary>What <see cref="EntityTable"/> keeps of an entity stream: its bytes' source, its string table and where each record starts.</summary>
    internal sealed class EntityLayout
    {
        public EntityLayout(string name, object source, StringTable strings, int[] offsets, int end)
        {
            Name = name;
            Source = source;
            Strings = strings;
            Offsets = offsets;
            End = end;
        }

        /// <summary>The stream's name for messages: the generated class and the constant.</summary>
        public string Name { get; }

        /// <summary>The stored string (read in place) or the stream's bytes.</summary>
        public object Source { get; }

        public StringTable Strings { get; }

        public int[] Offsets { get; }

        public int End { get; }

#if NET8_0_OR_GREATER
        public ReadOnlySpan<byte> Bytes => Source is string stored ? MemoryMarshal.AsBytes(stored.AsSpan()) : (byte[])Source;
#else
        public byte[] Bytes => (byte[])Source;
#endif
    }

    /// <summary>Reads an entity stream's header and the lengths of its records.</summary>
    /// <param name="stored">The stored stream (two bytes to a character, little-endian, as the generated code stores it).</param>
    /// <param name="name">The stream's name for messages.</param>
    /// <returns>The stream's layout.</returns>
    internal static EntityLayout OpenEntities(string stored, string name)
    {
        var bytes = Bytes(stored, out var source);
        var decoder = new Decoder(null, bytes, source, new Tables(null, null, NoEntity, null));
        return decoder.EntityRecords(name);
    }

    /// <summary>Builds the entity whose record is the <paramref name="index"/>th of the stream.</summary>
    internal static Entity ReadEntity(EntityLayout layout, int index, Func<string, Entity?> findById)
    {
        var decoder = new Decoder(null, layout.Bytes, layout.Source, new Tables(null, null, findById, null));
        return decoder.EntityRecord(layout, index);
    }

    /// <summary>The id of the entity whose record is the <paramref name="index"/>th of the stream, without building it.</summary>
    internal static string ReadEntityId(EntityLayout layout, int index)
    {
        var decoder = new Decoder(null, layout.Bytes, layout.Source, new Tables(null, null, NoEntity, null));
        return decoder.EntityRecordId(layout, index);
    }

    // An entity stream's entity table is empty: nothing is found through it.
    private static readonly Func<string, Entity?> NoEntity = _ => null;

#if NET8_0_OR_GREATER
    private ref partial struct Decoder
#else
    private partial struct Decoder
#endif
    {
        /// <summary>The header, the entity stream flag and the record lengths, checked against the stream's length.</summary>
        public EntityLayout EntityRecords(string name)
        {
            _entityStream = name;
            Header();
            var flag = ReadByte();
            if (flag != EntityStreamFlag)
            {
                throw Malformed("is not an entity stream (flag " + flag.ToString(CultureInfo.InvariantCulture) + ")");
            }

            var offsets = new int[ReadCount()];
            var lengths = new int[offsets.Length];
            for (var i = 0; i < lengths.Length; i++)
            {
                lengths[i] = ReadCount();
            }

            for (var i = 0; i < offsets.Length; i++)
            {
                offsets[i] = _pos;
                Need(lengths[i]);
                _pos += lengths[i];
            }

            if (_pos != _end)
            {
                throw Malformed("has " + (_end - _pos).ToString(CultureInfo.InvariantCulture) + " bytes after its last entity");
            }

            return new EntityLayout(name, _source, _strings, offsets, _end);
        }

        /// <summary>The id of a record (its second field), decoded.</summary>
        public string EntityRecordId(EntityLayout layout, int index)
        {
            At(layout, index);
            ReadByte();
            return ReadString();
        }

        /// <summary>Reads one record and builds its entity (compiled as any method: it runs once per entity).</summary>
        public Entity EntityRecord(EntityLayout layout, int index)
        {
            At(layout, index);
            var kind = (EntityKind)ReadByte();
            var id = ReadString();
            var name = ReadString();
            var description = ReadString();
            var aliases = ReadAliases();
            var wikidata = ReadOptionalString();
            var partOf = LazyEntity<Entity>();
            var country = LazyEntity<Country>();
            Entity entity = kind switch
            {
                EntityKind.Person => new Person(id, name, description, Positions(), Employers(), Ranks(), aliases, wikidata, partOf, country),
                EntityKind.Country => new Country(id, name, description, ReadOptionalString(), ReadOptionalString(), ReadOptionalString(), aliases, wikidata, partOf, country),
                EntityKind.Organization => new Organization(id, name, description, aliases, wikidata, partOf, country),
                EntityKind.Place => new Place(id, name, description, aliases, wikidata, partOf, country),
                EntityKind.Weapon => new Weapon(id, name, description, ReadOptionalString(), aliases, wikidata, partOf, country),
                EntityKind.Vessel => new Vessel(id, name, description, ReadOptionalString(), aliases, wikidata, partOf, country),
                EntityKind.Work => new Work(id, name, description, aliases, wikidata, partOf, country),
                EntityKind.Agreement => ReadAgreement(id, name, description, aliases, wikidata, partOf, country),
                EntityKind.Force => new Force(id, name, description, aliases, wikidata, partOf, country),
                EntityKind.Thing => new Thing(id, name, description, aliases, wikidata, partOf, country),
                _ => throw Malformed("has an entity of unknown kind " + ((int)kind).ToString(CultureInfo.InvariantCulture)),
            };

            if (_pos != layout.Offsets[index] + RecordLength(layout, index))
            {
                throw Malformed("has a record for '" + id + "' that does not end where its length says");
            }

            return entity;
        }

        private void At(EntityLayout layout, int index)
        {
            _entityStream = layout.Name;
            _strings = layout.Strings;
            _end = layout.End;
            _pos = layout.Offsets[index];
        }

        private static int RecordLength(EntityLayout layout, int index) =>
            (index + 1 < layout.Offsets.Length ? layout.Offsets[index + 1] : layout.End) - layout.Offsets[index];

        private IReadOnlyList<Alias>? ReadAliases()
        {
            var count = ReadCount();
            if (count == 0)
            {
                return null;
            }

            var aliases = new Alias[count];
            for (var i = 0; i < aliases.Length; i++)
            {
                aliases[i] = new Alias(ReadString(), (AliasForm)ReadUInt());
            }

            return aliases;
        }

        private IReadOnlyList<Position>? Positions()
        {
            var list = new Position[ReadCount()];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = new Position(ReadString(), LazyEntity<Entity>(), ReadTime());
            }

            return list.Length == 0 ? null : list;
        }

        private IReadOnlyList<Affiliation>? Employers()
        {
            var list = new Affiliation[ReadCount()];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = new Affiliation(LazyEntity<Entity>() ?? throw Malformed("has an employer without an organisation"), ReadOptionalString(), ReadTime());
            }

            return list.Length == 0 ? null : list;
        }

        private IReadOnlyList<Rank>? Ranks()
        {
            var list = new Rank[ReadCount()];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = new Rank(ReadString(), LazyEntity<Entity>(), ReadTime());
            }

            return list.Length == 0 ? null : list;
        }

        private Agreement ReadAgreement(string id, string name, string description, IReadOnlyList<Alias>? aliases, string? wikidata, Func<Entity>? partOf, Func<Country>? country)
        {
            if (ReadByte() == 0)
            {
                return new Agreement(id, name, description, aliases, wikidata, partOf, country);
            }

            var type = ReadUInt();
            var parties = new Func<Entity>[ReadCount()];
            for (var i = 0; i < parties.Length; i++)
            {
                parties[i] = LazyEntity<Entity>() ?? throw Malformed("has an agreement party without an id");
            }

            var subject = LazyEntity<Entity>();
            var concluded = ReadTime();
            var status = ReadUInt();
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

        /// <summary>An optional reference by id, resolved through the finder when it is first read.</summary>
        private Func<T>? LazyEntity<T>()
            where T : Entity
        {
            var id = ReadOptionalString();
            return id is null ? null : new Reference<T>(_tables.FindById!, id, _entityStream!).Resolve;
        }
    }

    /// <summary>A reference from one entity to another by id, resolved on each read (the finder returns the one instance).</summary>
    private sealed class Reference<T>
        where T : Entity
    {
        private readonly Func<string, Entity?> _findById;
        private readonly string _id;
        private readonly string _stream;

        public Reference(Func<string, Entity?> findById, string id, string stream)
        {
            _findById = findById;
            _id = id;
            _stream = stream;
        }

        public T Resolve() =>
            _findById(_id) as T ?? throw new InvalidDataException(
                "The entity stream '" + _stream + "' refers to the " + typeof(T).Name.ToLowerInvariant() + " '" + _id + "', which the dataset does not have. "
                + "The generated code and Dataset.Model do not match, or the generated code was edited: rebuild the dataset with the Dataset.Generator that goes with this Dataset.Model.");
    }
}
