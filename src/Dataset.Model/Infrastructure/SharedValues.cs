using System;
using System.Runtime.CompilerServices;

namespace Dataset.Infrastructure;

/// <summary>
/// What one pass over a corpus's streams (every article's record, or every article's facts) finds once and shares
/// between articles: the entities and vocabulary terms of the streams' tables, by the bytes of the id or member name
/// that refers to them (so that an id is neither decoded nor looked up again in the next article), and the immutable
/// values that many facts repeat: a time (by the bytes that encode it), a participant, a source's factuality and a
/// claim's attribution (by what they are made of). Not thread-safe: one pass, on one thread, owns an instance.
/// </summary>
internal sealed class SharedValues
{
    /// <summary>The kind of a key of bytes: an entity's id.</summary>
    public const int EntityKind = -1;

    /// <summary>The kind of a key of bytes: a time's encoding.</summary>
    public const int TimeKind = -2;

    /// <summary>The kind of a key of bytes: a string the decoding reads (a quantity's measure or currency), by its encoding.</summary>
    public const int StringKind = -3;

    /// <summary>The kind of a key of references: a participant (its entity and role).</summary>
    public const int ParticipantKind = -1;

    /// <summary>The kind of a key of references: a claim's attribution (its source and stance).</summary>
    public const int AttributionKind = -2;

    // A term's key of bytes is its set (0 and up); a source's factuality's key of references is its value (0 and up).
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

    private Table _bytes = new(1024);
    private Table _pairs = new(1024);

    /// <summary>The value kept for <paramref name="kind"/> and the bytes <paramref name="bytes"/>[<paramref name="start"/>, +<paramref name="length"/>), or <see langword="null"/>.</summary>
    [MethodImpl(Optimized)]
    public object? Find(int kind, Bytes bytes, int start, int length)
    {
        var hash = Hash(kind, bytes, start, length);
        var mask = _bytes.Keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            // An empty slot has no value; a key is cast only where the hash and the kind match (a cast to an array type
            // on every probe was 9 % of reading every fact at N = 10,000).
            if (_bytes.Values[i] is not { } value)
            {
                return null;
            }

            if (_bytes.Hashes[i] == hash && _bytes.Kinds[i] == kind && (byte[])_bytes.Keys[i]! is var key && key.Length == length && Same(key, bytes, start))
            {
                return value;
            }
        }
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="kind"/> and the bytes (not found before).</summary>
    [MethodImpl(Optimized)]
    public void Add(int kind, Bytes bytes, int start, int length, object value)
    {
        var key = new byte[length];
        for (var i = 0; i < length; i++)
        {
            key[i] = bytes[start + i];
        }

        if (_bytes.Full)
        {
            _bytes = _bytes.Grown();
        }

        _bytes.Put(Hash(kind, bytes, start, length), kind, key, null, value);
    }

    /// <summary>The value kept for <paramref name="kind"/> and the two references, or <see langword="null"/>.</summary>
    [MethodImpl(Optimized)]
    public object? Find(int kind, object? first, object? second)
    {
        var hash = Hash(kind, first, second);
        var mask = _pairs.Keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            if (_pairs.Values[i] is not { } value)
            {
                return null;
            }

            if (_pairs.Hashes[i] == hash && _pairs.Kinds[i] == kind && ReferenceEquals(_pairs.Keys[i], first) && ReferenceEquals(_pairs.Seconds[i], second))
            {
                return value;
            }
        }
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="kind"/> and the two references (not found before).</summary>
    [MethodImpl(Optimized)]
    public void Add(int kind, object? first, object? second, object value)
    {
        if (_pairs.Full)
        {
            _pairs = _pairs.Grown();
        }

        _pairs.Put(Hash(kind, first, second), kind, first, second, value);
    }

    private static bool Same(byte[] key, Bytes bytes, int start)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != bytes[start + i])
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a, then mixed so that the low bits (the slot) depend on every byte.
    private static int Hash(int kind, Bytes bytes, int start, int length)
    {
        var hash = 2166136261u ^ (uint)kind;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ bytes[start + i]) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & 0x7FFFFFFF);
    }

    private static int Hash(int kind, object? first, object? second)
    {
        var hash = (uint)(first is null ? 0 : RuntimeHelpers.GetHashCode(first)) * 2654435761u;
        hash ^= ((uint)(second is null ? 0 : RuntimeHelpers.GetHashCode(second)) + (uint)kind) * 2246822519u;
        return (int)((hash ^ (hash >> 15)) & 0x7FFFFFFF);
    }

    /// <summary>An open-addressing table (linear probing, at most half full): a key, a second key, a kind and a value per slot.</summary>
    private sealed class Table
    {
        private int _count;

        public Table(int size)
        {
            Keys = new object?[size];
            Seconds = new object?[size];
            Kinds = new int[size];
            Hashes = new int[size];
            Values = new object?[size];
        }

        public object?[] Keys { get; }

        public object?[] Seconds { get; }

        public int[] Kinds { get; }

        public int[] Hashes { get; }

        public object?[] Values { get; }

        public bool Full => 2 * (_count + 1) > Keys.Length;

        public void Put(int hash, int kind, object? key, object? second, object value)
        {
            var mask = Keys.Length - 1;
            var i = hash & mask;
            while (Values[i] is not null)
            {
                i = (i + 1) & mask;
            }

            Keys[i] = key;
            Seconds[i] = second;
            Kinds[i] = kind;
            Hashes[i] = hash;
            Values[i] = value;
            _count++;
        }

        public Table Grown()
        {
            var grown = new Table(Keys.Length * 2);
            for (var i = 0; i < Keys.Length; i++)
            {
                if (Values[i] is { } value)
                {
                    grown.Put(Hashes[i], Kinds[i], Keys[i], Seconds[i], value);
                }
            }

            return grown;
        }
    }
}
