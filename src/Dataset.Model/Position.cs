using System;

namespace Dataset;

/// <summary>An office a person held: a title, where, and when.</summary>
public sealed class Position
{
    private readonly Func<Entity>? _of;

    /// <summary>Creates a position; generated code calls this.</summary>
    /// <param name="title">The office, for example <c>President of Russia</c>.</param>
    /// <param name="of">The entity the office is held in, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="time">When it was held, or <see langword="null"/> when unknown.</param>
    public Position(string title, Func<Entity>? of, TemporalValue? time)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        _of = of;
        Time = time;
    }

    /// <summary>The office.</summary>
    public string Title { get; }

    /// <summary>The entity the office is held in (a country, ministry or navy), or <see langword="null"/>.</summary>
    public Entity? Of => _of?.Invoke();

    /// <summary>When the office was held; an open end means "still held" as far as the data knows.</summary>
    public TemporalValue? Time { get; }

    /// <summary>Whether the office was certainly held throughout <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Time"/> contains the date.</returns>
    public bool IsHeldAt(PartialDate date) => Time is { } t && t.Contains(date);

    /// <summary>The title and time, for example <c>President of Russia (2012-05-07/..)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => Time is null ? Title : Title + " (" + Time + ")";
}
