using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Dataset.Benchmarks;

/// <summary>
/// <c>edits N [rounds]</c>: one full run of the generator at N, then <c>rounds</c> one-file edits of one article on the
/// warm driver (alternating between edited texts), each timed; prints every edit, the median and full ÷ median edit.
/// Without the parse-only pass of <c>stats</c>, so the edit alone can be measured quickly. <c>BENCH_EDIT_PAUSE=s</c>
/// waits s seconds after the full run (printing the process id) so that a profiler can attach for the edits only.
/// Also prints what the warm driver keeps on the heap (its tables: the models, linked articles and generated texts).
/// </summary>
internal static class EditTimes
{
    public static void Report(int n, int rounds)
    {
        var corpus = Workbench.Corpus(n);
        var texts = Workbench.Texts(corpus);
        var compilation = Workbench.EmptyCompilation();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var driver = Workbench.CreateDriver(texts).RunGenerators(compilation);
        var full = clock.Elapsed;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
        var kept = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1e6;
        Console.Error.WriteLine($"the warm driver keeps {kept:F0} MB; GC during the full run: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen0/1/2, whole process); "
            + $"the full run allocated {allocated:F0} MB and the GC paused it {paused.TotalSeconds:F2} s");
        if (!driver.GetRunResult().Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException(string.Join("\n", driver.GetRunResult().Diagnostics.Take(5)));
        }

        if (Environment.GetEnvironmentVariable("BENCH_EDIT_PAUSE") is { Length: > 0 } pause)
        {
            Console.Error.WriteLine($"process {Environment.ProcessId}: full run done, editing in {pause} s");
            System.Threading.Thread.Sleep(TimeSpan.FromSeconds(double.Parse(pause, CultureInfo.InvariantCulture)));
        }

        var path = Workbench.Root + corpus.ArticleYamlPath(n / 2);
        AdditionalText old = texts.Single(t => t.Path == path);
        var edits = new List<TimeSpan>();
        for (var round = 1; round <= rounds; round++)
        {
            var edited = new MemoryText(path, corpus.EditedArticleYaml(n / 2, 1 + (round % 2)).Text);
            clock.Restart();
            driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
            edits.Add(clock.Elapsed);
            old = edited;
        }

        var median = edits.OrderBy(t => t).ElementAt(edits.Count / 2);
        Console.WriteLine($"N = {n:N0}: full run {full.TotalSeconds:F2} s; edits {string.Join(", ", edits.Select(t => t.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)))} s; "
            + $"median {median.TotalSeconds:F3} s; full / edit {full / median:F1}x");
    }
}
