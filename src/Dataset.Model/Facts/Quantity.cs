using System;
using Dataset.Infrastructure;
using System.Collections.Generic;

namespace Dataset;

/// <summary>
/// A figure an article gives: an amount of money (<see cref="MoneyFigure"/>), a count (<see cref="CountFigure"/>),
/// a percentage (<see cref="PercentageFigure"/>), or a change linking two figures (<see cref="Change"/>).
/// </summary>
public abstract record Quantity : Fact
{
    /// <summary>Creates a quantity; generated code calls this through the derived records.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="measure">What is measured, as a kebab-case term (for example <c>bilateral-trade</c>).</param>
    /// <param name="period">The period the figure covers, or <see langword="null"/>.</param>
    /// <param name="between">The entities the figure is between (trade between two countries), or empty.</param>
    /// <param name="of">The entity the figure describes (the strength of a force), or <see langword="null"/>.</param>
    /// <param name="source">Who gives the figure, when the article attributes it, or <see langword="null"/>.</param>
    /// <param name="isApproximate">Whether the article gives it as approximate ("about", "some").</param>
    /// <param name="evidence">The passage that states it.</param>
    private protected Quantity(
        string id,
        string measure,
        TemporalValue? period,
        IReadOnlyList<Entity>? between,
        Entity? of,
        Entity? source,
        bool isApproximate,
        Evidence evidence)
        : base(id, evidence)
    {
        Measure = measure ?? throw new ArgumentNullException(nameof(measure));
        Period = period;
        Between = between ?? Array.Empty<Entity>();
        Of = of;
        Source = source;
        IsApproximate = isApproximate;
    }

    /// <summary>A quantity decoded from a fact stream: its id and evidence are decoded on first read.</summary>
    private protected Quantity(FactOrigin origin, string measure, TemporalValue? period, IReadOnlyList<Entity> between, Entity? of, Entity? source, bool isApproximate)
        : base(origin)
    {
        Measure = measure;
        Period = period;
        Between = between;
        Of = of;
        Source = source;
        IsApproximate = isApproximate;
    }

    /// <summary>What is measured, as a kebab-case term (for example <c>bilateral-trade</c>, <c>delegations</c>).</summary>
    public string Measure { get; }

    /// <summary>The period the figure covers, or <see langword="null"/>.</summary>
    public TemporalValue? Period { get; }

    /// <summary>The entities the figure is between (trade between two countries), or empty.</summary>
    public IReadOnlyList<Entity> Between { get; }

    /// <summary>The entity the figure describes (the strength of a force), or <see langword="null"/>.</summary>
    public Entity? Of { get; }

    /// <summary>Who gives the figure, when the article attributes it, or <see langword="null"/>.</summary>
    public Entity? Source { get; }

    /// <summary>Whether the article gives the figure as approximate.</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether the figure is between exactly these entities, in any order.</summary>
    /// <param name="first">One entity.</param>
    /// <param name="second">The other entity.</param>
    /// <returns><see langword="true"/> when <see cref="Between"/> holds exactly these two.</returns>
    public bool IsBetween(Entity first, Entity second) =>
        Between.Count == 2
        && ((Between[0].Equals(first) && Between[1].Equals(second)) || (Between[0].Equals(second) && Between[1].Equals(first)));

    /// <summary>The value as a number, for arithmetic across figures: the amount, the count or the percentage.</summary>
    /// <returns>The value, or <see langword="null"/> for a <see cref="Change"/>.</returns>
    public abstract decimal? NumericValue { get; }

    /// <inheritdoc />
    public virtual bool Equals(Quantity? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    // What is measured, between whom, of what and when: "Bilateral trade between Iran and Russia in 2011".
    private protected string Subject(IReadOnlyList<Entity> between, bool withPeriod) =>
        Prose.Capitalize(Prose.Words(Measure))
        + (between.Count > 0 ? " between " + Prose.List(Names(between)) : string.Empty)
        + (Of is null ? string.Empty : " of " + Of.Name)
        + (withPeriod && Period is not null ? " " + Period.ToProse() : string.Empty);

    private protected string Attribution() => Source is null ? string.Empty : ", according to " + Source.Name;

    private protected string About() => IsApproximate ? "about " : string.Empty;

    // The value in words, for a change that links this figure: "3,000,000,000 USD", "170", "40 per cent".
    private protected abstract string ValueText();

    internal string ValueWithPeriod() => About() + ValueText() + (Period is null ? string.Empty : " " + Period.ToProse());

    private static IEnumerable<string> Names(IReadOnlyList<Entity> entities)
    {
        foreach (var e in entities)
        {
            yield return e.Name;
        }
    }
}

/// <summary>An amount of money: trade, aid, a contract's value.</summary>
public sealed record MoneyFigure : Quantity
{
    /// <summary>Creates a money figure; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="measure">What is measured, for example <c>bilateral-trade</c>.</param>
    /// <param name="amount">The amount and currency.</param>
    /// <param name="period">The period the figure covers, or <see langword="null"/>.</param>
    /// <param name="between">The entities the figure is between, or empty.</param>
    /// <param name="of">The entity the figure describes, or <see langword="null"/>.</param>
    /// <param name="source">Who gives the figure, or <see langword="null"/>.</param>
    /// <param name="isApproximate">Whether the article gives it as approximate.</param>
    /// <param name="evidence">The passage that states it.</param>
    public MoneyFigure(string id, string measure, Money amount, TemporalValue? period, IReadOnlyList<Entity>? between, Entity? of, Entity? source, bool isApproximate, Evidence evidence)
        : base(id, measure, period, between, of, source, isApproximate, evidence)
    {
        Amount = amount;
    }

    /// <summary>A money figure decoded from a fact stream.</summary>
    internal MoneyFigure(FactOrigin origin, string measure, Money amount, TemporalValue? period, IReadOnlyList<Entity> between, Entity? of, Entity? source, bool isApproximate)
        : base(origin, measure, period, between, of, source, isApproximate)
    {
        Amount = amount;
    }

    /// <summary>The amount and currency.</summary>
    public Money Amount { get; }

    /// <inheritdoc />
    public override decimal? NumericValue => Amount.Value;

    /// <inheritdoc />
    public bool Equals(MoneyFigure? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    private protected override string ValueText() => Amount.ToString();

    /// <summary>For example <c>Bilateral trade between Iran and Russia in 2011 was 3,000,000,000 USD.</c></summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe() => Subject(Between, withPeriod: true) + " was " + About() + ValueText() + Attribution() + ".";
}

/// <summary>A count: delegations, ships, personnel.</summary>
public sealed record CountFigure : Quantity
{
    /// <summary>Creates a count; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="measure">What is counted, for example <c>delegations</c>.</param>
    /// <param name="value">The count.</param>
    /// <param name="period">The period the figure covers, or <see langword="null"/>.</param>
    /// <param name="between">The entities the figure is between, or empty.</param>
    /// <param name="of">The entity the figure describes, or <see langword="null"/>.</param>
    /// <param name="source">Who gives the figure, or <see langword="null"/>.</param>
    /// <param name="isApproximate">Whether the article gives it as approximate.</param>
    /// <param name="evidence">The passage that states it.</param>
    public CountFigure(string id, string measure, decimal value, TemporalValue? period, IReadOnlyList<Entity>? between, Entity? of, Entity? source, bool isApproximate, Evidence evidence)
        : base(id, measure, period, between, of, source, isApproximate, evidence)
    {
        Value = value;
    }

    /// <summary>A count decoded from a fact stream.</summary>
    internal CountFigure(FactOrigin origin, string measure, decimal value, TemporalValue? period, IReadOnlyList<Entity> between, Entity? of, Entity? source, bool isApproximate)
        : base(origin, measure, period, between, of, source, isApproximate)
    {
        Value = value;
    }

    /// <summary>The count.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public override decimal? NumericValue => Value;

    /// <inheritdoc />
    public bool Equals(CountFigure? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    private protected override string ValueText() => Prose.Number(Value);

    /// <summary>For example <c>Delegations between Iran and Russia in 2012 numbered 170.</c></summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe() => Subject(Between, withPeriod: true) + " numbered " + About() + ValueText() + Attribution() + ".";
}

/// <summary>A percentage: a share, a rate.</summary>
public sealed record PercentageFigure : Quantity
{
    /// <summary>Creates a percentage; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="measure">What is measured.</param>
    /// <param name="percent">The percentage (40 for 40 per cent).</param>
    /// <param name="period">The period the figure covers, or <see langword="null"/>.</param>
    /// <param name="between">The entities the figure is between, or empty.</param>
    /// <param name="of">The entity the figure describes, or <see langword="null"/>.</param>
    /// <param name="source">Who gives the figure, or <see langword="null"/>.</param>
    /// <param name="isApproximate">Whether the article gives it as approximate.</param>
    /// <param name="evidence">The passage that states it.</param>
    public PercentageFigure(string id, string measure, decimal percent, TemporalValue? period, IReadOnlyList<Entity>? between, Entity? of, Entity? source, bool isApproximate, Evidence evidence)
        : base(id, measure, period, between, of, source, isApproximate, evidence)
    {
        Percent = percent;
    }

    /// <summary>A percentage decoded from a fact stream.</summary>
    internal PercentageFigure(FactOrigin origin, string measure, decimal percent, TemporalValue? period, IReadOnlyList<Entity> between, Entity? of, Entity? source, bool isApproximate)
        : base(origin, measure, period, between, of, source, isApproximate)
    {
        Percent = percent;
    }

    /// <summary>The percentage (40 for 40 per cent).</summary>
    public decimal Percent { get; }

    /// <inheritdoc />
    public override decimal? NumericValue => Percent;

    /// <inheritdoc />
    public bool Equals(PercentageFigure? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    private protected override string ValueText() => Prose.Percent(Percent);

    /// <summary>For example <c>Share of Russia in 2012 was 40 per cent.</c></summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe() => Subject(Between, withPeriod: true) + " was " + About() + ValueText() + Attribution() + ".";
}

/// <summary>A change from one figure to another, with the percentage the article states ("fell 40 per cent to $2 billion").</summary>
public sealed record Change : Quantity
{
    /// <summary>Creates a change; generated code calls this.</summary>
    /// <param name="id">The id, unique within its article.</param>
    /// <param name="measure">What is measured.</param>
    /// <param name="from">The figure before.</param>
    /// <param name="to">The figure after.</param>
    /// <param name="percent">The change in per cent as the article states it (−40 for a fall of 40 per cent), or <see langword="null"/>.</param>
    /// <param name="period">The period the change covers, or <see langword="null"/>.</param>
    /// <param name="between">The entities the figure is between, or empty.</param>
    /// <param name="of">The entity the figure describes, or <see langword="null"/>.</param>
    /// <param name="source">Who gives the figure, or <see langword="null"/>.</param>
    /// <param name="isApproximate">Whether the article gives it as approximate.</param>
    /// <param name="evidence">The passage that states it.</param>
    public Change(string id, string measure, Quantity from, Quantity to, decimal? percent, TemporalValue? period, IReadOnlyList<Entity>? between, Entity? of, Entity? source, bool isApproximate, Evidence evidence)
        : base(id, measure, period, between, of, source, isApproximate, evidence)
    {
        From = from ?? throw new ArgumentNullException(nameof(from));
        To = to ?? throw new ArgumentNullException(nameof(to));
        StatedPercent = percent;
    }

    /// <summary>A change decoded from a fact stream.</summary>
    internal Change(FactOrigin origin, string measure, Quantity from, Quantity to, decimal? percent, TemporalValue? period, IReadOnlyList<Entity> between, Entity? of, Entity? source, bool isApproximate)
        : base(origin, measure, period, between, of, source, isApproximate)
    {
        From = from;
        To = to;
        StatedPercent = percent;
    }

    /// <summary>The figure before.</summary>
    public Quantity From { get; }

    /// <summary>The figure after.</summary>
    public Quantity To { get; }

    /// <summary>The change in per cent as the article states it (−40 for a fall of 40 per cent), or <see langword="null"/>.</summary>
    public decimal? StatedPercent { get; }

    /// <summary>
    /// The change in per cent computed from <see cref="From"/> and <see cref="To"/>, rounded to one decimal, or
    /// <see langword="null"/> when either is not a number or the start is zero. Compare with <see cref="StatedPercent"/>:
    /// articles round, and sometimes disagree with their own figures.
    /// </summary>
    public decimal? ComputedPercent =>
        From.NumericValue is { } a && To.NumericValue is { } b && a != 0 ? Math.Round((b - a) / a * 100m, 1, MidpointRounding.AwayFromZero) : null;

    /// <inheritdoc />
    public override decimal? NumericValue => null;

    /// <inheritdoc />
    public bool Equals(Change? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    private protected override string ValueText() => From.ValueWithPeriod() + " to " + To.ValueWithPeriod();

    /// <summary>
    /// For example <c>Bilateral trade between Iran and Russia fell from 3,000,000,000 USD in 2011 to 2,000,000,000 USD
    /// in 2012, by 40 per cent as the article states (33.3 per cent by its own figures).</c>
    /// </summary>
    /// <returns>One sentence.</returns>
    private protected override string Describe()
    {
        var verb = From.NumericValue is { } a && To.NumericValue is { } b ? (b < a ? " fell" : b > a ? " rose" : " stayed the same") : " changed";
        var stated = StatedPercent is { } p ? ", by " + Prose.Percent(Math.Abs(p)) + " as the article states" : string.Empty;
        var computed = ComputedPercent is { } c && StatedPercent is { } s && c != s
            ? " (" + Prose.Percent(Math.Abs(c)) + " by its own figures)"
            : StatedPercent is null && ComputedPercent is { } only ? ", by " + Prose.Percent(Math.Abs(only)) : string.Empty;
        var between = Between.Count > 0 ? Between : From.Between;
        return Subject(between, withPeriod: false) + verb + " from " + ValueText() + stated + computed + Attribution() + ".";
    }
}
