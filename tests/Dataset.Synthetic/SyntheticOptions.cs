using System;

namespace Dataset.Synthetic;

/// <summary>The size and shape of a synthetic corpus. The same options always give byte-identical files.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Creates options for <paramref name="articles"/> articles.</summary>
    /// <param name="articles">How many articles (N), at least 1.</param>
    /// <param name="entities">How many registry entities (M); <see langword="null"/> for <see cref="DefaultEntities"/>.</param>
    /// <param name="seed">The seed of every random choice.</param>
    public SyntheticOptions(int articles, int? entities = null, int seed = 20130808)
    {
        if (articles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(articles), articles, "At least one article.");
        }

        Articles = articles;
        Entities = entities ?? DefaultEntities(articles);
        if (Entities < MinimumEntities)
        {
            throw new ArgumentOutOfRangeException(nameof(entities), Entities, "At least " + MinimumEntities + " entities.");
        }

        Seed = seed;
    }

    /// <summary>The smallest registry that holds every entity kind an article refers to.</summary>
    public const int MinimumEntities = 24;

    /// <summary>How many articles (N).</summary>
    public int Articles { get; }

    /// <summary>How many registry entities (M), spread over the nine entity kinds.</summary>
    public int Entities { get; }

    /// <summary>The seed of every random choice.</summary>
    public int Seed { get; }

    /// <summary>Events per article (the real article has 33).</summary>
    public int EventsPerArticle { get; init; } = 30;

    /// <summary>Quantities (figures) per article: money, counts, percentages and changes.</summary>
    public int QuantitiesPerArticle { get; init; } = 30;

    /// <summary>Quotes per article.</summary>
    public int QuotesPerArticle { get; init; } = 30;

    /// <summary>Relations per article (the real article has 12).</summary>
    public int RelationsPerArticle { get; init; } = 8;

    /// <summary>Claims per article (the real article has 15).</summary>
    public int ClaimsPerArticle { get; init; } = 8;

    /// <summary>Corrections per article (0 or 1).</summary>
    public int CorrectionsPerArticle { get; init; } = 1;

    /// <summary>The registry size used when none is given: half the article count, between 60 and 5,000.</summary>
    /// <param name="articles">The article count.</param>
    /// <returns>The entity count.</returns>
    public static int DefaultEntities(int articles) => Math.Clamp(articles / 2, 60, 5000);
}
