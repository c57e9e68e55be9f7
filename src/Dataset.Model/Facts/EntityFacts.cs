using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>Everything the corpus says about one entity, across articles, in corpus order.</summary>
public sealed class EntityFacts
{
    internal EntityFacts(Entity entity)
    {
        Entity = entity;
    }

    /// <summary>The entity.</summary>
    public Entity Entity { get; }

    /// <summary>Events it takes part in, or that happen in it, or that concern it as an agreement.</summary>
    public IReadOnlyList<Event> Events => EventList;

    /// <summary>
    /// Agreements it is a party to or the subject of (a weapon's supply contract), among those the corpus' events concern;
    /// each agreement's own <see cref="Events"/> (<c>Corpus.About(agreement)</c>) say what became of it.
    /// </summary>
    public IReadOnlyList<Agreement> Agreements => AgreementList;

    /// <summary>Relations it is one end of.</summary>
    public IReadOnlyList<Relation> Relations => RelationList;

    /// <summary>Figures between it and others, about it, or given by it.</summary>
    public IReadOnlyList<Quantity> Quantities => QuantityList;

    /// <summary>Events it is a source for: it reported, confirmed, denied or did not confirm them (see <see cref="Event.FactualityFor"/>).</summary>
    public IReadOnlyList<Event> ReportedEvents => ReportedList;

    /// <summary>Quotes it is the speaker of, or (for a work) that appeared in it.</summary>
    public IReadOnlyList<Quote> Quotes => QuoteList;

    /// <summary>Claims it asserts, denies, does not confirm, expects or warns of.</summary>
    public IReadOnlyList<Claim> Claims => ClaimList;

    /// <summary>Corrections of what articles write about it.</summary>
    public IReadOnlyList<Correction> Corrections => CorrectionList;

    /// <summary>The articles that name it, with how often and where first.</summary>
    public IReadOnlyList<Mention> Mentions => MentionList;

    /// <summary>How many times the corpus names it, over all articles.</summary>
    public int MentionCount
    {
        get
        {
            var total = 0;
            foreach (var m in MentionList)
            {
                total += m.Count;
            }

            return total;
        }
    }

    /// <summary>How often the corpus names the entity and how many facts of each kind concern it, as a sentence.</summary>
    /// <returns>For example <c>Iran (country) is named 30 times in 1 article, is involved in 22 events and appears in 4 figures.</c></returns>
    public override string ToString()
    {
        var parts = new List<string>
        {
            MentionCount == 0 ? "is named in no article" : "is named " + Prose.Times(MentionCount) + " in " + Prose.Count(MentionList.Count, "article"),
        };
        Add(parts, EventList.Count, "is involved in ", "event");
        Add(parts, RelationList.Count, "is one end of ", "relation");
        Add(parts, QuantityList.Count, "appears in ", "figure");
        Add(parts, ReportedList.Count, "is a source for ", "event");
        Add(parts, QuoteList.Count, Entity.Kind == EntityKind.Work ? "is the source of " : "is quoted in ", "quotation");
        Add(parts, ClaimList.Count, "holds ", "claim");
        Add(parts, CorrectionList.Count, "is the subject of ", "correction");
        return Entity.Name + " (" + Entity.Kind.ToString().ToLowerInvariant() + ") " + Prose.List(parts)
            + (parts.Count == 1 ? "; no fact concerns it." : ".");
    }

    internal List<Event> EventList { get; } = new();

    internal List<Agreement> AgreementList { get; } = new();

    internal List<Event> ReportedList { get; } = new();

    internal List<Relation> RelationList { get; } = new();

    internal List<Quantity> QuantityList { get; } = new();

    internal List<Quote> QuoteList { get; } = new();

    internal List<Claim> ClaimList { get; } = new();

    internal List<Correction> CorrectionList { get; } = new();

    internal List<Mention> MentionList { get; } = new();

    private static void Add(List<string> parts, int count, string verb, string noun)
    {
        if (count > 0)
        {
            parts.Add(verb + Prose.Count(count, noun));
        }
    }
}
