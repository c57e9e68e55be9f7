using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Dataset.Infrastructure;

/// <content>
/// The decoder's reads of strings: the value strings it decodes now (from the stream's string table) and the
/// references a fact keeps, into that table or (format 5) into the texts stream, each checked.
/// </content>
public static partial class FactStreamReader
{
#if NET8_0_OR_GREATER
    private ref partial struct Decoder
#else
    private partial struct Decoder
#endif
    {
        /// <summary>A required string, decoded now (for the few short strings a fact keeps as values).</summary>
        [MethodImpl(Optimized)]
        private string ReadString()
        {
            var reference = ReadStringReference();
            if (_shared is null)
            {
                return _strings.Required(reference);
            }

            if (_strings.Decoded(reference) is { } decoded)
            {
                return decoded;
            }

            // First read in this article: another article of the pass may have decoded the same bytes (a measure, a
            // currency), and its instance is kept instead of one more.
            var start = StringStart(reference);
            var length = StringLength(start);
            if (_shared.Find(SharedValues.StringKind, _bytes, start, length) is string shared)
            {
                _strings.Keep(reference, shared);
                return shared;
            }

            var text = _strings.Required(reference);
            _shared.Add(SharedValues.StringKind, _bytes, start, length, text);
            return text;
        }

        [MethodImpl(Optimized)]
        private string? ReadOptionalString() => _strings.Get(ReadOptionalStringReference());

        /// <summary>A required string's reference into the table, checked, for a fact to decode on first read.</summary>
        [MethodImpl(Optimized)]
        private int ReadStringReference()
        {
            var at = _pos;
            var reference = ReadOptionalStringReference();
            if (reference == 0)
            {
                throw Malformed("has a missing (null) string at offset " + at.ToString(CultureInfo.InvariantCulture) + " where one is required");
            }

            return reference;
        }

        /// <summary>A text's reference into the texts stream (format 5), checked against their number, for a fact to read on first access.</summary>
        [MethodImpl(Optimized)]
        private int ReadTextReference()
        {
            var at = _pos;
            var reference = ReadUInt();
            if (reference == 0 || reference > _texts.Count)
            {
                throw Malformed("refers to text " + ((long)reference - 1).ToString(CultureInfo.InvariantCulture) + " of " + _texts.Count.ToString(CultureInfo.InvariantCulture)
                    + " at offset " + at.ToString(CultureInfo.InvariantCulture));
            }

            return (int)reference;
        }

        [MethodImpl(Optimized)]
        private int ReadOptionalStringReference()
        {
            var reference = ReadUInt();
            if (reference > _strings.Count)
            {
                throw Malformed("refers to string " + (reference - 1).ToString(CultureInfo.InvariantCulture) + " of " + _strings.Count.ToString(CultureInfo.InvariantCulture));
            }

            return (int)reference;
        }

        /// <summary>Checks a string's header and skips its bytes; <see cref="StringTable"/> decodes them on first read.</summary>
        [MethodImpl(Optimized)]
        private void SkipStringData()
        {
            var header = ReadUInt();
            var length = (int)(header >> 1);
            if ((header & 1) != 0 && (length & 1) != 0)
            {
                throw Malformed("has a UTF-16 string of an odd byte count");
            }

            Need(length);
            _pos += length;
        }
    }
}
