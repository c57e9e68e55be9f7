using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>The genre of an article (schema.org NewsArticle subtypes).</summary>
public enum ArticleKind
{
    /// <summary>A report of news (schema.org ReportageNewsArticle).</summary>
    News,

    /// <summary>Opinion or commentary (schema.org OpinionNewsArticle).</summary>
    Opinion,

    /// <summary>Analysis or background (schema.org AnalysisNewsArticle).</summary>
    Analysis,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>An editorial.</summary>
    Editorial,
}

/// <summary>A source article of the dataset: its metadata and where its text is pinned. The text itself is not shipped.</summary>
public sealed record Article
{
    /// <summary>Creates an article; generated code calls this.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="headline">The headline as published.</param>
    /// <param name="authors">The authors.</param>
    /// <param name="publisher">The publisher, or <see langword="null"/>.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="url">The canonical address of the article.</param>
    /// <param name="kind">The genre.</param>
    /// <param name="language">The BCP 47 language tag, for example <c>en</c>.</param>
    /// <param name="textSha256">The SHA-256 of the text the evidence was checked against, as lowercase hex.</param>
    /// <param name="textLength">The length of that text in UTF-16 code units.</param>
    public Article(
        string id,
        string headline,
        IReadOnlyList<Person> authors,
        Organization? publisher,
        PartialDate published,
        string url,
        ArticleKind kind,
        string language,
        string textSha256,
        int textLength)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Headline = headline ?? throw new ArgumentNullException(nameof(headline));
        Authors = authors ?? Array.Empty<Person>();
        Publisher = publisher;
        Published = published;
        Url = url ?? throw new ArgumentNullException(nameof(url));
        Kind = kind;
        Language = language ?? throw new ArgumentNullException(nameof(language));
        TextSha256 = textSha256 ?? throw new ArgumentNullException(nameof(textSha256));
        TextLength = textLength;
    }

    /// <summary>The stable kebab-case id, for example <c>wsws-2013-08-08-russia-iran</c>.</summary>
    public string Id { get; }

    /// <summary>The headline as published.</summary>
    public string Headline { get; }

    /// <summary>The authors.</summary>
    public IReadOnlyList<Person> Authors { get; }

    /// <summary>The publisher, or <see langword="null"/>.</summary>
    public Organization? Publisher { get; }

    /// <summary>The publication date (the document creation time that relative dates resolve against).</summary>
    public PartialDate Published { get; }

    /// <summary>The canonical address of the article.</summary>
    public string Url { get; }

    /// <summary>The genre.</summary>
    public ArticleKind Kind { get; }

    /// <summary>The BCP 47 language tag.</summary>
    public string Language { get; }

    /// <summary>The SHA-256 of the article text the evidence was checked against (lowercase hex).</summary>
    public string TextSha256 { get; }

    /// <summary>The length of that text in UTF-16 code units; evidence offsets index into it.</summary>
    public int TextLength { get; }

    /// <summary>Identity: the same id.</summary>
    /// <param name="other">The article to compare with.</param>
    /// <returns><see langword="true"/> when both denote the same article.</returns>
    public bool Equals(Article? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Who wrote it, the headline, the publisher, the date and the genre, as a sentence.</summary>
    /// <returns>For example <c>Clara Weiss wrote “Russia and Iran deepen political and military cooperation”, published by
    /// World Socialist Web Site on 8 August 2013 (opinion).</c></returns>
    public override string ToString()
    {
        var authors = new List<string>();
        foreach (var a in Authors)
        {
            authors.Add(a.Name);
        }

        var published = (Published.Precision == DatePrecision.Day ? " on " : " in ") + TemporalValue.Words(Published);
        return (authors.Count == 0 ? Prose.Quoted(Headline) + " was published" : Prose.List(authors) + " wrote " + Prose.Quoted(Headline) + ", published")
            + (Publisher is null ? string.Empty : " by " + Publisher.Name) + published
            + " (" + Kind.ToString().ToLowerInvariant() + ").";
    }
}
