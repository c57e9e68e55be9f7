using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;
using Dataset.Core.Validation;
using Dataset.Tool.Output;

namespace Dataset.Tool.Input;

/// <summary>Receives each linked article, in file order, while the corpus is read.</summary>
internal interface IArticleSink
{
    /// <summary>The corpus's vocabulary, before its first article (and again when the corpus is read again).</summary>
    void Vocabulary(VocabularyModel vocabulary);

    /// <summary>One article that linked (it may still carry diagnostics).</summary>
    void Article(LinkedArticle article);

    /// <summary>Forget every article received so far: the corpus is read again from the start.</summary>
    void Reset();
}

/// <summary>What reading a corpus gave: the corpus model without the article units (streamed to the sink instead), and the article count.</summary>
/// <param name="Model">Entities, the corpus unit (version, content hash) and every diagnostic, sorted as the generator sorts them.</param>
/// <param name="Articles">How many articles were linked and streamed.</param>
/// <param name="Vocabulary">The corpus's vocabulary (its own, or the default).</param>
internal sealed record CorpusRead(LinkedCorpus Model, int Articles, VocabularyModel Vocabulary);

/// <summary>
/// The generator's pipeline (<see cref="CorpusPipeline"/>) over a data folder, one article at a time, in bounded memory:
/// the registry files are parsed and linked first, then each article file is parsed, paired with its text, linked,
/// handed to the sink and dropped; only its diagnostics and first mentions are kept for the corpus-wide step
/// (<see cref="CorpusPipeline.Assemble"/>), which gives the same diagnostics as <see cref="CorpusPipeline.Compile"/>.
/// </summary>
internal static class CorpusStream
{
    // A top-level 'article:' key in block style: the file is an article (the binder treats any file with an 'article' key as one).
    private static readonly Regex ArticleKey = new(@"^article[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>How many articles are linked at once (on worker threads; handed to the sink in file order).</summary>
    private const int Batch = 32;

    /// <summary>Reads the corpus of <paramref name="folder"/>, streaming each linked article to <paramref name="sink"/>.</summary>
    public static CorpusRead Read(DataFolder folder, DatasetOptions options, IArticleSink? sink, ToolConsole console, string what, CancellationToken cancellationToken)
    {
        // Registry-like files first (no top-level 'article:' line), so that the entity table exists before any article.
        var first = new List<string>();
        var articles = new List<string>();
        foreach (var path in folder.Yaml)
        {
            (LooksLikeArticle(path) ? articles : first).Add(path);
        }

        while (true)
        {
            var result = TryRead(folder, first, articles, options, sink, console, what, cancellationToken, out var lateRegistry);
            if (result is not null)
            {
                return result;
            }

            // A file that looked like an article bound as a registry: read again with it among the registry files.
            first.Add(lateRegistry!);
            first.Sort(StringComparer.Ordinal);
            articles.Remove(lateRegistry!);
            sink?.Reset();
        }
    }

    private static bool LooksLikeArticle(string path)
    {
        var text = DataFolder.Read(path);
        return ArticleKey.IsMatch(text);
    }

    private static CorpusRead? TryRead(
        DataFolder folder,
        List<string> first,
        List<string> articlePaths,
        DatasetOptions options,
        IArticleSink? sink,
        ToolConsole console,
        string what,
        CancellationToken cancellationToken,
        out string? lateRegistry)
    {
        lateRegistry = null;
        var hashes = new List<string>();
        var registryFiles = new List<FileResult>();
        var vocabularyFiles = new List<FileResult>();
        var unbound = new List<FileResult>();
        var heldArticles = new List<FileResult>();
        foreach (var path in first)
        {
            var parsed = CorpusPipeline.ParseFile(path, DataFolder.Read(path), cancellationToken);
            hashes.Add(parsed.ContentSha256);
            if (parsed.Registry is not null)
            {
                registryFiles.Add(parsed);
            }
            else if (parsed.Article is not null)
            {
                heldArticles.Add(parsed);
            }
            else
            {
                // As CorpusPipeline.Compile does: a vocabulary file is linked on its own and its parse diagnostics
                // reach the corpus with the other files that bound to no registry or article.
                if (parsed.Vocabulary is not null)
                {
                    vocabularyFiles.Add(parsed);
                }

                unbound.Add(parsed);
            }
        }

        var vocabulary = CorpusPipeline.LinkVocabulary(vocabularyFiles, cancellationToken);
        sink?.Vocabulary(vocabulary.Vocabulary);
        var registry = CorpusPipeline.LinkRegistry(registryFiles, vocabulary, cancellationToken);
        var textPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in folder.Texts)
        {
            textPaths[text.Replace('\\', '/')] = text;
        }

        var textHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<ArticleResult>();
        var firstMentions = new Dictionary<string, (int Index, ArticleResult Result)>(StringComparer.Ordinal);
        var total = heldArticles.Count + articlePaths.Count;
        var done = 0;
        using var progress = console.StartProgress(what, total);

        // Articles held from the first pass (flow-style files), then the rest in file order.
        var order = heldArticles.Select(f => (f.Path, Parsed: (FileResult?)f))
            .Concat(articlePaths.Select(p => (Path: p, Parsed: (FileResult?)null)))
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .ToList();

        for (var start = 0; start < order.Count; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.Skip(start).Take(Batch).ToList();

            // Read on this thread (file errors are ToolExceptions and stop the run), link on the workers.
            var inputs = batch.Select(x => (x.Path, Text: x.Parsed is null ? DataFolder.Read(x.Path) : null, x.Parsed)).ToList();
            var linked = inputs
                .AsParallel()
                .AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(x => Link(x.Path, x.Text, x.Parsed, registry.Table, vocabulary.Vocabulary, textPaths, options, cancellationToken))
                .ToList();

            foreach (var item in linked)
            {
                if (item.Error is { } error)
                {
                    throw error;
                }

                var parsed = item.Parsed;
                if (!item.WasHeld)
                {
                    hashes.Add(parsed.ContentSha256);
                }

                if (item.TextPath is { } textPath && item.TextSha256 is { } textSha)
                {
                    textHashes[textPath] = textSha;
                }

                if (parsed.Registry is not null)
                {
                    lateRegistry = parsed.Path;
                    return null;
                }

                if (item.Result is not { } result)
                {
                    unbound.Add(parsed);
                    continue;
                }

                if (result.Article is { } article)
                {
                    sink?.Article(article);
                }

                // Keep only the mentions that can still be an entity's first (the corpus step takes each entity's mention
                // from the first article by id, then path): one per entity in all, not one per entity per article.
                var kept = new List<EntityMention>();
                foreach (var mention in result.Mentions)
                {
                    if (!firstMentions.TryGetValue(mention.EntityId, out var best) || Before(result, best.Result))
                    {
                        firstMentions[mention.EntityId] = (results.Count, result);
                        kept.Add(mention);
                    }
                }

                results.Add(result with { Article = null, Mentions = kept.ToEquatableArray() });
            }

            done += batch.Count;
            progress.Report(done);
        }

        // Every text counts in the content hash, paired or not.
        foreach (var text in folder.Texts)
        {
            var key = text.Replace('\\', '/');
            if (!textHashes.ContainsKey(key))
            {
                textHashes[key] = CorpusPipeline.ReadText(text, DataFolder.Read(text)).Sha256;
            }
        }

        // Drop the mentions that a later article (by id) turned out to precede.
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.Mentions.Count > 0)
            {
                results[i] = r with { Mentions = r.Mentions.Where(m => firstMentions[m.EntityId].Index == i).ToEquatableArray() };
            }
        }

        hashes.AddRange(textHashes.Values);
        var model = CorpusPipeline.Assemble(registry, results, unbound, hashes, options);
        return new CorpusRead(model, results.Count(r => r.HasValidId), vocabulary.Vocabulary);
    }

    private static Linked Link(
        string path,
        string? text,
        FileResult? parsed,
        EntityTable table,
        VocabularyModel vocabulary,
        Dictionary<string, string> textPaths,
        DatasetOptions options,
        CancellationToken cancellationToken)
    {
        var file = parsed ?? CorpusPipeline.ParseFile(path, text!, cancellationToken);
        if (file.Article is null)
        {
            return new Linked(file, parsed is not null, null, null, null, null);
        }

        // The text file the article pins, by the linker's own rule, read only for this article.
        var key = ArticleLinker.TextPathOf(file)!;
        TextFileModel? model = null;
        try
        {
            if (textPaths.TryGetValue(key, out var textPath))
            {
                model = CorpusPipeline.ReadText(textPath, DataFolder.Read(textPath));
            }
        }
        catch (ToolException ex)
        {
            return new Linked(file, parsed is not null, null, null, null, ex);
        }

        var texts = TextIndex.Create(model is null ? Array.Empty<TextFileModel>() : new[] { model });
        var result = CorpusPipeline.LinkArticle(ArticleLinker.Pair(file, texts), table, vocabulary, cancellationToken);
        return new Linked(file, parsed is not null, result, model is null ? null : key, model?.Sha256, null);
    }

    private static bool Before(ArticleResult a, ArticleResult b)
    {
        if (!a.HasValidId || !b.HasValidId)
        {
            return a.HasValidId ? true : false;
        }

        var byId = string.CompareOrdinal(a.Id, b.Id);
        return byId != 0 ? byId < 0 : string.CompareOrdinal(a.Path, b.Path) < 0;
    }

    private sealed record Linked(FileResult Parsed, bool WasHeld, ArticleResult? Result, string? TextPath, string? TextSha256, ToolException? Error);
}
