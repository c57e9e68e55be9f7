namespace Dataset.Common;

// Compiled into both Dataset.Model (the reader finds the streams by these names) and Dataset.Core (the generator
// declares them), as linked source: one definition of the contract on both sides.

/// <summary>
/// The names under which the generated code stores each article's fact streams: string constants of a private class
/// nested in <c>Articles</c>, one pair per article, named after the article's member.
/// </summary>
internal static class StoredStreamNames
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
}
