// The numeric values of Factuality are stored in the generated fact streams: never renumber a member.

namespace Dataset;

/// <summary>
/// How certain a source presents an event as fact (after FactBank): from <see cref="Certain"/> that it happened to
/// <see cref="CertainNot"/> that it did not; <see cref="Unknown"/> when the source does not commit either way
/// ("there was no confirmation of this from the Russian side").
/// </summary>
public enum Factuality
{
    /// <summary>The source presents it as a fact (FactBank CT+).</summary>
    Certain = 0,

    /// <summary>The source presents it as probable (PR+).</summary>
    Probable = 1,

    /// <summary>The source presents it as possible (PS+).</summary>
    Possible = 2,

    /// <summary>The source does not commit either way, or is silent where a confirmation was expected (Uu).</summary>
    Unknown = 3,

    /// <summary>The source presents it as probably not the case (PR−).</summary>
    ProbableNot = 4,

    /// <summary>The source presents it as not the case (CT−).</summary>
    CertainNot = 5,
}

/// <summary>The factuality one source gives an event.</summary>
/// <param name="Source">The source, or <see langword="null"/> for the article's author (see <see cref="IsAuthor"/>).</param>
/// <param name="Value">How certain the source presents the event.</param>
public sealed record SourceFactuality(Entity? Source, Factuality Value)
{
    /// <summary>Whether the source is the article's author rather than someone the article reports.</summary>
    public bool IsAuthor => Source is null;

    /// <summary>The source and value.</summary>
    /// <returns>For example <c>Russia: Unknown</c> or <c>author: Certain</c>.</returns>
    public override string ToString() => (Source?.Name ?? "author") + ": " + Value;
}

/// <summary>Who holds a claim and how.</summary>
/// <param name="Source">The source, or <see langword="null"/> for the article's author (see <see cref="IsAuthor"/>).</param>
/// <param name="Stance">Whether the source asserts, denies, does not confirm, expects or warns.</param>
public sealed record ClaimAttribution(Entity? Source, Stance Stance)
{
    /// <summary>Whether the source is the article's author: the claim is then the author's own judgement.</summary>
    public bool IsAuthor => Source is null;

    /// <summary>The source and its stance, as a clause.</summary>
    /// <returns>For example <c>Russian Army denies it</c> or <c>the author asserts it</c>.</returns>
    public override string ToString() => Prose.Source(Source) + " " + Prose.Stance(Stance);
}
