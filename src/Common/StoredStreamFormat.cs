namespace Dataset.Common;

// Compiled into both Dataset.Model (the reader finds and unpacks the streams) and Dataset.Core (the generator writes
// them), as linked source: one definition of the contract on both sides.

/// <summary>
/// How the generated code stores each article's fact streams: string constants of a private class nested in
/// <c>Articles</c>, a record, a facts and a texts stream per article, named after the article's member; each holds its stream's bytes two to a
/// character, little-endian (an odd count ends with a zero byte), except that a pair that would be a surrogate
/// (U+D800 to U+DFFF), or <see cref="Escape"/> itself, is stored as <see cref="Escape"/> followed by the pair with its
/// top bit flipped (U+5800 to U+6000): a lone surrogate does not survive every store of string constants (Native AOT
/// keeps them in UTF-8), every other character does.
/// </summary>
internal static class StoredStreamFormat
{
    /// <summary>
    /// The class of stored streams, declared in part by every article's file. Camel case, so that no article member
    /// (Pascal case) can take its name.
    /// </summary>
    public const string Class = "factStreams";

    /// <summary>The prefix of the constant that holds an article's record, before the article's member name.</summary>
    public const string RecordPrefix = "RecordOf";

    /// <summary>The prefix of the constant that holds an article's facts, before the article's member name.</summary>
    public const string FactsPrefix = "FactsOf";

    /// <summary>
    /// The prefix of the constant that holds the texts of an article's facts (format 5; absent when they have none),
    /// before the article's member name.
    /// </summary>
    public const string TextsPrefix = "TextsOf";

    /// <summary>The character that announces an escaped pair (a private-use character).</summary>
    public const char Escape = '\uE000';

    /// <summary>What a pair is XORed with when it is escaped.</summary>
    public const int EscapeFlip = 0x8000;
}
