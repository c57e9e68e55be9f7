using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;

namespace Dataset.Infrastructure;

/// <content>The decoder's reads of a stream's tables and record: the entity table, the term table and the article record.</content>
public static partial class FactStreamReader
{
#if NET8_0_OR_GREATER
    private ref partial struct Decoder
#else
    private partial struct Decoder
#endif
    {
        /// <summary>
        /// The entity table (format 3): the id of each entity the facts refer to, found through the generated code's
        /// <c>FindById</c>; or, where the caller passes the table itself, only its length is checked.
        /// </summary>
        [MethodImpl(Optimized)]
        private void ReadEntityTable()
        {
            var count = ReadCount();
            var passed = _tables.Entities;
            if (passed is not null && count != passed.Length)
            {
                throw Malformed("refers to " + count.ToString(CultureInfo.InvariantCulture) + " entities, but the generated code passes "
                    + passed.Length.ToString(CultureInfo.InvariantCulture));
            }

            var table = count == 0 ? Array.Empty<Entity>() : new Entity[count];
            for (var i = 0; i < table.Length; i++)
            {
                var id = ReadStringReference();
                if (passed is not null)
                {
                    table[i] = passed[i];
                    continue;
                }

                // An id another article of the pass referred to is found by its bytes, neither decoded nor looked up again.
                var start = 0;
                var length = 0;
                if (_shared is not null && _shared.Find(SharedValues.EntityKind, _bytes, start = StringStart(id), length = StringLength(start)) is Entity known)
                {
                    table[i] = known;
                    continue;
                }

                var entity = _tables.FindById!(_strings.Required(id)) ?? throw Malformed("refers to the entity '" + _strings.Required(id) + "', which the dataset does not have");
                _shared?.Add(SharedValues.EntityKind, _bytes, start, length, entity);
                table[i] = entity;
            }

            _entities = table;
        }

        /// <summary>
        /// The term table (format 3): each term's set and the name of its generated property, found through the generated
        /// code's <c>FindTerm</c>; or, where the caller passes the table itself, only its length is checked.
        /// </summary>
        [MethodImpl(Optimized)]
        private void ReadTermTable()
        {
            var count = ReadCount();
            var passed = _tables.Terms;
            if (passed is null && _tables.FindTerm is null)
            {
                // Only the article is wanted (ReadArticle): the terms are skipped.
                for (var i = 0; i < count; i++)
                {
                    ReadByte();
                    ReadStringReference();
                }

                return;
            }

            if (passed is not null && count != passed.Length)
            {
                throw Malformed("refers to " + count.ToString(CultureInfo.InvariantCulture) + " vocabulary terms, but the generated code passes "
                    + passed.Length.ToString(CultureInfo.InvariantCulture));
            }

            var table = count == 0 ? Array.Empty<VocabularyTerm>() : new VocabularyTerm[count];
            for (var i = 0; i < table.Length; i++)
            {
                var set = ReadByte();
                var member = ReadStringReference();
                if (passed is not null)
                {
                    table[i] = passed[i];
                    continue;
                }

                var start = 0;
                var length = 0;
                if (_shared is not null && _shared.Find(set, _bytes, start = StringStart(member), length = StringLength(start)) is VocabularyTerm known)
                {
                    table[i] = known;
                    continue;
                }

                var term = _tables.FindTerm!(set, _strings.Required(member))
                    ?? throw Malformed("refers to the vocabulary term '" + _strings.Required(member) + "' of set " + set.ToString(CultureInfo.InvariantCulture) + ", which the dataset does not have");
                _shared?.Add(set, _bytes, start, length, term);
                table[i] = term;
            }

            _terms = table;
        }

        /// <summary>Where a string of the table starts (its header), by its reference (checked).</summary>
        private int StringStart(int reference) => _strings.Offset(reference - 1);

        /// <summary>How many bytes a string of the table takes, its header included (bounds checked when the table was located).</summary>
        [MethodImpl(Optimized)]
        private int StringLength(int start)
        {
            var pos = start;
            uint header = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _bytes[pos++];
                header |= (uint)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return pos - start + (int)(header >> 1);
                }
            }
        }

        /// <summary>
        /// The article record (format 3): a flag (0: none, as in streams written for tests; 1: a record follows), then the
        /// id, headline, authors (entity table indexes), optional publisher, publication date, address, kind, language,
        /// the text's SHA-256 and its length. Built only when <paramref name="build"/>; read and checked either way.
        /// </summary>
        [MethodImpl(Optimized)]
        private Article? ReadArticleRecord(bool build)
        {
            var flag = ReadByte();
            if (flag == 0)
            {
                return null;
            }

            if (flag != 1)
            {
                throw Malformed("has an unknown article record flag " + flag.ToString(CultureInfo.InvariantCulture));
            }

            var id = ReadStringReference();
            var headline = ReadStringReference();
            var authors = new Person[ReadCount()];
            for (var i = 0; i < authors.Length; i++)
            {
                authors[i] = ReadEntity() as Person ?? throw Malformed("has an author that is not a person");
            }

            var publisher = ReadOptionalEntity<Organization>();
            var published = ReadDate();
            var url = ReadStringReference();
            var kind = (ArticleKind)ReadUInt();
            var language = ReadStringReference();
            var sha256 = ReadStringReference();
            var textLength = ReadInt();
            if (textLength < 0)
            {
                throw Malformed("has a negative text length");
            }

            return build
                ? new Article(_strings.Required(id), _strings.Required(headline), authors, publisher, published, _strings.Required(url), kind,
                    _strings.Required(language), _strings.Required(sha256), textLength)
                : null;
        }
    }
}
