using System;
using System.IO;
using System.Text;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Dataset.Infrastructure;

/// <summary>
/// The string table of one article's fact stream, decoded string by string on first access: facts keep an index into
/// it instead of their strings, so that a query that never reads a summary, a quote's words or a passage never pays
/// for decoding them or for keeping them on the heap. A decoded string is kept, so every later read returns the same
/// instance. Thread-safe: threads that race decode the same string, and either instance may be kept.
/// </summary>
internal sealed class StringTable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

#if NET8_0_OR_GREATER
    // The stored stream as the generated code stores it (two bytes to a character), read in place on little-endian
    // machines, or the stream's bytes.
    private readonly string? _stored;

    // A stored stream that is not read in place (escaped or compressed), or a way to fetch it again from the generated
    // class's metadata (a Func<string>, so that the table keeps no copy of it): unpacked and expanded into _bytes when a
    // string is first read after the decoding (while it lasts, _bytes is the decoder's buffer).
    private readonly object? _packed;
#endif
    private byte[]? _bytes;
    private readonly int[] _offsets;
    private readonly string?[] _strings;

#if NET8_0_OR_GREATER
    /// <summary>Creates the table over a stored stream, read in place.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="stored">The stored stream (kept, not copied).</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them.</param>
    public StringTable(Article article, string stored, int[] offsets)
    {
        Article = article;
        _stored = stored;
        _offsets = offsets;
        _strings = offsets.Length == 0 ? Array.Empty<string?>() : new string?[offsets.Length];
    }
#endif

#if NET8_0_OR_GREATER
    /// <summary>Creates the table over a stored stream that is decoded from a buffer of the decoder's.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="packed">
    /// The stored stream (kept, not copied), or a <see cref="Func{TResult}"/> that fetches it again: unpacked and
    /// expanded again on the first read after <see cref="Release"/>.
    /// </param>
    /// <param name="buffer">The decoder's buffer of the stream's bytes, read until <see cref="Release"/>.</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them.</param>
    public StringTable(Article article, object packed, byte[] buffer, int[] offsets)
    {
        Article = article;
        _packed = packed;
        _bytes = buffer;
        _offsets = offsets;
        _strings = offsets.Length == 0 ? Array.Empty<string?>() : new string?[offsets.Length];
    }

    /// <summary>The decoder is done with its buffer: a later read unpacks the stored stream again.</summary>
    public void Release() => _bytes = null;
#endif

    /// <summary>Creates a table of strings given as values, for a fact built from values (references 1, 2, …).</summary>
    /// <param name="article">The article the strings belong to.</param>
    /// <param name="values">The strings (kept, not copied; none <see langword="null"/>).</param>
    public StringTable(Article article, string[] values)
    {
        Article = article;
        _offsets = new int[values.Length];
        _strings = values;
    }

    /// <summary>Creates the table over a stream's bytes.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="bytes">The stream (kept, not copied).</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them.</param>
    public StringTable(Article article, byte[] bytes, int[] offsets)
    {
        Article = article;
        _bytes = bytes;
        _offsets = offsets;
        _strings = offsets.Length == 0 ? Array.Empty<string?>() : new string?[offsets.Length];
    }

    /// <summary>
    /// The article the stream belongs to (the article of every fact and passage decoded from it); set by the decoder
    /// once it has read the stream's article record, before any fact is built.
    /// </summary>
    public Article Article { get; set; }

    /// <summary>How many strings the table holds.</summary>
    public int Count => _offsets.Length;

    /// <summary>Where the header of a string (by table index) starts in the stream.</summary>
    /// <param name="index">The string's index (its reference minus one).</param>
    /// <returns>The offset.</returns>
    public int Offset(int index) => _offsets[index];

    /// <summary>A string by its reference as the stream writes it (table index plus one; zero is <see langword="null"/>).</summary>
    /// <param name="reference">The reference, already checked against <see cref="Count"/> by the decoder.</param>
    /// <returns>The string, or <see langword="null"/> for reference zero.</returns>
    public string? Get(int reference) => reference == 0 ? null : _strings[reference - 1] ?? Decode(reference - 1);

    /// <summary>A string the stream requires, by its reference (never zero: the decoder checked it).</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The string.</returns>
    public string Required(int reference) => Get(reference) ?? throw new InvalidDataException("A required string of article '" + (Article is null ? "(its record not read yet)" : Article.Id) + "' is missing.");

    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)] // AggressiveOptimization, as the decoder's.
    private string Decode(int index)
    {
#if NET8_0_OR_GREATER
        ReadOnlySpan<byte> bytes = _stored is not null ? MemoryMarshal.AsBytes(_stored.AsSpan()) : _bytes ?? (_bytes = FactStreamReader.Plain(_packed as string ?? ((Func<string>)_packed!)(), Article));
#else
        var bytes = _bytes!;
#endif
        // The header (byte count times two, plus one for UTF-16) was read and bounds-checked by the decoder.
        var pos = _offsets[index];
        uint header = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[pos++];
            header |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

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

        _strings[index] = text;
        return text;
    }
}
