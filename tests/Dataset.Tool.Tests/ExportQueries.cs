namespace Dataset.Tool.Tests;

/// <summary>The README's five questions in DuckDB SQL over the export, exactly as docs/export.md shows them (a test checks the docs).</summary>
internal static class ExportQueries
{
    public const string TradeIn2011 = """
        SELECT string_agg(e.name, '–' ORDER BY b.ordinal) AS pair, q.amount, q.currency
        FROM quantities q
        LEFT JOIN quantity_entities b ON b.quantity_id = q.id
        LEFT JOIN entities e ON e.id = b.entity_id
        WHERE q.type = 'money' AND q.measure = 'bilateral-trade'
          AND q.period_earliest_start >= DATE '2011-01-01' AND q.period_latest_end <= DATE '2011-12-31'
        GROUP BY q.id, q.article_id, q.ordinal, q.amount, q.currency
        ORDER BY q.amount DESC, q.article_id, q.ordinal;
        """;

    public const string NotConfirmedByRussia = """
        SELECT concat_ws(' ', ev.time_modifier, ev.time) AS time, ev.type, p.name AS place,
               string_agg(coalesce(s.name, 'author') || ': ' || f.value, ', ' ORDER BY f.ordinal) AS factuality
        FROM events ev
        JOIN factuality f ON f.event_id = ev.id
        LEFT JOIN entities s ON s.id = f.source_id
        LEFT JOIN entities p ON p.id = ev.place_id
        WHERE ev.id IN (SELECT event_id FROM factuality WHERE source_id = 'russia' AND value = 'unknown')
        GROUP BY ev.id, ev.article_id, ev.ordinal, ev.time, ev.time_modifier, ev.type, p.name
        ORDER BY ev.article_id, ev.ordinal;
        """;

    public const string QuotesBySpeaker = """
        SELECT e.name AS speaker, count(*) AS quotes,
               first(CASE WHEN q.said IS NULL THEN 'undated' ELSE concat_ws(' ', q.said_modifier, q.said) END
                     ORDER BY q.article_id, q.ordinal) AS first_said,
               first(q.text ORDER BY q.article_id, q.ordinal) AS first_text
        FROM quotes q JOIN entities e ON e.id = q.speaker_id
        GROUP BY e.id, e.name
        ORDER BY e.name;
        """;

    public const string EventTypesByYear = """
        SELECT year, string_agg(type, ', ' ORDER BY first_seen) AS types
        FROM (SELECT y.year, ev.type, min([ev.article_id, lpad(ev.ordinal::VARCHAR, 9, '0')]) AS first_seen
              FROM events ev, range(1991, 2014) AS y(year)
              WHERE ev.time_earliest_start >= make_date(y.year::INTEGER, 1, 1)
                AND ev.time_latest_end <= make_date(y.year::INTEGER, 12, 31)
              GROUP BY y.year, ev.type)
        GROUP BY year
        ORDER BY year;
        """;

    public const string MostNamedEntities = """
        SELECT e.kind, e.name, coalesce(sum(m.count), 0)::BIGINT AS mentions
        FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
        GROUP BY e.id, e.kind, e.name
        ORDER BY mentions DESC, e.id
        LIMIT 5;
        """;

    /// <summary>Every foreign key of the schema: table, column, referenced table (its <c>id</c>).</summary>
    public static readonly (string From, string Column, string To)[] ForeignKeys =
    {
        ("articles", "publisher_id", "entities"), ("authors", "article_id", "articles"), ("authors", "entity_id", "entities"),
        ("entities", "part_of_id", "entities"), ("entities", "country_id", "entities"), ("aliases", "entity_id", "entities"),
        ("positions", "entity_id", "entities"), ("positions", "of_id", "entities"),
        ("events", "article_id", "articles"), ("events", "place_id", "entities"), ("events", "agreement_id", "entities"),
        ("participants", "event_id", "events"), ("participants", "entity_id", "entities"),
        ("factuality", "event_id", "events"), ("factuality", "source_id", "entities"),
        ("relations", "article_id", "articles"), ("relations", "subject_id", "entities"), ("relations", "object_id", "entities"),
        ("quantities", "article_id", "articles"), ("quantities", "of_id", "entities"), ("quantities", "source_id", "entities"),
        ("quantities", "from_id", "quantities"), ("quantities", "to_id", "quantities"),
        ("quantity_entities", "quantity_id", "quantities"), ("quantity_entities", "entity_id", "entities"),
        ("quotes", "article_id", "articles"), ("quotes", "speaker_id", "entities"), ("quotes", "work_id", "entities"),
        ("claims", "article_id", "articles"), ("claims", "about_event_id", "events"),
        ("attributions", "claim_id", "claims"), ("attributions", "source_id", "entities"),
        ("corrections", "article_id", "articles"), ("corrections", "entity_id", "entities"),
        ("mentions", "article_id", "articles"), ("mentions", "entity_id", "entities"),
        ("evidence", "article_id", "articles"),
    };
}
