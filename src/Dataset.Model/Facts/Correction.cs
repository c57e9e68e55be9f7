using System;
using Dataset.Infrastructure;

namespace Dataset;

/// <summary>
/// Where an article gets a name, title or date wrong: what it writes, what is right, and the public source that says
/// so. The article text is never edited; its evidence keeps what it writes.
/// </summary>
public sealed record Correction : Fact
{
    /// <summary>Creates a correction; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="entity">The entity concerned, or <see langword="null"/>.</param>
    /// <param name="written">What the article writes.</param>
    /// <param name="correct">What is right.</param>
    /// <param name="sourceTitle">The title of the source of the correction.</param>
    /// <param name="sourceUrl">The address of the source of the correction.</param>
    /// <param name="evidence">The passage that contains the error.</param>
    public Correction(string id, CorrectionKind kind, Entity? entity, string written, string correct, string sourceTitle, string sourceUrl, Evidence evidence)
        : base(id, evidence)
    {
        Kind = kind;
        Entity = entity;
        Written = written ?? throw new ArgumentNullException(nameof(written));
        Correct = correct ?? throw new ArgumentNullException(nameof(correct));
        SourceTitle = sourceTitle ?? throw new ArgumentNullException(nameof(sourceTitle));
        SourceUrl = sourceUrl ?? throw new ArgumentNullException(nameof(sourceUrl));
    }

    /// <summary>A correction decoded from a fact stream: its id and evidence are decoded on first read.</summary>
    internal Correction(FactOrigin origin, CorrectionKind kind, Entity? entity, string written, string correct, string sourceTitle, string sourceUrl)
        : base(origin)
    {
        Kind = kind;
        Entity = entity;
        Written = written;
        Correct = correct;
        SourceTitle = sourceTitle;
        SourceUrl = sourceUrl;
    }

    /// <summary>What is wrong.</summary>
    public CorrectionKind Kind { get; }

    /// <summary>The entity concerned, or <see langword="null"/>.</summary>
    public Entity? Entity { get; }

    /// <summary>What the article writes.</summary>
    public string Written { get; }

    /// <summary>What is right.</summary>
    public string Correct { get; }

    /// <summary>The title of the source of the correction.</summary>
    public string SourceTitle { get; }

    /// <summary>The address of the source of the correction.</summary>
    public string SourceUrl { get; }

    /// <inheritdoc />
    public bool Equals(Correction? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>
    /// For example <c>The article writes “Vladimir Muchin”, a different transliteration; it should read “Vladimir Mukhin”,
    /// according to “Russia: Analyst Says ...”.</c>
    /// </summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe()
    {
        var what = Kind.Prose;
        return "The article writes " + Prose.Quoted(Written) + ", " + what + "; it should read " + Prose.Quoted(Correct) + ", according to " + Prose.Quoted(SourceTitle) + ".";
    }
}
