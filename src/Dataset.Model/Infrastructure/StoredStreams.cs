using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif
using System.Runtime.CompilerServices;
using Dataset.Common;

namespace Dataset.Infrastructure;

/// <summary>
/// The stored fact streams of one generated library: the string constants of its class of streams
/// (<see cref="StoredStreamFormat"/>), two bytes of a stream to a character, little-endian, a record, a facts stream
/// and (format 5) a texts stream per article. A constant lives in the assembly's metadata only (no code for the JIT, no static constructor, no
/// user-string heap, which the CLR caps at 16 MB), so it is read from there: in place where the runtime gives the loaded
/// metadata (.NET 8, not Native AOT), else by reflection. The class's constants are located once, by article (else read
/// by name), and the articles built from them are kept here, one instance each, whether a program reaches an article
/// through its property or through the corpus's lists. Thread-safe: racing threads may decode the same article, and one
/// instance is kept.
/// </summary>
internal sealed partial class StoredStreams
{
    private static readonly object Gate = new();

    // Weak keys, so that a generated library loaded into a collectible context can still be unloaded.
    private static readonly ConditionalWeakTable<Type, StoredStreams> Sets = new();

    private readonly string _class;

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)]
    private readonly Type _type;

    // The articles' member names, by slot, and each slot's constants where the metadata holds them (read in place), or
    // null where the runtime gives no metadata to read: then the constants are read by reflection, by name.
    private readonly string[] _members;
    private readonly Located? _located;
    private readonly Article?[] _articles;
    private Dictionary<string, int>? _slots;
    private int[]? _idOrder;

    private StoredStreams([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams)
    {
        _class = streams.FullName ?? streams.Name;
        _type = streams;
#if NET8_0_OR_GREATER
        _located = Located.Find(streams);
#else
        _located = null;
#endif
        _members = _located?.Members ?? Members(streams);
        _articles = new Article?[_members.Length];
    }

    // The articles' member names from the names of the record constants, by reflection.
    private static string[] Members([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams)
    {
        var members = new List<string>();
        foreach (var field in streams.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            if (field.IsLiteral && field.FieldType == typeof(string) && field.Name.StartsWith(StoredStreamFormat.RecordPrefix, StringComparison.Ordinal))
            {
                members.Add(field.Name.Substring(StoredStreamFormat.RecordPrefix.Length));
            }
        }

        return members.ToArray();
    }

    /// <summary>The stored streams of the generated class <paramref name="streams"/>, indexed on first use.</summary>
    /// <param name="streams">The generated class of stored streams.</param>
    /// <returns>Its streams.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streams"/> is <see langword="null"/>.</exception>
    public static StoredStreams For([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams)
    {
        if (streams is null)
        {
            throw new ArgumentNullException(nameof(streams));
        }

        if (Sets.TryGetValue(streams, out var set))
        {
            return set;
        }

        lock (Gate)
        {
            if (!Sets.TryGetValue(streams, out set))
            {
                set = new StoredStreams(streams);
                Sets.Add(streams, set);
            }

            return set;
        }
    }

    /// <summary>The article whose record the constant <paramref name="record"/> holds, built once.</summary>
    /// <param name="record">The name of the record's constant.</param>
    /// <param name="findById">Finds an entity (an author, the publisher) by id.</param>
    /// <returns>The article.</returns>
    /// <exception cref="InvalidDataException">There is no such constant, or its stream is malformed.</exception>
    public Article Article(string record, Func<string, Entity?> findById)
    {
        if (record is null || !Slots().TryGetValue(record, out var slot))
        {
            throw Missing(record);
        }

        return ArticleAt(slot, findById);
    }

    /// <summary>Every article of the class, built once each, ordered by id (ordinal): the order the generator lists them in.</summary>
    /// <param name="findById">Finds an entity (an author, the publisher) by id.</param>
    /// <returns>A new array of the articles.</returns>
    public Article[] Articles(Func<string, Entity?> findById)
    {
        var order = IdOrder(findById);
        var articles = new Article[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            articles[i] = _articles[order[i]]!;
        }

        return articles;
    }

    /// <summary>Every article's facts, in the order of <see cref="Articles"/>.</summary>
    /// <param name="findById">Finds an entity by id.</param>
    /// <param name="findTerm">Finds a vocabulary term by its set and the name of its generated property.</param>
    /// <returns>A new array of the articles' facts.</returns>
    public ArticleFacts[] Facts(Func<string, Entity?> findById, Func<int, string, VocabularyTerm?> findTerm)
    {
        var order = IdOrder(findById);
        var facts = new ArticleFacts[order.Length];
        var shared = new SharedValues();
        for (var i = 0; i < order.Length; i++)
        {
            var slot = order[i];
            var texts = Texts(slot);
#if NET8_0_OR_GREATER
            if (_located is not null)
            {
                facts[i] = FactStreamReader.ReadInPlace(_articles[slot]!, Chars(_located.Facts[slot], StoredStreamFormat.FactsPrefix, slot), findById, findTerm, shared, texts);
                continue;
            }
#endif
            facts[i] = FactStreamReader.Read(_articles[slot]!, Get(StoredStreamFormat.FactsPrefix + _members[slot]), findById, findTerm, shared, texts);
        }

        return facts;
    }

    /// <summary>
    /// Fetches the plain bytes of the texts stream of a slot's article (format 5) when a fact first reads a text: read
    /// in place from the metadata where it can be, else by reflection, then unpacked and expanded into an array of its own.
    /// </summary>
    private Func<byte[]> Texts(int slot) => () =>
    {
#if NET8_0_OR_GREATER
        if (_located is not null)
        {
            return FactStreamReader.Plain(Chars(_located.Texts[slot], StoredStreamFormat.TextsPrefix, slot), _articles[slot]);
        }
#endif
        return FactStreamReader.Plain(Get(StoredStreamFormat.TextsPrefix + _members[slot]), _articles[slot]);
    };

    // The slots by the names of their record constants, for the generated property of one article; made on first use.
    private Dictionary<string, int> Slots()
    {
        if (_slots is { } known)
        {
            return known;
        }

        var slots = new Dictionary<string, int>(_members.Length, StringComparer.Ordinal);
        for (var i = 0; i < _members.Length; i++)
        {
            slots[StoredStreamFormat.RecordPrefix + _members[i]] = i;
        }

        return _slots = slots;
    }

#if NET8_0_OR_GREATER
    // A constant's characters where the metadata holds them (UTF-16, little-endian); valid while the assembly is
    // loaded, which the caller's reference to its class (the stream is fetched again through this instance) ensures.
    private unsafe ReadOnlySpan<char> Chars((IntPtr Start, int Length) stored, string prefix, int slot) =>
        stored.Start != IntPtr.Zero ? new((void*)stored.Start, stored.Length / 2) : throw Missing(prefix + _members[slot]);
#endif

    /// <summary>The stored stream that the constant <paramref name="field"/> holds.</summary>
    /// <param name="field">The name of the constant.</param>
    /// <returns>The stored stream.</returns>
    /// <exception cref="InvalidDataException">There is no string constant of that name.</exception>
    private string Get(string field) =>
        field is not null && _type.GetField(field, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is { IsLiteral: true } info
            && info.GetRawConstantValue() is string stored ? stored : throw Missing(field);

    /// <summary>
    /// The bytes of a stored stream (<see cref="StoredStreamFormat"/>: two to a character, little-endian, escaped pairs
    /// restored), as a new array.
    /// </summary>
    /// <param name="stored">The stored stream.</param>
    /// <returns>Its bytes (an odd-length stream ends with its zero padding byte).</returns>
    /// <exception cref="InvalidDataException">An escape is not followed by an escaped pair.</exception>
    public static byte[] Unpack(string stored)
#if NET8_0_OR_GREATER
        => Unpack(stored.AsSpan());

    /// <summary>As <see cref="Unpack(string)"/>, from a stored stream's characters (read in place).</summary>
    /// <param name="stored">The stored stream.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="InvalidDataException">An escape is not followed by an escaped pair.</exception>
    public static byte[] Unpack(ReadOnlySpan<char> stored)
#endif
    {
        var bytes = new byte[stored.Length * 2];
        var count = Unpack(stored, bytes);
        if (count < bytes.Length)
        {
            Array.Resize(ref bytes, count);
        }

        return bytes;
    }

    /// <summary>Unpacks a stored stream into <paramref name="bytes"/> (at least twice its length), as <see cref="Unpack(string)"/>.</summary>
    /// <param name="stored">The stored stream.</param>
    /// <param name="bytes">The buffer.</param>
    /// <returns>How many bytes were written.</returns>
    /// <exception cref="InvalidDataException">An escape is not followed by an escaped pair.</exception>
    [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization, as the decoder's: it runs once per article, at start-up.
#if NET8_0_OR_GREATER
    public static int Unpack(ReadOnlySpan<char> stored, byte[] bytes)
#else
    public static int Unpack(string stored, byte[] bytes)
#endif
        => UnpackInto(stored, bytes);

    /// <summary>
    /// The same unpacking as <see cref="Unpack(string)"/>, compiled as any method: for one entity stream, read once, where compiling
    /// optimised costs more than it saves, and which a ReadyToRun image of this assembly carries precompiled (a method
    /// marked for aggressive optimisation is always left to the JIT).
    /// </summary>
    /// <param name="stored">The stored stream.</param>
    /// <param name="bytes">The buffer.</param>
    /// <returns>How many bytes were written.</returns>
    /// <exception cref="InvalidDataException">An escape is not followed by an escaped pair.</exception>
    public static int UnpackOnce(string stored, byte[] bytes) => UnpackInto(stored, bytes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET8_0_OR_GREATER
    private static int UnpackInto(ReadOnlySpan<char> stored, byte[] bytes)
#else
    private static int UnpackInto(string stored, byte[] bytes)
#endif
    {
        var count = 0;
#if NET8_0_OR_GREATER
        if (BitConverter.IsLittleEndian)
        {
            // A character's two bytes, little-endian, are the pair it stores: the runs between escapes are copied as
            // they are (the search for an escape and the copy run many characters at a time), each escape restored.
            for (var at = 0; ;)
            {
                var rest = stored.Slice(at);
                var escape = rest.IndexOf(StoredStreamFormat.Escape);
                var run = escape < 0 ? rest : rest.Slice(0, escape);
                MemoryMarshal.AsBytes(run).CopyTo(bytes.AsSpan(count));
                count += run.Length * 2;
                if (escape < 0)
                {
                    return count;
                }

                at += escape;
                var pair = at + 1 < stored.Length ? stored[at + 1] ^ StoredStreamFormat.EscapeFlip : -1;
                if (pair is not (>= 0xD800 and <= 0xDFFF or StoredStreamFormat.Escape))
                {
                    throw BadEscape(at);
                }

                bytes[count++] = (byte)pair;
                bytes[count++] = (byte)(pair >> 8);
                at += 2;
            }
        }
#endif
        for (var i = 0; i < stored.Length; i++)
        {
            int unit = stored[i];
            if (unit == StoredStreamFormat.Escape)
            {
                unit = ++i < stored.Length ? stored[i] ^ StoredStreamFormat.EscapeFlip : -1;
                if (unit is not (>= 0xD800 and <= 0xDFFF or StoredStreamFormat.Escape))
                {
                    throw BadEscape(i - 1);
                }
            }

            bytes[count++] = (byte)unit;
            bytes[count++] = (byte)(unit >> 8);
        }

        return count;
    }

    private static InvalidDataException BadEscape(int at) =>
        new("A stored fact stream has an escape at character " + at.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " that is not followed by an escaped pair. The generated code was edited: rebuild the dataset with Dataset.Generator.");

    // Every article built, and the slots in the order of their ids; computed once (racing threads compute the same).
    private int[] IdOrder(Func<string, Entity?> findById)
    {
        if (_idOrder is { } known)
        {
            return known;
        }

        var ids = new string[_members.Length];
        var order = new int[_members.Length];
        var shared = new SharedValues();
        for (var i = 0; i < _members.Length; i++)
        {
            ids[i] = ArticleAt(i, findById, shared).Id;
            order[i] = i;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        _idOrder = order;
        return order;
    }

    // The article of a slot, built from its record constant the first time (the first of racing threads is kept).
    // shared: what the other records of a pass over every article found, or null.
    private Article ArticleAt(int slot, Func<string, Entity?> findById, SharedValues? shared = null)
    {
        if (_articles[slot] is { } built)
        {
            return built;
        }

#if NET8_0_OR_GREATER
        if (_located is not null)
        {
            return FactStreamReader.ReadArticleInPlace(ref _articles[slot], Chars(_located.Records[slot], StoredStreamFormat.RecordPrefix, slot), findById, shared);
        }
#endif
        return FactStreamReader.ReadArticle(ref _articles[slot], Get(StoredStreamFormat.RecordPrefix + _members[slot]), findById, shared);
    }

    private InvalidDataException Missing(string? field) =>
        new("The generated class '" + _class + "' has no stored fact stream named '" + field
            + "'. The generated code was edited, or trimmed without its annotations: rebuild the dataset with Dataset.Generator.");
}
