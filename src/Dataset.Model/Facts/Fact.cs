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
    // A fact keeps its article's string table, references into it and the numbers of its passage, and nothing it can
    // find there again: its id, its evidence and the passage's text are read from the table when asked for (the table
    // keeps each string it decodes), so that a corpus of a million facts does not carry a million empty caches.
    private readonly StringTable _strings;
    private readonly int _idReference;
    private readonly int _evidenceText;
    private readonly int _evidenceStart;
    private readonly int _evidenceLength;

    /// <summary>Creates a fact; generated code calls this through the derived records.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="evidence">The passage that states it.</param>
    /// <param name="value">
    /// A string the derived record adds (an event's summary, a quote's words, a claim's statement), kept in the fact's
    /// table at <see cref="ValueReference"/>; or <see langword="null"/>.
    /// </param>
    private protected Fact(string id, Evidence evidence, string? value = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (evidence is null)
        {
            throw new ArgumentNullException(nameof(evidence));
        }

        // A fact built from values gets a table of its own strings, so that it reads them as a decoded one does.
        _strings = new StringTable(evidence.Article, value is null ? new[] { id, evidence.Text } : new[] { id, evidence.Text, value });
        _idReference = 1;
        _evidenceText = 2;
        _evidenceStart = evidence.Start;
        _evidenceLength = evidence.Length;
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
    public string Id => _strings.Required(_idReference);

    /// <summary>The passage of the article that states it (made on each read: evidence is compared by value).</summary>
    public Evidence Evidence => new(_strings, _evidenceText, _evidenceStart, _evidenceLength);

    /// <summary>The article that states it.</summary>
    public Article Article => _strings.Article;

    /// <summary>The reference, in a fact built from values, of the string the derived record added (see the constructor).</summary>
    private protected const int ValueReference = 3;

    /// <summary>The string table of the stream the fact was decoded from, or of the values it was built from.</summary>
    private protected StringTable Strings => _strings;

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
