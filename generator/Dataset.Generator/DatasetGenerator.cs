using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emit;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;
using Dataset.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator;

/// <summary>
/// Turns YAML annotations of news articles (AdditionalFiles) into a typed dataset.
/// Pipeline: parse each file on its own → link the registry → link each article on its own against the registry's
/// entity table → assemble the corpus (cheap, corpus-wide) → one output per entity kind (sharded), per article (per
/// group of articles in a large corpus: <see cref="ArticleFileLayout"/>), and for the corpus index; diagnostics on
/// their own output. Never throws out of a callback.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    private readonly ArticleFileLayout _articleFiles;

    /// <summary>Creates the generator (the compiler and IDEs call this).</summary>
    public DatasetGenerator()
        : this(ArticleFileLayout.Default)
    {
    }

    /// <summary>Creates the generator with another spread of the articles' code over files (tests use small ones).</summary>
    internal DatasetGenerator(ArticleFileLayout articleFiles)
    {
        _articleFiles = articleFiles;
    }

    /// <summary>Tracking names of the pipeline steps, for incremental tests.</summary>
    public static class Steps
    {
        /// <summary>Each YAML file parsed on its own.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>Each article text file read and hashed.</summary>
        public const string ReadText = nameof(ReadText);

        /// <summary>The options reduced to plain strings.</summary>
        public const string Options = nameof(Options);

        /// <summary>Whether the consumer's C# has nullable annotations (C# 8 or newer), from its parse options.</summary>
        public const string NullableAnnotations = nameof(NullableAnnotations);

        /// <summary>What the generated code may use: nullable annotations, and <c>NotNullWhenAttribute</c> (from the target framework).</summary>
        public const string CodeFeatures = nameof(CodeFeatures);

        /// <summary>The vocabulary file linked on its own (or the default vocabulary when the project has none).</summary>
        public const string Vocabulary = nameof(Vocabulary);

        /// <summary>The linked vocabulary, as the registry and the articles see it.</summary>
        public const string VocabularyModel = nameof(VocabularyModel);

        /// <summary>One unit per vocabulary set (EventTypes, ParticipantRoles, ...).</summary>
        public const string VocabularyUnits = nameof(VocabularyUnits);

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

        /// <summary>One unit per generated file of article code: an article's own, or a group's in a large corpus.</summary>
        public const string ArticleFiles = nameof(ArticleFiles);

        /// <summary>One unit per generated entity file: a whole kind, or a shard or index of a large one.</summary>
        public const string EntityFiles = nameof(EntityFiles);

        /// <summary>Every source of the corpus' entities and facts, for <c>Corpus.SourcesOf</c>.</summary>
        public const string Sources = nameof(Sources);

        /// <summary>One per article: the sources of its facts' times (an edit recomputes its own article's only).</summary>
        public const string ArticleSources = nameof(ArticleSources);

        /// <summary>One unit per kind whose registry declares entities with errors: their placeholder members.</summary>
        public const string Placeholders = nameof(Placeholders);

        /// <summary>The corpus index unit, without the content hash.</summary>
        public const string Corpus = nameof(Corpus);

        /// <summary>The corpus content hash, on its own: it changes with every input edit.</summary>
        public const string ContentHash = nameof(ContentHash);

        /// <summary>The diagnostics.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>Whether this build reports the diagnostics (one target framework of a multi-targeted project does).</summary>
        public const string DiagnosticsScope = nameof(DiagnosticsScope);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Inputs, each file on its own: YAML parsed into models, article texts hashed, options reduced to strings.
        IncrementalValuesProvider<FileResult> files = context.AdditionalTextsProvider
            .Where(static t => CorpusPipeline.IsYaml(t.Path))
            .Select(static (t, ct) => CorpusPipeline.ParseFile(t.Path, t.GetText(ct)?.ToString() ?? string.Empty, ct))
            .WithTrackingName(Steps.Parse);
        IncrementalValuesProvider<TextFileModel> texts = context.AdditionalTextsProvider
            .Where(static t => CorpusPipeline.IsText(t.Path))
            .Select(static (t, ct) => t.GetText(ct) is { } text ? CorpusPipeline.ReadText(t.Path, text.ToString()) : null)
            .Where(static t => t is not null)
            .Select(static (t, _) => t!)
            .WithTrackingName(Steps.ReadText);
        IncrementalValueProvider<DatasetOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => OptionsReader.Read(o.GlobalOptions))
            .WithTrackingName(Steps.Options);

        // What the consumer's compiler and framework let the generated code use, reduced to booleans at once. Every file
        // needs the language version (for #nullable and '?'); only the corpus index, which has the Try lookups, needs
        // to know whether NotNullWhenAttribute exists. That is judged from the target framework (an MSBuild property),
        // not from the compilation's references: nothing here depends on user code, so no CompilationProvider.
        IncrementalValueProvider<bool> nullable = context.ParseOptionsProvider
            .Select(static (o, _) => o is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(Steps.NullableAnnotations);
        IncrementalValueProvider<CodeFeatures> features = nullable
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (o, _) => OptionsReader.HasNotNullWhen(o.GlobalOptions)))
            .Select(static (pair, _) => new CodeFeatures(pair.Left, NotNullWhen: pair.Left && pair.Right))
            .WithTrackingName(Steps.CodeFeatures);

        // 2. Linking in three steps, so that an edit to one article re-links that article only: the registry on its
        //    own; each article against the registry's entity table (and its own text); then a cheap corpus assembly.
        //    The vocabulary comes first, on its own: an article edit leaves it cached; a vocabulary edit re-links the
        //    registry (its entity kinds) and every article (their terms).
        IncrementalValueProvider<VocabularyResult> vocabulary = files.Where(static f => f.Vocabulary is not null).Collect()
            .Select(static (vocabularyFiles, ct) => CorpusPipeline.LinkVocabulary(vocabularyFiles, ct))
            .WithTrackingName(Steps.Vocabulary);
        IncrementalValueProvider<VocabularyModel> vocabularyModel = vocabulary
            .Select(static (v, _) => v.Vocabulary)
            .WithTrackingName(Steps.VocabularyModel);
        IncrementalValueProvider<RegistryResult> registry = files.Where(static f => f.Registry is not null).Collect()
            .Combine(vocabulary)
            .Select(static (pair, ct) => CorpusPipeline.LinkRegistry(pair.Left, pair.Right, ct))
            .WithTrackingName(Steps.Registry);
        IncrementalValueProvider<EntityTable> table = registry
            .Select(static (r, _) => r.Table)
            .WithTrackingName(Steps.EntityTable);
        IncrementalValueProvider<TextIndex> textIndex = texts.Collect()
            .Select(static (t, _) => TextIndex.Create(t))
            .WithTrackingName(Steps.TextIndex);
        IncrementalValuesProvider<ArticleInput> articleInputs = files.Where(static f => f.Article is not null)
            .Combine(textIndex)
            .Select(static (pair, _) => ArticleLinker.Pair(article: pair.Left, texts: pair.Right))
            .WithTrackingName(Steps.ArticleInputs);
        IncrementalValuesProvider<ArticleResult> linked = articleInputs
            .Combine(table.Combine(vocabularyModel))
            .Select(static (input, ct) => CorpusPipeline.LinkArticle(input.Left, table: input.Right.Left, vocabulary: input.Right.Right, ct))
            .WithTrackingName(Steps.LinkArticle);
        IncrementalValueProvider<ImmutableArray<FileResult>> unbound = files
            .Where(static f => f.Registry is null && f.Article is null)
            .Collect();
        IncrementalValueProvider<ImmutableArray<string>> contentHashes = files.Select(static (f, _) => f.ContentSha256).Collect()
            .Combine(texts.Select(static (t, _) => t.Sha256).Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right));

        IncrementalValueProvider<LinkedCorpus> corpus = linked.Collect()
            .Combine(registry)
            .Select(static (pair, _) => (Articles: pair.Left, Registry: pair.Right))
            .Combine(unbound.Combine(contentHashes))
            .Select(static (pair, _) => (pair.Left.Articles, pair.Left.Registry, Unbound: pair.Right.Left, Hashes: pair.Right.Right))
            .Combine(options)
            .Select(static (input, _) => CorpusPipeline.Assemble(input.Left.Registry, input.Left.Articles, input.Left.Unbound, input.Left.Hashes, options: input.Right))
            .WithTrackingName(Steps.Link);

        // 3. Emit units, built by Emit from the linked corpus and the options, each file small and each edit local:
        //    large kinds are split into files of bounded size; the article lists are read by Dataset.Model, not listed, so
        //    adding an article changes only its own file (its group's, in a corpus of more than a thousand articles,
        //    where a file per article would cost the driver a scan of every hint name per file); the content hash, which
        //    every edit changes, has a file of its own so that an edit to one article leaves the corpus index cached.
        var emitInput = corpus.Combine(options).Select(static (pair, _) => (Corpus: pair.Left, Options: pair.Right));
        var kinds = emitInput.SelectMany(static (input, _) => EmitUnits.Kinds(input.Corpus, input.Options)).WithTrackingName(Steps.EntityKinds);
        var articles = emitInput.SelectMany(static (input, _) => EmitUnits.Articles(input.Corpus, input.Options)).WithTrackingName(Steps.Articles);
        var entityFiles = kinds.SelectMany(static (k, _) => ShardEmitter.Split(k)).WithTrackingName(Steps.EntityFiles);
        var layout = _articleFiles;
        var articleFiles = articles.Collect().SelectMany((all, _) => layout.Group(all)).WithTrackingName(Steps.ArticleFiles);
        var articleSources = articles.Select(static (a, _) => SourcesEmitter.FactSourcesOf(a.Article)).WithTrackingName(Steps.ArticleSources);
        var sources = emitInput.Select(static (input, _) => (input.Options.Namespace, Entities: SourcesEmitter.EntitySourcesOf(input.Corpus)))
            .Combine(articleSources.Collect())
            .Select(static (pair, _) => SourcesEmitter.Unit(pair.Left.Namespace, pair.Left.Entities, pair.Right))
            .WithTrackingName(Steps.Sources);
        var placeholders = emitInput.SelectMany(static (input, _) => PlaceholderEmitter.Units(input.Corpus, input.Options)).WithTrackingName(Steps.Placeholders);
        var index = emitInput.Select(static (input, _) => EmitUnits.Corpus(input.Corpus, input.Options, withContentHash: false)).WithTrackingName(Steps.Corpus);
        var contentHash = emitInput.Select(static (input, _) => new ContentHashUnit(input.Options.Namespace, input.Corpus.ContentHash)).WithTrackingName(Steps.ContentHash);
        var diagnostics = corpus.Select(static (c, _) => c.Diagnostics).WithTrackingName(Steps.Diagnostics);
        var vocabularyUnits = vocabularyModel.Combine(options)
            .SelectMany(static (pair, _) => VocabularyUnit.Split(pair.Left, pair.Right.Namespace))
            .WithTrackingName(Steps.VocabularyUnits);

        // 4. Outputs.
        context.RegisterSourceOutput(entityFiles.Combine(nullable),
            static (spc, input) => AddSource(spc, ShardEmitter.HintName(input.Left), () => ShardEmitter.Emit(input.Left, nullable: input.Right)));
        context.RegisterSourceOutput(sources.Combine(features),
            static (spc, input) => AddSource(spc, SourcesEmitter.HintName, () => SourcesEmitter.Emit(input.Left, features: input.Right)));
        context.RegisterSourceOutput(placeholders.Combine(nullable),
            static (spc, input) => AddSource(spc, PlaceholderEmitter.HintName(input.Left), () => PlaceholderEmitter.Emit(input.Left, nullable: input.Right)));
        context.RegisterSourceOutput(vocabularyUnits.Combine(nullable),
            static (spc, input) => AddSource(spc, VocabularyEmitter.HintName(input.Left), () => VocabularyEmitter.Emit(input.Left, nullable: input.Right)));
        context.RegisterSourceOutput(articleFiles.Combine(nullable),
            static (spc, input) => AddSource(spc, input.Left.HintName, () => ArticleEmitter.Emit(input.Left, nullable: input.Right)));
        context.RegisterSourceOutput(index.Combine(features),
            static (spc, input) => AddSource(spc, CorpusEmitter.HintName, () => CorpusEmitter.Emit(input.Left, features: input.Right)));
        context.RegisterSourceOutput(contentHash.Combine(nullable),
            static (spc, input) => AddSource(spc, ShardEmitter.ContentHashHintName, () => ShardEmitter.Emit(input.Left, nullable: input.Right)));
        // Diagnostics: reported by one target framework's build only; the others fail with one line while there are errors.
        var scope = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => OptionsReader.ReadDiagnosticsScope(o.GlobalOptions))
            .WithTrackingName(Steps.DiagnosticsScope);
        context.RegisterSourceOutput(diagnostics.Combine(scope), static (spc, input) =>
        {
            if (input.Right.Report)
            {
                foreach (var d in input.Left)
                {
                    spc.ReportDiagnostic(DiagnosticFactory.ToDiagnostic(d));
                }

                return;
            }

            var errors = input.Left.Count(d => d.Descriptor.DefaultSeverity == Core.Diagnostics.DiagnosticSeverity.Error);
            if (errors > 0)
            {
                AddSource(spc, ErrorSummaryEmitter.HintName, () => ErrorSummaryEmitter.Emit(errors, input.Right.ReportingTargetFramework));
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
            context.ReportDiagnostic(DiagnosticFactory.ToDiagnostic(
                CorpusPipeline.InternalError(LocationInfo.None, new InvalidOperationException("emitting " + hintName + ": " + ex.GetType().Name + ": " + ex.Message, ex))));
        }
    }
}
