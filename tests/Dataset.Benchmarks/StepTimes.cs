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
}
