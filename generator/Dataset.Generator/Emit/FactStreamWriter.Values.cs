using System;
using System.Collections.Generic;
using System.Text;
using Dataset.Core.Model;
using Dataset.Core.Common;

namespace Dataset.Generator.Emit;

/// <content>The values of a fact stream: evidence, times, dates, decimals, and the string, term and entity tables with their varint numbers.</content>
internal sealed partial class FactStreamWriter
{
    private void Evidence(LinkedEvidence e)
    {
        Text(e.Text);
        Int(e.Start);
        Int(e.Length);
    }

    /// <summary>Shape (0 none, 1 point, 2 closed interval, 3 open start, 4 open end), modifier, then the dates.</summary>
    private void Time(LinkedTime? time)
    {
        if (time is null)
        {
            _body.Add(0);
            return;
        }

        var t = time.Parsed;
        var shape = !t.IsInterval ? 1 : t.Start is null ? 3 : t.End is null ? 4 : 2;
        _body.Add((byte)shape);

        // TemporalModifier: None is 0, then the vocabulary's order.
        UInt(time.Modifier is null ? 0 : Member(TimeModifiers, Vocabulary.EnumMember(time.Modifier)) + 1);
        if (t.Start is { } start)
        {
            Date(start);
        }

        if (shape is 2 or 3)
        {
            Date(t.End!.Value);
        }
    }

    /// <summary>Precision (0 year to 4 day), year, then the half, quarter or month, and the day.</summary>
    private void Date(DateValue d)
    {
        _body.Add((byte)d.Precision);
        Int(d.Year);
        if (d.Precision >= Precision.Half)
        {
            _body.Add((byte)d.Part);
        }

        if (d.Precision == Precision.Day)
        {
            _body.Add((byte)d.Day);
        }
    }

    /// <summary>Sign and scale in one byte, then the three 32-bit words of the 96-bit integer: exact, trailing zeros kept.</summary>
    private void Decimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        _body.Add((byte)(scale | (bits[3] < 0 ? 0x80 : 0)));
        UInt(_body, unchecked((uint)bits[0]));
        UInt(_body, unchecked((uint)bits[1]));
        UInt(_body, unchecked((uint)bits[2]));
    }

    private void String(string value) => UInt(StringIndex(value) + 1);

    /// <summary>
    /// A text (format 5): a string the decoder does not read (an id, a summary, quoted words, a statement, a passage),
    /// by its index in the texts stream plus one, which the runtime reads only when a fact's property asks for it.
    /// </summary>
    private void Text(string value)
    {
        if (!_textIndex.TryGetValue(value, out var index))
        {
            index = _texts.Count;
            _texts.Add(value);
            _textIndex.Add(value, index);
        }

        UInt(index + 1);
    }

    private void OptionalString(string? value) => UInt(value is null ? 0 : StringIndex(value) + 1);

    private int StringIndex(string value)
    {
        if (!_stringIndex.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _stringIndex.Add(value, index);
        }

        return index;
    }

    /// <summary>A vocabulary term, by its index in the term table (numbered in order of first use).</summary>
    private void Term(string cls, string member)
    {
        var key = (cls, member);
        if (!_termIndex.TryGetValue(key, out var index))
        {
            index = _terms.Count;
            _terms.Add(key);
            _termIndex.Add(key, index);
        }

        UInt(index);
    }

    private void Entity(EntityRef entity) => UInt(EntityIndex(entity));

    private void OptionalEntity(EntityRef? entity) => UInt(entity is null ? 0 : EntityIndex(entity) + 1);

    private int EntityIndex(EntityRef entity)
    {
        if (!_entityIndex.TryGetValue(entity, out var index))
        {
            index = _entities.Count;
            _entities.Add(entity);
            _entityIndex.Add(entity, index);
        }

        return index;
    }

    private void UInt(int value) => UInt(_body, checked((uint)value));

    /// <summary>A signed number, zigzag-encoded: small negative numbers stay short.</summary>
    private void Int(int value) => UInt(_body, unchecked((uint)((value << 1) ^ (value >> 31))));

    private static void UInt(List<byte> bytes, int value) => UInt(bytes, checked((uint)value));

    private static void UInt(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    /// <summary>The set of a term class as the stream numbers it: its place in <see cref="TermSets.Valued"/> (0 <c>EventTypes</c> ... 4 <c>CorrectionKinds</c>).</summary>
    public static int SetIndex(string cls)
    {
        for (var i = 0; i < TermSets.Valued.Count; i++)
        {
            if (string.Equals(TermSets.Valued[i].Generated().Class, cls, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("'" + cls + "' is not a vocabulary class.");
    }

    private static int VarIntSize(int value)
    {
        var size = 1;
        for (var v = (uint)value; v >= 0x80; v >>= 7)
        {
            size++;
        }

        return size;
    }

    private static readonly IReadOnlyDictionary<string, int> EventStatuses = Numbered(Vocabulary.EventStatuses);
    private static readonly IReadOnlyDictionary<string, int> FactualityValues = Numbered(Vocabulary.FactualityValues);
    private static readonly IReadOnlyDictionary<string, int> TimeModifiers = Numbered(Vocabulary.TimeModifiers);
    private static readonly IReadOnlyDictionary<string, int> ArticleKinds = Numbered(Vocabulary.ArticleKinds);

    /// <summary>
    /// The numeric values of an enum's members (as the emit model names them, for example <c>DiplomacyVisit</c>): their
    /// places in the vocabulary, which lists the codes in the runtime enum's order (a generator test checks the two agree).
    /// </summary>
    private static IReadOnlyDictionary<string, int> Numbered(IReadOnlyList<string> vocabulary)
    {
        var members = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            members.Add(Vocabulary.EnumMember(vocabulary[i]), i);
        }

        return members;
    }

    private static int Member(IReadOnlyDictionary<string, int> members, string member) =>
        members.TryGetValue(member, out var value)
            ? value
            : throw new InvalidOperationException("'" + member + "' is not a member of the vocabulary; validation should have rejected it.");
}
