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

    /// <summary>The entity, the count and the article.</summary>
    /// <returns>For example <c>Iran ×25 in “Russia and Iran deepen ...”</c>.</returns>
    public override string ToString() => Entity.Name + " \u00D7" + Count + " in \u201C" + Article.Headline + "\u201D";
}
