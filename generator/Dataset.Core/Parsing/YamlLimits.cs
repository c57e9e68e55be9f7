namespace Dataset.Core.Parsing;

/// <summary>Resource limits that keep a hostile or broken file from hanging or crashing the build.</summary>
internal static class YamlLimits
{
    /// <summary>Largest file, in characters.</summary>
    public const int MaxFileLength = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists; checked on parser events, before any tree is built.</summary>
    public const int MaxDepth = 32;

    /// <summary>Longest single value, in characters.</summary>
    public const int MaxScalarLength = 64 * 1024;

    /// <summary>Most nodes in one file.</summary>
    public const int MaxNodes = 500_000;
}
