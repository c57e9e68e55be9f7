using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace Dataset;

/// <summary>
/// Every fact of a dataset, across articles (in article id order, then annotation order), with navigation from an
/// article to its facts and from an entity to the facts that involve it. Built once from the generated articles; the
/// per-entity view is built on first use. No lookup throws on a miss.
/// </summary>
public sealed class FactIndex
{
    private readonly IReadOnlyDictionary<string, ArticleFacts> _byArticle;
    private readonly Lazy<IReadOnlyDictionary<Entity, EntityFacts>> _byEntity;

    /// <summary>Builds the index.</summary>
    /// <param name="articles">The facts of every article, article ids unique.</param>
    /// <exception cref="ArgumentException">Two entries are for the same article.</exception>
    public FactIndex(IEnumerable<ArticleFacts> articles)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        Articles = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray();
        var byArticle = new Dictionary<string, ArticleFacts>(StringComparer.Ordinal);
        foreach (var a in Articles)
        {
            byArticle.Add(a.Article.Id, a);
        }

#if NET8_0_OR_GREATER
        _byArticle = byArticle.ToFrozenDictionary(StringComparer.Ordinal);
#else
        _byArticle = byArticle;
#endif
        Events = Articles.SelectMany(a => a.Events).ToArray();
        Relations = Articles.SelectMany(a => a.Relations).ToArray();
        Quantities = Articles.SelectMany(a => a.Quantities).ToArray();
        Quotes = Articles.SelectMany(a => a.Quotes).ToArray();
        Claims = Articles.SelectMany(a => a.Claims).ToArray();
        Corrections = Articles.SelectMany(a => a.Corrections).ToArray();
        Mentions = Articles.SelectMany(a => a.Mentions).ToArray();
        All = Articles.SelectMany(a => a.All).ToArray();
        _byEntity = new Lazy<IReadOnlyDictionary<Entity, EntityFacts>>(BuildEntityFacts);
    }

    /// <summary>How many articles and facts of each kind the index holds, as a sentence.</summary>
    /// <returns>For example <c>1 article states 40 events, 12 relations, 8 figures, 5 quotes, 10 claims and 1 correction.</c></returns>
    public override string ToString() =>
        Prose.Count(Articles.Count, "article") + (Articles.Count == 1 ? " states " : " state ")
        + ArticleFacts.Counts(Events.Count, Relations.Count, Quantities.Count, Quotes.Count, Claims.Count, Corrections.Count) + ".";

    /// <summary>The facts of each article, in article id order.</summary>
    public IReadOnlyList<ArticleFacts> Articles { get; }

    /// <summary>Every event.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Every relation.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>Every figure.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>Every quote.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Every claim.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Every correction.</summary>
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>Every mention of an entity in an article.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Every fact of every kind.</summary>
    public IReadOnlyList<Fact> All { get; }

    /// <summary>The facts an article states.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Its facts; empty when the article is not part of this index.</returns>
    public ArticleFacts For(Article article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        return _byArticle.TryGetValue(article.Id, out var facts) ? facts : new ArticleFacts(article);
    }

    /// <summary>The facts that involve an entity, across articles.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its facts; empty when no fact involves it.</returns>
    public EntityFacts For(Entity entity)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(nameof(entity));
        }

        return _byEntity.Value.TryGetValue(entity, out var facts) ? facts : new EntityFacts(entity);
    }

    private IReadOnlyDictionary<Entity, EntityFacts> BuildEntityFacts()
    {
        var map = new Dictionary<Entity, EntityFacts>();
        EntityFacts Of(Entity e)
        {
            if (!map.TryGetValue(e, out var f))
            {
                f = new EntityFacts(e);
                map.Add(e, f);
            }

            return f;
        }

        foreach (var e in Events)
        {
            foreach (var entity in Distinct(e.Participants.Select(p => p.Entity).Append(e.Place).Append(e.Agreement)))
            {
                Of(entity).EventList.Add(e);
            }

            foreach (var entity in Distinct(e.Factuality.Select(f => f.Source)))
            {
                Of(entity).ReportedList.Add(e);
            }
        }

        foreach (var r in Relations)
        {
            foreach (var entity in Distinct(new[] { r.Subject, r.Object }))
            {
                Of(entity).RelationList.Add(r);
            }
        }

        foreach (var q in Quantities)
        {
            foreach (var entity in Distinct(q.Between.Append(q.Of).Append(q.Source)))
            {
                Of(entity).QuantityList.Add(q);
            }
        }

        foreach (var q in Quotes)
        {
            foreach (var entity in Distinct(new Entity?[] { q.Speaker, q.Work }))
            {
                Of(entity).QuoteList.Add(q);
            }
        }

        foreach (var c in Claims)
        {
            foreach (var entity in Distinct(c.Attributions.Select(a => a.Source)))
            {
                Of(entity).ClaimList.Add(c);
            }
        }

        foreach (var c in Corrections)
        {
            if (c.Entity is { } entity)
            {
                Of(entity).CorrectionList.Add(c);
            }
        }

        foreach (var m in Mentions)
        {
            Of(m.Entity).MentionList.Add(m);
        }

#if NET8_0_OR_GREATER
        return map.ToFrozenDictionary();
#else
        return map;
#endif
    }

    private static IEnumerable<Entity> Distinct(IEnumerable<Entity?> entities) =>
        entities.Where(e => e is not null).Select(e => e!).Distinct();
}
