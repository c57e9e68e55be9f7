using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;
using Dataset.Tool.Input;

namespace Dataset.Tool.Card;

/// <summary>What the card shows: the linked articles and entities of a corpus without errors.</summary>
/// <param name="Title">The card's title (the package name).</param>
/// <param name="Version">The version (<c>Corpus.Version</c>).</param>
/// <param name="ContentHash">The content hash (<c>Corpus.ContentHash</c>).</param>
/// <param name="Articles">The articles, in id order.</param>
/// <param name="Entities">The entities, by id.</param>
/// <param name="Terms">The codes of the vocabulary's terms.</param>
internal sealed record CardModel(string Title, string Version, string ContentHash, IReadOnlyList<LinkedArticle> Articles, IReadOnlyDictionary<string, LinkedEntity> Entities, TermCodes Terms)
{
    /// <summary>An entity's name, or its id when the registry lacks it.</summary>
    public string Name(EntityRef? entity) => entity is null ? "author" : Entities.TryGetValue(entity.Id, out var e) ? e.Name : entity.Id;

    /// <summary>Every event with its article, in article then annotation order.</summary>
    public IEnumerable<(LinkedArticle Article, LinkedEvent Event)> Events => Articles.SelectMany(a => a.Facts.Events.Select(e => (a, e)));

    /// <summary>A date value as written (<c>2013</c>, <c>2013-H2</c>, <c>2013-Q3</c>, <c>2013-07</c>, <c>2013-07-08</c>).</summary>
    public static string Text(DateValue d) => d.ToString();

    /// <summary>The parsed time value, or null.</summary>
    public static TimeValue? Parse(LinkedTime? time) => time?.Parsed;

    /// <summary>The author's factuality of an event (<c>Certain</c> when the annotation gives none: the author asserts it).</summary>
    public static string AuthorFactuality(LinkedEvent e) =>
        e.Factuality.Count == 0 ? "Certain" : e.Factuality.FirstOrDefault(f => f.Entity is null)?.Value ?? "Reported";
}
