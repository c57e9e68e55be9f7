using System.Collections.Generic;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Parsing;

/// <summary>Binds a file's YAML tree to the annotation model (schema v1), checking its shape field by field.</summary>
internal static partial class ModelBinder
{
    public static FileResult Bind(string path, string contentSha256, YamlNode? root, List<DiagnosticInfo> diagnostics)
    {
        if (root is null)
        {
            return Result(path, contentSha256, null, null, diagnostics);
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotADatasetFile, root.Location, "the file is " + root.Describe + ", not a mapping"));
            return Result(path, contentSha256, null, null, diagnostics);
        }

        var reader = new MappingReader(mapping, "the file", diagnostics);
        var schema = reader.Located("schema", required: true);
        if (schema is { } s && s.Value is not ("1" or "2"))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedSchemaVersion, s.Location, s.Value));
            return Result(path, contentSha256, null, null, diagnostics);
        }

        if (reader.Node("vocabulary") is not null)
        {
            // A vocabulary is new in schema 2: a schema-1 file cannot declare one (docs/annotation-guide.md, migration).
            if (schema is { Value: "1" } v1)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.VocabularyNeedsSchema2, v1.Location));
                return Result(path, contentSha256, null, null, diagnostics);
            }

            var vocabulary = VocabularyBinder.Bind(path, reader);
            reader.Finish();
            return Result(path, contentSha256, null, null, diagnostics) with { Vocabulary = vocabulary };
        }

        if (reader.Node("article") is not null)
        {
            var article = BindArticle(path, reader);
            reader.Finish();
            return Result(path, contentSha256, null, article, diagnostics);
        }

        if (reader.Node("entities") is not null || reader.Node("kind") is not null)
        {
            var unbound = new List<DeclaredEntity>();
            var registry = BindRegistry(path, reader, unbound);
            reader.Finish();
            return Result(path, contentSha256, registry, null, diagnostics) with { Unbound = unbound.ToEquatableArray() };
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotADatasetFile, mapping.Location, "the file has neither 'article' nor 'kind' and 'entities'"));
        return Result(path, contentSha256, null, null, diagnostics);
    }

    private static FileResult Result(string path, string contentSha256, RegistryFileModel? registry, ArticleFileModel? article, List<DiagnosticInfo> diagnostics) =>
        new(path, contentSha256, registry, article, diagnostics.ToEquatableArray());

    private static RegistryFileModel? BindRegistry(string path, MappingReader file, List<DeclaredEntity> unbound)
    {
        // The kind is checked against the vocabulary's entity kinds by the registry step.
        var located = file.Located("kind", required: true);
        var kind = located?.Value;
        var entities = file.List("entities", node =>
        {
            var entity = BindEntity(node, kind ?? "person", file.Diagnostics);
            if ((entity is null || kind is null) && Declared(node, "id") is { } id)
            {
                unbound.Add(new DeclaredEntity(id, Declared(node, "name")));
            }

            return entity;
        }, required: true);
        return located is not { } k ? null : new RegistryFileModel(path, k.Value, entities.ToEquatableArray()) { KindLocation = k.Location };
    }

    /// <summary>The value of a key of an entity or fact mapping (its id, its name), if it has a plain one.</summary>
    private static string? Declared(YamlNode node, string key)
    {
        if (node is YamlMapping m)
        {
            foreach (var entry in m.Entries)
            {
                if (entry.Key.Value == key && entry.Value is YamlScalar { IsNull: false } s)
                {
                    return s.Value;
                }
            }
        }

        return null;
    }

    private static EntityModel? BindEntity(YamlNode node, string kind, List<DiagnosticInfo> diagnostics)
    {
        var r = MappingReader.For(node, "an entity", diagnostics);
        if (r is null)
        {
            return null;
        }

        var id = r.Located("id", required: true);
        var name = r.Located("name", required: true);
        var description = r.String("description", required: true);
        var aliases = r.List("aliases", n => BindAlias(n, diagnostics));
        string? iso2 = null, iso3 = null, currency = null, wikidata = null;
        var codeLocations = EquatableArray<FieldLocation>.Empty;
        var codeSources = EquatableArray<CitationModel>.Empty;
        if (r.Node("codes") is { } codesNode && MappingReader.For(codesNode, "'codes'", diagnostics) is { } codes)
        {
            iso2 = codes.String("iso2");
            iso3 = codes.String("iso3");
            var located = codes.Located("currency");
            currency = located?.Value;
            wikidata = codes.String("wikidata");
            codeSources = codes.Citations("source", about: false);
            codeLocations = codes.Fields();
            codes.Finish();
            if (located is { } c && Iso4217.IsWellFormed(c.Value) && !Iso4217.IsActive(c.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCurrency, c.Location, c.Value, string.Empty));
            }
        }

        var partOf = r.Reference("part-of");
        var country = r.Reference("country");
        var positions = r.List("positions", n => BindPosition(n, diagnostics));
        var @class = r.String("class");
        var sources = r.Citations("sources", about: true);
        var employers = r.List("employers", n => BindAffiliation(n, diagnostics));
        var ranks = r.List("ranks", n => BindRank(n, diagnostics));
        var agreement = r.Node("agreement") is { } agreementNode ? BindAgreement(agreementNode, diagnostics) : null;
        r.Finish();
        if (id is not { } i || name is not { } nm)
        {
            return null;
        }

        return new EntityModel(kind, i.Value, i.Location, nm.Value, nm.Location, description ?? string.Empty,
            aliases.ToEquatableArray(), iso2, iso3, currency, wikidata, partOf, country, positions.ToEquatableArray(), @class)
        {
            CodeLocations = codeLocations,
            CodesLocation = r.Node("codes")?.Location ?? i.Location,
            CodeSources = codeSources,
            Sources = sources,
            Employers = employers.ToEquatableArray(),
            Ranks = ranks.ToEquatableArray(),
            Agreement = agreement,
        };
    }

    private static AliasModel? BindAlias(YamlNode node, List<DiagnosticInfo> diagnostics)
    {
        var r = MappingReader.For(node, "an alias", diagnostics);
        if (r is null)
        {
            return null;
        }

        var text = r.String("text", required: true);
        var form = r.Enum("form", Vocabulary.AliasForms, "alias form") ?? "name";
        r.Finish();
        return text is null ? null : new AliasModel(text, form, node.Location);
    }

    private static PositionModel? BindPosition(YamlNode node, List<DiagnosticInfo> diagnostics)
    {
        var r = MappingReader.For(node, "a position", diagnostics);
        if (r is null)
        {
            return null;
        }

        var title = r.String("title", required: true);
        var of = r.Reference("of");
        var time = r.Time("time");
        var sources = r.Citations("source", about: false);
        r.Finish();
        return title is null ? null : new PositionModel(title, of, time, node.Location) { Sources = sources };
    }

    private static AffiliationModel? BindAffiliation(YamlNode node, List<DiagnosticInfo> diagnostics)
    {
        var r = MappingReader.For(node, "an employer", diagnostics);
        if (r is null)
        {
            return null;
        }

        var of = r.Reference("of", required: true);
        var role = r.String("role");
        var time = r.Time("time");
        var sources = r.Citations("source", about: false);
        r.Finish();
        return of is null ? null : new AffiliationModel(of, role, time, node.Location) { Sources = sources };
    }

    private static AgreementTermsModel? BindAgreement(YamlNode node, List<DiagnosticInfo> diagnostics)
    {
        var r = MappingReader.For(node, "'agreement'", diagnostics);
        if (r is null)
        {
            return null;
        }

        var type = r.Enum("type", Vocabulary.AgreementTypes, "agreement type");
        var parties = r.References("parties");
        var subject = r.Reference("subject");
        var concluded = r.Time("concluded");
        var status = r.Enum("status", Vocabulary.AgreementStatuses, "agreement status");
        r.Finish();
        return new AgreementTermsModel(type, parties.ToEquatableArray(), subject, concluded, status, node.Location);
    }

    private static RankModel? BindRank(YamlNode node, List<DiagnosticInfo> diagnostics)
    {
        var r = MappingReader.For(node, "a rank", diagnostics);
        if (r is null)
        {
            return null;
        }

        var title = r.String("rank", required: true);
        var service = r.Reference("service");
        var time = r.Time("time");
        var sources = r.Citations("source", about: false);
        r.Finish();
        return title is null ? null : new RankModel(title, service, time, node.Location) { Sources = sources };
    }

    private static ArticleFileModel? BindArticle(string path, MappingReader file)
    {
        var d = file.Diagnostics;
        var metaNode = file.Node("article")!;
        var meta = MappingReader.For(metaNode, "'article'", d);
        ArticleMetaModel? metaModel = null;
        if (meta is not null)
        {
            var id = meta.Located("id", required: true);
            var headline = meta.String("headline", required: true);
            var authors = meta.References("authors");
            var publisher = meta.Reference("publisher");
            var published = meta.Time("published", required: true);
            var url = meta.String("url", required: true);
            var kind = meta.Enum("kind", Vocabulary.ArticleKinds, "article kind", required: true);
            var language = meta.String("language", required: true);
            var text = meta.Located("text", required: true);
            var sha = meta.Located("sha256", required: true);
            meta.Finish();
            if (id is { } i && headline is not null && published is not null && url is not null && kind is not null
                && language is not null && text is { } t && sha is { } h)
            {
                metaModel = new ArticleMetaModel(i.Value, i.Location, headline, authors.ToEquatableArray(), publisher, published,
                    url, kind, language, t.Value, t.Location, h.Value, h.Location);
            }
        }

        var acks = new List<AcknowledgementModel>();
        var events = file.List("events", n => BindEvent(n, d, acks));
        var relations = file.List("relations", n => BindRelation(n, d, acks));
        var quantities = file.List("quantities", n => BindQuantity(n, d, acks));
        var quotes = file.List("quotes", n => BindQuote(n, d, acks));
        var claims = file.List("claims", n => BindClaim(n, d, acks));
        var corrections = file.List("corrections", n => BindCorrection(n, d, acks));
        return metaModel is null
            ? null
            : new ArticleFileModel(path, metaModel, events.ToEquatableArray(), relations.ToEquatableArray(), quantities.ToEquatableArray(),
                quotes.ToEquatableArray(), claims.ToEquatableArray(), corrections.ToEquatableArray())
            {
                Acknowledgements = acks.ToEquatableArray(),
            };
    }
}
