using System;

namespace Dataset;

/// <summary>
/// Where an article states a fact: the exact passage and its place in the article text. Offsets are in UTF-16 code
/// units into the text whose SHA-256 is <see cref="Dataset.Article.TextSha256"/>; the text itself is not shipped.
/// </summary>
public sealed record Evidence
{
    /// <summary>Creates evidence; generated code calls this.</summary>
    /// <param name="article">The article.</param>
    /// <param name="text">The passage exactly as the article text has it (line breaks and markup included).</param>
    /// <param name="start">The offset of the passage in the article text, in UTF-16 code units.</param>
    /// <param name="length">The length of the passage in UTF-16 code units.</param>
    public Evidence(Article article, string text, int start, int length)
    {
        Article = article ?? throw new ArgumentNullException(nameof(article));
        Text = text ?? throw new ArgumentNullException(nameof(text));
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

    /// <summary>The article the passage is from.</summary>
    public Article Article { get; }

    /// <summary>The passage exactly as the article text has it (line breaks and markup included).</summary>
    public string Text { get; }

    /// <summary>The offset of the passage in the article text, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>The length of the passage in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The offset just past the passage.</summary>
    public int End => Start + Length;

    /// <summary>The article's headline and the passage, as a sentence.</summary>
    /// <returns>For example <c>“Russia and Iran deepen political and military cooperation” says: “...”</c>.</returns>
    public override string ToString() => Prose.Quoted(Article.Headline) + " says: " + Prose.Quoted(Text);
}
