using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Dataset.Core.Validation;
using Dataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Benchmarks;

/// <summary>
/// The cost of a vocabulary edit (which re-links the registry and every article) beside an article edit (which
/// re-links one) and a full run, at one N, measured side by side: every round times the three in turn, so that a
/// machine whose load changes during the run slows all three alike and the ratios stay comparable. The corpus declares
/// the default news vocabulary as its own file (<c>vocabulary/news.yaml</c>), and the edit changes one event type's
/// description, as a curator would. After the timings, one tracked run says which steps the vocabulary edit re-ran.
/// </summary>
internal static class VocabularyEditTimes
{
    private const string Described = "description: Officials meet.";

    public static void Report(int n, int rounds)
    {
        var corpus = Workbench.Corpus(n);
        var vocabularyPath = Workbench.Root + "vocabulary/news.yaml";
        var vocabulary = VocabularyLinker.DefaultText();
        if (vocabulary.IndexOf(Described, StringComparison.Ordinal) < 0)
        {
            throw new InvalidOperationException("the default vocabulary no longer has '" + Described + "': choose another term to edit");
        }

        var texts = Workbench.Texts(corpus).Add(new MemoryText(vocabularyPath, vocabulary));
        var compilation = Workbench.EmptyCompilation();
        var articlePath = Workbench.Root + corpus.ArticleYamlPath(n / 2);
        var articleEdits = new Edits(texts.Single(t => t.Path == articlePath),
            new MemoryText(articlePath, corpus.EditedArticleYaml(n / 2, 1).Text), new MemoryText(articlePath, corpus.EditedArticleYaml(n / 2, 2).Text));
        var vocabularyEdits = new Edits(texts.Single(t => t.Path == vocabularyPath),
            new MemoryText(vocabularyPath, vocabulary.Replace(Described, Described + " Edit one.")), new MemoryText(vocabularyPath, vocabulary.Replace(Described, Described + " Edit two.")));

        // Two warm drivers, one per kind of edit; every operation runs once untimed first (JIT, first-use caches).
        var articleDriver = Check(Workbench.CreateDriver(texts).RunGenerators(compilation));
        var vocabularyDriver = Check(Workbench.CreateDriver(texts).RunGenerators(compilation));
        var times = new Dictionary<string, List<double>> { ["full run"] = new(), ["article edit"] = new(), ["vocabulary edit"] = new() };
        for (var round = -1; round < rounds; round++)
        {
            var fullRun = Time(() => Check(Workbench.CreateDriver(texts).RunGenerators(compilation)));
            var articleEdit = Time(() => articleDriver = Check(articleEdits.Next(articleDriver).RunGenerators(compilation)));
            var vocabularyEdit = Time(() => vocabularyDriver = Check(vocabularyEdits.Next(vocabularyDriver).RunGenerators(compilation)));
            if (round >= 0)
            {
                times["full run"].Add(fullRun);
                times["article edit"].Add(articleEdit);
                times["vocabulary edit"].Add(vocabularyEdit);
            }
        }

        // Ratios per round (the three operations of one round ran back to back, under the same load), then their median.
        var full = times["full run"];
        Console.WriteLine($"N = {n:N0} articles, {Workbench.Entities:N0} entities, {rounds} rounds (each round: full run, article edit, vocabulary edit)");
        Console.WriteLine("| operation | median | min | max | full run ÷ operation, median of the rounds |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, values) in times)
        {
            var ratio = Median(values.Select((v, i) => full[i] / v).ToList());
            Console.WriteLine($"| {name} | {Median(values):F0} ms | {values.Min():F0} ms | {values.Max():F0} ms | {ratio:F1}× |");
        }

        var perEdit = Median(times["vocabulary edit"].Select((v, i) => v / times["article edit"][i]).ToList());
        Console.WriteLine($"A vocabulary edit takes {perEdit:F0}× as long as an article edit (median of the rounds' ratios).");
        Console.WriteLine(WhatReran(texts, vocabularyEdits.Fresh(), compilation));
    }

    /// <summary>One tracked run of a vocabulary edit: how many of each step's outputs were recomputed.</summary>
    private static string WhatReran(ImmutableArray<AdditionalText> texts, Edits edits, CSharpCompilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() }, texts, Workbench.ParseOptions, new BenchOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = Check(driver.RunGenerators(compilation));
        driver = Check(edits.Next(driver).RunGenerators(compilation));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var parts = new[]
        {
            DatasetGenerator.Steps.Parse, DatasetGenerator.Steps.Vocabulary, DatasetGenerator.Steps.Registry, DatasetGenerator.Steps.LinkArticle,
            DatasetGenerator.Steps.VocabularyUnits,
        }.Select(step =>
        {
            var runs = steps.TryGetValue(step, out var r) ? r : ImmutableArray<IncrementalGeneratorRunStep>.Empty;
            var outputs = runs.SelectMany(run => run.Outputs).ToList();
            var modified = outputs.Count(o => o.Item2 is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
            var unchanged = outputs.Count(o => o.Item2 is IncrementalStepRunReason.Unchanged);
            var elapsed = TimeSpan.FromTicks(runs.Sum(run => run.ElapsedTime.Ticks));
            return $"{step} {modified + unchanged:N0} of {outputs.Count:N0} ({modified:N0} modified, {unchanged:N0} unchanged; {elapsed.TotalMilliseconds:F0} ms)";
        });
        var emitted = driver.GetRunResult().Results.Single().TrackedOutputSteps
            .Select(o => (o.Key, Outputs: o.Value.SelectMany(run => run.Outputs).ToList()))
            .Select(o => $"{o.Key} {o.Outputs.Count(x => x.Reason is not IncrementalStepRunReason.Cached):N0} of {o.Outputs.Count:N0}");
        return "A vocabulary edit recomputes (outputs not Cached; modified or unchanged; the step's own time, tracking on): " + string.Join("; ", parts)
            + "\nand re-runs the source outputs: " + string.Join("; ", emitted);
    }

    private static GeneratorDriver Check(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || !result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The generator reported: " + result.Exception + string.Join("\n", result.Diagnostics.Take(10)));
        }

        return driver;
    }

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>A file and two edits of it: each call swaps in the edit that is not current, so every run sees a change.</summary>
    private sealed class Edits(AdditionalText original, AdditionalText first, AdditionalText second)
    {
        private AdditionalText? _current;

        /// <summary>The same edits, for a driver that still has the original file.</summary>
        public Edits Fresh() => new(original, first, second);

        public GeneratorDriver Next(GeneratorDriver driver)
        {
            var next = ReferenceEquals(_current, first) ? second : first;
            driver = driver.ReplaceAdditionalText(_current ?? original, next);
            _current = next;
            return driver;
        }
    }
}
