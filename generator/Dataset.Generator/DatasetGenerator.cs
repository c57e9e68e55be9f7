using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dataset.Generator.Diagnostics;
using CoreDescriptors = Dataset.Core.Diagnostics.DiagnosticDescriptors;
using Dataset.Generator.Emit;
using Dataset.Core.Model;
using Dataset.Core.Parsing;
using Dataset.Core.Common;
using Dataset.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator;

/// <summary>
/// Turns YAML annotations of news articles (AdditionalFiles) into a typed dataset.
/// Pipeline: parse each file on its own → link the registry → link each article on its own against the registry's
/// entity table → assemble the corpus (cheap, corpus-wide) → one output per entity kind (sharded), per article, and
/// for the corpus index; diagnostics on their own output. Never throws out of a callback.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incremental tests.</summary>
    public static class Steps
    {
        /// <summary>Each YAML file parsed on its own.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>Each article text file read and hashed.</summary>
        public const string ReadText = nameof(ReadText);

        /// <summary>The options reduced to plain strings.</summary>
        public const string Options = nameof(Options);

        /// <summary>The registry files linked and checked on their own.</summary>
        public const string Registry = nameof(Registry);

        /// <summary>The registry's entity table, as the articles see it (no locations).</summary>
        public const string EntityTable = nameof(EntityTable);

        /// <summary>Every article text, indexed by path.</summary>
        public const string TextIndex = nameof(TextIndex);

        /// <summary>Each article file paired with its text file.</summary>
        public const string ArticleInputs = nameof(ArticleInputs);

        /// <summary>Each article linked and validated on its own, against the entity table.</summary>
        public const string LinkArticle = nameof(LinkArticle);

        /// <summary>The corpus assembled from the registry and the linked articles (cheap, corpus-wide).</summary>
        public const string Link = nameof(Link);

        /// <summary>One unit per entity kind.</summary>
        public const string EntityKinds = nameof(EntityKinds);

        /// <summary>One unit per article.</summary>
        public const string Articles = nameof(Articles);

        /// <summary>One unit per generated entity file: a whole kind, or a shard or index of a large one.</summary>
        public const string EntityFiles = nameof(EntityFiles);

        /// <summary>The corpus index unit, without the content hash.</summary>
        public const string Corpus = nameof(Corpus);

        /// <summary>The shards of <c>Articles.All</c> (none while it is small).</summary>
        public const string ArticleListShards = nameof(ArticleListShards);

        /// <summary>The corpus content hash, on its own: it changes with every input edit.</summary>
        public const string ContentHash = nameof(ContentHash);

        /// <summary>The diagnostics.</summary>
        public const string Diagnostics = nameof(Diagnostics);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static t => IsYaml(t.Path))
            .Select(static (t, ct) => ParseFile(t, ct))
            .WithTrackingName(Steps.Parse);

        var texts = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(static (t, ct) => ReadText(t, ct))
            .Where(static t => t is not null)
            .Select(static (t, _) => t!)
            .WithTrackingName(Steps.ReadText);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => ReadOptions(o.GlobalOptions))
            .WithTrackingName(Steps.Options);

        // Linking in three steps, so that an edit to one article re-links that article only: the registry on its own;
        // each article against the registry's entity table (and its own text); then a cheap corpus-wide assembly.
        var registry = files.Where(static f => f.Registry is not null).Collect()
            .Select(static (registryFiles, ct) => LinkRegistry(registryFiles, ct))
            .WithTrackingName(Steps.Registry);
        var table = registry.Select(static (r, _) => r.Table).WithTrackingName(Steps.EntityTable);
        var textIndex = texts.Collect().Select(static (t, _) => TextIndex.Create(t)).WithTrackingName(Steps.TextIndex);
        var articleInputs = files.Where(static f => f.Article is not null)
            .Combine(textIndex)
            .Select(static (pair, _) => Linker.Pair(pair.Left, pair.Right))
            .WithTrackingName(Steps.ArticleInputs);
        var linked = articleInputs.Combine(table).Combine(options)
            .Select(static (input, ct) => LinkArticle(input.Left.Left, input.Left.Right, input.Right, ct))
            .WithTrackingName(Steps.LinkArticle);
        var unbound = files.Where(static f => f.Registry is null && f.Article is null).Collect();
        var hashes = files.Select(static (f, _) => f.ContentSha256).Collect().Combine(texts.Select(static (t, _) => t.Sha256).Collect());

        var corpus = linked.Collect()
            .Combine(registry)
            .Combine(unbound)
            .Combine(hashes)
            .Combine(options)
            .Select(static (input, ct) => Assemble(input.Left.Left.Left.Right, input.Left.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(Steps.Link);

        var kinds = corpus.SelectMany(static (c, _) => c.EntityKinds).WithTrackingName(Steps.EntityKinds);
        var articles = corpus.SelectMany(static (c, _) => c.Articles).WithTrackingName(Steps.Articles);
        // Large kinds and the article list are split into files of bounded size; the content hash, which every edit
        // changes, has a file of its own so that an edit to one article leaves the corpus index cached.
        var entityFiles = kinds.SelectMany(static (k, _) => ShardEmitter.Split(k)).WithTrackingName(Steps.EntityFiles);
        var index = corpus.Select(static (c, _) => c.Corpus with { ContentHash = string.Empty }).WithTrackingName(Steps.Corpus);
        var articleList = index.SelectMany(static (c, _) => ShardEmitter.Split(c)).WithTrackingName(Steps.ArticleListShards);
        var contentHash = corpus.Select(static (c, _) => new ContentHashUnit(c.Corpus.Namespace, c.Corpus.ContentHash)).WithTrackingName(Steps.ContentHash);
        var diagnostics = corpus.Select(static (c, _) => c.Diagnostics).WithTrackingName(Steps.Diagnostics);

        context.RegisterSourceOutput(entityFiles, static (spc, file) => AddSource(spc, ShardEmitter.HintName(file), () => ShardEmitter.Emit(file)));
        context.RegisterSourceOutput(articles, static (spc, unit) => AddSource(spc, ArticleEmitter.HintName(unit), () => ArticleEmitter.Emit(unit)));
        context.RegisterSourceOutput(index, static (spc, unit) => AddSource(spc, CorpusEmitter.HintName, () => CorpusEmitter.Emit(unit)));
        context.RegisterSourceOutput(articleList, static (spc, shard) => AddSource(spc, ShardEmitter.HintName(shard), () => ShardEmitter.Emit(shard)));
        context.RegisterSourceOutput(contentHash, static (spc, unit) => AddSource(spc, ShardEmitter.ContentHashHintName, () => ShardEmitter.Emit(unit)));
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var d in list)
            {
                spc.ReportDiagnostic(DiagnosticFactory.ToDiagnostic(d));
            }
        });
    }

    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, emit());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticFactory.ToDiagnostic(DiagnosticInfo.Create(
                CoreDescriptors.InternalError.Id, new LocationInfo(string.Empty, 0, 0, 0, 0, 0, 0), "emitting " + hintName + ": " + ex.GetType().Name + ": " + ex.Message)));
        }
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    internal static FileResult ParseFile(AdditionalText file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var hash = string.Empty;
        try
        {
            var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            hash = Hashing.Sha256Hex(text.Replace("\r\n", "\n"));
            var root = YamlTreeReader.Read(file.Path, text, diagnostics, cancellationToken);
            var result = ModelBinder.Bind(file.Path, hash, root, diagnostics);
            return result.Registry is null && result.Article is null
                ? result with { UnboundIds = DeclaredIds.Scan(text).ToEquatableArray() }
                : result;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(CoreDescriptors.InternalError.Id, LocationInfo.FileStart(file.Path), ex.GetType().Name + ": " + ex.Message));
            return new FileResult(file.Path, hash, null, null, diagnostics.ToEquatableArray());
        }
    }

    private static TextFileModel? ReadText(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString();
        return text is null ? null : new TextFileModel(file.Path, text, Hashing.Sha256Hex(text));
    }

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        var ns = options.TryGetValue("build_property.DatasetNamespace", out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : options.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() : "Dataset";
        var version = options.TryGetValue("build_property.Version", out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : "0.0.0";
        return IsValidNamespace(ns)
            ? new GeneratorOptions(ns, version, null)
            : new GeneratorOptions("Dataset", version, LocationInfo.FileStart(ns));
    }

    private static bool IsValidNamespace(string ns) =>
        ns.Length > 0 && ns.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    private static RegistryResult LinkRegistry(ImmutableArray<FileResult> files, CancellationToken cancellationToken)
    {
        try
        {
            return Linker.LinkRegistry(files, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var where = files.IsDefaultOrEmpty ? new LocationInfo(string.Empty, 0, 0, 0, 0, 0, 0) : LocationInfo.FileStart(files[0].Path);
            return new RegistryResult(new EntityTable(EquatableArray<EntityKey>.Empty), EquatableArray<EntityModel>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(where, ex) }));
        }
    }

    private static ArticleResult LinkArticle(ArticleInput input, EntityTable table, GeneratorOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return Linker.LinkArticle(input, table, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var meta = input.File.Article!.Meta;
            return new ArticleResult(meta.Id, input.File.Path, meta.Location, true, null, default, input.File.Diagnostics,
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(LocationInfo.FileStart(input.File.Path), ex) }));
        }
    }

    private static CorpusModel Assemble(
        RegistryResult registry,
        ImmutableArray<ArticleResult> articles,
        ImmutableArray<FileResult> unbound,
        (ImmutableArray<string> Files, ImmutableArray<string> Texts) hashes,
        GeneratorOptions options)
    {
        try
        {
            return Linker.Assemble(registry, articles, unbound, hashes.Files.Concat(hashes.Texts).ToList(), options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new CorpusModel(EquatableArray<EntityKindUnit>.Empty, EquatableArray<ArticleUnit>.Empty,
                new CorpusUnit(options.Namespace, EquatableArray<string>.Empty, EquatableArray<string>.Empty, options.Version, string.Empty),
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(new LocationInfo(string.Empty, 0, 0, 0, 0, 0, 0), ex) }));
        }
    }

    private static DiagnosticInfo InternalError(LocationInfo where, Exception ex) =>
        DiagnosticInfo.Create(CoreDescriptors.InternalError.Id, where, ex.GetType().Name + ": " + ex.Message);
}
