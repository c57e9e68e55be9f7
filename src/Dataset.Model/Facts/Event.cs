using System;
using Dataset.Infrastructure;
using System.Collections.Generic;

namespace Dataset;

/// <summary>An entity taking part in an event, with its role.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Role">The part it plays.</param>
public sealed record Participant(Entity Entity, ParticipantRole Role)
{
    /// <summary>The entity and its role in words.</summary>
    /// <returns>For example <c>Iran as host</c> or <c>Syria as location owner</c>.</returns>
    public override string ToString() => Entity.Name + " as " + Role.Prose;
}

/// <summary>
/// Something that happened, is going on or was planned, as an article reports it: a visit, an exercise, an
/// agreement, a refusal. Its <see cref="Factuality"/> records how certain each source presents it.
/// </summary>
public sealed record Event : Fact
{
    private static readonly IReadOnlyList<SourceFactuality> AuthorAsserts = new[] { new SourceFactuality(null, Dataset.Factuality.Certain) };

    /// <summary>Creates an event; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="type">The event type.</param>
    /// <param name="summary">One neutral sentence saying what happened.</param>
    /// <param name="participants">The entities taking part, with their roles.</param>
    /// <param name="place">Where it happened (a place or a country), or <see langword="null"/>.</param>
    /// <param name="time">When it happened, or <see langword="null"/> when the article does not say.</param>
    /// <param name="status">Whether it happened, is going on, is planned or did not happen.</param>
    /// <param name="agreement">The agreement it concerns, or <see langword="null"/>.</param>
    /// <param name="factuality">How certain each source presents it; empty means the author asserts it.</param>
    /// <param name="ace">The ACE 2005 event subtype it corresponds to, or <see langword="null"/> for its type's.</param>
    /// <param name="cameo">The CAMEO event code it corresponds to, or <see langword="null"/> for its type's.</param>
    /// <param name="evidence">The passage that states it.</param>
    public Event(
        string id,
        EventType type,
        string summary,
        IReadOnlyList<Participant>? participants,
        Entity? place,
        TemporalValue? time,
        EventStatus status,
        Agreement? agreement,
        IReadOnlyList<SourceFactuality>? factuality,
        string? ace,
        string? cameo,
        Evidence evidence)
        : base(id, evidence, summary ?? throw new ArgumentNullException(nameof(summary)))
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        _summaryReference = ValueReference;
        Participants = participants ?? Array.Empty<Participant>();
        Place = place;
        Time = time;
        Status = status;
        Agreement = agreement;
        Factuality = factuality is null || factuality.Count == 0 ? AuthorAsserts : factuality;
        Ace = ace ?? type.Ace;
        Cameo = cameo ?? type.Cameo;
    }

    /// <summary>An event decoded from a fact stream: its id, summary and evidence are decoded on first read.</summary>
    internal Event(
        FactOrigin origin,
        EventType type,
        int summary,
        IReadOnlyList<Participant> participants,
        Entity? place,
        TemporalValue? time,
        EventStatus status,
        Agreement? agreement,
        IReadOnlyList<SourceFactuality> factuality,
        string? ace,
        string? cameo)
        : base(origin)
    {
        Type = type;
        _summaryReference = summary;
        Participants = participants;
        Place = place;
        Time = time;
        Status = status;
        Agreement = agreement;
        Factuality = factuality.Count == 0 ? AuthorAsserts : factuality;
        Ace = ace ?? type.Ace;
        Cameo = cameo ?? type.Cameo;
    }

    private readonly int _summaryReference;

    /// <summary>The event type.</summary>
    public EventType Type { get; }

    /// <summary>One neutral sentence saying what happened.</summary>
    public string Summary => Strings.Required(_summaryReference);

    /// <summary>The entities taking part, with their roles.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Where it happened (a place or a country), or <see langword="null"/>.</summary>
    public Entity? Place { get; }

    /// <summary>When it happened, or <see langword="null"/> when the article does not say.</summary>
    public TemporalValue? Time { get; }

    /// <summary>Whether it happened, is going on, is planned or did not happen.</summary>
    public EventStatus Status { get; }

    /// <summary>The agreement it concerns, or <see langword="null"/>.</summary>
    public Agreement? Agreement { get; }

    /// <summary>
    /// How certain each source presents the event. When the annotation lists no source, this holds one entry: the
    /// author asserts it (<see cref="Dataset.Factuality.Certain"/>).
    /// </summary>
    public IReadOnlyList<SourceFactuality> Factuality { get; }

    /// <summary>The ACE 2005 event subtype it corresponds to (for example <c>Contact.Meet</c>): its own, else its type's, or <see langword="null"/>.</summary>
    public string? Ace { get; }

    /// <summary>
    /// The CAMEO event code it corresponds to (for example <c>062</c>): the event's own where the annotation refines it
    /// (<c>043</c>, Host a visit), else its type's; joins it with GDELT's <c>EventCode</c>.
    /// </summary>
    public string? Cameo { get; }

    /// <summary>The author's factuality, or <see langword="null"/> when the annotation gives only other sources'.</summary>
    public Factuality? AuthorFactuality => FactualityFor(null);

    /// <summary>Whether <paramref name="entity"/> takes part in the event, in any role.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns><see langword="true"/> when it is a participant.</returns>
    public bool Involves(Entity entity)
    {
        foreach (var p in Participants)
        {
            if (p.Entity.Equals(entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How certain <paramref name="source"/> presents the event: "Russia did not confirm" is
    /// <see cref="Dataset.Factuality.Unknown"/> for Russia.
    /// </summary>
    /// <param name="source">The source, or <see langword="null"/> for the article's author.</param>
    /// <returns>The source's factuality, or <see langword="null"/> when the article reports nothing from that source.</returns>
    public Factuality? FactualityFor(Entity? source)
    {
        foreach (var f in Factuality)
        {
            if (source is null ? f.Source is null : source.Equals(f.Source))
            {
                return f.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Event? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>
    /// The summary, then when, where and in what status it happened, then how certain each source presents it when
    /// that is not simply the author asserting it: for example <c>... It happened from 8 to 12 July 2013 in Caspian Sea.
    /// Russia does not commit either way.</c>
    /// </summary>
    /// <returns>Two or three sentences.</returns>
    private protected override string Describe()
    {
        var when = Time is null ? string.Empty : " " + Time.ToProse();
        var where = Place is null ? string.Empty : " in " + Place.Name;
        var status = Status switch
        {
            EventStatus.Occurred when Time is null && Place is null => "It happened at a time and place the article does not give",
            EventStatus.Occurred when Time is null => "It happened" + where + ", at a time the article does not give",
            EventStatus.Occurred => "It happened" + when + where,
            EventStatus.Ongoing when Time is { End: null, Start: not null, Modifier: TemporalModifier.None } => "It has been going on" + when + where,
            EventStatus.Ongoing when Time is null => "It was going on" + where + " when the article was written",
            EventStatus.Ongoing => "It was going on" + when + where,
            EventStatus.Planned => "It is planned" + (Time is null && Place is null ? string.Empty : " to happen" + when + where),
            EventStatus.Announced => "It was announced" + (Time is null && Place is null ? string.Empty : " to happen" + when + where),
            EventStatus.Cancelled => "It was called off" + (Time is null && Place is null ? string.Empty : "; it was to happen" + when + where),
            EventStatus.Refused => "It was refused" + when + where,
            _ => "Its status is " + Status.ToCode() + when + where,
        };
        var text = Prose.Sentence(Summary) + " " + status + ".";
        if (Factuality.Count == 1 && Factuality[0] is { Source: null, Value: Dataset.Factuality.Certain })
        {
            return text;
        }

        var sources = new List<string>();
        foreach (var f in Factuality)
        {
            sources.Add(Prose.Source(f.Source) + " " + Prose.Factuality(f.Value));
        }

        return text + " " + Prose.Capitalize(string.Join("; ", sources)) + ".";
    }
}
