using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Dataset.Synthetic;

/// <summary>
/// A deterministic, seeded synthetic corpus in the layout and schema of <c>data/</c>: one registry file per entity
/// kind over M entities, and N articles, each a YAML annotation (events, figures, quotes, relations, claims, a
/// correction) with a generated text file that holds every evidence passage, pinned by its SHA-256. The output
/// passes the generator's validation with no diagnostic.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Kinds = { "person", "country", "organization", "place", "weapon", "vessel", "agreement", "work", "force" };
    private static readonly double[] Shares = { 0.38, 0.12, 0.18, 0.12, 0.05, 0.05, 0.05, 0.03, 0.02 };
    private static readonly int[] Minimums = { 6, 4, 3, 2, 2, 2, 2, 2, 1 };
    private static readonly int[] Windows = { 10, 6, 4, 4, 2, 2, 2, 1, 1 };
    private static readonly string[] Plurals = { "people", "countries", "organizations", "places", "weapons", "vessels", "agreements", "works", "forces" };

    private static readonly string[] Syllables =
    {
        "ka", "lo", "ve", "ru", "ni", "ta", "mo", "se", "da", "ri", "vo", "le", "mi", "na", "to", "be",
        "ga", "zu", "pe", "ho", "fi", "ja", "ku", "we",
    };

    private static readonly string[] FirstNames = { "Ilse", "Arno", "Petra", "Dmitar", "Lena", "Oskar", "Mira", "Tomas", "Vera", "Anton", "Greta", "Emil", "Nadia", "Karel", "Sofia", "Ivo" };
    private static readonly string[] OrgSuffixes = { "Institute", "Ministry", "Agency", "Council", "Gazette", "Party" };
    private static readonly string[] PlaceSuffixes = { "Bay", "Valley", "Province", "Harbour" };
    /// <summary>The invented source of the registry's codes and offices (the provenance rule, DSG1101).</summary>
    private const string Register = "{ title: Synthetic register, url: \"https://example.org/register\" }";

    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
    private static readonly string[] EventTypes =
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

    private static readonly string[] Statuses = { "occurred", "ongoing", "planned", "announced" };
    private static readonly string[] RelationTypes = { "alliance", "cooperation", "competition", "conflict", "support", "opposition", "membership", "military-relations", "isolation" };
    private static readonly string[] Stances = { "asserts", "denies", "does-not-confirm", "expects", "warns" };
    private static readonly string[] Factuality = { "certain", "probable", "possible", "unknown" };
    private static readonly string[] ArticleKinds = { "news", "opinion", "analysis", "interview", "editorial" };
    private static readonly string[] Topics = { "energy", "trade", "border security", "shipping", "nuclear power", "grain exports", "fisheries", "rail links" };

    private readonly SyntheticOptions _options;
    private readonly List<SyntheticEntity>[] _byKind;
    private readonly string[] _articleIds;

    private SyntheticCorpus(SyntheticOptions options)
    {
        _options = options;
        _byKind = BuildRegistry(options);
        _articleIds = Enumerable.Range(0, options.Articles).Select(ArticleId).ToArray();
        Entities = _byKind.SelectMany(k => k).ToArray();
    }

    /// <summary>The options this corpus was made with.</summary>
    public SyntheticOptions Options => _options;

    /// <summary>Every registry entity, kind by kind.</summary>
    public IReadOnlyList<SyntheticEntity> Entities { get; }

    /// <summary>The article ids in index order (also id order).</summary>
    public IReadOnlyList<string> ArticleIds => _articleIds;

    /// <summary>Creates the corpus description; files are produced on demand by <see cref="Files"/> or <see cref="WriteTo"/>.</summary>
    /// <param name="options">Size, shape and seed.</param>
    /// <returns>The corpus.</returns>
    public static SyntheticCorpus Create(SyntheticOptions options) => new(options ?? throw new ArgumentNullException(nameof(options)));

    /// <summary>Creates the corpus with default shape and registry size.</summary>
    /// <param name="articles">How many articles (N).</param>
    /// <param name="entities">How many entities (M), or <see langword="null"/> for the default.</param>
    /// <returns>The corpus.</returns>
    public static SyntheticCorpus Create(int articles, int? entities = null) => Create(new SyntheticOptions(articles, entities));

    /// <summary>The path of an article's YAML file, relative to the data folder.</summary>
    /// <param name="index">The article index, 0-based.</param>
    /// <returns>For example <c>articles/synth-2010-01-01-00000.yaml</c>.</returns>
    public string ArticleYamlPath(int index) => "articles/" + _articleIds[index] + ".yaml";

    /// <summary>The path of an article's text file, relative to the data folder.</summary>
    /// <param name="index">The article index, 0-based.</param>
    /// <returns>For example <c>articles/synth-2010-01-01-00000.txt</c>.</returns>
    public string ArticleTextPath(int index) => "articles/" + _articleIds[index] + ".txt";

    /// <summary>Every file: the registry files, then each article's YAML and text, in article order.</summary>
    /// <returns>The files, generated lazily and deterministically.</returns>
    public IEnumerable<SyntheticFile> Files()
    {
        foreach (var file in RegistryFiles())
        {
            yield return file;
        }

        for (var i = 0; i < _options.Articles; i++)
        {
            var (yaml, text) = Article(i);
            yield return yaml;
            yield return text;
        }
    }

    /// <summary>The registry files, one per entity kind.</summary>
    /// <returns>The files.</returns>
    public IEnumerable<SyntheticFile> RegistryFiles()
    {
        for (var k = 0; k < Kinds.Length; k++)
        {
            yield return new SyntheticFile("registry/" + Plurals[k] + ".yaml", RegistryYaml(k));
        }
    }

    /// <summary>One article's YAML annotation and text.</summary>
    /// <param name="index">The article index, 0-based.</param>
    /// <returns>The two files.</returns>
    public (SyntheticFile Yaml, SyntheticFile Text) Article(int index) => Article(index, edit: 0);

    /// <summary>
    /// An edited version of one article's YAML (one event summary changed), still valid: what a curator's one-file
    /// edit looks like. Different <paramref name="edit"/> values give different texts; 0 gives the original.
    /// </summary>
    /// <param name="index">The article index, 0-based.</param>
    /// <param name="edit">Which edit.</param>
    /// <returns>The YAML file, same path as the original.</returns>
    public SyntheticFile EditedArticleYaml(int index, int edit) => Article(index, edit).Yaml;

    /// <summary>Writes every file under <paramref name="directory"/> (UTF-8, no byte order mark, <c>\n</c> line ends).</summary>
    /// <param name="directory">The data folder to create or fill.</param>
    public void WriteTo(string directory)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var file in Files())
        {
            var path = Path.Combine(directory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, utf8);
        }
    }

    /// <summary>The SHA-256 of a text's UTF-8 bytes as lowercase hex, as an article's <c>sha256</c> field holds it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // ---- registry ----

    private static List<SyntheticEntity>[] BuildRegistry(SyntheticOptions options)
    {
        var counts = new int[Kinds.Length];
        for (var k = 0; k < Kinds.Length; k++)
        {
            counts[k] = Math.Max(Minimums[k], (int)Math.Round(options.Entities * Shares[k]));
        }

        // The people absorb the rounding so that the total is exactly M.
        counts[0] = Math.Max(Minimums[0], counts[0] + options.Entities - counts.Sum());
        var byKind = new List<SyntheticEntity>[Kinds.Length];
        for (var k = 0; k < Kinds.Length; k++)
        {
            byKind[k] = new List<SyntheticEntity>(counts[k]);
            for (var i = 0; i < counts[k]; i++)
            {
                var word = Word((i * Kinds.Length) + k);
                var (name, alias) = Kinds[k] switch
                {
                    "person" => (FirstNames[i % FirstNames.Length] + " " + word, (string?)word),
                    "country" => (word + "ia", word + "ian"),
                    "organization" => (word + " " + OrgSuffixes[i % OrgSuffixes.Length], i % 3 == 0 ? Acronym(word, OrgSuffixes[i % OrgSuffixes.Length]) : null),
                    "place" => (word + " " + PlaceSuffixes[i % PlaceSuffixes.Length], null),
                    "weapon" => (word + " Launcher", null),
                    "vessel" => ("RVS " + word, null),
                    "agreement" => (word + " Accord", null),
                    "work" => (word + " Review", null),
                    _ => (word + " Brigade", null),
                };
                byKind[k].Add(new SyntheticEntity(Kinds[k], Kebab(name), name, alias));
            }
        }

        return byKind;
    }

    /// <summary>A pronounceable word for <paramref name="n"/>: four syllables, injective for n below 24^4.</summary>
    private static string Word(int n)
    {
        // Multiplying by a number prime to 24^4 permutes 0..24^4-1, so neighbouring n give unrelated words.
        n = (int)((n * 100003L) % 331776);
        var sb = new StringBuilder(8);
        for (var i = 0; i < 4; i++)
        {
            sb.Insert(0, Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static string Acronym(string word, string suffix) => (word.Substring(0, 3) + suffix[0]).ToUpperInvariant();

    private static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[sb.Length - 1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    private string RegistryYaml(int k)
    {
        var w = new StringBuilder();
        w.Append("# yaml-language-server: $schema=../schema/registry.schema.json\n");
        w.Append("schema: 1\nkind: ").Append(Kinds[k]).Append("\nentities:\n");
        var entities = _byKind[k];
        var countries = _byKind[1];
        var organizations = _byKind[2];
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            var country = countries[(i * 7) % countries.Count];
            w.Append("  - id: ").Append(e.Id).Append('\n');
            w.Append("    name: ").Append(Q(e.Name)).Append('\n');
            w.Append("    description: ").Append(Q(Description(e, country))).Append('\n');
            if (e.Alias is { } alias)
            {
                var form = e.Kind switch { "person" => "surname", "country" => "demonym", _ => "acronym" };
                w.Append("    aliases:\n      - { text: ").Append(Q(alias)).Append(", form: ").Append(form).Append(" }\n");
            }

            switch (e.Kind)
            {
                case "person":
                    w.Append("    country: ").Append(country.Id).Append('\n');
                    if (i % 2 == 0)
                    {
                        var year = 2000 + (i % 12);
                        w.Append("    positions:\n      - { title: ").Append(Q("Minister of " + Topics[i % Topics.Length])).Append(", of: ").Append(country.Id)
                            .Append(", time: \"").Append(year.ToString(CultureInfo.InvariantCulture)).Append("/..\", source: ").Append(Register).Append(" }\n");
                    }

                    break;
                case "country":
                    if (i < 26 * 26)
                    {
                        var a = (char)('A' + (i / 26));
                        var b = (char)('A' + (i % 26));
                        w.Append("    codes: { iso2: ").Append(a).Append(b).Append(", iso3: ").Append(a).Append(b).Append('X');
                        w.Append(i % 2 == 0 ? ", wikidata: Q" + (900000000 + i).ToString(CultureInfo.InvariantCulture) : string.Empty).Append(", source: ").Append(Register).Append(" }\n");
                    }

                    break;
                case "organization" or "place" or "force":
                    w.Append("    country: ").Append(country.Id).Append('\n');
                    break;
                case "weapon":
                    w.Append("    country: ").Append(country.Id).Append("\n    class: surface-to-air missile system\n");
                    break;
                case "vessel":
                    w.Append("    country: ").Append(country.Id).Append("\n    class: frigate\n");
                    break;
                case "work":
                    w.Append("    part-of: ").Append(organizations[i % organizations.Count].Id).Append('\n');
                    break;
            }

            w.Append('\n');
        }

        return w.ToString();
    }

    private static string Description(SyntheticEntity e, SyntheticEntity country) => e.Kind switch
    {
        "person" => "Invented official of " + country.Name + "; appears in the synthetic corpus only.",
        "country" => "Invented state of the synthetic corpus.",
        "organization" => "Invented organisation based in " + country.Name + ".",
        "place" => "Invented place in " + country.Name + ".",
        "weapon" => "Invented weapon system made in " + country.Name + ".",
        "vessel" => "Invented frigate of " + country.Name + ".",
        "agreement" => "Invented agreement between states of the synthetic corpus.",
        "work" => "Invented periodical cited by articles of the synthetic corpus.",
        _ => "Invented armed force of " + country.Name + ".",
    };

    // ---- articles ----

    private string ArticleId(int index)
    {
        var date = Published(index);
        return "synth-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + index.ToString("D5", CultureInfo.InvariantCulture);
    }

    private static DateTime Published(int index) => new DateTime(2010, 1, 1).AddDays(index % 5000);

    private (SyntheticFile Yaml, SyntheticFile Text) Article(int index, int edit)
    {
        if (index < 0 || index >= _options.Articles)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var writer = new ArticleWriter(this, index, edit);
        var text = writer.Text();
        var yaml = writer.Yaml(Sha256(text));
        return (new SyntheticFile(ArticleYamlPath(index), yaml), new SyntheticFile(ArticleTextPath(index), text));
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes one article: the text sentence by sentence, and the facts whose evidence those sentences are.</summary>
    private sealed class ArticleWriter
    {
        private readonly SyntheticCorpus _corpus;
        private readonly int _index;
        private readonly int _edit;
        private readonly Rng _rng;
        private readonly List<string> _sentences = new();
        private readonly StringBuilder _events = new();
        private readonly StringBuilder _relations = new();
        private readonly StringBuilder _quantities = new();
        private readonly StringBuilder _quotes = new();
        private readonly StringBuilder _claims = new();
        private readonly StringBuilder _corrections = new();
        private readonly List<string> _eventIds = new();
        private readonly DateTime _published;
        private int _serial;

        public ArticleWriter(SyntheticCorpus corpus, int index, int edit)
        {
            _corpus = corpus;
            _index = index;
            _edit = edit;
            _rng = new Rng(((ulong)(uint)corpus._options.Seed << 32) ^ (ulong)index);
            _published = Published(index);
        }

        private SyntheticOptions Options => _corpus._options;

        /// <summary>An entity of kind <paramref name="k"/> from this article's window, so that every entity is named by some early article.</summary>
        private SyntheticEntity Pick(int k)
        {
            var list = _corpus._byKind[k];
            var window = Math.Min(Windows[k], list.Count);
            var start = (int)((long)_index * window % list.Count);
            return list[(start + _rng.Next(window)) % list.Count];
        }

        private (SyntheticEntity A, SyntheticEntity B) PickTwo(int k)
        {
            var a = Pick(k);
            var b = Pick(k);
            for (var tries = 0; b.Id == a.Id && tries < 8; tries++)
            {
                b = Pick(k);
            }

            if (b.Id == a.Id)
            {
                var list = _corpus._byKind[k];
                b = list[(list.IndexOf(a) + 1) % list.Count];
            }

            return (a, b);
        }

        private SyntheticEntity Person() => Pick(0);

        private SyntheticEntity Country() => Pick(1);

        private string TimeValue(out string phrase)
        {
            // Always before publication: an event that occurred and a quote that was said cannot post-date the article.
            var year = _published.Year - 1 - _rng.Next(3);
            var month = 1 + _rng.Next(12);
            phrase = "in " + Months[month - 1] + " " + N(year);
            return N(year) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);
        }

        /// <summary>A number unique within the article, so that no evidence sentence occurs twice.</summary>
        private int Unique() => 100 + (_serial++ * 7) + _rng.Next(7);

        private string Add(string sentence)
        {
            _sentences.Add(sentence);
            return sentence;
        }

        public string Text()
        {
            var o = Options;
            var (c1, c2) = PickTwo(1);
            Headline = c1.Name + " and " + c2.Name + " deepen cooperation on " + Topics[_rng.Next(Topics.Length)];
            AuthorA = Person();
            AuthorB = _rng.Next(3) == 0 ? Person() : null;
            if (AuthorB?.Id == AuthorA.Id)
            {
                AuthorB = null;
            }

            Publisher = Pick(2);
            for (var i = 0; i < o.EventsPerArticle; i++)
            {
                Event(i);
            }

            for (var i = 0; i < o.QuantitiesPerArticle; i++)
            {
                Quantity(i);
            }

            for (var i = 0; i < o.QuotesPerArticle; i++)
            {
                Quote(i);
            }

            for (var i = 0; i < o.RelationsPerArticle; i++)
            {
                Relation(i);
            }

            for (var i = 0; i < o.ClaimsPerArticle; i++)
            {
                Claim(i);
            }

            if (o.CorrectionsPerArticle > 0)
            {
                Correction();
            }

            var text = new StringBuilder();
            text.Append("# ").Append(Headline).Append("\n\n");
            text.Append(AuthorA.Name).Append(AuthorB is null ? string.Empty : " and " + AuthorB.Name).Append("  \n");
            text.Append(_published.Day.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Months[_published.Month - 1]).Append(' ')
                .Append(N(_published.Year)).Append("\n\n");
            for (var i = 0; i < _sentences.Count; i++)
            {
                text.Append(_sentences[i]);
                text.Append(i % 5 == 4 || i == _sentences.Count - 1 ? "\n\n" : " ");
            }

            return text.ToString();
        }

        private string Headline { get; set; } = string.Empty;

        private SyntheticEntity AuthorA { get; set; } = null!;

        private SyntheticEntity? AuthorB { get; set; }

        private SyntheticEntity Publisher { get; set; } = null!;

        private void Event(int i)
        {
            var type = EventTypes[_rng.Next(EventTypes.Length)];
            var (a, b) = PickTwo(1);
            var place = Pick(3);
            var time = TimeValue(out var when);
            var n = Unique();
            var participants = new List<(SyntheticEntity Entity, string Role)>();
            string? agreement = null;
            string predicate;
            switch (type)
            {
                case "diplomacy.visit":
                {
                    var p = Person();
                    predicate = p.Name + " travelled to " + b.Name;
                    participants.Add((p, "visitor"));
                    participants.Add((b, "host"));
                    break;
                }

                case "diplomacy.visit-declined":
                {
                    var p = Person();
                    predicate = p.Name + " declined an invitation to visit " + b.Name;
                    participants.Add((p, "agent"));
                    participants.Add((b, "host"));
                    break;
                }

                case "diplomacy.meeting":
                {
                    var (p, q) = PickTwo(0);
                    predicate = p.Name + " met " + q.Name;
                    participants.Add((p, "participant"));
                    participants.Add((q, "participant"));
                    break;
                }

                case "diplomacy.agreement" or "security.pact":
                {
                    var accord = Pick(6);
                    agreement = accord.Id;
                    predicate = a.Name + " and " + b.Name + (type == "security.pact" ? " agreed on a security pact under the " : " signed the ") + accord.Name;
                    participants.Add((a, "party"));
                    participants.Add((b, "party"));
                    break;
                }

                case "diplomacy.announcement":
                {
                    var org = Pick(2);
                    predicate = "the " + org.Name + " announced plans for talks with " + b.Name;
                    participants.Add((org, "announcer"));
                    break;
                }

                case "arms.supply-refused":
                {
                    var weapon = Pick(4);
                    predicate = a.Name + " refused to supply the " + weapon.Name + " to " + b.Name;
                    participants.Add((a, "supplier"));
                    participants.Add((b, "recipient"));
                    participants.Add((weapon, "participant"));
                    break;
                }

                case "military.deployment":
                {
                    var vessel = Pick(5);
                    predicate = a.Name + " stationed the " + vessel.Name + " off the coast";
                    participants.Add((a, "agent"));
                    participants.Add((vessel, "participant"));
                    break;
                }

                case "security.assistance":
                {
                    var force = Pick(8);
                    predicate = a.Name + " helped " + b.Name + " build up the " + force.Name;
                    participants.Add((a, "supplier"));
                    participants.Add((b, "beneficiary"));
                    participants.Add((force, "participant"));
                    break;
                }

                case "politics.term-start":
                {
                    var p = Person();
                    predicate = p.Name + " began a new term in office";
                    participants.Add((p, "agent"));
                    break;
                }

                default:
                    predicate = a.Name + " and " + b.Name + " " + Verb(type);
                    participants.Add((a, "participant"));
                    participants.Add((b, "participant"));
                    break;
            }

            var sentence = Add(char.ToUpperInvariant(when[0]) + when.Substring(1) + ", " + predicate + " near " + place.Name + ", with " + N(n) + " officials involved.");
            var id = "event-" + N(i) + "-" + type.Replace('.', '-');
            _eventIds.Add(id);
            var summary = Capitalize(predicate) + " near " + place.Name + (i == 0 && _edit != 0 ? " (revision " + N(_edit) + ")" : string.Empty) + ".";
            var w = _events;
            w.Append("  - id: ").Append(id).Append('\n');
            w.Append("    type: ").Append(type).Append('\n');
            w.Append("    summary: ").Append(Q(summary)).Append('\n');
            w.Append("    participants:\n");
            foreach (var (entity, role) in participants)
            {
                w.Append("      - { entity: ").Append(entity.Id).Append(", role: ").Append(role).Append(" }\n");
            }

            w.Append("    place: ").Append(place.Id).Append('\n');
            if (i % 4 == 3)
            {
                w.Append("    time: { value: \"").Append(time).Append("\", mod: end }\n");
            }
            else
            {
                w.Append("    time: \"").Append(time).Append("\"\n");
            }

            w.Append("    status: ").Append(Statuses[_rng.Next(Statuses.Length)]).Append('\n');
            if (agreement is not null)
            {
                w.Append("    agreement: ").Append(agreement).Append('\n');
            }

            if (i % 5 == 2)
            {
                w.Append("    factuality:\n      - { source: ").Append(a.Id).Append(", value: certain }\n      - { source: author, value: ")
                    .Append(Factuality[_rng.Next(Factuality.Length)]).Append(" }\n");
            }

            if (i % 6 == 1)
            {
                w.Append("    crosswalk: { ace: Contact.Meet, cameo: \"040\" }\n");
            }

            w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
        }

        private static string Verb(string type) => type switch
        {
            "diplomacy.delegation-exchange" => "exchanged delegations",
            "diplomacy.relations-change" => "improved their relations",
            "arms.buildup" => "expanded their armed forces",
            "military.exercise" => "held joint military exercises",
            "military.naval-exchange" => "exchanged port visits of their navies",
            "military.intervention" => "sent troops across the border",
            "military.transit" => "opened their ports to foreign troops",
            "conflict.war" => "kept fighting",
            "conflict.dispute" => "disputed their border",
            "economy.sanctions" => "imposed sanctions on each other",
            "economy.cooperation" => "expanded their economic cooperation",
            _ => "saw their state institutions collapse",
        };

        private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

        private readonly List<(string Id, int Year, long Amount)> _money = new();

        private void Quantity(int i)
        {
            var id = "figure-" + N(i);
            var n = Unique();
            var yearNumber = _published.Year - 1 - _rng.Next(3);
            var year = N(yearNumber);
            var w = _quantities;
            w.Append("  - id: ").Append(id).Append('\n');
            var kind = _money.Count < 2 ? 0 : i % 4;
            switch (kind)
            {
                case 0:
                {
                    var (a, b) = PickTwo(1);
                    var sentence = Add("Trade between " + a.Name + " and " + b.Name + " reached $" + N(n) + " million in " + year + ".");
                    w.Append("    type: money\n    measure: bilateral-trade\n    amount: ").Append(N(n * 1_000_000L)).Append("\n    currency: USD\n");
                    w.Append("    period: \"").Append(year).Append("\"\n    between: [").Append(a.Id).Append(", ").Append(b.Id).Append("]\n");
                    w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
                    _money.Add((id, yearNumber, n * 1_000_000L));
                    break;
                }

                case 1:
                {
                    var force = Pick(8);
                    var sentence = Add("The " + force.Name + " counted " + N(n * 10) + " personnel in " + year + ", according to official figures.");
                    w.Append("    type: count\n    measure: personnel\n    amount: ").Append(N(n * 10)).Append("\n    period: \"").Append(year).Append("\"\n");
                    w.Append("    of: ").Append(force.Id).Append('\n');
                    w.Append(i % 3 == 0 ? "    approximate: true\n" : string.Empty);
                    w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
                    break;
                }

                case 2:
                {
                    var c = Country();
                    var sentence = Add("Some " + N(n % 100) + "." + N(n / 100) + " per cent of voters in " + c.Name + " backed closer ties in " + year + ".");
                    w.Append("    type: percentage\n    measure: public-support\n    percent: ").Append(N(n % 100)).Append('.').Append(N(n / 100)).Append('\n');
                    w.Append("    period: \"").Append(year).Append("\"\n    source: ").Append(c.Id).Append('\n');
                    w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
                    break;
                }

                default:
                {
                    // Two different trade figures, the earlier period first, and the percentage their amounts give.
                    var a = _money[_rng.Next(_money.Count - 1)];
                    var b = _money[_money.Count - 1];
                    var (from, to) = a.Year <= b.Year ? (a, b) : (b, a);
                    var percent = Math.Round((to.Amount - from.Amount) * 100m / from.Amount, 1).ToString("0.0", CultureInfo.InvariantCulture);
                    var sentence = Add("That trade later changed by " + percent + " per cent, one of " + N(n) + " changes on record.");
                    w.Append("    type: change\n    measure: bilateral-trade\n    from: ").Append(from.Id).Append("\n    to: ").Append(to.Id).Append('\n');
                    w.Append("    percent: ").Append(percent).Append('\n');
                    w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
                    break;
                }
            }
        }

        private void Quote(int i)
        {
            var speaker = Person();
            var n = Unique();
            var words = "We will keep working with " + Country().Name + " on " + Topics[_rng.Next(Topics.Length)] + ", and " + N(n) + " projects are planned.";
            var time = TimeValue(out var phrase);
            var sentence = Add(speaker.Name + " said " + phrase + ": \u201C" + words + "\u201D");
            var w = _quotes;
            w.Append("  - id: quote-").Append(N(i)).Append('\n');
            w.Append("    speaker: ").Append(speaker.Id).Append('\n');
            w.Append("    said: \"").Append(time).Append("\"\n");
            w.Append("    text: ").Append(Q(words)).Append('\n');
            if (i % 5 == 0)
            {
                w.Append("    work: ").Append(Pick(7).Id).Append('\n');
            }

            if (i % 3 == 0)
            {
                w.Append("    evidence: ").Append(Q(sentence.Replace('\u201C', '"').Replace('\u201D', '"'))).Append('\n');
            }

            w.Append('\n');
        }

        private void Relation(int i)
        {
            var (a, b) = PickTwo(1);
            var type = RelationTypes[_rng.Next(RelationTypes.Length)];
            var n = Unique();
            var sentence = Add("Observers counted " + N(n) + " signs of " + type.Replace('-', ' ') + " between " + a.Name + " and " + b.Name + ".");
            var w = _relations;
            w.Append("  - id: relation-").Append(N(i)).Append('\n');
            w.Append("    type: ").Append(type).Append("\n    subject: ").Append(a.Id).Append("\n    object: ").Append(b.Id).Append('\n');
            if (i % 2 == 0)
            {
                w.Append("    time: \"").Append(N(_published.Year)).Append("\"\n");
            }

            w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
        }

        private void Claim(int i)
        {
            var source = Pick(2);
            var c = Country();
            var n = Unique();
            var stance = Stances[_rng.Next(Stances.Length)];
            var sentence = Add("The " + source.Name + " said that " + c.Name + " would open " + N(n) + " new border posts.");
            var w = _claims;
            w.Append("  - id: claim-").Append(N(i)).Append('\n');
            w.Append("    statement: ").Append(Q(c.Name + " will open " + N(n) + " new border posts.")).Append('\n');
            if (_eventIds.Count > 0 && i % 2 == 0)
            {
                w.Append("    about: ").Append(_eventIds[i % _eventIds.Count]).Append('\n');
            }

            w.Append("    attributions:\n      - { source: ").Append(source.Id).Append(", stance: ").Append(stance).Append(" }\n");
            if (i % 3 == 0)
            {
                w.Append("      - { source: author, stance: does-not-confirm }\n");
            }

            w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
        }

        private void Correction()
        {
            var person = Person();
            var written = person.Name.Substring(0, person.Name.Length - 1) + person.Name.Substring(person.Name.Length - 1) + person.Name.Substring(person.Name.Length - 1);
            var n = Unique();
            var sentence = Add("A statement signed by " + written + " listed " + N(n) + " demands.");
            var w = _corrections;
            w.Append("  - id: correction-spelling\n    kind: misspelled-name\n    entity: ").Append(person.Id).Append('\n');
            w.Append("    written: ").Append(Q(written)).Append("\n    correct: ").Append(Q(person.Name)).Append('\n');
            w.Append("    source: { title: \"Synthetic register\", url: \"https://example.org/register/").Append(person.Id).Append("\" }\n");
            w.Append("    evidence: ").Append(Q(sentence)).Append("\n\n");
        }

        public string Yaml(string sha256)
        {
            var id = _corpus._articleIds[_index];
            var date = _published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var w = new StringBuilder(32 * 1024);
            w.Append("# yaml-language-server: $schema=../schema/article.schema.json\n");
            w.Append("schema: 1\narticle:\n");
            w.Append("  id: ").Append(id).Append('\n');
            w.Append("  headline: ").Append(Q(Headline)).Append('\n');
            w.Append("  authors: [").Append(AuthorA.Id).Append(AuthorB is null ? string.Empty : ", " + AuthorB.Id).Append("]\n");
            w.Append("  publisher: ").Append(Publisher.Id).Append('\n');
            w.Append("  published: \"").Append(date).Append("\"\n");
            w.Append("  url: https://example.org/").Append(date.Replace('-', '/')).Append('/').Append(id)
                .Append(_edit == 0 ? string.Empty : "?revision=" + N(_edit)).Append('\n');
            w.Append("  kind: ").Append(ArticleKinds[_index % ArticleKinds.Length]).Append('\n');
            w.Append("  language: en\n");
            w.Append("  text: ").Append(id).Append(".txt\n");
            w.Append("  sha256: ").Append(sha256).Append("\n\n");
            Section(w, "events", _events);
            Section(w, "relations", _relations);
            Section(w, "quantities", _quantities);
            Section(w, "quotes", _quotes);
            Section(w, "claims", _claims);
            Section(w, "corrections", _corrections);
            return w.ToString();
        }

        private static void Section(StringBuilder w, string name, StringBuilder items)
        {
            if (items.Length > 0)
            {
                w.Append(name).Append(":\n").Append(items);
            }
        }
    }

    /// <summary>SplitMix64: small, fast and the same on every runtime (System.Random's seeded sequence is not a contract).</summary>
    private sealed class Rng
    {
        private ulong _state;

        public Rng(ulong seed) => _state = seed;

        public int Next(int maxExclusive)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)maxExclusive);
        }
    }
}
