using System;

namespace Dataset;

/// <summary>
/// Something an article states, with its <see cref="Evidence"/>: an <see cref="Event"/>, <see cref="Relation"/>,
/// <see cref="Quantity"/>, <see cref="Quote"/>, <see cref="Claim"/> or <see cref="Correction"/>.
/// Facts are compared by type, article and id only.
/// </summary>
public abstract record Fact
{
    /// <summary>Creates a fact; generated code calls this through the derived records.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="evidence">The passage that states it.</param>
    private protected Fact(string id, Evidence evidence)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
    }

    /// <summary>The kebab-case id, unique within its article (for example <c>exercise-caspian-2013-07</c>).</summary>
    public string Id { get; }

    /// <summary>The passage of the article that states it.</summary>
    public Evidence Evidence { get; }

    /// <summary>The article that states it.</summary>
    public Article Article => Evidence.Article;

    /// <summary>Identity: same type, article and id.</summary>
    /// <param name="other">The fact to compare with.</param>
    /// <returns><see langword="true"/> when both denote the same fact.</returns>
    public virtual bool Equals(Fact? other) =>
        other is not null
        && EqualityContract == other.EqualityContract
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Article.Equals(other.Article);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Id) * 397) ^ Article.GetHashCode();

    /// <summary>A one-line description of the fact.</summary>
    /// <returns>The fact in words.</returns>
    public sealed override string ToString() => Describe();

    /// <summary>The fact in words, for <see cref="ToString"/>.</summary>
    /// <returns>A one-line description.</returns>
    private protected abstract string Describe();
}
