using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using Dataset.Common;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Dataset.Infrastructure;

// The stored streams of the generated code: string constants of its class of streams, read by reflection
// (StoredStreams), and their bytes.
public static partial class FactStreamReader
{
    /// <summary>
    /// The article whose record the string constant <paramref name="record"/> of the generated class
    /// <paramref name="streams"/> holds (read from the assembly's metadata by reflection; the annotation keeps the
    /// class's constants when the program is trimmed or compiled ahead of time), built once: the same instance as in
    /// <see cref="ReadArticles"/>. The generated property of each article calls this, once.
    /// </summary>
    /// <param name="streams">The generated class whose constants are the stored streams.</param>
    /// <param name="record">The name of the article's record constant.</param>
    /// <param name="findById">Finds an entity (an author, the publisher) by id, or returns <see langword="null"/>.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">The stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">The class has no such constant, or the stream is truncated or malformed, or has no article record.</exception>
    public static Article ReadArticle(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams,
        string record,
        Func<string, Entity?> findById) =>
        StoredStreams.For(streams).Article(record, findById ?? throw new ArgumentNullException(nameof(findById)));

    /// <summary>
    /// Every article whose record the generated class <paramref name="streams"/> holds, each built once, in id order
    /// (ordinal): one call, with no code per article, for <c>Articles.All</c>.
    /// </summary>
    /// <param name="streams">The generated class whose constants are the stored streams.</param>
    /// <param name="findById">Finds an entity (an author, the publisher) by id, or returns <see langword="null"/>.</param>
    /// <returns>A new array of the articles.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">A stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">A stream is truncated or malformed, or has no article record.</exception>
    public static Article[] ReadArticles(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams,
        Func<string, Entity?> findById) =>
        StoredStreams.For(streams).Articles(findById ?? throw new ArgumentNullException(nameof(findById)));

    /// <summary>
    /// Every article's facts from the generated class <paramref name="streams"/>, in the order of
    /// <see cref="ReadArticles"/>: one call, with no code per article, for <c>Corpus.Facts</c>.
    /// </summary>
    /// <param name="streams">The generated class whose constants are the stored streams.</param>
    /// <param name="findById">Finds an entity by id, or returns <see langword="null"/>.</param>
    /// <param name="findTerm">
    /// Finds a vocabulary term by its set (0 event types, 1 participant roles, 2 relation types, 3 stances, 4 correction
    /// kinds) and the name of its generated property, or returns <see langword="null"/>.
    /// </param>
    /// <returns>A new array of the articles' facts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">A stream was written in another format version.</exception>
    /// <exception cref="InvalidDataException">
    /// An article has no facts constant, or a stream is truncated or malformed, or refers to an entity or term that the
    /// finders do not find.
    /// </exception>
    public static ArticleFacts[] ReadFacts(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams,
        Func<string, Entity?> findById,
        Func<int, string, VocabularyTerm?> findTerm) =>
        StoredStreams.For(streams).Facts(
            findById ?? throw new ArgumentNullException(nameof(findById)),
            findTerm ?? throw new ArgumentNullException(nameof(findTerm)));

    // The bytes of a stored stream: read in place on a little-endian .NET 8 when it has no escaped pair (the string
    // kept as the string table's source), else unpacked (on .NET 8 into a pooled buffer) and copied or expanded into a
    // byte array of their own, which the string table keeps.
    private static Bytes Bytes(string stored, out object source, Article? article = null)
    {
#if NET8_0_OR_GREATER
        if (BitConverter.IsLittleEndian && stored.IndexOf(StoredStreamFormat.Escape) < 0)
        {
            var inPlace = MemoryMarshal.AsBytes(stored.AsSpan());
            if (inPlace.Length > 0 && inPlace[0] == StreamCompression.Marker)
            {
                var plain = Expand(inPlace, article);
                source = plain;
                return plain;
            }

            source = stored;
            return inPlace;
        }

        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(stored.Length * 2);
        try
        {
            var unpacked = new ReadOnlySpan<byte>(rented, 0, StoredStreams.Unpack(stored, rented));
            var bytes = unpacked.Length > 0 && unpacked[0] == StreamCompression.Marker ? Expand(unpacked, article) : unpacked.ToArray();
            source = bytes;
            return bytes;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
#else
        var bytes = StoredStreams.Unpack(stored);
        if (bytes.Length > 0 && bytes[0] == StreamCompression.Marker)
        {
            bytes = Expand(bytes, article);
        }

        source = bytes;
        return bytes;
#endif
    }

#if NET8_0_OR_GREATER
    // Buffers of this thread for a stored stream's unpacked and expanded bytes, reused from article to article; taken
    // (the field set to null) while in use, so that a decoding that reenters the reader allocates its own.
    [ThreadStatic]
    private static byte[]? t_unpacked;

    [ThreadStatic]
    private static byte[]? t_plain;

    /// <summary>
    /// Decodes the facts of a stored stream that cannot be read in place (escaped or compressed) from this thread's
    /// buffers, so that no copy of the stream is made: the decoding reads the value strings it needs from them, and
    /// the facts keep only the texts stream, or a way to fetch it.
    /// </summary>
    private static ArticleFacts DecodePacked(Article article, string stored, Tables tables) => DecodePacked(article, stored.AsSpan(), tables);

    /// <summary>
    /// Decodes an article's facts from its stored stream read in place from the assembly's metadata (no string made of
    /// it), through this thread's buffers; <paramref name="texts"/> fetches the plain bytes of its texts stream when a
    /// fact first reads a text.
    /// </summary>
    internal static ArticleFacts ReadInPlace(Article article, ReadOnlySpan<char> stored, Func<string, Entity?> findById, Func<int, string, VocabularyTerm?> findTerm, SharedValues? shared, Func<byte[]> texts) =>
        DecodePacked(article, stored, new Tables(null, null, findById, findTerm) { Shared = shared, Texts = texts });

    /// <summary>
    /// The article whose record is read in place from the assembly's metadata, through this thread's buffers (the
    /// record's strings are all decoded before the buffers go back), built once as <see cref="ReadArticle(ref Article?, string, Func{string, Entity})"/>.
    /// </summary>
    internal static Article ReadArticleInPlace(ref Article? article, ReadOnlySpan<char> stored, Func<string, Entity?> findById, SharedValues? shared)
    {
        if (article is { } existing)
        {
            return existing;
        }

        var buffers = Buffers.Take(stored.Length);
        try
        {
            var buffer = buffers.Fill(stored, null, out var length);
            var tables = new Tables(null, null, findById, null) { Shared = shared };
            var created = new Decoder(null, new ReadOnlySpan<byte>(buffer, 0, length), buffer, tables).ArticleOnly();
            return System.Threading.Interlocked.CompareExchange(ref article, created, null) ?? created;
        }
        finally
        {
            buffers.Return();
        }
    }

    private static ArticleFacts DecodePacked(Article article, ReadOnlySpan<char> stored, Tables tables)
    {
        var buffers = Buffers.Take(stored.Length);
        try
        {
            var buffer = buffers.Fill(stored, article, out var length);
            var packed = new PackedStream(buffer);
            try
            {
                return Decode(article, new ReadOnlySpan<byte>(buffer, 0, length), packed, tables);
            }
            finally
            {
                // The buffers go back to this thread: the decoding has read every value string it needs.
                packed.Release();
            }
        }
        finally
        {
            buffers.Return();
        }
    }

    /// <summary>This thread's buffers, taken while a stored stream is decoded from them (a value: no allocation per stream).</summary>
    private struct Buffers
    {
        private byte[] _unpacked;
        private byte[]? _plain;

        private Buffers(byte[] unpacked, byte[]? plain)
        {
            _unpacked = unpacked;
            _plain = plain;
        }

        /// <summary>Takes the thread's buffers (large enough for <paramref name="chars"/> stored characters), or new ones while they are taken.</summary>
        public static Buffers Take(int chars)
        {
            var taken = new Buffers(t_unpacked is { } u && u.Length >= chars * 2 ? u : new byte[Math.Max(chars * 2, 4096)], t_plain);
            t_unpacked = null;
            t_plain = null;
            return taken;
        }

        /// <summary>Unpacks the stored stream, and expands it when compressed; its bytes are the returned buffer's first <paramref name="length"/>.</summary>
        public byte[] Fill(ReadOnlySpan<char> stored, Article? article, out int length)
        {
            length = StoredStreams.Unpack(stored, _unpacked);
            if (length == 0 || _unpacked[0] != StreamCompression.Marker)
            {
                return _unpacked;
            }

            if (!StreamCompression.TryExpand(new ReadOnlySpan<byte>(_unpacked, 0, length), _plain, out var expanded, out length, out var problem))
            {
                throw Expanding(article, problem);
            }

            return _plain = expanded!;
        }

        /// <summary>Gives the buffers back to the thread, the expansion's grown one included.</summary>
        public void Return()
        {
            t_unpacked = _unpacked;
            t_plain = _plain;
        }
    }

    /// <summary>
    /// A stored stream being decoded from this thread's buffer, and the string table built over it, which borrows two
    /// more of this thread's arrays while the decoding lasts: the strings' offsets and the strings the decoding itself
    /// reads (a quantity's measure and currency, an entity's id). A corpus's tables keep neither: at 10,000 articles
    /// of some 340 strings each, they were 40 MB of the heap, for strings most queries never read.
    /// </summary>
    private sealed class PackedStream
    {
        // Taken (the field set to null) while in use, as the byte buffers.
        [ThreadStatic]
        private static int[]? t_offsets;

        [ThreadStatic]
        private static string?[]? t_strings;

        private int[]? _offsets;
        private string?[]? _strings;

        public PackedStream(byte[] buffer) => Buffer = buffer;

        public byte[]? Buffer { get; private set; }

        public StringTable? Table { get; set; }

        /// <summary>This thread's array for the offsets of <paramref name="count"/> strings (lent until <see cref="Release"/>).</summary>
        public int[] Offsets(int count)
        {
            var offsets = t_offsets is { } o && o.Length >= count ? o : new int[Math.Max(count, 256)];
            t_offsets = null;
            return _offsets = offsets;
        }

        /// <summary>This thread's array for <paramref name="count"/> decoded strings, cleared (lent until <see cref="Release"/>).</summary>
        public string?[] Strings(int count)
        {
            var strings = t_strings is { } s && s.Length >= count ? s : new string?[Math.Max(count, 256)];
            t_strings = null;
            Array.Clear(strings, 0, count);
            return _strings = strings;
        }

        /// <summary>The decoding is done: the table lets go of the buffer and the lent arrays, which go back to this thread.</summary>
        public void Release()
        {
            Buffer = null;
            Table?.Release();
            t_offsets = _offsets ?? t_offsets;
            t_strings = _strings ?? t_strings;
        }
    }
#endif

    /// <summary>The bytes of a stored stream, unpacked and expanded into an array of their own (a string table's source once its decoding is done).</summary>
    /// <param name="stored">The stored stream.</param>
    /// <param name="article">The article, for a message.</param>
    /// <returns>The stream's bytes (an odd-length stream that is not compressed ends with its zero padding byte).</returns>
    internal static byte[] Plain(string stored, Article? article) => Plain(StoredStreams.Unpack(stored), article);

#if NET8_0_OR_GREATER
    /// <summary>As <see cref="Plain(string, Article)"/>, from a stored stream read in place.</summary>
    /// <param name="stored">The stored stream's characters.</param>
    /// <param name="article">The article, for a message.</param>
    /// <returns>The stream's bytes.</returns>
    internal static byte[] Plain(ReadOnlySpan<char> stored, Article? article) => Plain(StoredStreams.Unpack(stored), article);
#endif

    /// <summary>A stream's bytes, expanded when compressed.</summary>
    /// <param name="bytes">The bytes (kept when they are not compressed).</param>
    /// <param name="article">The article, for a message.</param>
    /// <returns>The plain bytes.</returns>
    internal static byte[] Plain(byte[] bytes, Article? article) =>
        bytes.Length > 0 && bytes[0] == StreamCompression.Marker ? Expand(bytes, article) : bytes;
}
