using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Dataset.Core.Pipeline;

namespace Dataset.Benchmarks;

/// <summary>
/// <c>link N</c>: the corpus-wide link step alone (<c>CorpusPipeline.Assemble</c>, the generator's <c>Link</c>), which
/// every one-file edit re-runs over every article's result: its median time over 7 runs, after the articles are linked
/// once outside the clock. Without step tracking, so it can run at N = 10,000.
/// </summary>
internal static class LinkTimes
{
    public static void Report(int n)
    {
        var files = Workbench.Texts(Workbench.Corpus(n)).Cast<MemoryText>().ToList();
        var all = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var parsed = all.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => CorpusPipeline.ParseFile(f.Path, f.Content, default)).ToList();
        var texts = all.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).Select(f => CorpusPipeline.ReadText(f.Path, f.Content)).ToList();
        var vocabulary = CorpusPipeline.LinkVocabulary(parsed.Where(f => f.Vocabulary is not null).ToList(), default);
        var registry = CorpusPipeline.LinkRegistry(parsed.Where(f => f.Registry is not null).ToList(), vocabulary, default);
        var textIndex = Dataset.Core.Model.TextIndex.Create(texts);
        var articles = parsed.Where(f => f.Article is not null)
            .Select(f => CorpusPipeline.LinkArticle(Dataset.Core.Validation.ArticleLinker.Pair(f, textIndex), registry.Table, vocabulary.Vocabulary, default))
            .ToList();
        var unbound = parsed.Where(f => f.Registry is null && f.Article is null).ToList();
        var hashes = parsed.Select(f => f.ContentSha256).Concat(texts.Select(t => t.Sha256)).ToList();
        var options = new Dataset.Core.Model.DatasetOptions("Bench", "1.0.0");

        var times = new List<TimeSpan>();
        for (var run = 0; run < 8; run++)
        {
            var clock = Stopwatch.StartNew();
            var corpus = CorpusPipeline.Assemble(registry, articles, unbound, hashes, options);
            clock.Stop();
            if (run > 0)
            {
                times.Add(clock.Elapsed); // the first run pays for the JIT
            }

            GC.KeepAlive(corpus);
        }

        times.Sort();
        Console.WriteLine($"N = {n:N0}: Link (CorpusPipeline.Assemble) median {times[times.Count / 2].TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)} ms "
            + $"(min {times[0].TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)}, max {times[^1].TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)}) over 7 runs");
    }
}
