using System;
using Dataset.Infrastructure;

namespace Dataset;

/// <summary>
/// Something an article states, with its <see cref="Evidence"/>: an <see cref="Event"/>, <see cref="Relation"/>,
/// <see cref="Quantity"/>, <see cref="Quote"/>, <see cref="Claim"/> or <see cref="Correction"/>.
/// Facts are compared by type, article and id only.
/// </summary>
public abstract record Fact
{
    // A fact decoded from a fact stream keeps references into its article's string table and the numbers of its
    // passage; its id, its evidence and the passage's text are materialised on first read (and kept).
    private readonly StringTable? _strings;
    private readonly int _idReference;
    private readonly int _evidenceText;
    private readonly int _evidenceStart;
    private readonly int _evidenceLength;
    private string? _id;
    private Evidence? _evidence;

    /// <summary>Creates a fact; generated code calls this through the derived records.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="evidence">The passage that states it.</param>
    private protected Fact(string id, Evidence evidence)
    {
        _id = id ?? throw new ArgumentNullException(nameof(id));
        _evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
    }

    /// <summary>Creates a fact decoded from a fact stream, its id and evidence materialised on first read.</summary>
    /// <param name="origin">Where in the stream: the article's string table, the id's reference, the passage.</param>
    private protected Fact(FactOrigin origin)
    {
        _strings = origin.Strings;
        _idReference = origin.Id;
        _evidenceText = origin.EvidenceText;
        _evidenceStart = origin.EvidenceStart;
        _evidenceLength = origin.EvidenceLength;
    }

    /// <summary>The kebab-case id, unique within its article (for example <c>exercise-caspian-2013-07</c>).</summary>
    public string Id => _id ??= _strings!.Required(_idReference);

    /// <summary>The passage of the article that states it.</summary>
    public Evidence Evidence => _evidence ??= new Evidence(_strings!, _evidenceText, _evidenceStart, _evidenceLength);

    /// <summary>The article that states it.</summary>
    public Article Article => _strings?.Article ?? _evidence!.Article;

    /// <summary>The string table of the stream the fact was decoded from, or <see langword="null"/> for a fact built from values.</summary>
    private protected StringTable? Strings => _strings;

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
