using System;
using Dataset.Infrastructure;
using System.Collections.Generic;

namespace Dataset;

/// <summary>
/// A statement and who asserts, denies or does not confirm it, as an article reports. The article's own judgements
/// are claims attributed to its author (<see cref="ClaimAttribution.IsAuthor"/>), kept apart from what it reports.
/// </summary>
public sealed record Claim : Fact
{
    /// <summary>Creates a claim; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="statement">The statement, in neutral words.</param>
    /// <param name="about">The event the claim is about, or <see langword="null"/>.</param>
    /// <param name="attributions">Who holds it and how.</param>
    /// <param name="evidence">The passage that states it.</param>
    public Claim(string id, string statement, Event? about, IReadOnlyList<ClaimAttribution>? attributions, Evidence evidence)
        : base(id, evidence, statement ?? throw new ArgumentNullException(nameof(statement)))
    {
        _statementReference = ValueReference;
        About = about;
        Attributions = attributions ?? Array.Empty<ClaimAttribution>();
    }

    /// <summary>A claim decoded from a fact stream: its id, statement and evidence are decoded on first read.</summary>
    internal Claim(FactOrigin origin, int statement, Event? about, IReadOnlyList<ClaimAttribution> attributions)
        : base(origin)
    {
        _statementReference = statement;
        About = about;
        Attributions = attributions;
    }

    private readonly int _statementReference;

    /// <summary>The statement, in neutral words.</summary>
    public string Statement => Strings.Required(_statementReference);

    /// <summary>The event the claim is about, or <see langword="null"/>.</summary>
    public Event? About { get; }

    /// <summary>Who holds it and how.</summary>
    public IReadOnlyList<ClaimAttribution> Attributions { get; }

    /// <summary>Whether the claim is the article author's own judgement.</summary>
    public bool IsAuthorJudgement
    {
        get
        {
            foreach (var a in Attributions)
            {
                if (a.IsAuthor)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The stance <paramref name="source"/> takes.</summary>
    /// <param name="source">The source, or <see langword="null"/> for the article's author.</param>
    /// <returns>The stance, or <see langword="null"/> when that source is not among the attributions.</returns>
    public Stance? StanceOf(Entity? source)
    {
        foreach (var a in Attributions)
        {
            if (source is null ? a.Source is null : source.Equals(a.Source))
            {
                return a.Stance;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Claim? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>
    /// The statement, then who holds it and how: <c>The 2009 Caspian actions amounted to joint military exercises in the
    /// strict sense. Iranian officers asserts it and Russian Army denies it.</c>
    /// </summary>
    /// <returns>One or two sentences.</returns>
    private protected override string Describe()
    {
        var holders = new List<string>();
        foreach (var a in Attributions)
        {
            // "The author asserts that ..." already says who asserts it.
            var holder = a.ToString();
            var stem = Prose.Capitalize(holder.EndsWith(" it", StringComparison.Ordinal) ? holder.Substring(0, holder.Length - 3) : holder);
            if (!Statement.StartsWith(stem + " ", StringComparison.Ordinal))
            {
                holders.Add(holder);
            }
        }

        return Prose.Sentence(Statement) + (holders.Count == 0 ? string.Empty : " " + Prose.Capitalize(Prose.List(holders)) + ".");
    }
}
