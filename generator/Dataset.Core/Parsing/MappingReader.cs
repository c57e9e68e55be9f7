using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Parsing;

/// <summary>
/// Reads the fields of one YAML mapping into typed values, reporting wrong kinds of value, invalid enum values and
/// missing fields as it goes, and every field nobody asked for as unknown (<see cref="Finish"/>).
/// </summary>
internal sealed partial class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly string _what;
    private readonly List<DiagnosticInfo> _diagnostics;
    // The keys the readers asked for, in order, each once: a mapping has a few, so a list (made at the first question)
    // costs less than a set, and there is one reader per mapping of every file.
    private List<string>? _asked;

    public MappingReader(YamlMapping mapping, string what, List<DiagnosticInfo> diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
    }

    public LocationInfo Location => _mapping.Location;

    public List<DiagnosticInfo> Diagnostics => _diagnostics;

    /// <summary>Creates a reader for <paramref name="node"/>, or reports that it is not a mapping.</summary>
    public static MappingReader? For(YamlNode node, string what, List<DiagnosticInfo> diagnostics)
    {
        if (node is YamlMapping m)
        {
            return new MappingReader(m, what, diagnostics);
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongNodeType, node.Location, what, "a mapping of fields", node.Describe));
        return null;
    }

    public YamlNode? Node(string key)
    {
        var asked = _asked ??= new List<string>(8);
        if (!asked.Contains(key))
        {
            asked.Add(key);
        }

        var entries = _mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Key.Value == key)
            {
                return entry.Value is YamlScalar { IsNull: true } ? null : entry.Value;
            }
        }

        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlScalar s)
        {
            return CheckCharacters(s);
        }

        WrongType(key, node, "a single value");
        return null;
    }

    public (string Value, LocationInfo Location)? Located(string key, bool required = false)
    {
        var value = String(key, required);
        return value is null ? null : (value, Node(key)!.Location);
    }

    public Ref? Reference(string key, bool required = false)
    {
        var located = Located(key, required);
        return located is { } l ? new Ref(l.Value, l.Location) : null;
    }

    public string? Enum(string key, IReadOnlyList<string> allowed, string what, bool required = false)
    {
        var located = Located(key, required);
        if (located is not { } l)
        {
            return null;
        }

        if (allowed.Contains(l.Value))
        {
            return l.Value;
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEnumValue, l.Location, l.Value, what, string.Join(", ", allowed)));
        return null;
    }

    public decimal? Decimal(string key, string what, bool required = false)
    {
        var located = Located(key, required);
        if (located is not { } l)
        {
            return null;
        }

        if (decimal.TryParse(l.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidScalar, l.Location, l.Value, what + " (a number such as 3000000000 or -40)"));
        return null;
    }

    /// <summary>A whole number that fits an <see cref="int"/>; anything else (3.5, 99999999999) is reported, never cast.</summary>
    public int? Integer(string key, string what)
    {
        var located = Located(key);
        if (located is not { } l)
        {
            return null;
        }

        if (decimal.TryParse(l.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            && d >= int.MinValue && d <= int.MaxValue)
        {
            return (int)d;
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidScalar, l.Location, l.Value, what + " (a whole number such as 2)"));
        return null;
    }

    /// <summary>Where every field's value is written, by key.</summary>
    /// <summary>Where each field's value was written; only those of <paramref name="keys"/> when given (the ones checks point at).</summary>
    public EquatableArray<FieldLocation> Fields(string[]? keys = null)
    {
        var entries = _mapping.Entries;
        var fields = new List<FieldLocation>(keys is null ? entries.Count : Math.Min(keys.Length, entries.Count));
        for (var i = 0; i < entries.Count; i++)
        {
            if (keys is null || Array.IndexOf(keys, entries[i].Key.Value) >= 0)
            {
                fields.Add(new FieldLocation(entries[i].Key.Value, entries[i].Value.Location));
            }
        }

        return new EquatableArray<FieldLocation>(fields.ToArray());
    }

    public bool Boolean(string key)
    {
        var located = Located(key);
        if (located is not { } l)
        {
            return false;
        }

        if (l.Value == "true")
        {
            return true;
        }

        if (l.Value != "false")
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidScalar, l.Location, l.Value, "'" + key + "' value (true or false)"));
        }

        return false;
    }

    public TimeModel? Time(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlScalar s)
        {
            return TimeModel.Create(CheckCharacters(s), null, s.Location);
        }

        var reader = For(node, "'" + key + "'", _diagnostics);
        if (reader is null)
        {
            return null;
        }

        var value = reader.String("value", required: true);
        var mod = reader.Enum("mod", Vocabulary.TimeModifiers, "time modifier");
        var sources = reader.Citations("source", about: false);
        reader.Finish();
        return value is null ? null : TimeModel.Create(value, mod, node.Location) with { Sources = sources };
    }

    /// <summary>
    /// The sources under <paramref name="key"/>: one source mapping (<c>{ title, url, accessed }</c>) or a list of
    /// them; <paramref name="about"/> allows each to say what it supports.
    /// </summary>
    public EquatableArray<CitationModel> Citations(string key, bool about)
    {
        var node = Node(key);
        if (node is null)
        {
            return EquatableArray<CitationModel>.Empty;
        }

        var result = new List<CitationModel>();
        if (node is YamlSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (Citation(item, about) is { } c)
                {
                    result.Add(c);
                }
            }
        }
        else if (Citation(node, about) is { } c)
        {
            result.Add(c);
        }

        return result.ToEquatableArray();
    }

    private CitationModel? Citation(YamlNode node, bool about)
    {
        var reader = For(node, "a source", _diagnostics);
        if (reader is null)
        {
            return null;
        }

        var title = reader.String("title", required: true);
        var url = reader.Located("url", required: true);
        var accessed = reader.Located("accessed");
        var what = about ? reader.String("about") : null;
        reader.Finish();
        if (url is { } u && !(u.Value.StartsWith("https://", StringComparison.Ordinal) || u.Value.StartsWith("http://", StringComparison.Ordinal)))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidScalar, u.Location, u.Value, "source URL (http:// or https://)"));
            return null;
        }

        if (accessed is { } a && (DateValue.Parse(a.Value, out _) is not { Precision: Precision.Day }))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidScalar, a.Location, a.Value, "day the source was read (YYYY-MM-DD)"));
            return null;
        }

        return title is null || url is null ? null : new CitationModel(title, url.Value.Value, accessed?.Value, what, node.Location);
    }

    public EvidenceModel? Evidence(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlScalar s)
        {
            return new EvidenceModel(CheckCharacters(s), null, null, null, s.Location);
        }

        var reader = For(node, "'" + key + "'", _diagnostics);
        if (reader is null)
        {
            return null;
        }

        var text = reader.String("text", required: true);
        var prefix = reader.String("prefix");
        var suffix = reader.String("suffix");
        var occurrence = reader.Integer("occurrence", "occurrence");
        reader.Finish();
        return text is null ? null : new EvidenceModel(text, prefix, suffix, occurrence, node.Location);
    }

    public List<Ref> References(string key, bool required = false) =>
        List(key, item =>
        {
            if (item is YamlScalar { IsNull: false } s)
            {
                return new Ref(CheckCharacters(s), s.Location);
            }

            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongNodeType, item.Location, key + " item", "an id", item.Describe));
            return null;
        }, required);

    /// <summary>Reports every key that no reader method asked for.</summary>
    public void Finish()
    {
        var entries = _mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var key = entry.Key.Value;
            if (_asked is not null && _asked.Contains(key))
            {
                continue;
            }

            var suggestion = Suggest.Nearest(key, (IEnumerable<string>?)_asked ?? Array.Empty<string>());
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownField, entry.Key.Location, key, _what,
                suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)"));
        }
    }

    private void Missing(string key) =>
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingField, _mapping.Location, _what, key));

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongNodeType, node.Location, key, expected, node.Describe));

    private string CheckCharacters(YamlScalar scalar)
    {
        foreach (var c in scalar.Value)
        {
            if (TextSafety.IsForbidden(c))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ForbiddenCharacter, scalar.Location,
                    ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
                break;
            }
        }

        return scalar.Value;
    }
}
