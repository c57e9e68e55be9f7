using System;
using Dataset.Infrastructure;

namespace Dataset;

/// <summary>Words an article attributes to a speaker, verbatim.</summary>
public sealed record Quote : Fact
{
    /// <summary>Creates a quote; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="speaker">Who said or wrote it.</param>
    /// <param name="said">When, or <see langword="null"/> when the article does not say.</param>
    /// <param name="text">The words, verbatim as the article quotes them.</param>
    /// <param name="work">The work it appeared in, or <see langword="null"/>.</param>
    /// <param name="evidence">The passage that quotes it.</param>
    public Quote(string id, Entity speaker, TemporalValue? said, string text, Work? work, Evidence evidence)
        : base(id, evidence, text ?? throw new ArgumentNullException(nameof(text)))
    {
        Speaker = speaker ?? throw new ArgumentNullException(nameof(speaker));
        Said = said;
        _textReference = ValueReference;
        Work = work;
    }

    /// <summary>A quote decoded from a fact stream: its id, words and evidence are decoded on first read.</summary>
    internal Quote(FactOrigin origin, Entity speaker, TemporalValue? said, int text, Work? work)
        : base(origin)
    {
        Speaker = speaker;
        Said = said;
        _textReference = text;
        Work = work;
    }

    private readonly int _textReference;

    /// <summary>Who said or wrote it.</summary>
    public Entity Speaker { get; }

    /// <summary>When, or <see langword="null"/> when the article does not say.</summary>
    public TemporalValue? Said { get; }

    /// <summary>The words, verbatim as the article quotes them.</summary>
    public string Text => Strings.Required(_textReference);

    /// <summary>The work it appeared in (an opinion piece, a book), or <see langword="null"/>.</summary>
    public Work? Work { get; }

    /// <inheritdoc />
    public bool Equals(Quote? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>For example <c>Dmitry Rogozin said in January 2013: “Should anything happen to Iran ...”</c></summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe() =>
        Speaker.Name + " said" + (Said is null ? string.Empty : " " + Said.ToProse()) + (Work is null ? string.Empty : ", in " + Work.Name)
        + ": " + Prose.Quoted(Text);
}
