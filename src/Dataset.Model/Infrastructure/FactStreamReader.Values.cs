using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;

namespace Dataset.Infrastructure;

/// <content>The decoder's reads of single values: evidence, times, dates, decimals, entities, terms, strings and integers, each bounds-checked.</content>
public static partial class FactStreamReader
{
#if NET8_0_OR_GREATER
    private ref partial struct Decoder
#else
    private partial struct Decoder
#endif
    {
        [MethodImpl(Optimized)]
        private IReadOnlyList<Entity> ReadEntities()
        {
            var count = ReadCount();
            if (count == 0)
            {
                return Array.Empty<Entity>();
            }

            var list = new Entity[count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = ReadEntity();
            }

            return list;
        }

        /// <summary>A fact's origin: the id's reference (read before the fact's other fields) and its passage, read now.</summary>
        [MethodImpl(Optimized)]
        private FactOrigin ReadOrigin(int id)
        {
            var (text, start, length) = ReadPassage();
            return new FactOrigin(_texts, id, text, start, length);
        }

        /// <summary>A passage: its text's reference, its start and its length, checked as <see cref="Evidence"/>'s constructor checks them.</summary>
        [MethodImpl(Optimized)]
        private (int Text, int Start, int Length) ReadPassage()
        {
            var text = ReadTextReference();
            var start = ReadInt();
            var length = ReadInt();
            if (start < 0 || length < 0)
            {
                throw Malformed("has a passage at offset " + start.ToString(CultureInfo.InvariantCulture) + " of length " + length.ToString(CultureInfo.InvariantCulture));
            }

            return (text, start, length);
        }

        /// <summary>A time; one instance per distinct encoding in a pass that shares values (a time is immutable).</summary>
        [MethodImpl(Optimized)]
        private TemporalValue? ReadTime()
        {
            var at = _pos;
            var shape = ReadByte();
            if (shape == 0)
            {
                return null;
            }

            var modifier = (TemporalModifier)ReadUInt();
            PartialDate? start = null;
            PartialDate? end = null;
            switch (shape)
            {
                case 1:
                    start = ReadDate();
                    break;
                case 2:
                    start = ReadDate();
                    end = ReadDate();
                    break;
                case 3:
                    end = ReadDate();
                    break;
                case 4:
                    start = ReadDate();
                    break;
                default:
                    throw Malformed("has an unknown time shape " + shape.ToString(CultureInfo.InvariantCulture));
            }

            if (_shared?.Find(SharedValues.TimeKind, _bytes, at, _pos - at) is TemporalValue known)
            {
                return known;
            }

            var time = shape == 1 ? TemporalValue.Point(start!.Value, modifier) : TemporalValue.Interval(start, end, modifier);
            _shared?.Add(SharedValues.TimeKind, _bytes, at, _pos - at, time);
            return time;
        }

        /// <summary>A participant; one instance per entity and role in a pass that shares values (a participant is immutable).</summary>
        [MethodImpl(Optimized)]
        private Participant ReadParticipant()
        {
            var entity = ReadEntity();
            var role = ReadTerm<ParticipantRole>();
            if (_shared is null)
            {
                return new Participant(entity, role);
            }

            if (_shared.Find(SharedValues.ParticipantKind, entity, role) is Participant known)
            {
                return known;
            }

            var participant = new Participant(entity, role);
            _shared.Add(SharedValues.ParticipantKind, entity, role, participant);
            return participant;
        }

        /// <summary>A source's factuality; one instance per source and value in a pass that shares values.</summary>
        [MethodImpl(Optimized)]
        private SourceFactuality ReadSourceFactuality()
        {
            var source = ReadOptionalEntity<Entity>();
            var value = (Factuality)ReadUInt();
            if (_shared is null || value < 0)
            {
                return new SourceFactuality(source, value);
            }

            if (_shared.Find((int)value, source, null) is SourceFactuality known)
            {
                return known;
            }

            var factuality = new SourceFactuality(source, value);
            _shared.Add((int)value, source, null, factuality);
            return factuality;
        }

        /// <summary>A claim's attribution; one instance per source and stance in a pass that shares values.</summary>
        [MethodImpl(Optimized)]
        private ClaimAttribution ReadAttribution()
        {
            var source = ReadOptionalEntity<Entity>();
            var stance = ReadTerm<Stance>();
            if (_shared is null)
            {
                return new ClaimAttribution(source, stance);
            }

            if (_shared.Find(SharedValues.AttributionKind, source, stance) is ClaimAttribution known)
            {
                return known;
            }

            var attribution = new ClaimAttribution(source, stance);
            _shared.Add(SharedValues.AttributionKind, source, stance, attribution);
            return attribution;
        }

        [MethodImpl(Optimized)]
        private PartialDate ReadDate()
        {
            var precision = ReadByte();
            var year = ReadInt();
            switch (precision)
            {
                case 0:
                    return PartialDate.OfYear(year);
                case 1:
                    return PartialDate.OfHalf(year, ReadByte());
                case 2:
                    return PartialDate.OfQuarter(year, ReadByte());
                case 3:
                    return PartialDate.OfMonth(year, ReadByte());
                case 4:
                    var month = ReadByte();
                    return PartialDate.OfDay(year, month, ReadByte());
                default:
                    throw Malformed("has an unknown date precision " + precision.ToString(CultureInfo.InvariantCulture));
            }
        }

        [MethodImpl(Optimized)]
        private decimal ReadDecimal()
        {
            var flags = ReadByte();
            var scale = (byte)(flags & 0x7F);
            if (scale > 28)
            {
                throw Malformed("has a decimal with scale " + scale.ToString(CultureInfo.InvariantCulture));
            }

            var lo = (int)ReadUInt();
            var mid = (int)ReadUInt();
            var hi = (int)ReadUInt();
            return new decimal(lo, mid, hi, (flags & 0x80) != 0, scale);
        }

        [MethodImpl(Optimized)]
        private Entity ReadEntity()
        {
            var index = ReadUInt();
            if (index >= _entities.Length)
            {
                throw Malformed("refers to entity " + index.ToString(CultureInfo.InvariantCulture) + " of " + _entities.Length.ToString(CultureInfo.InvariantCulture));
            }

            return _entities[index] ?? throw Malformed("refers to entity " + index.ToString(CultureInfo.InvariantCulture) + ", which the generated code passes as null");
        }

        [MethodImpl(Optimized)]
        private T? ReadOptionalEntity<T>()
            where T : Entity
        {
            var reference = ReadUInt();
            if (reference == 0)
            {
                return null;
            }

            if (reference > _entities.Length)
            {
                throw Malformed("refers to entity " + (reference - 1).ToString(CultureInfo.InvariantCulture) + " of " + _entities.Length.ToString(CultureInfo.InvariantCulture));
            }

            return _entities[reference - 1] as T
                ?? throw Malformed("refers to entity " + (reference - 1).ToString(CultureInfo.InvariantCulture) + " as a " + typeof(T).Name
                    + ", but the generated code passes " + (_entities[reference - 1]?.GetType().Name ?? "null"));
        }

        [MethodImpl(Optimized)]
        private T ReadTerm<T>()
            where T : VocabularyTerm
        {
            var index = ReadUInt();
            if (index >= _terms.Length)
            {
                throw Malformed("refers to vocabulary term " + index.ToString(CultureInfo.InvariantCulture) + " of " + _terms.Length.ToString(CultureInfo.InvariantCulture));
            }

            return _terms[index] as T
                ?? throw Malformed("refers to vocabulary term " + index.ToString(CultureInfo.InvariantCulture) + " as a " + typeof(T).Name
                    + ", but the generated code passes " + (_terms[index]?.GetType().Name ?? "null"));
        }

        /// <summary>A count of items that follow, each taking at least one byte: larger than what is left means a bad stream.</summary>
        [MethodImpl(Optimized)]
        private int ReadCount()
        {
            var count = ReadUInt();
            if (count > _end - _pos)
            {
                throw Malformed("announces " + count.ToString(CultureInfo.InvariantCulture) + " items with only "
                    + (_end - _pos).ToString(CultureInfo.InvariantCulture) + " bytes left");
            }

            return (int)count;
        }

        [MethodImpl(Optimized)]
        private int ReadInt()
        {
            var zigzag = ReadUInt();
            return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
        }

        [MethodImpl(Optimized)]
        private uint ReadUInt()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = ReadByte();
                value |= (uint)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    if (shift == 28 && b > 0x0F)
                    {
                        break;
                    }

                    return value;
                }
            }

            throw Malformed("has a number at offset " + _pos.ToString(CultureInfo.InvariantCulture) + " that does not fit in 32 bits");
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private byte ReadByte()
        {
            Need(1);
            return _bytes[_pos++];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Need(int count)
        {
            if (count > _end - _pos)
            {
                throw Malformed("is truncated: it needs " + count.ToString(CultureInfo.InvariantCulture) + " more bytes at offset "
                    + _pos.ToString(CultureInfo.InvariantCulture) + " of " + _end.ToString(CultureInfo.InvariantCulture));
            }
        }

        // The article's id for a message: known once the caller passes the article or its record is read.
        private string ArticleName => _article?.Id ?? "(its record not read yet)";

        private InvalidDataException Malformed(string what) =>
            new("The fact stream of article '" + ArticleName + "' " + what + ". The generated code and Dataset.Model do not match, or the "
                + "generated code was edited: rebuild the dataset with the Dataset.Generator that goes with this Dataset.Model.");
    }
}
