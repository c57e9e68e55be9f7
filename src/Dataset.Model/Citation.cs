using System;

namespace Dataset;

/// <summary>
/// A source outside the articles for a value they do not give: an entity's codes (a Wikidata id), an office and its
/// dates, a fact in a description, a fact's more precise date. <c>Corpus.SourcesOf</c> lists an entity's or a
/// fact's sources; a value with none is supported by the article itself.
/// </summary>
public sealed record Citation
{
    /// <summary>Creates a citation; generated code calls this.</summary>
    /// <param name="title">The source's title.</param>
    /// <param name="url">Where it is (http or https).</param>
    /// <param name="accessed">The day it was read, or <see langword="null"/>.</param>
    /// <param name="about">What it supports, for example <c>codes</c>, <c>position: President of Russia</c> or <c>time</c>.</param>
    public Citation(string title, string url, PartialDate? accessed, string about)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Url = url ?? throw new ArgumentNullException(nameof(url));
        Accessed = accessed;
        About = about ?? throw new ArgumentNullException(nameof(about));
    }

    /// <summary>The source's title, as the page gives it.</summary>
    public string Title { get; }

    /// <summary>Where the source is: an http or https URL.</summary>
    public string Url { get; }

    /// <summary>The day the curator read it, when recorded.</summary>
    public PartialDate? Accessed { get; }

    /// <summary>
    /// What it supports: <c>codes</c> (the entity's Wikidata id and ISO codes), <c>position: </c> and the office,
    /// <c>description</c> or what the curator wrote, <c>time</c> or <c>period</c> (a fact's date).
    /// </summary>
    public string About { get; }

    /// <summary>The citation in one line.</summary>
    /// <returns>For example <c>codes: Russia (dr5hn countries database) &lt;https://…&gt;</c>.</returns>
    public override string ToString() => About + ": " + Title + " <" + Url + ">";
}
