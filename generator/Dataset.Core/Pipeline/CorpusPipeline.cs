using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Parsing;
using Dataset.Core.Validation;

namespace Dataset.Core.Pipeline;

/// <summary>
/// The steps from data files to a linked corpus, each guarded so that it never throws for any input (an internal
/// failure becomes DSG0901 at the file it concerns). The source generator runs them as incremental pipeline steps;
/// <see cref="Compile"/> runs them in order for front ends without Roslyn (the <c>dataset</c> tool, tests).
/// </summary>
internal static class CorpusPipeline
{
    /// <summary>Whether a path is a YAML data file (<c>.yaml</c> or <c>.yml</c>).</summary>
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a path is an article text file (<c>.txt</c>).</summary>
    public static bool IsText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses one YAML file on its own into its model and diagnostics.</summary>
    public static FileResult ParseFile(string path, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var hash = string.Empty;
        try
        {
            hash = Hashing.Sha256Hex(text.Replace("\r\n", "\n"));
            var root = YamlTreeReader.Read(path, text, diagnostics, cancellationToken);
            var result = ModelBinder.Bind(path, hash, root, diagnostics);
            return result.Registry is null && result.Article is null
                ? result with { Unbound = DeclaredIds.Scan(text).ToEquatableArray(), UnboundKind = DeclaredIds.ScanKind(text) }
                : result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(InternalError(LocationInfo.FileStart(path), ex));
            return new FileResult(path, hash, null, null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>An article text with its sha256.</summary>
    public static TextFileModel ReadText(string path, string text) => new(path, text, Hashing.Sha256Hex(text));

    /// <summary>Links the project's vocabulary file, or gives the default vocabulary when there is none.</summary>
    public static VocabularyResult LinkVocabulary(IReadOnlyList<FileResult> vocabularyFiles, CancellationToken cancellationToken) =>
        Guard(
            () => VocabularyLinker.Link(vocabularyFiles, cancellationToken),
            ex => new VocabularyResult(VocabularyLinker.Default,
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(vocabularyFiles.Count == 0 ? LocationInfo.None : LocationInfo.FileStart(vocabularyFiles[0].Path), ex) })));

    /// <summary>Links and checks the registry files on their own, against the vocabulary's entity kinds; reports the vocabulary's diagnostics too.</summary>
    public static RegistryResult LinkRegistry(IReadOnlyList<FileResult> registryFiles, VocabularyResult vocabulary, CancellationToken cancellationToken)
    {
        var result = Guard(
            () => RegistryLinker.Link(registryFiles, vocabulary.Vocabulary, cancellationToken),
            ex => new RegistryResult(new EntityTable(EquatableArray<EntityKey>.Empty), EquatableArray<EntityModel>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(registryFiles.Count == 0 ? LocationInfo.None : LocationInfo.FileStart(registryFiles[0].Path), ex) }))
            {
                Vocabulary = vocabulary.Vocabulary,
            });
        return vocabulary.Diagnostics.IsEmpty ? result : result with { Diagnostics = vocabulary.Diagnostics.Concat(result.Diagnostics).ToEquatableArray() };
    }

    /// <summary>Links and checks one article against the registry's entity table, the vocabulary and its own text.</summary>
    public static ArticleResult LinkArticle(ArticleInput input, EntityTable table, VocabularyModel vocabulary, CancellationToken cancellationToken) =>
        Guard(
            () => ArticleLinker.Link(input, table, vocabulary, cancellationToken),
            ex => new ArticleResult(input.File.Article!.Meta.Id, input.File.Path, input.File.Article.Meta.Location, true, null, default, input.File.Diagnostics,
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(LocationInfo.FileStart(input.File.Path), ex) })));

    /// <summary>Assembles the corpus from the linked registry and articles (cheap and corpus-wide).</summary>
    public static LinkedCorpus Assemble(
        RegistryResult registry,
        IReadOnlyList<ArticleResult> articles,
        IReadOnlyList<FileResult> unbound,
        IReadOnlyList<string> contentHashes,
        DatasetOptions options) =>
        Guard(
            () => CorpusAssembler.Assemble(registry, articles, unbound, contentHashes, options),
            ex => new LinkedCorpus(EquatableArray<LinkedKind>.Empty, EquatableArray<LinkedArticle>.Empty, string.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { InternalError(LocationInfo.None, ex) })));

    /// <summary>
    /// Runs every step in order over a set of files (YAML and article texts; other files are ignored), giving the same
    /// corpus and diagnostics as the source generator over the same files.
    /// </summary>
    public static LinkedCorpus Compile(IEnumerable<InputFile> files, DatasetOptions options, CancellationToken cancellationToken)
    {
        var all = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var parsed = all.Where(f => IsYaml(f.Path)).Select(f => ParseFile(f.Path, f.Text, cancellationToken)).ToList();
        var texts = all.Where(f => IsText(f.Path)).Select(f => ReadText(f.Path, f.Text)).ToList();

        var vocabulary = LinkVocabulary(parsed.Where(f => f.Vocabulary is not null).ToList(), cancellationToken);
        var registry = LinkRegistry(parsed.Where(f => f.Registry is not null).ToList(), vocabulary, cancellationToken);
        var textIndex = TextIndex.Create(texts);
        var articles = parsed.Where(f => f.Article is not null)
            .Select(f => LinkArticle(ArticleLinker.Pair(f, textIndex), registry.Table, vocabulary.Vocabulary, cancellationToken))
            .ToList();
        var unbound = parsed.Where(f => f.Registry is null && f.Article is null).ToList();
        var hashes = parsed.Select(f => f.ContentSha256).Concat(texts.Select(t => t.Sha256)).ToList();
        return Assemble(registry, articles, unbound, hashes, options);
    }

    /// <summary>An internal failure as DSG0901 at the place it concerns.</summary>
    public static DiagnosticInfo InternalError(LocationInfo where, Exception ex) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, where, ex.GetType().Name + ": " + ex.Message);

    private static T Guard<T>(Func<T> step, Func<Exception, T> onError)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return onError(ex);
        }
    }
}
