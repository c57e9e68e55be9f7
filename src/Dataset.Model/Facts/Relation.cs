using System;
using Dataset.Infrastructure;

namespace Dataset;

/// <summary>A relation an article describes between two entities: cooperation, opposition, alliance, ...</summary>
public sealed record Relation : Fact
{
    /// <summary>Creates a relation; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="type">The type of relation.</param>
    /// <param name="subject">The entity the relation goes from.</param>
    /// <param name="object">The entity the relation goes to.</param>
    /// <param name="time">When it holds, or <see langword="null"/>.</param>
    /// <param name="evidence">The passage that states it.</param>
    public Relation(string id, RelationType type, Entity subject, Entity @object, TemporalValue? time, Evidence evidence)
        : base(id, evidence)
    {
        Type = type;
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Object = @object ?? throw new ArgumentNullException(nameof(@object));
        Time = time;
    }

    /// <summary>A relation decoded from a fact stream: its id and evidence are decoded on first read.</summary>
    internal Relation(FactOrigin origin, RelationType type, Entity subject, Entity @object, TemporalValue? time)
        : base(origin)
    {
        Type = type;
        Subject = subject;
        Object = @object;
        Time = time;
    }

    /// <summary>The type of relation.</summary>
    public RelationType Type { get; }

    /// <summary>The entity the relation goes from (for symmetric types, the first of the pair in id order).</summary>
    public Entity Subject { get; }

    /// <summary>The entity the relation goes to.</summary>
    public Entity Object { get; }

    /// <summary>When it holds, or <see langword="null"/>.</summary>
    public TemporalValue? Time { get; }

    /// <summary>Whether <paramref name="entity"/> is the subject or the object.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns><see langword="true"/> when it is one end of the relation.</returns>
    public bool Involves(Entity entity) => Subject.Equals(entity) || Object.Equals(entity);

    /// <inheritdoc />
    public bool Equals(Relation? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>The relation as a sentence with its time: <c>Iran cooperates with Russia in 2012.</c></summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe()
    {
        var verb = Type.Prose;
        return Subject.Name + " " + verb + " " + Object.Name + (Time is null ? string.Empty : " " + Time.ToProse()) + ".";
    }
}
