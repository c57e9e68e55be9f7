using System;
using System.Globalization;
using System.IO;
using System.Text;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Dataset.Infrastructure;

/// <summary>
/// A string table of one article's streams, decoded string by string on first access: the value strings of a fact
/// stream, which the decoder reads, or (format 5) the texts of its facts, in a stream of their own, which facts keep an
/// index into instead of their strings, so that a query that never reads an id, a summary, a quote's words or a
/// passage never pays for unpacking, decoding or keeping them. A decoded string is kept, so every later read returns
/// the same instance. The array of decoded strings, and that of the strings' offsets where the decoder only lent them
/// (or where the table reads a texts stream), are made on the first read. Thread-safe: threads that race decode the
/// same string, and either instance may be kept.
/// </summary>
internal sealed class StringTable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

#if NET8_0_OR_GREATER
    // The stored stream as the generated code stores it (two bytes to a character), read in place on little-endian
    // machines, or the stream's bytes.
    private readonly string? _stored;
#endif

    // The stream's bytes: given, the decoder's buffer while the decoding lasts, or a texts stream's once fetched.
    private byte[]? _bytes;
    private readonly int _count;

    // Fetches the plain bytes of a texts stream (format 5) on the first read; null for a table of a fact stream's value
    // strings, which only the decoding reads.
    private readonly Func<byte[]>? _texts;
    private int[]? _offsets;
    private string?[]? _strings;

#if NET8_0_OR_GREATER
    /// <summary>Creates the table over a stored stream, read in place.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="stored">The stored stream (kept, not copied).</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them (kept).</param>
    public StringTable(Article article, string stored, int[] offsets)
        : this(article, offsets.Length, offsets)
    {
        _stored = stored;
    }
#endif

#if NET8_0_OR_GREATER
    /// <summary>
    /// Creates the table of the value strings of a stored stream that is decoded from a buffer of the decoder's, with
    /// arrays the decoder lends it until <see cref="Release"/>: only the decoding reads them.
    /// </summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="buffer">The decoder's buffer of the stream's bytes, read until <see cref="Release"/>.</param>
    /// <param name="count">How many strings the table holds.</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them (at least <paramref name="count"/>; lent).</param>
    /// <param name="strings">The array for the strings the decoding reads, cleared (at least <paramref name="count"/>; lent).</param>
    public StringTable(Article article, byte[] buffer, int count, int[] offsets, string?[] strings)
        : this(article, count, offsets)
    {
        _bytes = buffer;
        _strings = strings;
    }

    /// <summary>
    /// The decoder is done: it takes back its buffer and the arrays it lent. No string is read after it (a read would
    /// throw rather than see the buffer's next stream).
    /// </summary>
    public void Release()
    {
        _bytes = null;
        _offsets = null;
        _strings = null;
    }
#endif

    /// <summary>Creates the table over a stream's bytes.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="bytes">The stream (kept, not copied).</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them (kept).</param>
    public StringTable(Article article, byte[] bytes, int[] offsets)
        : this(article, offsets.Length, offsets)
    {
        _bytes = bytes;
    }

    /// <summary>
    /// Creates the table of a fact stream's texts (format 5), which are read from their own stream when a fact first
    /// asks for one: its header and every string's are checked then.
    /// </summary>
    /// <param name="article">The article whose texts they are.</param>
    /// <param name="count">How many texts the fact stream refers to (the texts stream must hold as many).</param>
    /// <param name="texts">Fetches the texts stream's plain bytes (unpacked and expanded).</param>
    public StringTable(Article article, int count, Func<byte[]> texts)
    {
        Article = article;
        _count = count;
        _texts = texts;
    }

    /// <summary>Creates a table of strings given as values, for a fact built from values (references 1, 2, …).</summary>
    /// <param name="article">The article the strings belong to.</param>
    /// <param name="values">The strings (kept, not copied; none <see langword="null"/>).</param>
    public StringTable(Article article, string[] values)
    {
        Article = article;
        _count = values.Length;
        _strings = values;
    }

    private StringTable(Article article, int count, int[] offsets)
    {
        Article = article;
        _count = count;
        _offsets = offsets;
    }

    /// <summary>
    /// The article the stream belongs to (the article of every fact and passage decoded from it); set by the decoder
    /// once it has read the stream's article record, before any fact is built.
    /// </summary>
    public Article Article { get; set; }

    /// <summary>How many strings the table holds.</summary>
    public int Count => _count;

    /// <summary>Where the header of a string (by table index) starts in the stream; for the decoder, which has the offsets.</summary>
    /// <param name="index">The string's index (its reference minus one).</param>
    /// <returns>The offset.</returns>
    public int Offset(int index) => _offsets![index];

    /// <summary>A string by its reference as the stream writes it (table index plus one; zero is <see langword="null"/>).</summary>
    /// <param name="reference">The reference, already checked against <see cref="Count"/> by the decoder.</param>
    /// <returns>The string, or <see langword="null"/> for reference zero.</returns>
    public string? Get(int reference)
    {
        if (reference == 0)
        {
            return null;
        }

        var strings = _strings ?? Strings();
        return strings[reference - 1] ?? Decode(reference - 1, strings);
    }

    /// <summary>A string by its reference if it was decoded (or kept) already, else <see langword="null"/>; decodes nothing.</summary>
    /// <param name="reference">The reference (not zero).</param>
    /// <returns>The string or <see langword="null"/>.</returns>
    public string? Decoded(int reference) => _strings?[reference - 1];

    /// <summary>Keeps <paramref name="value"/>, equal to what the stream holds at <paramref name="reference"/> (another table's instance).</summary>
    /// <param name="reference">The reference (not zero).</param>
    /// <param name="value">The string.</param>
    public void Keep(int reference, string value) => (_strings ?? Strings())[reference - 1] = value;

    /// <summary>A string the stream requires, by its reference (never zero: the decoder checked it).</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The string.</returns>
    public string Required(int reference) => Get(reference) ?? throw new InvalidDataException("A required string of article '" + (Article is null ? "(its record not read yet)" : Article.Id) + "' is missing.");

    // The array of decoded strings, made on the first read (the first of racing threads' is kept).
    private string?[] Strings() => System.Threading.Interlocked.CompareExchange(ref _strings, new string?[_count], null) ?? _strings!;

    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)] // AggressiveOptimization, as the decoder's.
    private string Decode(int index, string?[] strings)
    {
#if NET8_0_OR_GREATER
        ReadOnlySpan<byte> bytes = _stored is not null ? MemoryMarshal.AsBytes(_stored.AsSpan()) : _bytes ?? (_bytes = Texts());
#else
        var bytes = _bytes ?? (_bytes = Texts());
#endif
        // The header (byte count times two, plus one for UTF-16) was read and bounds-checked by the decoder, or, in a
        // texts stream, when its strings were located.
        var pos = (_offsets ?? Offsets(bytes))[index];
        var header = ReadHeader(bytes, ref pos);
        var length = (int)(header >> 1);
        string text;
        if (length == 0)
        {
            text = string.Empty;
        }
        else if ((header & 1) == 0)
        {
#if NET8_0_OR_GREATER
            text = Utf8.GetString(bytes.Slice(pos, length));
#else
            text = Utf8.GetString(bytes, pos, length);
#endif
        }
        else
        {
            var chars = new char[length / 2];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(bytes[pos + (2 * i)] | (bytes[pos + (2 * i) + 1] << 8));
            }

            text = new string(chars);
        }

        strings[index] = text;
        return text;
    }

    // The plain bytes of the texts stream, fetched; a table of value strings has none to read after its decoding.
    private byte[] Texts() =>
        (_texts ?? throw new InvalidOperationException("A value string of article '" + Article?.Id + "' was read after its stream's decoding."))();

    // The offsets of a texts stream's strings, found and checked (a table of value strings has the decoder's).
#if NET8_0_OR_GREATER
    private int[] Offsets(ReadOnlySpan<byte> bytes)
#else
    private int[] Offsets(byte[] bytes)
#endif
    {
        var offsets = new int[_count];
        var pos = TextsHeader(bytes);
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = pos;
            var header = CheckedHeader(bytes, ref pos);
            pos += (int)(header >> 1);
        }

        return System.Threading.Interlocked.CompareExchange(ref _offsets, offsets, null) ?? _offsets!;
    }

    // A texts stream's version and count, checked: where its first string starts.
#if NET8_0_OR_GREATER
    private int TextsHeader(ReadOnlySpan<byte> bytes)
#else
    private int TextsHeader(byte[] bytes)
#endif
    {
        var pos = 0;
        var version = CheckedVarInt(bytes, ref pos);
        if (version != FactStreamReader.FormatVersion)
        {
            throw Malformed("is in format " + version.ToString(CultureInfo.InvariantCulture) + ", not " + FactStreamReader.FormatVersion.ToString(CultureInfo.InvariantCulture));
        }

        var count = CheckedVarInt(bytes, ref pos);
        if (count != (uint)_count)
        {
            throw Malformed("holds " + count.ToString(CultureInfo.InvariantCulture) + " texts, but the facts refer to " + _count.ToString(CultureInfo.InvariantCulture));
        }

        return pos;
    }

    // A string's header in a texts stream, checked against the stream's end (its bytes included).
#if NET8_0_OR_GREATER
    private uint CheckedHeader(ReadOnlySpan<byte> bytes, ref int pos)
#else
    private uint CheckedHeader(byte[] bytes, ref int pos)
#endif
    {
        var header = CheckedVarInt(bytes, ref pos);
        var length = header >> 1;
        if (length > (uint)(bytes.Length - pos) || ((header & 1) != 0 && (length & 1) != 0))
        {
            throw Malformed("has a string at offset " + pos.ToString(CultureInfo.InvariantCulture) + " that runs past its end or is malformed");
        }

        return header;
    }

#if NET8_0_OR_GREATER
    private uint CheckedVarInt(ReadOnlySpan<byte> bytes, ref int pos)
#else
    private uint CheckedVarInt(byte[] bytes, ref int pos)
#endif
    {
        uint value = 0;
        for (var shift = 0; shift <= 28; shift += 7)
        {
            if (pos >= bytes.Length)
            {
                break;
            }

            var b = bytes[pos++];
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw Malformed("is truncated or has a malformed number at offset " + pos.ToString(CultureInfo.InvariantCulture));
    }

    private InvalidDataException Malformed(string problem) =>
        new("The texts stream of article '" + (Article is null ? "(its record not read yet)" : Article.Id) + "' " + problem
            + ". The generated code and Dataset.Model do not match, or the generated code was edited: rebuild the dataset with the Dataset.Generator that goes with this Dataset.Model.");

#if NET8_0_OR_GREATER
    private static uint ReadHeader(ReadOnlySpan<byte> bytes, ref int pos)
#else
    private static uint ReadHeader(byte[] bytes, ref int pos)
#endif
    {
        uint header = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[pos++];
            header |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return header;
            }
        }
    }
}
