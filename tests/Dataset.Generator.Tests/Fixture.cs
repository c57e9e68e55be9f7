using System.Security.Cryptography;
using System.Text;

namespace Dataset.Generator.Tests;

/// <summary>A small, invented corpus (user-assigned ISO codes) that exercises every part of the schema.</summary>
internal static class Fixture
{
    public const string Text = "Ruritania and Valdoria signed a pact on 8 July 2013.\n\nMinister Ilse Marrant said: \u201CWe are partners.\u201D Trade was \\$2 billion.\n";

    public const string Countries = """
        schema: 1
        kind: country
        entities:
          - id: ruritania
            name: Ruritania
            description: An invented kingdom.
            aliases:
              - { text: Ruritanian, form: demonym }
            codes: { iso2: XR, iso3: XRU, source: { title: Invented register, url: "https://example.org/register" } }
          - id: valdoria
            name: Valdoria
            description: An invented republic.
            codes: { iso2: XV, iso3: XVA, wikidata: Q999999999, source: { title: Invented register, url: "https://example.org/register" } }
        """;

    public const string People = """
        schema: 1
        kind: person
        entities:
          - id: ilse-marant
            name: Ilse Marant
            description: Foreign minister of Valdoria.
            aliases:
              - { text: Ilse Marrant, form: as-written }
            country: valdoria
            positions:
              - { title: Foreign Minister, of: valdoria, time: "2012-05/..", source: { title: Invented gazette, url: "https://example.org/gazette" } }
        """;

    public const string Organizations = """
        schema: 1
        kind: organization
        entities:
          - id: example-wire
            name: Example Wire
            description: An invented news agency.
        """;

    public static string Article(string text = Text) => $$"""
        schema: 1
        article:
          id: example-2013-07-17
          headline: Ruritania and Valdoria sign a pact
          authors: [ilse-marant]
          publisher: example-wire
          published: "2013-07-17"
          url: https://example.org/pact
          kind: news
          language: en
          text: example-2013-07-17.txt
          sha256: {{Sha256(text)}}
        events:
          - id: pact
            type: diplomacy.agreement
            summary: Ruritania and Valdoria sign a pact.
            participants:
              - { entity: ruritania, role: party }
              - { entity: valdoria, role: party }
            time: "2013-07-08"
            status: occurred
            evidence: Ruritania and Valdoria signed a pact on 8 July 2013.
        quotes:
          - id: partners
            speaker: ilse-marant
            said: "2013-07"
            text: We are partners.
        quantities:
          - id: trade
            type: money
            measure: bilateral-trade
            amount: 2000000000
            currency: USD
            period: "2013"
            between: [ruritania, valdoria]
            evidence: Trade was $2 billion.
        corrections:
          - id: marant-spelling
            kind: misspelled-name
            entity: ilse-marant
            written: Ilse Marrant
            correct: Ilse Marant
            source: { title: Example register, url: "https://example.org/register" }
            evidence: Minister Ilse Marrant said
        """;

    /// <summary>A small vocabulary of the project's own (schema 2): event types with a parent and roles, and an entity kind.</summary>
    public const string Vocabulary = """
        schema: 2
        vocabulary:
          name: treaties
        event-types:
          - code: diplomacy
            label: Diplomacy
            description: Relations between states.
            cameo: "05"
          - code: diplomacy.agreement
            parent: diplomacy
            label: Agreement
            description: States sign an agreement.
            cameo: "057"
            roles: [party, witness]
        participant-roles:
          - { code: party, label: Party, description: Signs it. }
          - { code: witness, label: Witness, description: Witnesses it. }
        entity-kinds:
          - { code: minister, label: Minister, description: A member of a government., class: Ministers, extends: person }
        """;

    public static (string Path, string Text)[] Files(string? article = null, string? people = null, string? countries = null, string text = Text) => new[]
    {
        ("registry/countries.yaml", countries ?? Countries),
        ("registry/people.yaml", people ?? People),
        ("registry/organizations.yaml", Organizations),
        ("articles/example-2013-07-17.yaml", article ?? Article(text)),
        ("articles/example-2013-07-17.txt", text),
    };

    /// <summary>The fixture's files with a vocabulary file of the project's own.</summary>
    public static (string Path, string Text)[] WithVocabulary(string vocabulary = Vocabulary, string? article = null, string? people = null) =>
        Files(article: article, people: people).Append(("vocabulary/treaties.yaml", vocabulary)).ToArray();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
