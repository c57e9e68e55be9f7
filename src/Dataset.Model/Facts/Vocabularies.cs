// The closed vocabularies of schema v1 (docs/annotation-guide.md) as enums, with their YAML codes.
// The numeric values are stored in the generated fact streams (Dataset.Infrastructure.FactStreamReader): never
// renumber a member; add new ones at the end. A generator test checks its vocabulary against these values.

namespace Dataset;

/// <summary>The type of an event, from the closed dotted vocabulary of schema v1 (<c>diplomacy.visit</c>, <c>military.exercise</c>, ...).</summary>
public enum EventType
{
    /// <summary><c>diplomacy.visit</c>: An official travels to another country.</summary>
    DiplomacyVisit = 0,

    /// <summary><c>diplomacy.visit-declined</c>: An invitation to visit is rejected.</summary>
    DiplomacyVisitDeclined = 1,

    /// <summary><c>diplomacy.meeting</c>: Officials meet.</summary>
    DiplomacyMeeting = 2,

    /// <summary><c>diplomacy.delegation-exchange</c>: Exchange of official delegations.</summary>
    DiplomacyDelegationExchange = 3,

    /// <summary><c>diplomacy.agreement</c>: An agreement or pact is reached or announced.</summary>
    DiplomacyAgreement = 4,

    /// <summary><c>diplomacy.announcement</c>: A public announcement of plans.</summary>
    DiplomacyAnnouncement = 5,

    /// <summary><c>diplomacy.relations-change</c>: Bilateral relations improve or deteriorate.</summary>
    DiplomacyRelationsChange = 6,

    /// <summary><c>security.pact</c>: A security or intelligence-sharing pact.</summary>
    SecurityPact = 7,

    /// <summary><c>security.assistance</c>: One state helps build another's security forces.</summary>
    SecurityAssistance = 8,

    /// <summary><c>arms.supply-refused</c>: A contracted or requested arms delivery is refused.</summary>
    ArmsSupplyRefused = 9,

    /// <summary><c>arms.buildup</c>: A state strengthens or expands its armed forces.</summary>
    ArmsBuildup = 10,

    /// <summary><c>military.exercise</c>: A (joint) military exercise.</summary>
    MilitaryExercise = 11,

    /// <summary><c>military.deployment</c>: Forces or a vessel are stationed somewhere.</summary>
    MilitaryDeployment = 12,

    /// <summary><c>military.naval-exchange</c>: Navies exchange warships or port visits.</summary>
    MilitaryNavalExchange = 13,

    /// <summary><c>military.intervention</c>: Armed intervention in another state.</summary>
    MilitaryIntervention = 14,

    /// <summary><c>military.transit</c>: A state makes its territory or ports available for foreign troops.</summary>
    MilitaryTransit = 15,

    /// <summary><c>conflict.war</c>: Ongoing armed conflict.</summary>
    ConflictWar = 16,

    /// <summary><c>conflict.dispute</c>: A legal or territorial dispute.</summary>
    ConflictDispute = 17,

    /// <summary><c>economy.sanctions</c>: Economic sanctions imposed.</summary>
    EconomySanctions = 18,

    /// <summary><c>economy.cooperation</c>: Economic or nuclear-energy cooperation.</summary>
    EconomyCooperation = 19,

    /// <summary><c>politics.state-collapse</c>: A state ceases to exist.</summary>
    PoliticsStateCollapse = 20,

    /// <summary><c>politics.term-start</c>: A leader's term of office begins.</summary>
    PoliticsTermStart = 21,
}

/// <summary>Whether an event happened, is going on, is planned or did not happen.</summary>
public enum EventStatus
{
    /// <summary><c>occurred</c>: It happened.</summary>
    Occurred = 0,

    /// <summary><c>ongoing</c>: It was going on when the article was written.</summary>
    Ongoing = 1,

    /// <summary><c>planned</c>: It is planned.</summary>
    Planned = 2,

    /// <summary><c>announced</c>: It was announced.</summary>
    Announced = 3,

    /// <summary><c>cancelled</c>: It was called off.</summary>
    Cancelled = 4,

    /// <summary><c>refused</c>: It was refused (a delivery, a visit).</summary>
    Refused = 5,
}

/// <summary>The part an entity plays in an event.</summary>
public enum ParticipantRole
{
    /// <summary><c>agent</c>: Does or initiates it.</summary>
    Agent = 0,

    /// <summary><c>participant</c>: Takes part.</summary>
    Participant = 1,

    /// <summary><c>visitor</c>: Travels to visit.</summary>
    Visitor = 2,

    /// <summary><c>host</c>: Receives a visitor or hosts it.</summary>
    Host = 3,

    /// <summary><c>supplier</c>: Supplies something.</summary>
    Supplier = 4,

    /// <summary><c>recipient</c>: Receives something.</summary>
    Recipient = 5,

    /// <summary><c>target</c>: Is its target.</summary>
    Target = 6,

    /// <summary><c>party</c>: Is a party to it (an agreement, relations).</summary>
    Party = 7,

    /// <summary><c>announcer</c>: Announces it.</summary>
    Announcer = 8,

    /// <summary><c>beneficiary</c>: Benefits from it.</summary>
    Beneficiary = 9,

    /// <summary><c>location-owner</c>: Owns the territory where it takes place.</summary>
    LocationOwner = 10,
}

/// <summary>The type of a relation between two entities.</summary>
public enum RelationType
{
    /// <summary><c>alliance</c>: An alliance.</summary>
    Alliance = 0,

    /// <summary><c>cooperation</c>: Cooperation.</summary>
    Cooperation = 1,

    /// <summary><c>competition</c>: Competition or rivalry.</summary>
    Competition = 2,

    /// <summary><c>conflict</c>: Conflict or hostility.</summary>
    Conflict = 3,

    /// <summary><c>support</c>: The subject supports the object.</summary>
    Support = 4,

    /// <summary><c>opposition</c>: The subject opposes the object.</summary>
    Opposition = 5,

    /// <summary><c>membership</c>: The subject is a member of the object.</summary>
    Membership = 6,

    /// <summary><c>military-relations</c>: Military relations.</summary>
    MilitaryRelations = 7,

    /// <summary><c>isolation</c>: The subject isolates the object.</summary>
    Isolation = 8,
}

/// <summary>What an article gets wrong, as recorded in a <see cref="Correction"/>.</summary>
public enum CorrectionKind
{
    /// <summary><c>misspelled-name</c>: A name is misspelled.</summary>
    MisspelledName = 0,

    /// <summary><c>wrong-title</c>: A person is given the wrong title or office.</summary>
    WrongTitle = 1,

    /// <summary><c>wrong-date</c>: A date is wrong.</summary>
    WrongDate = 2,

    /// <summary><c>transliteration</c>: A name is transliterated in a non-standard way.</summary>
    Transliteration = 3,
}

/// <summary>The YAML codes of the vocabulary enums (<c>EventType.DiplomacyVisit</c> ↔ <c>diplomacy.visit</c>).</summary>
public static class VocabularyCodes
{
    /// <summary>The YAML code of an <see cref="EventType"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>diplomacy.visit</c>; the number as text for a value outside the enum.</returns>
    public static string ToCode(this EventType value) => value switch
    {
        EventType.DiplomacyVisit => "diplomacy.visit",
        EventType.DiplomacyVisitDeclined => "diplomacy.visit-declined",
        EventType.DiplomacyMeeting => "diplomacy.meeting",
        EventType.DiplomacyDelegationExchange => "diplomacy.delegation-exchange",
        EventType.DiplomacyAgreement => "diplomacy.agreement",
        EventType.DiplomacyAnnouncement => "diplomacy.announcement",
        EventType.DiplomacyRelationsChange => "diplomacy.relations-change",
        EventType.SecurityPact => "security.pact",
        EventType.SecurityAssistance => "security.assistance",
        EventType.ArmsSupplyRefused => "arms.supply-refused",
        EventType.ArmsBuildup => "arms.buildup",
        EventType.MilitaryExercise => "military.exercise",
        EventType.MilitaryDeployment => "military.deployment",
        EventType.MilitaryNavalExchange => "military.naval-exchange",
        EventType.MilitaryIntervention => "military.intervention",
        EventType.MilitaryTransit => "military.transit",
        EventType.ConflictWar => "conflict.war",
        EventType.ConflictDispute => "conflict.dispute",
        EventType.EconomySanctions => "economy.sanctions",
        EventType.EconomyCooperation => "economy.cooperation",
        EventType.PoliticsStateCollapse => "politics.state-collapse",
        EventType.PoliticsTermStart => "politics.term-start",
        _ => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The YAML code of an <see cref="EventStatus"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>occurred</c>; the number as text for a value outside the enum.</returns>
    public static string ToCode(this EventStatus value) => value switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Ongoing => "ongoing",
        EventStatus.Planned => "planned",
        EventStatus.Announced => "announced",
        EventStatus.Cancelled => "cancelled",
        EventStatus.Refused => "refused",
        _ => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The YAML code of an <see cref="ParticipantRole"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>agent</c>; the number as text for a value outside the enum.</returns>
    public static string ToCode(this ParticipantRole value) => value switch
    {
        ParticipantRole.Agent => "agent",
        ParticipantRole.Participant => "participant",
        ParticipantRole.Visitor => "visitor",
        ParticipantRole.Host => "host",
        ParticipantRole.Supplier => "supplier",
        ParticipantRole.Recipient => "recipient",
        ParticipantRole.Target => "target",
        ParticipantRole.Party => "party",
        ParticipantRole.Announcer => "announcer",
        ParticipantRole.Beneficiary => "beneficiary",
        ParticipantRole.LocationOwner => "location-owner",
        _ => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The YAML code of an <see cref="RelationType"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>alliance</c>; the number as text for a value outside the enum.</returns>
    public static string ToCode(this RelationType value) => value switch
    {
        RelationType.Alliance => "alliance",
        RelationType.Cooperation => "cooperation",
        RelationType.Competition => "competition",
        RelationType.Conflict => "conflict",
        RelationType.Support => "support",
        RelationType.Opposition => "opposition",
        RelationType.Membership => "membership",
        RelationType.MilitaryRelations => "military-relations",
        RelationType.Isolation => "isolation",
        _ => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The YAML code of an <see cref="CorrectionKind"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>misspelled-name</c>; the number as text for a value outside the enum.</returns>
    public static string ToCode(this CorrectionKind value) => value switch
    {
        CorrectionKind.MisspelledName => "misspelled-name",
        CorrectionKind.WrongTitle => "wrong-title",
        CorrectionKind.WrongDate => "wrong-date",
        CorrectionKind.Transliteration => "transliteration",
        _ => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The domain of an event type: the part before the dot (<c>diplomacy</c>, <c>military</c>, ...).</summary>
    /// <param name="value">The event type.</param>
    /// <returns>For example <c>military</c> for <see cref="EventType.MilitaryExercise"/>.</returns>
    public static string Domain(this EventType value)
    {
        var code = value.ToCode();
        var dot = code.IndexOf('.');
        return dot < 0 ? code : code.Substring(0, dot);
    }
}
