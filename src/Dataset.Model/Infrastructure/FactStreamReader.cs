using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using Dataset.Common;

namespace Dataset.Infrastructure;

/// <summary>
/// Infrastructure for the code that Dataset.Generator emits; not meant to be called by users. Decodes one article's
/// facts from the compact binary fact stream the generator stores in the generated library, so that the facts of every
/// article are built by this one small loader instead of by large generated initializer methods.
/// </summary>
/// <remarks>
/// <para>
/// Format <see cref="FormatVersion"/>: unsigned integers are LEB128 varints, signed ones zigzag varints. The stream is
/// the format version, the stream's length in bytes, the string table of the values the decoder reads (each string a
/// varint of its byte count times two, plus one when the string is stored as UTF-16 code units rather than UTF-8, then
/// the bytes), the entity table (format
/// 3: its length, then each entity's id as a string reference; the reader finds the entities by id, or takes a table
/// the caller passes), the term table (format 3: its length, then each term's set as a byte, 0 to 4 for event types,
/// participant roles, relation types, stances and correction kinds, and the name of its generated property as a string
/// reference; since format 2 these are open values of the dataset's vocabulary, referenced by index into that table),
/// the number of texts (format 5), the article record (format 3: a flag byte, 0 for none, else 1 and the article's id, headline, authors by entity
/// table index, optional publisher, publication date, address, kind, language, text SHA-256 and text length; the
/// generated code stores each article's record in a small stream of its own, without facts, for
/// <see cref="ReadArticle(Type, string, Func{string, Entity})"/>), the counts of events, relations, quantities, quotes, claims, corrections and mentions,
/// then the facts in that order. Strings are referenced by table index plus one (zero for
/// <see langword="null"/>), entities by index into the entity table (plus one, zero for <see langword="null"/>, where
/// the reference is optional). Since format 5 the strings a fact only keeps (its id, an event's summary, a quote's
/// words, a claim's statement, every passage's text) are texts, referenced by index plus one into a texts stream of
/// their own (the version, the number of texts, then the texts as the string table holds its strings), which is read,
/// checked and located when a fact first asks for one of them, and decoded string by string: reading the facts does
/// not unpack their texts, most of the bytes.
/// Enumerations are stored by numeric value; decimals as sign, scale and their three
/// 32-bit words, so they round-trip exactly.
/// </para>
/// <para>
/// Since format 4 a stored stream may be compressed (a first byte of zero, which no format version is; the layout is
/// <c>StreamCompression</c>'s, in the shared source): the generator stores the shorter of the two, and a compressed
/// stream is expanded into a byte array when it is read.
/// </para>
/// <para>
/// The generated code stores each stream as a string constant, two bytes to a character, little-endian, surrogates
/// escaped (<c>StoredStreamFormat</c>): a constant is metadata only (no code for the JIT, no bound constant per element for the compiler), read by reflection through
/// the overloads that take the generated class and the constant's name.
/// </para>
/// <para>
/// A stream of another format version, or one that is cut short or malformed, is rejected with an exception that
/// says so: it means that the generated code and this Dataset.Model do not belong together.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class FactStreamReader
{
    /// <summary>The format version this reader decodes; a generated stream starts with the version it was written in.</summary>
    public const int FormatVersion = 5;

    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0 and later; netstandard2.0 has no name for it): the
    /// decoder runs once per article, always in a process that is still starting, so it is compiled optimised at once
    /// rather than running unoptimised until tiered compilation catches up.
    /// </summary>
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

    /// <summary>
    /// Decodes an article's facts from its stored stream: the stream's bytes two to a character, little-endian, with
    /// surrogates escaped (<c>StoredStreamFormat</c>, in the shared source), as the generated code stores it in a string
    /// constant.
    /// </summary>
    /// <param name="article">The article the facts belong to.</param>
    /// <param name="stored">The stored stream.</param>
    /// <param name="texts">The stored texts stream (format 5), or <see langword="null"/> when the facts have no texts.</param>
    /// <param name="entities">The entities the stream refers to, in the order of its entity table.</param>
    /// <param name="terms">The vocabulary terms the stream refers to, in the order of its term table.</param>
    /// <returns>The article's facts.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">
    /// The stream is truncated or malformed, or does not match the entity table, or refers to texts but none are given
    /// (a malformed texts stream is rejected when a fact first reads a text).
    /// </exception>
    public static ArticleFacts Read(Article article, string stored, string? texts, Entity[] entities, VocabularyTerm[] terms) =>
        Read(article, stored, new Tables(
            entities ?? throw new ArgumentNullException(nameof(entities)),
            terms ?? throw new ArgumentNullException(nameof(terms)),
            null,
            null)
        {
            Texts = Fetch(texts, article),
        });

    /// <summary>
    /// Decodes an article's facts from its stored stream (two bytes to a character, little-endian), finding the
    /// entities and vocabulary terms of its tables by id and by member name: the generated code passes its
    /// <c>Entities.entityById</c> and <c>Corpus.FindTerm</c>, so that it lists no entity and no term (lists that the JIT
    /// would otherwise compile once per article).
    /// </summary>
    /// <param name="article">The article the facts belong to.</param>
    /// <param name="stored">The stored stream.</param>
    /// <param name="texts">The stored texts stream (format 5), or <see langword="null"/> when the facts have no texts.</param>
    /// <param name="findById">Finds an entity by id, or returns <see langword="null"/>.</param>
    /// <param name="findTerm">
    /// Finds a vocabulary term by its set (0 event types, 1 participant roles, 2 relation types, 3 stances, 4 correction
    /// kinds) and the name of its generated property, or returns <see langword="null"/>.
    /// </param>
    /// <returns>The article's facts.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">
    /// The stream is truncated or malformed, or refers to an entity or term that the finders do not find, or to texts
    /// but none are given.
    /// </exception>
    public static ArticleFacts Read(Article article, string stored, string? texts, Func<string, Entity?> findById, Func<int, string, VocabularyTerm?> findTerm) =>
        Read(article, stored, findById, findTerm, null, Fetch(texts, article));

    /// <summary>
    /// As the public overload, sharing what <paramref name="shared"/> found in the pass's other articles; the texts
    /// stream fetched (its plain bytes) when a fact first reads a text.
    /// </summary>
    internal static ArticleFacts Read(
        Article article,
        string stored,
        Func<string, Entity?> findById,
        Func<int, string, VocabularyTerm?> findTerm,
        SharedValues? shared,
        Func<byte[]>? texts) =>
        Read(article, stored, new Tables(
            null,
            null,
            findById ?? throw new ArgumentNullException(nameof(findById)),
            findTerm ?? throw new ArgumentNullException(nameof(findTerm)))
        {
            Shared = shared,
            Texts = texts,
        });

    /// <summary>
    /// The article an article's stream describes (format 3: its record after the term table), built once: when
    /// <paramref name="article"/> is still <see langword="null"/> the record is decoded and published there (the first
    /// of racing threads wins), else the field's article is returned.
    /// </summary>
    /// <param name="article">The field that holds the article once it is built.</param>
    /// <param name="stored">The stored stream (two bytes to a character, little-endian).</param>
    /// <param name="findById">Finds an entity (an author, the publisher) by id, or returns <see langword="null"/>.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">The stream is truncated or malformed, or has no article record.</exception>
    public static Article ReadArticle(ref Article? article, string stored, Func<string, Entity?> findById) => ReadArticle(ref article, stored, findById, null);

    /// <summary>As the public overload, sharing what <paramref name="shared"/> found in the pass's other records.</summary>
    internal static Article ReadArticle(ref Article? article, string stored, Func<string, Entity?> findById, SharedValues? shared)
    {
        if (article is { } existing)
        {
            return existing;
        }

        var tables = new Tables(null, null, findById ?? throw new ArgumentNullException(nameof(findById)), null) { Shared = shared };
        var decoder = new Decoder(null, Bytes(stored ?? throw new ArgumentNullException(nameof(stored)), out var source), source, tables);
        var created = decoder.ArticleOnly();
        return System.Threading.Interlocked.CompareExchange(ref article, created, null) ?? created;
    }

    private static byte[] Expand(Bytes stored, Article? article) =>
        StreamCompression.TryExpand(stored, out var plain, out var problem) ? plain! : throw Expanding(article, problem);

    private static InvalidDataException Expanding(Article? article, string? problem) =>
        new("The fact stream of article '" + (article?.Id ?? "(its record not read yet)") + "' " + problem
            + ". The generated code and Dataset.Model do not match, or the generated code was edited: rebuild the dataset with the Dataset.Generator that goes with this Dataset.Model.");

    private static ArticleFacts Read(Article article, string stored, Tables tables)
    {
        if (stored is null)
        {
            throw new ArgumentNullException(nameof(stored));
        }

#if NET8_0_OR_GREATER
        if (!(BitConverter.IsLittleEndian && stored.IndexOf(StoredStreamFormat.Escape) < 0 && !(stored.Length > 0 && (byte)stored[0] == StreamCompression.Marker)))
        {
            return DecodePacked(article, stored, tables);
        }
#endif
        var bytes = Bytes(stored, out var source, article);
        return Decode(article, bytes, source, tables);
    }

    /// <summary>Decodes an article's facts from its fact stream.</summary>
    /// <param name="article">The article the facts belong to.</param>
    /// <param name="stream">The stream's bytes.</param>
    /// <param name="texts">The texts stream's bytes (format 5), or <see langword="null"/> when the facts have no texts.</param>
    /// <param name="entities">The entities the stream refers to, in the order of its entity table.</param>
    /// <returns>The article's facts.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">
    /// The stream is truncated or malformed, or does not match the entity table, or refers to texts but none are given.
    /// </exception>
    /// <param name="terms">The vocabulary terms the stream refers to, in the order of its term table.</param>
    public static ArticleFacts Read(Article article, byte[] stream, byte[]? texts, Entity[] entities, VocabularyTerm[] terms)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (stream.Length > 0 && stream[0] == StreamCompression.Marker)
        {
            stream = Expand(stream, article);
        }

        return Decode(article, stream, stream, new Tables(
            entities ?? throw new ArgumentNullException(nameof(entities)),
            terms ?? throw new ArgumentNullException(nameof(terms)),
            null,
            null)
        {
            Texts = texts is null ? null : () => Plain(texts, article),
        });
    }

    // A stored texts stream's plain bytes, unpacked and expanded when a fact first reads a text.
    private static Func<byte[]>? Fetch(string? texts, Article article) => texts is null ? null : () => Plain(texts, article);

    // The texts of facts that have none (their references are all checked against a count of zero).
    private static readonly Func<byte[]> NoTexts = () => Array.Empty<byte>();

    /// <summary>
    /// What the stream's entity and term tables are resolved against: the tables themselves, in stream order (lengths
    /// checked), or finders by entity id and by term set and member name.
    /// </summary>
    private sealed class Tables
    {
        public Tables(Entity[]? entities, VocabularyTerm[]? terms, Func<string, Entity?>? findById, Func<int, string, VocabularyTerm?>? findTerm)
        {
            Entities = entities;
            Terms = terms;
            FindById = findById;
            FindTerm = findTerm;
        }

        public Entity[]? Entities { get; }

        public VocabularyTerm[]? Terms { get; }

        public Func<string, Entity?>? FindById { get; }

        public Func<int, string, VocabularyTerm?>? FindTerm { get; }

        /// <summary>What the other articles of the pass found (entities, terms, times and small values), or <see langword="null"/>.</summary>
        public SharedValues? Shared { get; init; }

        /// <summary>
        /// Fetches the plain bytes of the texts stream (format 5) when a fact first reads a text; <see langword="null"/>
        /// when none is given (then the facts may refer to no text).
        /// </summary>
        public Func<byte[]>? Texts { get; init; }
    }

    // source: what the bytes are read from (the stored string, read in place, or a byte array), kept by the string table for decoding on access.
    private static ArticleFacts Decode(Article article, Bytes stream, object source, Tables tables)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        var decoder = new Decoder(article, stream, source, tables);
        return decoder.Facts();
    }

    /// <summary>The cursor over one stream; every read is bounds-checked against the length the stream declares.</summary>
#if NET8_0_OR_GREATER
    private ref partial struct Decoder
#else
    private partial struct Decoder
#endif
    {
        private Article? _article;
        private readonly Bytes _bytes;
        private Entity[] _entities;
        private readonly Tables _tables;
        private VocabularyTerm[] _terms;
        private readonly object _source;
        private int _pos;
        private int _end;
        private StringTable _strings;
        private StringTable _texts;
        private int _textCount;
        private readonly SharedValues? _shared;

        public Decoder(Article? article, Bytes bytes, object source, Tables tables)
        {
            _article = article;
            _bytes = bytes;
            _source = source;
            _strings = null!;
            _texts = null!;
            _tables = tables;
            _shared = tables.Shared;
            _entities = Array.Empty<Entity>();
            _terms = Array.Empty<VocabularyTerm>();
            _end = bytes.Length;
        }

        /// <summary>Reads the header and the article record only (<see cref="ReadArticle(Type, string, Func{string, Entity})"/>).</summary>
        [MethodImpl(Optimized)]
        public Article ArticleOnly()
        {
            Header();
            return ReadArticleRecord(build: true) ?? throw Malformed("has no article record");
        }

        [MethodImpl(Optimized)]
        public ArticleFacts Facts()
        {
            Header();

            // The texts, read when a fact first asks for one (only the facts do: a record has none).
            if (_textCount > 0 && _tables.Texts is null)
            {
                throw Malformed("refers to " + _textCount.ToString(CultureInfo.InvariantCulture) + " texts, but no texts stream is given");
            }

            _texts = new StringTable(_article!, _textCount, _tables.Texts ?? NoTexts);

            // A record, if the stream has one, is checked and skipped: the caller passes the article.
            ReadArticleRecord(build: false);
            return Body();
        }

        /// <summary>The version, the length, the string table (located), the entity table and the term table.</summary>
        [MethodImpl(Optimized)]
        private void Header()
        {
            var version = ReadUInt();
            if (version != FormatVersion)
            {
                throw new NotSupportedException(
                    "The facts of article '" + ArticleName + "' are stored in fact stream format " + version.ToString(CultureInfo.InvariantCulture)
                    + ", but this Dataset.Model reads format " + FormatVersion.ToString(CultureInfo.InvariantCulture)
                    + ". The dataset was generated by a Dataset.Generator that does not match this Dataset.Model: use the versions that were released together.");
            }

            var length = ReadUInt();
            if (length > _bytes.Length)
            {
                throw Malformed("is truncated: it declares " + length.ToString(CultureInfo.InvariantCulture) + " bytes but holds only "
                    + _bytes.Length.ToString(CultureInfo.InvariantCulture));
            }

            if (length < _pos)
            {
                throw Malformed("declares a length of " + length.ToString(CultureInfo.InvariantCulture) + " bytes, shorter than its own header");
            }

            _end = (int)length;

            // The string table is only located here (each string's header checked and its bytes skipped); a string is
            // decoded when a fact's property first reads it.
            var count = ReadCount();
#if NET8_0_OR_GREATER
            var packed = _source as PackedStream;
            var offsets = packed is not null ? packed.Offsets(count) : new int[count];
#else
            var offsets = new int[count];
#endif
            for (var i = 0; i < count; i++)
            {
                offsets[i] = _pos;
                SkipStringData();
            }

#if NET8_0_OR_GREATER
            if (packed is not null)
            {
                // The decoding reads every value string it needs before the buffer goes back.
                _strings = packed.Table = new StringTable(_article!, packed.Buffer!, count, offsets, packed.Strings(count));
            }
            else
            {
                _strings = _source is string stored ? new StringTable(_article!, stored, offsets) : new StringTable(_article!, (byte[])_source, offsets);
            }
#else
            _strings = new StringTable(_article!, (byte[])_source, offsets);
#endif
            ReadEntityTable();
            ReadTermTable();

            // Format 5: the number of texts, in their own stream; the facts' table of them is made by Facts().
            _textCount = ReadCount();
        }
    }
}
