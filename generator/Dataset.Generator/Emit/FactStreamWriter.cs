using System;
using System.Collections.Generic;
using System.Text;
using Dataset.Core.Model;
using Dataset.Core.Common;

namespace Dataset.Generator.Emit;

/// <summary>
/// One article's facts as a fact stream, its texts as a texts stream (format 5; <see langword="null"/> when it has none),
/// and the entities and vocabulary terms its tables refer to, in table order.
/// </summary>
internal sealed record EncodedFacts(byte[] Bytes, byte[]? Texts, IReadOnlyList<EntityRef> Entities, int StringCount, int TextCount)
{
    /// <summary>The vocabulary terms the stream refers to, as (generated class, member): <c>(EventTypes, MilitaryExercise)</c>.</summary>
    public IReadOnlyList<(string Class, string Member)> Terms { get; init; } = Array.Empty<(string, string)>();
}

/// <summary>
/// Encodes an article's facts into the binary fact stream that <c>Dataset.Infrastructure.FactStreamReader</c> in
/// Dataset.Model decodes (the format is described there; the two must change together, with <see cref="FormatVersion"/>).
/// Deterministic: strings and entities are numbered in order of first use, every number is written byte by byte.
/// </summary>
internal sealed partial class FactStreamWriter
{
    /// <summary>The format written; the runtime reader rejects any other.</summary>
    public const int FormatVersion = 5;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly List<byte> _body = new();
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _texts = new();
    private readonly Dictionary<string, int> _textIndex = new(StringComparer.Ordinal);
    private readonly List<EntityRef> _entities = new();
    private readonly Dictionary<EntityRef, int> _entityIndex = new();
    private readonly List<(string Class, string Member)> _terms = new();
    private readonly Dictionary<(string Class, string Member), int> _termIndex = new();

    private FactStreamWriter()
    {
    }

    /// <summary>Encodes an article's facts; with <paramref name="article"/>, its record too (format 3), which the runtime builds the article from.</summary>
    public static EncodedFacts Encode(LinkedFacts facts, LinkedArticle? article = null)
    {
        var w = new FactStreamWriter();
        foreach (var e in facts.Events)
        {
            w.Event(e);
        }

        foreach (var r in facts.Relations)
        {
            w.Text(r.Id);
            w.Term("RelationTypes", r.Type);
            w.Entity(r.Subject);
            w.Entity(r.Object);
            w.Time(r.Time);
            w.Evidence(r.Evidence);
        }

        foreach (var q in facts.Quantities)
        {
            w.Quantity(q);
        }

        foreach (var q in facts.Quotes)
        {
            w.Text(q.Id);
            w.Entity(q.Speaker);
            w.Time(q.Said);
            w.Text(q.Text);
            w.OptionalEntity(q.Work);
            w.Evidence(q.Evidence);
        }

        foreach (var c in facts.Claims)
        {
            w.Text(c.Id);
            w.Text(c.Statement);
            w.UInt(c.About < 0 ? 0 : c.About + 1);
            w.UInt(c.Attributions.Count);
            foreach (var s in c.Attributions)
            {
                w.OptionalEntity(s.Entity);
                w.Term("Stances", s.Value);
            }

            w.Evidence(c.Evidence);
        }

        foreach (var c in facts.Corrections)
        {
            w.Text(c.Id);
            w.Term("CorrectionKinds", c.Kind);
            w.OptionalEntity(c.Entity);
            w.String(c.Written);
            w.String(c.Correct);
            w.String(c.SourceTitle);
            w.String(c.SourceUrl);
            w.Evidence(c.Evidence);
        }

        foreach (var m in facts.Mentions)
        {
            w.Entity(m.Entity);
            w.Int(m.Count);
            w.Evidence(m.First);
        }

        // The article record's strings and entities join the tables after the facts' (their order is first use).
        if (article is not null)
        {
            foreach (var author in article.Authors)
            {
                w.EntityIndex(author);
            }

            if (article.Publisher is not null)
            {
                w.EntityIndex(article.Publisher);
            }

            foreach (var text in new[] { article.Id, article.Headline, article.Url, article.Language, article.Sha256 })
            {
                w.StringIndex(text);
            }
        }

        // Format 3: the entity table is the entities' ids (strings of the table), which the runtime finds by id.
        foreach (var entity in w._entities)
        {
            w.StringIndex(entity.Id);
        }

        // And the term table is each term's set and property name, which the runtime finds through Corpus.FindTerm.
        foreach (var (_, member) in w._terms)
        {
            w.StringIndex(member);
        }

        return new EncodedFacts(w.Assemble(facts, article), w.TextsStream(), w._entities, w._strings.Count, w._texts.Count) { Terms = w._terms };
    }

    /// <summary>
    /// The header (version, length, the value strings, the entity table as ids, the term table, the number of texts,
    /// the record, fact counts), then the body.
    /// </summary>
    private byte[] Assemble(LinkedFacts facts, LinkedArticle? article)
    {
        var rest = Tables();
        UInt(rest, _texts.Count);
        if (article is null)
        {
            rest.Add(0);
        }
        else
        {
            rest.Add(1);
            UInt(rest, _stringIndex[article.Id] + 1);
            UInt(rest, _stringIndex[article.Headline] + 1);
            UInt(rest, article.Authors.Count);
            foreach (var author in article.Authors)
            {
                UInt(rest, _entityIndex[author]);
            }

            UInt(rest, article.Publisher is null ? 0 : _entityIndex[article.Publisher] + 1);
            var body = _body.Count;
            Date(article.Published);
            rest.AddRange(_body.GetRange(body, _body.Count - body));
            _body.RemoveRange(body, _body.Count - body);
            UInt(rest, _stringIndex[article.Url] + 1);
            UInt(rest, Member(ArticleKinds, article.Kind));
            UInt(rest, _stringIndex[article.Language] + 1);
            UInt(rest, _stringIndex[article.Sha256] + 1);
            UInt(rest, unchecked((uint)((article.TextLength << 1) ^ (article.TextLength >> 31))));
        }

        UInt(rest, facts.Events.Count);
        UInt(rest, facts.Relations.Count);
        UInt(rest, facts.Quantities.Count);
        UInt(rest, facts.Quotes.Count);
        UInt(rest, facts.Claims.Count);
        UInt(rest, facts.Corrections.Count);
        UInt(rest, facts.Mentions.Count);
        rest.AddRange(_body);
        return Finish(rest);
    }

    /// <summary>
    /// The texts stream (format 5): the version, the number of texts, then each text as a string of the string table;
    /// <see langword="null"/> when the facts have no texts.
    /// </summary>
    private byte[]? TextsStream()
    {
        if (_texts.Count == 0)
        {
            return null;
        }

        var room = 8;
        foreach (var s in _texts)
        {
            room += (3 * s.Length) + 5;
        }

        var bytes = new List<byte>(room);
        UInt(bytes, FormatVersion);
        UInt(bytes, _texts.Count);
        foreach (var s in _texts)
        {
            StringData(bytes, s);
        }

        return bytes.ToArray();
    }

    /// <summary>The string table, the entity table as ids and the term table, with room for the body after them.</summary>
    private List<byte> Tables()
    {
        // Room for the strings (at most three bytes to a character in UTF-8), the tables and the body, so that the list
        // does not grow by copies.
        var room = _body.Count + 64 + (8 * (_entities.Count + _terms.Count));
        foreach (var s in _strings)
        {
            room += (3 * s.Length) + 5;
        }

        var rest = new List<byte>(room);
        UInt(rest, _strings.Count);
        foreach (var s in _strings)
        {
            StringData(rest, s);
        }

        UInt(rest, _entities.Count);
        foreach (var entity in _entities)
        {
            UInt(rest, _stringIndex[entity.Id] + 1);
        }

        UInt(rest, _terms.Count);
        foreach (var (cls, member) in _terms)
        {
            rest.Add((byte)SetIndex(cls));
            UInt(rest, _stringIndex[member] + 1);
        }

        return rest;
    }

    /// <summary>A string as the string table holds it: its byte count times two (plus one for UTF-16), then its bytes.</summary>
    private static void StringData(List<byte> bytes, string s)
    {
        if (!HasLoneSurrogate(s))
        {
            var utf8 = Utf8.GetBytes(s);
            UInt(bytes, utf8.Length * 2);
            bytes.AddRange(utf8);
        }
        else
        {
            // A lone surrogate does not survive UTF-8: the string goes as UTF-16 code units, little-endian.
            UInt(bytes, (s.Length * 4) + 1);
            foreach (var c in s)
            {
                bytes.Add((byte)c);
                bytes.Add((byte)(c >> 8));
            }
        }
    }

    /// <summary>The version and the stream's length (its own varint included) before <paramref name="rest"/>.</summary>
    private static byte[] Finish(List<byte> rest)
    {
        var version = new List<byte>();
        UInt(version, FormatVersion);

        // The length counts the whole stream, its own varint included.
        var length = version.Count + rest.Count;
        while (version.Count + VarIntSize(length) + rest.Count != length)
        {
            length = version.Count + VarIntSize(length) + rest.Count;
        }

        var result = new List<byte>(version.Count + VarIntSize(length));
        result.AddRange(version);
        UInt(result, length);
        var stream = new byte[length];
        result.CopyTo(stream, 0);
        rest.CopyTo(stream, result.Count);
        return stream;
    }

    /// <summary>Whether <paramref name="s"/> has a surrogate that is not half of a pair: such a string does not survive UTF-8.</summary>
    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void Event(LinkedEvent e)
    {
        Text(e.Id);
        Term("EventTypes", e.Type);
        Text(e.Summary);
        UInt(e.Participants.Count);
        foreach (var p in e.Participants)
        {
            Entity(p.Entity);
            Term("ParticipantRoles", p.Role);
        }

        OptionalEntity(e.Place);
        Time(e.Time);
        UInt(Member(EventStatuses, e.Status));
        OptionalEntity(e.Agreement);
        UInt(e.Factuality.Count);
        foreach (var s in e.Factuality)
        {
            OptionalEntity(s.Entity);
            UInt(Member(FactualityValues, s.Value));
        }

        OptionalString(e.Ace);
        OptionalString(e.Cameo);
        Evidence(e.Evidence);
    }

    private void Quantity(LinkedQuantity q)
    {
        var kind = q.Type switch
        {
            "money" => 0,
            "count" => 1,
            "percentage" => 2,
            _ => 3,
        };
        _body.Add((byte)kind);
        Text(q.Id);
        String(q.Measure);
        switch (kind)
        {
            case 0:
                Decimal(q.Amount ?? 0m);
                String(q.Currency ?? "XXX");
                break;
            case 1:
                Decimal(q.Amount ?? 0m);
                break;
            case 2:
                Decimal(q.Percent ?? 0m);
                break;
            default:
                UInt(q.From);
                UInt(q.To);
                _body.Add(q.Percent is null ? (byte)0 : (byte)1);
                if (q.Percent is { } p)
                {
                    Decimal(p);
                }

                break;
        }

        Time(q.Period);
        UInt(q.Between.Count);
        foreach (var b in q.Between)
        {
            Entity(b);
        }

        OptionalEntity(q.Of);
        OptionalEntity(q.Source);
        _body.Add(q.Approximate ? (byte)1 : (byte)0);
        Evidence(q.Evidence);
    }
}
