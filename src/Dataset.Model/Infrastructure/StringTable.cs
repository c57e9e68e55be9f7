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
    // The packed words as the generated code stores them, read in place (little-endian machines), or the generated
    // method that returns the stream as a UTF-8 literal, read in place in the assembly's data.
    private readonly ulong[]? _words;
    private readonly FactStreamSource? _source;
    private readonly bool _record;
#endif
    private readonly byte[]? _bytes;
    private readonly int[] _offsets;
    private readonly string?[] _strings;

#if NET8_0_OR_GREATER
    /// <summary>Creates the table over a stream's packed words.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="words">The packed stream (kept, not copied).</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them.</param>
    public StringTable(Article article, ulong[] words, int[] offsets)
        : this(article, offsets)
    {
        _words = words;
    }

    /// <summary>Creates the table over the facts stream that a generated method returns.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="source">The method, called whenever a string is decoded.</param>
    /// <param name="record">Which of its streams: the record (<see langword="true"/>) or the facts.</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them.</param>
    public StringTable(Article article, FactStreamSource source, bool record, int[] offsets)
        : this(article, offsets)
    {
        _source = source;
        _record = record;
    }
#endif

    /// <summary>Creates the table over a stream's bytes.</summary>
    /// <param name="article">The article whose stream it is.</param>
    /// <param name="bytes">The stream (kept, not copied).</param>
    /// <param name="offsets">The offset of each string's header, as the decoder found them.</param>
    public StringTable(Article article, byte[] bytes, int[] offsets)
        : this(article, offsets)
    {
        _bytes = bytes;
    }

    private StringTable(Article article, int[] offsets)
    {
        Article = article;
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

    /// <summary>A string by its reference as the stream writes it (table index plus one; zero is <see langword="null"/>).</summary>
    /// <param name="reference">The reference, already checked against <see cref="Count"/> by the decoder.</param>
    /// <returns>The string, or <see langword="null"/> for reference zero.</returns>
    public string? Get(int reference) => reference == 0 ? null : _strings[reference - 1] ?? Decode(reference - 1);

    /// <summary>A string the stream requires, by its reference (never zero: the decoder checked it).</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The string.</returns>
    public string Required(int reference) => Get(reference) ?? throw new InvalidDataException("A required string of article '" + (Article is null ? "(its record not read yet)" : Article.Id) + "' is missing.");

    private string Decode(int index)
    {
#if NET8_0_OR_GREATER
        ReadOnlySpan<byte> bytes = _source is not null ? _source(_record) : _words is not null ? MemoryMarshal.AsBytes(new ReadOnlySpan<ulong>(_words)) : _bytes;
#else
        var bytes = _bytes!;
#endif
        // The header (byte count times two, plus one for UTF-16) was read and bounds-checked by the decoder.
        var pos = _offsets[index];
        var header = ReadUInt(bytes, ref pos);
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
            // UTF-16 code units, a varint each (a string with a lone surrogate, which UTF-8 cannot carry).
            var end = pos + length;
            var chars = new StringBuilder(length);
            while (pos < end)
            {
                chars.Append((char)ReadUInt(bytes, ref pos));
            }

            text = chars.ToString();
        }

        _strings[index] = text;
        return text;
    }

#if NET8_0_OR_GREATER
    private static uint ReadUInt(ReadOnlySpan<byte> bytes, ref int pos)
#else
    private static uint ReadUInt(byte[] bytes, ref int pos)
#endif
    {
        // Format 4's varint: six bits a byte, low first, 0x40 while more follow.
        uint value = 0;
        for (var shift = 0; ; shift += 6)
        {
            var b = bytes[pos++];
            value |= (uint)(b & 0x3F) << shift;
            if ((b & 0x40) == 0)
            {
                return value;
            }
        }
    }
}
