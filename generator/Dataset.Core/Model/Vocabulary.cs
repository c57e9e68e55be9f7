using System.Collections.Generic;

namespace Dataset.Core.Model;

/// <summary>The closed vocabularies of schema v1 (docs/annotation-guide.md), with their C# enum member names.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<string> EntityKinds = new[]
    {
        "person", "country", "organization", "place", "weapon", "vessel", "work", "agreement", "force",
    };

    public static readonly IReadOnlyList<string> AliasForms = new[]
    {
        "name", "surname", "acronym", "demonym", "transliteration", "as-written", "short", "former",
    };

    public static readonly IReadOnlyList<string> ArticleKinds = new[] { "news", "opinion", "analysis", "interview", "editorial" };

    public static readonly IReadOnlyList<string> TimeModifiers = new[] { "start", "mid", "end", "approx", "before", "after" };

    public static readonly IReadOnlyList<string> EventTypes = new[]
    {
        "diplomacy.visit", "diplomacy.visit-declined", "diplomacy.meeting", "diplomacy.delegation-exchange",
        "diplomacy.agreement", "diplomacy.announcement", "diplomacy.relations-change",
        "security.pact", "security.assistance",
        "arms.supply-refused", "arms.buildup",
        "military.exercise", "military.deployment", "military.naval-exchange", "military.intervention", "military.transit",
        "conflict.war", "conflict.dispute",
        "economy.sanctions", "economy.cooperation",
        "politics.state-collapse", "politics.term-start",
    };

    public static readonly IReadOnlyList<string> Roles = new[]
    {
        "agent", "participant", "visitor", "host", "supplier", "recipient", "target", "party", "announcer", "beneficiary", "location-owner",
    };

    public static readonly IReadOnlyList<string> EventStatuses = new[] { "occurred", "ongoing", "planned", "announced", "cancelled", "refused" };

    public static readonly IReadOnlyList<string> FactualityValues = new[] { "certain", "probable", "possible", "unknown", "probable-not", "certain-not" };

    public static readonly IReadOnlyList<string> RelationTypes = new[]
    {
        "alliance", "cooperation", "competition", "conflict", "support", "opposition", "membership", "military-relations", "isolation",
    };

    public static readonly IReadOnlyList<string> QuantityTypes = new[] { "money", "count", "percentage", "change" };

    public static readonly IReadOnlyList<string> Stances = new[] { "asserts", "denies", "does-not-confirm", "expects", "warns" };

    public static readonly IReadOnlyList<string> CorrectionKinds = new[] { "misspelled-name", "wrong-title", "wrong-date", "transliteration" };

    /// <summary>The static class that holds each kind's entities.</summary>
    public static string ClassFor(string kind) => kind switch
    {
        "person" => "People",
        "country" => "Countries",
        "organization" => "Organizations",
        "place" => "Places",
        "weapon" => "Weapons",
        "vessel" => "Vessels",
        "work" => "Works",
        "agreement" => "Agreements",
        _ => "Forces",
    };

    /// <summary>The runtime record type of each kind.</summary>
    public static string TypeFor(string kind) => kind switch
    {
        "person" => "Person",
        "country" => "Country",
        "organization" => "Organization",
        "place" => "Place",
        "weapon" => "Weapon",
        "vessel" => "Vessel",
        "work" => "Work",
        "agreement" => "Agreement",
        _ => "Force",
    };

    /// <summary><c>as-written</c> → <c>AsWritten</c>, <c>certain-not</c> → <c>CertainNot</c>.</summary>
    public static string EnumMember(string value)
    {
        var chars = new System.Text.StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (c == '-' || c == '.')
            {
                upper = true;
                continue;
            }

            chars.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return chars.ToString();
    }
}
