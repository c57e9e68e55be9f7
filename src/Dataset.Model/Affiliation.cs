using System;

namespace Dataset;

/// <summary>
/// An organisation a person works or worked for (a newspaper, a think tank, a navy), apart from the offices they hold
/// and the country they are from: it tells a Russian official from a Russian journalist.
/// </summary>
public sealed class Affiliation
{
    private readonly Func<Entity> _organization;

    /// <summary>Creates an affiliation; generated code calls this.</summary>
    /// <param name="organization">The organisation, resolved lazily.</param>
    /// <param name="role">The person's role there (<c>military analyst</c>), or <see langword="null"/>.</param>
    /// <param name="time">When, or <see langword="null"/> when unknown.</param>
    public Affiliation(Func<Entity> organization, string? role, TemporalValue? time)
    {
        _organization = organization ?? throw new ArgumentNullException(nameof(organization));
        Role = role;
        Time = time;
    }

    /// <summary>The organisation.</summary>
    public Entity Organization => _organization();

    /// <summary>The person's role there, when the data gives one.</summary>
    public string? Role { get; }

    /// <summary>When; an open end means "still" as far as the data knows.</summary>
    public TemporalValue? Time { get; }

    /// <summary>The role and the organisation, and when: <c>Military analyst, Nezavisimaya Gazeta, in January 2006</c>.</summary>
    /// <returns>A phrase.</returns>
    public override string ToString() =>
        (Role is null ? string.Empty : Role + ", ") + Organization.Name + (Time is null ? string.Empty : ", " + Time.ToProse());
}

/// <summary>A military or police rank, which is not an office: its title, the service that confers it, and when.</summary>
public sealed class Rank
{
    private readonly Func<Entity>? _service;

    /// <summary>Creates a rank; generated code calls this.</summary>
    /// <param name="title">The rank, for example <c>Rear Admiral</c>.</param>
    /// <param name="service">The service that confers it, resolved lazily, or <see langword="null"/>.</param>
    /// <param name="time">When it was held, or <see langword="null"/> when unknown.</param>
    public Rank(string title, Func<Entity>? service, TemporalValue? time)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        _service = service;
        Time = time;
    }

    /// <summary>The rank.</summary>
    public string Title { get; }

    /// <summary>The service that confers it (a navy, a police force), or <see langword="null"/>.</summary>
    public Entity? Service => _service?.Invoke();

    /// <summary>When it was held, when the data says.</summary>
    public TemporalValue? Time { get; }

    /// <summary>The rank and its service: <c>Rear Admiral (Iranian Navy)</c>.</summary>
    /// <returns>A phrase.</returns>
    public override string ToString() =>
        Title + (Service is { } s ? " (" + s.Name + ")" : string.Empty) + (Time is null ? string.Empty : " " + Time.ToProse());
}
