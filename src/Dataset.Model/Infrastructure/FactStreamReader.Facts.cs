using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;

namespace Dataset.Infrastructure;

/// <content>The decoder's reads of the facts: the counts, then events, relations, figures, quotes, claims, corrections and mentions.</content>
public static partial class FactStreamReader
{
#if NET8_0_OR_GREATER
    private ref partial struct Decoder
#else
    private partial struct Decoder
#endif
    {
        /// <summary>The counts of each kind of fact, then the facts.</summary>
        [MethodImpl(Optimized)]
        private ArticleFacts Body()
        {

            var events = new Event[ReadCount()];
            var relations = new Relation[ReadCount()];
            var quantities = new Quantity[ReadCount()];
            var quotes = new Quote[ReadCount()];
            var claims = new Claim[ReadCount()];
            var corrections = new Correction[ReadCount()];
            var mentions = new Mention[ReadCount()];

            for (var i = 0; i < events.Length; i++)
            {
                events[i] = ReadEvent();
            }

            for (var i = 0; i < relations.Length; i++)
            {
                var id = ReadTextReference();
                var type = ReadTerm<RelationType>();
                var subject = ReadEntity();
                var @object = ReadEntity();
                var time = ReadTime();
                relations[i] = new Relation(ReadOrigin(id), type, subject, @object, time);
            }

            for (var i = 0; i < quantities.Length; i++)
            {
                quantities[i] = ReadQuantity(quantities, i);
            }

            for (var i = 0; i < quotes.Length; i++)
            {
                var id = ReadTextReference();
                var speaker = ReadEntity();
                var said = ReadTime();
                var text = ReadTextReference();
                var work = ReadOptionalEntity<Work>();
                quotes[i] = new Quote(ReadOrigin(id), speaker, said, text, work);
            }

            for (var i = 0; i < claims.Length; i++)
            {
                claims[i] = ReadClaim(events);
            }

            for (var i = 0; i < corrections.Length; i++)
            {
                var id = ReadTextReference();
                var kind = ReadTerm<CorrectionKind>();
                var entity = ReadOptionalEntity<Entity>();
                var written = ReadString();
                var correct = ReadString();
                var sourceTitle = ReadString();
                var sourceUrl = ReadString();
                corrections[i] = new Correction(ReadOrigin(id), kind, entity, written, correct, sourceTitle, sourceUrl);
            }

            for (var i = 0; i < mentions.Length; i++)
            {
                var entity = ReadEntity();
                var count = ReadInt();
                var (text, start, textLength) = ReadPassage();
                mentions[i] = new Mention(_texts, entity, count, text, start, textLength);
            }

            if (_pos != _end)
            {
                throw Malformed("has " + (_end - _pos).ToString(CultureInfo.InvariantCulture) + " bytes left over after its last fact");
            }

            return new ArticleFacts(_article!, Empty(events), Empty(relations), Empty(quantities), Empty(quotes), Empty(claims), Empty(corrections), Empty(mentions));
        }

        private static T[] Empty<T>(T[] items) => items.Length == 0 ? Array.Empty<T>() : items;

        [MethodImpl(Optimized)]
        private Event ReadEvent()
        {
            var id = ReadTextReference();
            var type = ReadTerm<EventType>();
            var summary = ReadTextReference();
            IReadOnlyList<Participant> participants = Array.Empty<Participant>();
            var participantCount = ReadCount();
            if (participantCount > 0)
            {
                var list = new Participant[participantCount];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = ReadParticipant();
                }

                participants = list;
            }

            var place = ReadOptionalEntity<Entity>();
            var time = ReadTime();
            var status = (EventStatus)ReadUInt();
            var agreement = ReadOptionalEntity<Agreement>();
            IReadOnlyList<SourceFactuality> factuality = Array.Empty<SourceFactuality>();
            var factualityCount = ReadCount();
            if (factualityCount > 0)
            {
                var list = new SourceFactuality[factualityCount];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = ReadSourceFactuality();
                }

                factuality = list;
            }

            var ace = ReadOptionalString();
            var cameo = ReadOptionalString();
            return new Event(ReadOrigin(id), type, summary, participants, place, time, status, agreement, factuality, ace, cameo);
        }

        [MethodImpl(Optimized)]
        private Quantity ReadQuantity(Quantity[] earlier, int index)
        {
            var kind = ReadByte();
            var id = ReadTextReference();
            var measure = ReadString();
            Money amount = default;
            decimal value = 0m;
            Quantity? from = null;
            Quantity? to = null;
            decimal? percent = null;
            switch (kind)
            {
                case 0:
                    value = ReadDecimal();
                    amount = new Money(value, ReadString());
                    break;
                case 1:
                case 2:
                    value = ReadDecimal();
                    break;
                case 3:
                    from = ReadEarlier(earlier, index);
                    to = ReadEarlier(earlier, index);
                    percent = ReadByte() == 0 ? null : ReadDecimal();
                    break;
                default:
                    throw Malformed("has an unknown quantity kind " + kind.ToString(CultureInfo.InvariantCulture));
            }

            var period = ReadTime();
            var between = ReadEntities();
            var of = ReadOptionalEntity<Entity>();
            var source = ReadOptionalEntity<Entity>();
            var approximate = ReadByte() != 0;
            var origin = ReadOrigin(id);
            return kind switch
            {
                0 => new MoneyFigure(origin, measure, amount, period, between, of, source, approximate),
                1 => new CountFigure(origin, measure, value, period, between, of, source, approximate),
                2 => new PercentageFigure(origin, measure, value, period, between, of, source, approximate),
                _ => new Change(origin, measure, from!, to!, percent, period, between, of, source, approximate),
            };
        }

        [MethodImpl(Optimized)]
        private Quantity ReadEarlier(Quantity[] earlier, int index)
        {
            var at = ReadUInt();
            if (at >= index)
            {
                throw Malformed("has a change that refers to figure " + at.ToString(CultureInfo.InvariantCulture) + ", which is not before it");
            }

            return earlier[at];
        }

        [MethodImpl(Optimized)]
        private Claim ReadClaim(Event[] events)
        {
            var id = ReadTextReference();
            var statement = ReadTextReference();
            var about = ReadUInt();
            if (about > events.Length)
            {
                throw Malformed("has a claim about event " + about.ToString(CultureInfo.InvariantCulture) + " of " + events.Length.ToString(CultureInfo.InvariantCulture));
            }

            IReadOnlyList<ClaimAttribution> attributions = Array.Empty<ClaimAttribution>();
            var count = ReadCount();
            if (count > 0)
            {
                var list = new ClaimAttribution[count];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = ReadAttribution();
                }

                attributions = list;
            }

            return new Claim(ReadOrigin(id), statement, about == 0 ? null : events[about - 1], attributions);
        }
    }
}
