using System;
using Dataset.Infrastructure;

namespace Dataset;

/// <summary>How often an article names an entity (by its name or an alias), and the sentence where it first does.</summary>
public sealed record Mention
{
    // As a fact: the article's string table and the numbers of the sentence, which is made when asked for.
    private readonly StringTable _strings;
    private readonly int _firstText;
    private readonly int _firstStart;
    private readonly int _firstLength;

    /// <summary>Creates a mention; generated code calls this.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="count">How many times the article names it.</param>
    /// <param name="first">The sentence where the article first names it.</param>
    public Mention(Entity entity, int count, Evidence first)
    {
        Entity = entity ?? throw new ArgumentNullException(nameof(entity));
        Count = count;
        if (first is null)
        {
            throw new ArgumentNullException(nameof(first));
        }

        _strings = new StringTable(first.Article, new[] { first.Text });
        _firstText = 1;
        _firstStart = first.Start;
        _firstLength = first.Length;
    }

    /// <summary>A mention decoded from a fact stream: its sentence is decoded on first read.</summary>
    /// <param name="strings">The article's string table.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="count">How many times the article names it.</param>
    /// <param name="text">The sentence's text, a reference into the table (checked by the decoder).</param>
    /// <param name="start">The sentence's offset (checked by the decoder).</param>
    /// <param name="length">The sentence's length (checked by the decoder).</param>
    internal Mention(StringTable strings, Entity entity, int count, int text, int start, int length)
    {
        _strings = strings;
        Entity = entity;
        Count = count;
        _firstText = text;
        _firstStart = start;
        _firstLength = length;
    }

    /// <summary>The entity.</summary>
    public Entity Entity { get; }

    /// <summary>The article.</summary>
    public Article Article => _strings.Article;

    /// <summary>How many times the article names the entity, by its name or an alias (whole words).</summary>
    public int Count { get; }

    /// <summary>The sentence where the article first names the entity (made on each read: evidence is compared by value).</summary>
    public Evidence First => new(_strings, _firstText, _firstStart, _firstLength);

    /// <summary>Whether both are the same mention: same entity, count and first sentence.</summary>
    /// <param name="other">The mention to compare with.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Mention? other) =>
        other is not null && (ReferenceEquals(this, other) || (Count == other.Count && Entity.Equals(other.Entity) && First.Equals(other.First)));

    /// <inheritdoc />
    public override int GetHashCode() => (Entity.GetHashCode() * 397) ^ Count;

    /// <summary>The article, the entity and the count, as a sentence.</summary>
    /// <returns>For example <c>“Russia and Iran deepen political and military cooperation” names Iran 30 times.</c> or <c>... names Baku once.</c></returns>
    public override string ToString() => Prose.Quoted(Article.Headline) + " names " + Entity.Name + " " + Prose.Times(Count) + ".";
}
