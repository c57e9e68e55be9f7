using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Dataset.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Benchmarks;

/// <summary>
/// Where a full run's time goes: runs the generator once with step tracking on and prints, for every tracked step
/// (the named pipeline steps and the source outputs, which include emitting), the sum of the driver's own
/// <see cref="IncrementalGeneratorRunStep.ElapsedTime"/> over the step's runs, beside the parse-only baseline.
/// </summary>
internal static class StepTimes
{
    public static void Report(IEnumerable<int> sizes)
    {
        foreach (var n in sizes)
        {
            var corpus = Workbench.Corpus(n);
            var texts = Workbench.Texts(corpus);
            var clock = Stopwatch.StartNew();
            foreach (var t in texts.Cast<MemoryText>().Where(t => t.Path.EndsWith(".yaml", StringComparison.Ordinal)))
            {
                new YamlDotNet.RepresentationModel.YamlStream().Load(new System.IO.StringReader(t.Content));
            }

            var parse = clock.Elapsed;
            var phases = ParsePhases(texts.Cast<MemoryText>().Where(t => t.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList());
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new Dataset.Generator.DatasetGenerator().AsSourceGenerator() }, texts, Workbench.ParseOptions, new BenchOptions(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            clock.Restart();
            driver = driver.RunGenerators(Workbench.EmptyCompilation());
            var full = clock.Elapsed;
            clock.Restart();
            var result = driver.GetRunResult().Results.Single();
            var collect = clock.Elapsed;

            Console.WriteLine($"N = {n:N0}: parse-only {parse.TotalSeconds:F2} s, full run {full.TotalSeconds:F2} s (tracking on), then GetRunResult {collect.TotalSeconds:F2} s");
            Console.WriteLine($"The parse step's phases, run alone over the YAML files after the baseline: {phases}");
            Console.WriteLine($"The article steps' phases, run alone over every article: {ArticlePhases(texts.Cast<MemoryText>().ToList())}");
            Console.WriteLine("| step | runs | total | share of the full run |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            var rows = result.TrackedSteps.Select(s => (Name: s.Key, Runs: s.Value))
                .Concat(result.TrackedOutputSteps.Select(s => (Name: "output: " + s.Key, Runs: s.Value)))
                .Select(s => (s.Name, Count: s.Runs.Length, Total: TimeSpan.FromTicks(s.Runs.Sum(r => r.ElapsedTime.Ticks))))
                .OrderByDescending(s => s.Total);
            foreach (var (name, count, total) in rows)
            {
                Console.WriteLine($"| {name} | {count:N0} | {total.TotalSeconds:F2} s | {total / full:P0} |");
            }
        }
    }

    /// <summary>The generator's parse step split into its phases, each timed over every file (second of two passes).</summary>
    private static string ParsePhases(IReadOnlyList<MemoryText> files)
    {
        TimeSpan read = default, bind = default, hash = default, baseline = default;
        for (var pass = 0; pass < 2; pass++)
        {
            read = bind = hash = baseline = default;
            foreach (var file in files)
            {
                var clock = Stopwatch.StartNew();
                new YamlDotNet.RepresentationModel.YamlStream().Load(new System.IO.StringReader(file.Content));
                baseline += clock.Elapsed;
                clock.Restart();
                var sha = Dataset.Core.Common.Hashing.Sha256Hex(file.Content.Replace("\r\n", "\n"));
                hash += clock.Elapsed;
                clock.Restart();
                var diagnostics = new List<Dataset.Core.Diagnostics.DiagnosticInfo>();
                var root = Dataset.Core.Parsing.YamlTreeReader.Read(file.Path, file.Content, diagnostics, default);
                read += clock.Elapsed;
                clock.Restart();
                Dataset.Core.Parsing.ModelBinder.Bind(file.Path, sha, root, diagnostics);
                bind += clock.Elapsed;
            }
        }

        return $"YamlStream.Load {baseline.TotalSeconds:F2} s; the generator's located tree {read.TotalSeconds:F2} s, binding {bind.TotalSeconds:F2} s, hashing {hash.TotalSeconds:F2} s";
    }

    /// <summary>
    /// LinkArticle and the article's emit split into their phases, each timed over every article (second of two
    /// passes): the text's normalised form, the mention search, the facts' linking (evidence search included), the
    /// fact stream's encoding, its compression and the article file's writing.
    /// </summary>
    private static string ArticlePhases(IReadOnlyList<MemoryText> files)
    {
        var parsed = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => Dataset.Core.Pipeline.CorpusPipeline.ParseFile(f.Path, f.Content, default)).ToList();
        var textIndex = Dataset.Core.Model.TextIndex.Create(files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => Dataset.Core.Pipeline.CorpusPipeline.ReadText(f.Path, f.Content)).ToList());
        var vocabulary = Dataset.Core.Pipeline.CorpusPipeline.LinkVocabulary(parsed.Where(f => f.Vocabulary is not null).ToList(), default);
        var registry = Dataset.Core.Pipeline.CorpusPipeline.LinkRegistry(parsed.Where(f => f.Registry is not null).ToList(), vocabulary, default);
        var resolver = Dataset.Core.Validation.EntityResolver.Of(registry.Table);
        var articles = parsed.Where(f => f.Article is not null).Select(f => Dataset.Core.Validation.ArticleLinker.Pair(f, textIndex)).ToList();

        TimeSpan normalise = default, mentions = default, facts = default, encode = default, compress = default, write = default;
        for (var pass = 0; pass < 2; pass++)
        {
            normalise = mentions = facts = encode = compress = write = default;
            foreach (var input in articles)
            {
                var article = input.File.Article!;
                var clock = Stopwatch.StartNew();
                var evidenceText = Dataset.Core.Validation.EvidenceText.Create(input.Text!.Text);
                normalise += clock.Elapsed;
                clock.Restart();
                var first = new Dictionary<string, Dataset.Core.Model.FirstMention>(StringComparer.Ordinal);
                var found = Dataset.Core.Validation.MentionFinder.Find(article.Meta, article.Meta.Published.Value, input.Text.Text, evidenceText, resolver, first);
                mentions += clock.Elapsed;
                clock.Restart();
                var diagnostics = new Dataset.Core.Diagnostics.DiagnosticBag();
                var linkedFacts = new Dataset.Core.Validation.FactLinker(article, input.Text.Text, new Dataset.Core.Validation.EvidenceSearch(input.Text.Text, evidenceText), resolver, vocabulary.Vocabulary, diagnostics).Link(found);
                facts += clock.Elapsed;
                clock.Restart();
                var bytes = Dataset.Generator.Emit.FactStreamWriter.Encode(linkedFacts).Bytes;
                encode += clock.Elapsed;
                clock.Restart();
                Dataset.Common.StreamCompression.Compress(bytes);
                compress += clock.Elapsed;
            }

            // The whole article file, as the generator writes it (encoding and compression included).
            var clockWrite = new Stopwatch();
            foreach (var input in articles)
            {
                if (Dataset.Core.Pipeline.CorpusPipeline.LinkArticle(input, registry.Table, vocabulary.Vocabulary, default).Article is { } a)
                {
                    clockWrite.Start();
                    Dataset.Generator.Emit.ArticleEmitter.Emit(new Dataset.Generator.Emit.ArticleFileUnit("Articles/Bench.g.cs", new Dataset.Core.Common.EquatableArray<Dataset.Generator.Emit.ArticleUnit>(new[] { new Dataset.Generator.Emit.ArticleUnit("Bench", a) })), nullable: true);
                    clockWrite.Stop();
                }
            }

            write = clockWrite.Elapsed;
        }

        return $"normalised text {normalise.TotalSeconds:F2} s, mentions {mentions.TotalSeconds:F2} s, facts (evidence search included) {facts.TotalSeconds:F2} s; "
            + $"fact stream encoding {encode.TotalSeconds:F2} s, compression {compress.TotalSeconds:F2} s; the article files written (both included) {write.TotalSeconds:F2} s";
    }

    /// <summary>
    /// <c>edit-steps N</c>: the driver's step times of one one-file edit after a full run (step tracking on), the steps
    /// whose time grows with N showing as those that ran over every article.
    /// </summary>
    public static void ReportEdit(int n)
    {
        var corpus = Workbench.Corpus(n);
        var texts = Workbench.Texts(corpus);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new Dataset.Generator.DatasetGenerator().AsSourceGenerator() }, texts, Workbench.ParseOptions, new BenchOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = Workbench.EmptyCompilation();
        driver = driver.RunGenerators(compilation);
        var path = Workbench.Root + corpus.ArticleYamlPath(n / 2);
        var old = texts.Single(t => t.Path == path);
        var clock = Stopwatch.StartNew();
        driver = driver.ReplaceAdditionalText(old, new MemoryText(path, corpus.EditedArticleYaml(n / 2, 1).Text)).RunGenerators(compilation);
        var edit = clock.Elapsed;
        var result = driver.GetRunResult().Results.Single();
        Console.WriteLine($"N = {n:N0}: one-file edit {edit.TotalSeconds:F3} s (tracking on)");
        Console.WriteLine("| step | runs | total | outputs not cached |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        var rows = result.TrackedSteps.Select(s => (Name: s.Key, Runs: s.Value))
            .Concat(result.TrackedOutputSteps.Select(s => (Name: "output: " + s.Key, Runs: s.Value)))
            .Select(s => (s.Name, Count: s.Runs.Length, Total: TimeSpan.FromTicks(s.Runs.Sum(r => r.ElapsedTime.Ticks)),
                NotCached: s.Runs.SelectMany(r => r.Outputs).Count(o => o.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged)))
            .OrderByDescending(s => s.Total)
            .Take(15);
        foreach (var (name, count, total, notCached) in rows)
        {
            Console.WriteLine($"| {name} | {count:N0} | {total.TotalMilliseconds:F1} ms | {notCached:N0} |");
        }
    }
}
