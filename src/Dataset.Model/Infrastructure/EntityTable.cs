using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Threading;

namespace Dataset.Infrastructure;

/// <summary>
/// Infrastructure for the code that Dataset.Generator emits; not meant to be called by users. The entities of one
/// generated entity class (or one shard of it), stored as an entity stream in a string literal of the generated code
/// (the format is <c>EntityStream</c>'s, internal) and built one at a time, on first use: an entity's property, the
/// kind's <c>All</c> and the finder by id that the articles' fact streams use all read this one table, so that no code
/// is compiled per entity and an entity is built once however it is reached. Thread-safe: threads that race may both
/// build an entity, and every caller gets the one that was published first.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityTable
{
    private readonly string _stored;
    private readonly string _name;
    private readonly Func<string, Entity?> _findById;
    private EntityStream? _stream;
    private Entity?[]? _entities;
    private Dictionary<string, int>? _ids;

    /// <summary>
    /// Creates the table over an entity stream as the generated code stores it (a string literal, two bytes to a
    /// character, little-endian); nothing is read until an entity is asked for.
    /// </summary>
    /// <param name="stored">The stored stream.</param>
    /// <param name="name">What messages call the stream: the generated class and its shard (<c>People.Shard03</c>, or <c>People.All</c>).</param>
    /// <param name="findById">Finds any entity of the dataset by id (what the entities' references to each other resolve through).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public EntityTable(string stored, string name, Func<string, Entity?> findById)
    {
        _stored = stored ?? throw new ArgumentNullException(nameof(stored));
        _name = name ?? throw new ArgumentNullException(nameof(name));
        _findById = findById ?? throw new ArgumentNullException(nameof(findById));
    }

    /// <summary>How many entities the table holds.</summary>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">The stream is truncated or malformed.</exception>
    public int Count => Stream.Count;

    /// <summary>The entity at <paramref name="index"/> (the generator's order: by id), built on first use.</summary>
    /// <param name="index">The entity's place in the table.</param>
    /// <returns>The entity; the same instance on every call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in the table.</exception>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">The stream is truncated or malformed.</exception>
    public Entity this[int index]
    {
        get
        {
            var stream = Stream;
            if ((uint)index >= (uint)stream.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The entity table '" + stream.Name + "' holds " + stream.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entities.");
            }

            var entities = _entities ?? Interlocked.CompareExchange(ref _entities, new Entity?[stream.Count], null) ?? _entities!;
            if (entities[index] is { } built)
            {
                return built;
            }

            var created = stream.Read(index, _findById);
            return Interlocked.CompareExchange(ref entities[index], created, null) ?? created;
        }
    }

    /// <summary>Every entity of the table, in table order, each built once.</summary>
    /// <typeparam name="T">The entities' record type (the generated class's).</typeparam>
    /// <returns>A new array of the entities.</returns>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">The stream is truncated or malformed, or an entity is not a <typeparamref name="T"/>.</exception>
    public T[] All<T>()
        where T : Entity
    {
        var all = new T[Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = this[i] as T ?? throw new InvalidDataException("The entity table '" + Stream.Name + "' holds '" + this[i].Id + "', a " + this[i].Kind + ", where the generated code expects a " + typeof(T).Name + ".");
        }

        return all;
    }

    /// <summary>The entity with the id, built on first use, or <see langword="null"/> when the table has none.</summary>
    /// <param name="id">The entity's id.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">The stream is truncated or malformed.</exception>
    public Entity? FindById(string id)
    {
        if (id is null)
        {
            return null;
        }

        var ids = _ids;
        if (ids is null)
        {
            var stream = Stream;
            ids = new Dictionary<string, int>(stream.Count, StringComparer.Ordinal);
            for (var i = 0; i < stream.Count; i++)
            {
                ids[stream.Id(i)] = i;
            }

            ids = Interlocked.CompareExchange(ref _ids, ids, null) ?? ids;
        }

        return ids.TryGetValue(id, out var index) ? this[index] : null;
    }

    private EntityStream Stream
    {
        get
        {
            if (_stream is { } stream)
            {
                return stream;
            }

            var created = new EntityStream(_stored, _name);
            return Interlocked.CompareExchange(ref _stream, created, null) ?? created;
        }
    }
}
