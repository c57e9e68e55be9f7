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
    private readonly ArticleFacts[] _articles;
    private readonly Lazy<IReadOnlyDictionary<Entity, EntityFacts>> _byEntity;
    private IReadOnlyDictionary<string, ArticleFacts>? _byArticle;
    private Event[]? _events;
    private Relation[]? _relations;
    private Quantity[]? _quantities;
    private Quote[]? _quotes;
    private Claim[]? _claims;
    private Correction[]? _corrections;
    private Mention[]? _mentions;
    private Fact[]? _all;

    /// <summary>Builds the index.</summary>
    /// <param name="articles">The facts of every article, article ids unique.</param>
    /// <exception cref="ArgumentException">Two entries are for the same article.</exception>
    public FactIndex(IEnumerable<ArticleFacts> articles)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        // Each list is gathered on first use; two entries for one article are found now, as the constructor promises.
        _articles = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < _articles.Length; i++)
        {
            if (string.Equals(_articles[i - 1].Article.Id, _articles[i].Article.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException("Two entries are for the article '" + _articles[i].Article.Id + "'.", nameof(articles));
            }
        }

        _byEntity = new Lazy<IReadOnlyDictionary<Entity, EntityFacts>>(BuildEntityFacts);
    }

    /// <summary>How many articles and facts of each kind the index holds, as a sentence.</summary>
    /// <returns>For example <c>1 article states 40 events, 12 relations, 8 figures, 5 quotes, 10 claims and 1 correction.</c></returns>
    public override string ToString() =>
        Prose.Count(Articles.Count, "article") + (Articles.Count == 1 ? " states " : " state ")
        + ArticleFacts.Counts(Events.Count, Relations.Count, Quantities.Count, Quotes.Count, Claims.Count, Corrections.Count) + ".";

    /// <summary>The facts of each article, in article id order.</summary>
    public IReadOnlyList<ArticleFacts> Articles => _articles;

    /// <summary>Every event.</summary>
    public IReadOnlyList<Event> Events => _events ??= Gather(_articles, a => a.Events);

    /// <summary>Every relation.</summary>
    public IReadOnlyList<Relation> Relations => _relations ??= Gather(_articles, a => a.Relations);

    /// <summary>Every figure.</summary>
    public IReadOnlyList<Quantity> Quantities => _quantities ??= Gather(_articles, a => a.Quantities);

    /// <summary>Every quote.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ??= Gather(_articles, a => a.Quotes);

    /// <summary>Every claim.</summary>
    public IReadOnlyList<Claim> Claims => _claims ??= Gather(_articles, a => a.Claims);

    /// <summary>Every correction.</summary>
    public IReadOnlyList<Correction> Corrections => _corrections ??= Gather(_articles, a => a.Corrections);

    /// <summary>Every mention of an entity in an article.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions ??= Gather(_articles, a => a.Mentions);

    /// <summary>Every fact of every kind.</summary>
    public IReadOnlyList<Fact> All => _all ??= Gather(_articles, a => a.All);

    private IReadOnlyDictionary<string, ArticleFacts> ByArticle
    {
        get
        {
            if (_byArticle is null)
            {
                var byArticle = new Dictionary<string, ArticleFacts>(_articles.Length, StringComparer.Ordinal);
                foreach (var a in _articles)
                {
                    byArticle.Add(a.Article.Id, a);
                }

                System.Threading.Interlocked.CompareExchange(ref _byArticle, byArticle, null);
            }

            return _byArticle;
        }
    }

    /// <summary>One list of every article's items, in article order: counted first, then copied.</summary>
    private static T[] Gather<T>(ArticleFacts[] articles, Func<ArticleFacts, IReadOnlyList<T>> of)
    {
        var count = 0;
        foreach (var a in articles)
        {
            count += of(a).Count;
        }

        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var all = new T[count];
        var at = 0;
        foreach (var a in articles)
        {
            var items = of(a);
            if (items is T[] array)
            {
                Array.Copy(array, 0, all, at, array.Length);
                at += array.Length;
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                all[at++] = items[i];
            }
        }

        return all;
    }

    /// <summary>The facts an article states.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Its facts; empty when the article is not part of this index.</returns>
    public ArticleFacts For(Article article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        return ByArticle.TryGetValue(article.Id, out var facts) ? facts : new ArticleFacts(article);
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

            // An agreement the event concerns reaches its parties and subject: Corpus.About(weapon) finds the contract.
            if (e.Agreement is { } agreement)
            {
                foreach (var entity in Distinct(agreement.Parties.Append(agreement.Subject)))
                {
                    var list = Of(entity).AgreementList;
                    if (!list.Contains(agreement))
                    {
                        list.Add(agreement);
                    }
                }
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
