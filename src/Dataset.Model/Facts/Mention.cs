using System;

namespace Dataset;

/// <summary>How often an article names an entity (by its name or an alias), and the sentence where it first does.</summary>
public sealed record Mention
{
    /// <summary>Creates a mention; generated code calls this.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="count">How many times the article names it.</param>
    /// <param name="first">The sentence where the article first names it.</param>
    public Mention(Entity entity, int count, Evidence first)
    {
        Entity = entity ?? throw new ArgumentNullException(nameof(entity));
        Count = count;
        First = first ?? throw new ArgumentNullException(nameof(first));
    }

    /// <summary>The entity.</summary>
    public Entity Entity { get; }

    /// <summary>The article.</summary>
    public Article Article => First.Article;

    /// <summary>How many times the article names the entity, by its name or an alias (whole words).</summary>
    public int Count { get; }

    /// <summary>The sentence where the article first names the entity.</summary>
    public Evidence First { get; }

    /// <summary>The article, the entity and the count, as a sentence.</summary>
    /// <returns>For example <c>“Russia and Iran deepen political and military cooperation” names Iran 30 times.</c> or <c>... names Baku once.</c></returns>
    public override string ToString() => Prose.Quoted(Article.Headline) + " names " + Entity.Name + " " + Prose.Times(Count) + ".";
}
