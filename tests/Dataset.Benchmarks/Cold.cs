using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;

namespace Dataset.Benchmarks;

/// <summary>
/// (4, cold) First access in a fresh process. The parent starts this program again per measurement (<c>cold-child</c>);
/// the child times, with a stopwatch, only the first access (library: load the assembly and touch the data; YAML and
/// JSON: build the reader, read the files and deserialize), so process start-up is excluded alike for all three.
/// </summary>
internal static class Cold
{
    public static readonly string[] Modes = { "library-corpus", "yaml-corpus", "json-corpus", "library-entity", "yaml-entity", "json-entity" };

    /// <summary>Extra modes, run only when asked (<c>BENCH_COLD_FLOOR=1</c>): the harness's own floor for one entity.</summary>
    public static readonly string[] FloorModes = { "library-floor", "empty-floor" };

    /// <summary>The entity the "one entity" measurements read: a person from the middle of the registry.</summary>
    public static SyntheticEntity Probe(SyntheticCorpus corpus)
    {
        var people = corpus.Entities.Where(e => e.Kind == "person").ToList();
        return people[people.Count / 2];
    }

    /// <summary>Runs every mode <paramref name="runs"/> times per N in fresh processes and prints a markdown table.</summary>
    public static void Report(IEnumerable<int> sizes, int runs)
    {
        Console.WriteLine("| N | what | compiled library | YamlDotNet | ratio | System.Text.Json | ratio |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var n in sizes)
        {
            var corpus = Workbench.Corpus(n);
            Workbench.LibraryPath(corpus.Options);
            Workbench.DataDirectories(n);
            // Rounds of every mode in turn, not every run of one mode and then the next: on a shared machine the load
            // changes over minutes, and interleaving spreads it over all modes alike.
            var modes = (Environment.GetEnvironmentVariable("BENCH_COLD_FLOOR") == "1" ? Modes.Concat(FloorModes) : Modes).ToList();
            var samples = modes.ToDictionary(m => m, _ => new List<double>());
            for (var i = 0; i < runs; i++)
            {
                foreach (var mode in modes)
                {
                    samples[mode].Add(RunChild(mode, n));
                }
            }

            var medians = new Dictionary<string, double>();
            foreach (var mode in modes)
            {
                var sorted = samples[mode].OrderBy(x => x).ToList();
                medians[mode] = sorted[sorted.Count / 2];
                Console.Error.WriteLine($"N={n} {mode}: median {medians[mode]:F2} ms, min {sorted[0]:F2}, max {sorted[^1]:F2}");
            }

            foreach (var what in new[] { "corpus", "entity" })
            {
                var lib = medians["library-" + what];
                var yaml = medians["yaml-" + what];
                var json = medians["json-" + what];
                Console.WriteLine($"| {n:N0} | {(what == "corpus" ? "whole corpus" : "one entity")} | {lib:F1} ms | {yaml:F1} ms | {yaml / lib:F1}x | {json:F1} ms | {json / lib:F1}x |");
            }

            if (medians.TryGetValue("library-floor", out var floor))
            {
                Console.WriteLine($"floor of one entity: load the library and read Corpus.Version by reflection {floor:F2} ms; an empty measurement {medians["empty-floor"]:F3} ms");
            }
        }
    }

    private static double RunChild(string mode, int n) =>
        double.Parse(RunChildOutput("cold-child", mode, n.ToString(CultureInfo.InvariantCulture)).Single(), CultureInfo.InvariantCulture);

    /// <summary>Runs this program again with <paramref name="arguments"/> and returns the lines it printed.</summary>
    public static IReadOnlyList<string> RunChildOutput(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Cold).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Join(" ", arguments) + " failed: " + output);
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
    }

    /// <summary>
    /// The floor of "one entity" in this harness: the same steps with nothing of the dataset built. <c>library-floor</c>
    /// loads the library and reads <c>Corpus.Version</c> through the same reflection (one string field, no entity);
    /// <c>empty-floor</c> only starts and stops the stopwatch.
    /// </summary>
    private static int Floor() => 1;

    /// <summary>The child: one first access, its time in milliseconds on standard output.</summary>
    public static int Child(string mode, int n)
    {
        // Everything but the measured access is prepared first: paths, the probe entity.
        var corpus = Workbench.Corpus(n);
        var library = Workbench.LibraryPath(corpus.Options);
        var (yaml, json) = Workbench.DataDirectories(n);
        var probe = Probe(corpus);
        var member = Library.Member(probe);

        var clock = Stopwatch.StartNew();
        var result = mode switch
        {
            "library-corpus" => new Library(Assembly.LoadFrom(library)).TouchCorpus(),
            "library-entity" => new Library(Assembly.LoadFrom(library)).TouchEntity("People", member).Name.Length,
            "library-floor" => new Library(Assembly.LoadFrom(library)).TouchVersion().Length,
            "empty-floor" => Floor(),
            "yaml-corpus" => YamlData.LoadAll(YamlData.CreateDeserializer(), yaml).Count,
            "yaml-entity" => YamlData.LoadEntity(YamlData.CreateDeserializer(), yaml, "people", probe.Id).Name!.Length,
            "json-corpus" => JsonData.LoadAll(json).Count,
            "json-entity" => JsonData.LoadEntity(json, "people", probe.Id).Name!.Length,
            _ => throw new ArgumentException("unknown mode " + mode),
        };
        clock.Stop();
        if (result <= 0)
        {
            throw new InvalidOperationException("nothing loaded");
        }

        Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
        return 0;
    }
}

/// <summary>
/// Single-shot measurements where BenchmarkDotNet's repetitions cost too much (N = 10,000): sizes of the generated
/// code, and one parse-only pass, one full generator run, one one-file edit and (optionally) one compile, by stopwatch.
/// </summary>
/// <summary>
/// Where the library's cold whole-corpus access spends its time, in a fresh process: each step's wall time, the JIT
/// time and IL compiled meanwhile (all threads, so background re-compilation counts), GC pauses and what is allocated;
/// and, as a floor, the same process allocating and keeping small objects of the size the library's data reaches.
/// </summary>
internal static class Phases
{
    /// <param name="n">The number of articles.</param>
    /// <param name="library">A compiled library to measure instead of this build's (for example one a build of main cached).</param>
    public static void Report(int n, string? library)
    {
        library ??= Workbench.LibraryPath(Workbench.Corpus(n).Options);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var (startJit, startMethods, startPauses, startHeap) = (System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration().TotalMilliseconds, GC.GetTotalMemory(forceFullCollection: true));
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var assembly = Assembly.LoadFrom(library);
        double lastTime = 0, lastJit = startJit;
        long lastIl = System.Runtime.JitInfo.GetCompiledILBytes(), lastAllocated = GC.GetTotalAllocatedBytes();
        void Lap(string what)
        {
            var time = clock.Elapsed.TotalMilliseconds;
            var jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
            var il = System.Runtime.JitInfo.GetCompiledILBytes();
            var allocated = GC.GetTotalAllocatedBytes();
            Console.WriteLine($"| {what} | {time - lastTime:F0} ms | {jit - lastJit:F0} ms | {(il - lastIl) / 1000.0:F0} KB | {(allocated - lastAllocated) / 1e6:F1} MB |");
            (lastTime, lastJit, lastIl, lastAllocated) = (time, jit, il, allocated);
        }

        Console.WriteLine("| step | wall | JIT | IL compiled | allocated |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Lap("load the assembly");
        var corpusType = assembly.GetType("Bench.Corpus", throwOnError: true)!;
        _ = corpusType.GetProperty("Articles")!.GetValue(null);
        Lap("Corpus.Articles");
        _ = corpusType.GetProperty("Entities")!.GetValue(null);
        Lap("Corpus.Entities");
        _ = corpusType.GetProperty("Events")!.GetValue(null);
        Lap("Corpus.Events (every article's facts and the index)");
        foreach (var name in new[] { "Relations", "Quantities", "Quotes", "Claims", "Corrections", "Mentions" })
        {
            _ = corpusType.GetProperty(name)!.GetValue(null);
        }

        Lap("the other fact lists");
        var total = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"total {total:F0} ms; JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds - startJit:F0} ms over "
            + $"{System.Runtime.JitInfo.GetCompiledMethodCount() - startMethods:N0} methods; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds - startPauses:F0} ms "
            + $"(gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}); "
            + $"the library's data on the heap {(GC.GetTotalMemory(forceFullCollection: true) - startHeap) / 1e6:F0} MB");
    }

    /// <summary>Allocates small objects (a 100-character string and a 4-slot array at a time) until <paramref name="megabytes"/>, keeping or dropping them.</summary>
    public static void Floor(int megabytes, bool keep)
    {
        var clock = Stopwatch.StartNew();
        var kept = new List<object>();
        long total = 0;
        while (total < megabytes * 1_000_000L)
        {
            var text = new string('x', 100);
            var slots = new object[4];
            total += 222 + 56;
            if (keep)
            {
                kept.Add(text);
                kept.Add(slots);
            }
        }

        Console.WriteLine($"{(keep ? "keep" : "drop")} {megabytes} MB of small objects: {clock.Elapsed.TotalMilliseconds:F0} ms, "
            + $"GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, heap {GC.GetTotalMemory(false) / 1e6:F0} MB, kept {kept.Count:N0}");
    }
}

internal static class Stats
{
    public static void Report(IEnumerable<int> sizes, bool compile)
    {
        Console.WriteLine("| N | M | input files | input MB | parse-only | generator full run | ratio | one-file edit | full/edit | generated files | generated lines | largest file | its lines | compile |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var n in sizes)
        {
            var corpus = Workbench.Corpus(n);
            var texts = Workbench.Texts(corpus);
            var megabytes = texts.Cast<MemoryText>().Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.Content)) / 1_000_000.0;

            var clock = Stopwatch.StartNew();
            foreach (var t in texts.Cast<MemoryText>().Where(t => t.Path.EndsWith(".yaml", StringComparison.Ordinal)))
            {
                new YamlDotNet.RepresentationModel.YamlStream().Load(new System.IO.StringReader(t.Content));
            }

            var parse = clock.Elapsed;
            clock.Restart();
            var compilation = Workbench.EmptyCompilation();
            var driver = Workbench.CreateDriver(texts).RunGenerators(compilation);
            var full = clock.Elapsed;
            var result = driver.GetRunResult().Results.Single();
            if (!result.Diagnostics.IsEmpty)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
            }

            var sources = result.GeneratedSources;
            // Three edits of one article, the median: the first edit after the full run is the slowest of the three. The
            // GC pauses meanwhile are printed too (at N = 10,000 they are a few hundredths of a second: not the cost).
            var path = Workbench.Root + corpus.ArticleYamlPath(n / 2);
            AdditionalText old = texts.Single(t => t.Path == path);
            var edits = new List<TimeSpan>();
            var pausesBefore = GC.GetTotalPauseDuration();
            var gen2Before = GC.CollectionCount(2);
            for (var round = 1; round <= 3; round++)
            {
                var edited = new MemoryText(path, corpus.EditedArticleYaml(n / 2, round).Text);
                clock.Restart();
                driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
                edits.Add(clock.Elapsed);
                old = edited;
            }

            var edit = edits.OrderBy(t => t).ElementAt(1);
            Console.Error.WriteLine($"N = {n:N0}: three edits {string.Join(", ", edits.Select(t => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s"))}; "
                + $"GC pauses meanwhile {(GC.GetTotalPauseDuration() - pausesBefore).TotalSeconds:F2} s, {GC.CollectionCount(2) - gen2Before} gen2 collections");
            var largest = sources.MaxBy(s => s.SourceText.Lines.Count);
            if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { Length: > 0 } dump)
            {
                // BENCH_DUMP=folder: the generated files, to read what the compiler is given.
                foreach (var s in sources)
                {
                    var file = System.IO.Path.Combine(dump, n.ToString(CultureInfo.InvariantCulture), s.HintName);
                    System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
                    System.IO.File.WriteAllText(file, s.SourceText.ToString());
                }
            }

            var compiled = "not run";
            if (compile)
            {
                var generated = sources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
                driver = null!;
                sources = default;
                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                clock.Restart();
                var image = Workbench.TryCompile(generated, out var errors);
                var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9;
                compiled = clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s, "
                    + allocated.ToString("F1", CultureInfo.InvariantCulture) + " GB allocated, process peak working set "
                    + (Process.GetCurrentProcess().PeakWorkingSet64 / 1e9).ToString("F1", CultureInfo.InvariantCulture) + " GB"
                    + (image is null ? " (emit fails: " + string.Join("; ", errors.Take(2)).Split(':')[0] + ")" : string.Empty);
            }

            Console.WriteLine($"| {n:N0} | {corpus.Entities.Count:N0} | {texts.Length:N0} | {megabytes:F1} | {parse.TotalSeconds:F2} s | {full.TotalSeconds:F2} s | "
                + $"{full / parse:F2} | {edit.TotalSeconds:F2} s | {full / edit:F1} | {result.GeneratedSources.Length:N0} | {result.GeneratedSources.Sum(s => (long)s.SourceText.Lines.Count):N0} | "
                + $"{largest.HintName} | {largest.SourceText.Lines.Count:N0} | {compiled} |");
        }
    }
}
