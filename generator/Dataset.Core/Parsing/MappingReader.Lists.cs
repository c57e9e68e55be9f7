using System;
using System.Collections.Generic;

namespace Dataset.Core.Parsing;

/// <summary>The list readers of <see cref="MappingReader"/>: items read one by one, those the reader rejects left out.</summary>
internal sealed partial class MappingReader
{
    /// <summary>The items of the list <paramref name="key"/>, each read by <paramref name="read"/> (null: left out, reported by it).</summary>
    public List<T> List<T>(string key, Func<YamlNode, T?> read, bool required = false)
        where T : class
    {
        var items = Items(key, required);
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i]) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>The items of the list <paramref name="key"/> as values (a model held inline by its array), each read by <paramref name="read"/>.</summary>
    public List<T> Values<T>(string key, Func<YamlNode, T?> read, bool required = false)
        where T : struct
    {
        var items = Items(key, required);
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i]) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    // The nodes of the list; none when it is absent (reported when required) or not a list (reported).
    private IReadOnlyList<YamlNode> Items(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return Array.Empty<YamlNode>();
        }

        if (node is not YamlSequence seq)
        {
            WrongType(key, node, "a list");
            return Array.Empty<YamlNode>();
        }

        return seq.Items;
    }
}
