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

    /// <summary>
    /// The title, whom it is held for when the title does not name it, and when: <c>President of Russia since 7 May 2012</c>,
    /// <c>Admiral (Iranian Navy) before 8 August 2013</c>.
    /// </summary>
    /// <returns>A phrase.</returns>
    public override string ToString()
    {
        // Whether the title already names the holder: "President of Russia" for Russia, "Minister of Internal Affairs of
        // Russia" for the Ministry of Internal Affairs of Russia (all of its name after the first word).
        static bool Names(string title, string name)
        {
            var space = name.IndexOf(' ');
            var rest = space < 0 ? null : name.Substring(space + 1);
            return title.IndexOf(name, StringComparison.Ordinal) >= 0
                || (rest is not null && rest.IndexOf(' ') > 0 && title.IndexOf(rest, StringComparison.Ordinal) >= 0);
        }

        var of = Of;
        var holder = of is null || Names(Title, of.Name) ? string.Empty : " (" + of.Name + ")";
        return Title + holder + (Time is null ? string.Empty : " " + Time.ToProse());
    }
}
