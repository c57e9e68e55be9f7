using System.Collections.Generic;
using System.Linq;

namespace Dataset.Tool.Export;

/// <summary>The type of an exported column, as Parquet, DuckDB and Spark see it.</summary>
internal enum ColumnType
{
    /// <summary>UTF-8 text (Parquet BYTE_ARRAY STRING; DuckDB VARCHAR; Spark string).</summary>
    String,

    /// <summary>32-bit integer (Parquet INT32; DuckDB INTEGER; Spark int).</summary>
    Int32,

    /// <summary>Boolean (Parquet BOOLEAN; DuckDB BOOLEAN; Spark boolean).</summary>
    Boolean,

    /// <summary>A calendar day (Parquet INT32 DATE; DuckDB DATE; Spark date).</summary>
    Date,

    /// <summary>An exact decimal, 28 digits with 6 after the point (Parquet DECIMAL(28,6); DuckDB DECIMAL(28,6); Spark decimal(28,6)).</summary>
    Decimal,
}

/// <summary>One column of an exported table.</summary>
/// <param name="Name">snake_case name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Nullable">Whether it may be null.</param>
/// <param name="Description">What it holds (documented in docs/export.md).</param>
internal sealed record Column(string Name, ColumnType Type, bool Nullable, string Description);

/// <summary>One exported table: one file (<c>name.parquet</c> or <c>name.jsonl</c>).</summary>
/// <param name="Name">The file and table name.</param>
/// <param name="Description">One row per what.</param>
/// <param name="Key">The primary key (one column or several).</param>
/// <param name="Columns">The columns, in file order.</param>
internal sealed record Table(string Name, string Description, string Key, IReadOnlyList<Column> Columns)
{
    /// <summary>The index of a column by name.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// The relational schema of the export (docs/export.md is written from it and checked against it by a test). Ids are
/// stable: entities keep their registry id; an article its id; a fact is <c>article-id/fact-id</c> (fact ids are
/// unique within their article). Lists become child tables with an <c>ordinal</c> (0-based, annotation order).
/// </summary>
internal static class Schema
{
    /// <summary>The article-level tables, then the entity tables, in the order the docs list them.</summary>
    public static IReadOnlyList<Table> Tables { get; }

    /// <summary><c>articles</c>.</summary>
    public static Table Articles { get; }

    /// <summary><c>authors</c>.</summary>
    public static Table Authors { get; }

    /// <summary><c>entities</c>.</summary>
    public static Table Entities { get; }

    /// <summary><c>aliases</c>.</summary>
    public static Table Aliases { get; }

    /// <summary><c>positions</c>.</summary>
    public static Table Positions { get; }

    /// <summary><c>employers</c>.</summary>
    public static Table Employers { get; }

    /// <summary><c>ranks</c>.</summary>
    public static Table Ranks { get; }

    /// <summary><c>agreements</c>.</summary>
    public static Table Agreements { get; }

    /// <summary><c>agreement_parties</c>.</summary>
    public static Table AgreementParties { get; }

    /// <summary><c>events</c>.</summary>
    public static Table Events { get; }

    /// <summary><c>participants</c>.</summary>
    public static Table Participants { get; }

    /// <summary><c>factuality</c>.</summary>
    public static Table Factuality { get; }

    /// <summary><c>relations</c>.</summary>
    public static Table Relations { get; }

    /// <summary><c>quantities</c>.</summary>
    public static Table Quantities { get; }

    /// <summary><c>quantity_entities</c>.</summary>
    public static Table QuantityEntities { get; }

    /// <summary><c>quotes</c>.</summary>
    public static Table Quotes { get; }

    /// <summary><c>claims</c>.</summary>
    public static Table Claims { get; }

    /// <summary><c>attributions</c>.</summary>
    public static Table Attributions { get; }

    /// <summary><c>corrections</c>.</summary>
    public static Table Corrections { get; }

    /// <summary><c>mentions</c>.</summary>
    public static Table Mentions { get; }

    /// <summary><c>evidence</c>.</summary>
    public static Table Evidence { get; }

    /// <summary><c>sources</c>.</summary>
    public static Table Sources { get; }

    static Schema()
    {
        Articles = new Table("articles", "an article", "id", new[]
        {
            S("id", "the article id (`data/articles/<id>.yaml`)"),
            S("headline", "the headline"),
            D("published", "the publication day"),
            S("published_precision", "`day` (or `month`, `year`, ... when only that is known)"),
            S("url", "the article's address"),
            S("kind", "`news`, `opinion`, `analysis`, `interview` or `editorial`"),
            S("language", "the language code (`en`)"),
            S("publisher_id", "→ `entities.id`, the publishing organisation", nullable: true),
            S("text_sha256", "SHA-256 of the article text (lowercase hex): the text the evidence offsets refer to"),
            I("text_length", "length of the text in UTF-16 code units"),
        });
        Authors = new Table("authors", "an author of an article", "article_id, ordinal", new[]
        {
            S("article_id", "→ `articles.id`"),
            I("ordinal", "position in the byline, from 0"),
            S("entity_id", "→ `entities.id`, a person"),
        });
        Entities = new Table("entities", "a registry entity", "id", new[]
        {
            S("id", "the stable kebab-case id (`russia`, `dmitry-rogozin`)"),
            S("kind", "`person`, `country`, `organization`, `place`, `weapon`, `vessel`, `work`, `agreement` or `force`"),
            S("name", "the canonical English name"),
            S("description", "who or what it is"),
            S("iso2", "ISO 3166-1 alpha-2 (countries)", nullable: true),
            S("iso3", "ISO 3166-1 alpha-3 (countries)", nullable: true),
            S("currency", "ISO 4217 code (countries)", nullable: true),
            S("wikidata", "Wikidata QID", nullable: true),
            S("part_of_id", "→ `entities.id`, what it belongs to", nullable: true),
            S("country_id", "→ `entities.id`, the country it is associated with", nullable: true),
            S("class", "the class or type (weapons, vessels)", nullable: true),
        });
        Aliases = new Table("aliases", "another name of an entity", "entity_id, ordinal", new[]
        {
            S("entity_id", "→ `entities.id`"),
            I("ordinal", "from 0"),
            S("text", "the name as written"),
            S("form", "`name`, `surname`, `acronym`, `demonym`, `transliteration`, `as-written`, `short` or `former`"),
        });
        Positions = new Table("positions", "an office a person held", "entity_id, ordinal", Cat(
            new[]
            {
                S("entity_id", "→ `entities.id`, the person"),
                I("ordinal", "from 0"),
                S("title", "the office"),
                S("of_id", "→ `entities.id`, where the office is held", nullable: true),
            },
            Time("time", "when it was held")));
        Employers = new Table("employers", "an organisation a person works or worked for, apart from offices and citizenship", "entity_id, ordinal", Cat(
            new[]
            {
                S("entity_id", "→ `entities.id`, the person"),
                I("ordinal", "from 0"),
                S("organization_id", "→ `entities.id`, the organisation"),
                S("role", "the person's role there", nullable: true),
            },
            Time("time", "when")));
        Ranks = new Table("ranks", "a military or police rank (not an office)", "entity_id, ordinal", Cat(
            new[]
            {
                S("entity_id", "→ `entities.id`, the person"),
                I("ordinal", "from 0"),
                S("rank", "the rank"),
                S("service_id", "→ `entities.id`, the service that confers it", nullable: true),
            },
            Time("time", "when it was held")));
        Agreements = new Table("agreements", "an agreement's terms (an agreement entity with an `agreement` mapping)", "entity_id", Cat(
            new[]
            {
                S("entity_id", "→ `entities.id`, the agreement"),
                S("type", "`pact`, `contract`, `cooperation-agreement`, `memorandum` or `treaty`", nullable: true),
                S("subject_id", "→ `entities.id`, what it is about (a weapon system)", nullable: true),
                S("status", "`negotiated`, `announced`, `concluded`, `suspended`, `in-force` or `cancelled`", nullable: true),
            },
            Time("concluded", "when it was signed or announced")));
        AgreementParties = new Table("agreement_parties", "a party to an agreement", "entity_id, ordinal", new[]
        {
            S("entity_id", "→ `entities.id`, the agreement"),
            I("ordinal", "from 0"),
            S("party_id", "→ `entities.id`, the party"),
        });
        Events = new Table("events", "an event an article reports", "id", Cat(
            Fact(),
            new[]
            {
                S("type", "the dotted event type (`military.exercise`)"),
                S("summary", "one neutral sentence"),
                S("place_id", "→ `entities.id`", nullable: true),
            },
            Time("time", "when it happened"),
            new[]
            {
                S("status", "`occurred`, `ongoing`, `planned`, `announced`, `cancelled` or `refused`"),
                S("agreement_id", "→ `entities.id`, the agreement it concerns", nullable: true),
                S("ace", "ACE 2005 subtype", nullable: true),
                S("cameo", "CAMEO code", nullable: true),
            }));
        Participants = new Table("participants", "an entity taking part in an event", "event_id, ordinal", new[]
        {
            S("event_id", "→ `events.id`"),
            I("ordinal", "from 0"),
            S("entity_id", "→ `entities.id`"),
            S("role", "`agent`, `participant`, `visitor`, `host`, `supplier`, `recipient`, `target`, `party`, `announcer`, `beneficiary` or `location-owner`"),
        });
        Factuality = new Table("factuality", "what one source commits to about an event (an event without rows: the author asserts it)", "event_id, ordinal", new[]
        {
            S("event_id", "→ `events.id`"),
            I("ordinal", "from 0"),
            S("source_id", "→ `entities.id`; null: the article's author", nullable: true),
            S("value", "`certain`, `probable`, `possible`, `unknown`, `probable-not` or `certain-not`"),
        });
        Relations = new Table("relations", "a standing relation between two entities", "id", Cat(
            Fact(),
            new[]
            {
                S("type", "`alliance`, `cooperation`, `competition`, `conflict`, `support`, `opposition`, `membership`, `military-relations` or `isolation`"),
                S("subject_id", "→ `entities.id`"),
                S("object_id", "→ `entities.id`"),
            },
            Time("time", "when it held")));
        Quantities = new Table("quantities", "a figure: money, a count, a percentage or a change between two figures", "id", Cat(
            Fact(),
            new[]
            {
                S("type", "`money`, `count`, `percentage` or `change`"),
                S("measure", "what is measured (`bilateral-trade`)"),
                M("amount", "money and counts: the number as stated", nullable: true),
                S("currency", "money: ISO 4217 code", nullable: true),
            },
            Time("period", "the period the figure covers"),
            new[]
            {
                S("of_id", "→ `entities.id`, whose figure it is", nullable: true),
                S("source_id", "→ `entities.id`, who reported it", nullable: true),
                B("approximate", "the article rounds (\"some\", \"about\")"),
                S("from_id", "changes: → `quantities.id`, the earlier figure", nullable: true),
                S("to_id", "changes: → `quantities.id`, the later figure", nullable: true),
                M("percent", "percentages and changes: the percentage as stated", nullable: true),
            }));
        QuantityEntities = new Table("quantity_entities", "an entity a bilateral figure is between", "quantity_id, ordinal", new[]
        {
            S("quantity_id", "→ `quantities.id`"),
            I("ordinal", "from 0"),
            S("entity_id", "→ `entities.id`"),
        });
        Quotes = new Table("quotes", "words in quotation marks", "id", Cat(
            Fact(),
            new[] { S("speaker_id", "→ `entities.id`") },
            Time("said", "when they were said"),
            new[]
            {
                S("text", "the verbatim words"),
                S("work_id", "→ `entities.id`, the work they appeared in", nullable: true),
            }));
        Claims = new Table("claims", "an attributed statement or the author's judgement", "id", Cat(
            Fact(),
            new[]
            {
                S("statement", "the statement, neutral"),
                S("about_event_id", "→ `events.id`", nullable: true),
            }));
        Attributions = new Table("attributions", "a source's stance on a claim", "claim_id, ordinal", new[]
        {
            S("claim_id", "→ `claims.id`"),
            I("ordinal", "from 0"),
            S("source_id", "→ `entities.id`; null: the article's author", nullable: true),
            S("stance", "`asserts`, `denies`, `does-not-confirm`, `expects` or `warns`"),
        });
        Corrections = new Table("corrections", "a name, title or date the article gets wrong", "id", Cat(
            Fact(),
            new[]
            {
                S("kind", "`misspelled-name`, `wrong-title`, `wrong-date` or `transliteration`"),
                S("entity_id", "→ `entities.id`", nullable: true),
                S("written", "what the article writes"),
                S("correct", "what is right"),
                S("source_title", "the reference checked"),
                S("source_url", "its address"),
            }));
        Mentions = new Table("mentions", "an entity an article names (by name or alias, whole words)", "article_id, entity_id", new[]
        {
            S("article_id", "→ `articles.id`"),
            S("entity_id", "→ `entities.id`"),
            I("count", "how often the article names it"),
            S("first_text", "the first sentence that names it"),
            I("first_start", "its UTF-16 offset in the article text"),
            I("first_length", "its length in UTF-16 code units"),
        });
        Evidence = new Table("evidence", "the passage that states a fact", "fact_id", new[]
        {
            S("fact_id", "→ the fact's `id` in the table named by `fact_table`"),
            S("fact_table", "`events`, `relations`, `quantities`, `quotes`, `claims` or `corrections`"),
            S("article_id", "→ `articles.id`"),
            S("text", "the passage exactly as the article text has it"),
            I("start", "its UTF-16 offset in the article text"),
            I("length", "its length in UTF-16 code units"),
        });

        Sources = new Table("sources", "a source outside the articles for a value they do not give (`Corpus.SourcesOf`)", "subject_table, subject_id, ordinal", new[]
        {
            S("subject_table", "`entities`, `events`, `relations`, `quantities` or `quotes`"),
            S("subject_id", "→ the `id` of the entity or fact in that table"),
            I("ordinal", "its position among the subject's sources, from 0 (data order: codes, positions, then the entity's own `sources`)"),
            S("about", "what it supports: `codes`, `position: ` and the office, `description` or the curator's words, `time` or `period`"),
            S("title", "the source's title"),
            S("url", "its address (http or https)"),
            D("accessed", "the day the curator read it", nullable: true),
        });

        Tables = new[]
        {
            Articles, Authors, Entities, Aliases, Positions, Employers, Ranks, Agreements, AgreementParties, Events, Participants, Factuality, Relations, Quantities, QuantityEntities,
            Quotes, Claims, Attributions, Corrections, Mentions, Evidence, Sources,
        };
    }

    private static Column[] Fact() => new[]
    {
        S("id", "`article-id/fact-id`: stable and unique in the corpus"),
        S("article_id", "→ `articles.id`"),
        S("fact_id", "the fact's id in its article file"),
        I("ordinal", "its position in its article's list of such facts, from 0 (annotation order)"),
    };

    /// <summary>A time value as six columns: the value as written, each end as a day with its precision, and the modifier.</summary>
    private static Column[] Time(string name, string what) => new[]
    {
        S(name, what + ": the time value as written (`2013-07-08/2013-07-12`, `2013-01`, `2011/..`)", nullable: true),
        D(name + "_start", "first day of its start (null: open start or no value)", nullable: true),
        S(name + "_start_precision", "`year`, `half`, `quarter`, `month` or `day`", nullable: true),
        D(name + "_end", "last day of its end (for a single date, the last day of that date: `2013-01` ends 2013-01-31)", nullable: true),
        S(name + "_end_precision", "`year`, `half`, `quarter`, `month` or `day`", nullable: true),
        S(name + "_modifier", "`start`, `mid`, `end`, `approx`, `before` or `after`", nullable: true),
        D(name + "_earliest_start", "the earliest day it may start, with the modifier applied (null: no bound; docs/time-semantics.md)", nullable: true),
        D(name + "_latest_start", "the latest day it may start (null: no bound)", nullable: true),
        D(name + "_earliest_end", "the earliest day it may end (null: no bound)", nullable: true),
        D(name + "_latest_end", "the latest day it may end (null: no bound); certainly within a period P: earliest start and latest end inside P", nullable: true),
    };

    private static Column[] Cat(params Column[][] parts) => parts.SelectMany(p => p).ToArray();

    private static Column S(string name, string description, bool nullable = false) => new(name, ColumnType.String, nullable, description);

    private static Column I(string name, string description) => new(name, ColumnType.Int32, false, description);

    private static Column B(string name, string description) => new(name, ColumnType.Boolean, false, description);

    private static Column D(string name, string description, bool nullable = false) => new(name, ColumnType.Date, nullable, description);

    private static Column M(string name, string description, bool nullable = false) => new(name, ColumnType.Decimal, nullable, description);
}
