using System.Collections.Generic;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Core.Parsing;

/// <summary>A syntax-level YAML node that keeps where it was written. Lives only inside the per-file parse step.</summary>
internal abstract class YamlNode
{
    protected YamlNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>How a message names this kind of node: "a text", "a mapping", "a list".</summary>
    public abstract string Describe { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, LocationInfo location)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted: YAML would read <c>null</c>, <c>~</c> or an empty plain value as null.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe => IsNull ? "null" : "a single value";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, LocationInfo location)
        : base(location) => Entries = entries;

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string Describe => "a mapping";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, LocationInfo location)
        : base(location) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string Describe => "a list";
}
