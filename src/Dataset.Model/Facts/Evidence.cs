using System;
using Dataset.Infrastructure;

namespace Dataset;

/// <summary>
/// Where an article states a fact: the exact passage and its place in the article text. Offsets are in UTF-16 code
/// units into the text whose SHA-256 is <see cref="Dataset.Article.TextSha256"/>; the text itself is not shipped.
/// </summary>
public sealed record Evidence
{
    private readonly StringTable? _strings;
    private readonly int _textReference;
    private string? _text;

    /// <summary>Creates evidence; generated code calls this.</summary>
    /// <param name="article">The article.</param>
    /// <param name="text">The passage exactly as the article text has it (line breaks and markup included).</param>
    /// <param name="start">The offset of the passage in the article text, in UTF-16 code units.</param>
    /// <param name="length">The length of the passage in UTF-16 code units.</param>
    public Evidence(Article article, string text, int start, int length)
    {
        Article = article ?? throw new ArgumentNullException(nameof(article));
        _text = text ?? throw new ArgumentNullException(nameof(text));
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The offset cannot be negative.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length cannot be negative.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Evidence decoded from a fact stream: its text is decoded from the article's string table on first read.</summary>
    /// <param name="strings">The article's string table.</param>
    /// <param name="text">The text's reference into the table (checked by the decoder).</param>
    /// <param name="start">The offset (checked by the decoder).</param>
    /// <param name="length">The length (checked by the decoder).</param>
    internal Evidence(StringTable strings, int text, int start, int length)
    {
        Article = strings.Article;
        _strings = strings;
        _textReference = text;
        Start = start;
        Length = length;
    }

    /// <summary>The article the passage is from.</summary>
    public Article Article { get; }

    /// <summary>The passage exactly as the article text has it (line breaks and markup included).</summary>
    public string Text => _text ??= _strings!.Required(_textReference);

    /// <summary>The offset of the passage in the article text, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>The length of the passage in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The offset just past the passage.</summary>
    public int End => Start + Length;

    /// <summary>Whether both are the same passage of the same article: same article, text, start and length.</summary>
    /// <param name="other">The evidence to compare with.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Evidence? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Start == other.Start && Length == other.Length && Article.Equals(other.Article) && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override int GetHashCode() => (((Article.GetHashCode() * 397) ^ Start) * 397) ^ Length;

    /// <summary>The article's headline and the passage, as a sentence.</summary>
    /// <returns>For example <c>“Russia and Iran deepen political and military cooperation” says: “...”</c>.</returns>
    public override string ToString() => Prose.Quoted(Article.Headline) + " says: " + Prose.Quoted(Text);
}
