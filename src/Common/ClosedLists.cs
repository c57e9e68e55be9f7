namespace Dataset.Common;

// Compiled into both Dataset.Model and Dataset.Core, as linked source: the closed lists of YAML codes that the
// generator accepts are the lists the runtime prints and reads, in the order of the runtime's enums.

/// <summary>
/// The YAML codes of the closed lists, each in the order of its runtime enum: code <c>i</c> is the enum value
/// <c>i</c> (for <see cref="TimeModifiers"/>, value <c>i + 1</c>, after <c>None</c>). Event types, roles, relation
/// types, stances, correction kinds and entity kinds are open: each dataset's vocabulary declares them.
/// </summary>
internal static class ClosedLists
{
    /// <summary>How an alias relates to the canonical name: the runtime's <c>AliasForm</c>.</summary>
    public static readonly string[] AliasForms =
    {
        "name", "surname", "acronym", "demonym", "transliteration", "as-written", "short", "former",
    };

    /// <summary>An article's kind: the runtime's <c>ArticleKind</c>.</summary>
    public static readonly string[] ArticleKinds = { "news", "opinion", "analysis", "interview", "editorial" };

    /// <summary>A time value's modifier (the YAML <c>mod</c> key): the runtime's <c>TemporalModifier</c> after <c>None</c>.</summary>
    public static readonly string[] TimeModifiers = { "start", "mid", "end", "approx", "before", "after" };

    /// <summary>An event's status: the runtime's <c>EventStatus</c>.</summary>
    public static readonly string[] EventStatuses = { "occurred", "ongoing", "planned", "announced", "cancelled", "refused" };

    /// <summary>A FactBank factuality value: the runtime's <c>Factuality</c>.</summary>
    public static readonly string[] FactualityValues = { "certain", "probable", "possible", "unknown", "probable-not", "certain-not" };

    /// <summary>An agreement's type: the runtime's <c>AgreementType</c>.</summary>
    public static readonly string[] AgreementTypes = { "pact", "contract", "cooperation-agreement", "memorandum", "treaty" };

    /// <summary>An agreement's status as the data knows it: the runtime's <c>AgreementStatus</c>.</summary>
    public static readonly string[] AgreementStatuses = { "negotiated", "announced", "concluded", "suspended", "in-force", "cancelled" };

    /// <summary>A figure's shape: the runtime's <c>MoneyFigure</c>, <c>CountFigure</c>, <c>PercentageFigure</c> and <c>ChangeFigure</c>.</summary>
    public static readonly string[] QuantityTypes = { "money", "count", "percentage", "change" };

    /// <summary>The position of <paramref name="code"/> in <paramref name="list"/> (ordinal), or -1.</summary>
    public static int IndexOf(string[] list, string code)
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (string.Equals(list[i], code, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
