using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset;

/// <summary>Everything one article states, in annotation order, and the entities it names.</summary>
public sealed class ArticleFacts
{
    /// <summary>Gathers one article's facts; generated code calls this.</summary>
    /// <param name="article">The article.</param>
    /// <param name="events">Its events.</param>
    /// <param name="relations">Its relations.</param>
    /// <param name="quantities">Its figures.</param>
    /// <param name="quotes">Its quotes.</param>
    /// <param name="claims">Its claims.</param>
    /// <param name="corrections">Its corrections.</param>
    /// <param name="mentions">The entities it names, with counts.</param>
    public ArticleFacts(
        Article article,
        IReadOnlyList<Event>? events = null,
        IReadOnlyList<Relation>? relations = null,
        IReadOnlyList<Quantity>? quantities = null,
        IReadOnlyList<Quote>? quotes = null,
        IReadOnlyList<Claim>? claims = null,
        IReadOnlyList<Correction>? corrections = null,
        IReadOnlyList<Mention>? mentions = null)
    {
        Article = article ?? throw new ArgumentNullException(nameof(article));
        Events = events ?? Array.Empty<Event>();
        Relations = relations ?? Array.Empty<Relation>();
        Quantities = quantities ?? Array.Empty<Quantity>();
        Quotes = quotes ?? Array.Empty<Quote>();
        Claims = claims ?? Array.Empty<Claim>();
        Corrections = corrections ?? Array.Empty<Correction>();
        Mentions = mentions ?? Array.Empty<Mention>();
    }

    private IReadOnlyList<Fact>? _all;

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>Its events.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Its relations.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>Its figures.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>Its quotes.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Its claims, including the author's own judgements.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Its corrections.</summary>
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>The entities it names, with how often and where first, in entity id order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Every fact: events, relations, quantities, quotes, claims, then corrections.</summary>
    public IReadOnlyList<Fact> All => _all ??= Events.Cast<Fact>().Concat(Relations).Concat(Quantities).Concat(Quotes).Concat(Claims).Concat(Corrections).ToArray();

    /// <summary>The article's headline and how many facts of each kind it states, as a sentence.</summary>
    /// <returns>For example <c>“Russia and Iran deepen political and military cooperation” states 40 events, 12 relations,
    /// 8 figures, 5 quotes, 10 claims and 1 correction, and names 60 entities.</c></returns>
    public override string ToString() =>
        Prose.Quoted(Article.Headline) + " states " + Counts(Events.Count, Relations.Count, Quantities.Count, Quotes.Count, Claims.Count, Corrections.Count)
        + ", and names " + Prose.Count(Mentions.Count, "entity", "entities") + ".";

    internal static string Counts(int events, int relations, int quantities, int quotes, int claims, int corrections)
    {
        var parts = new List<string>();
        foreach (var (n, noun) in new[] { (events, "event"), (relations, "relation"), (quantities, "figure"), (quotes, "quote"), (claims, "claim"), (corrections, "correction") })
        {
            if (n > 0)
            {
                parts.Add(Prose.Count(n, noun));
            }
        }

        return parts.Count == 0 ? "no facts" : Prose.List(parts);
    }
}
