using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Benchmarks;

/// <summary>
/// <c>compile-phases N</c>: where the compile of the generated library goes, by phase (parse, declarations and method
/// bodies bound with diagnostics, emit) and by group of generated files (articles, entities; the articles without their
/// comment lines; the articles' stored streams alone, the floor of carrying that data as C# string constants), each with
/// its time and what it allocated. One run; read it beside <c>stats N --compile</c>.
/// </summary>
internal static class CompilePhases
{
    public static void Report(int articles)
    {
        var sources = Workbench.Generate(Workbench.Corpus(articles));
        Console.WriteLine($"N = {articles:N0}, C# {Workbench.Language}: {sources.Count:N0} files, {sources.Sum(s => (long)s.Text.Length) / 1e6:F1} M characters");
        Console.WriteLine("| files | characters | parse | bind (diagnostics) | emit | total | allocated |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Measure("all", sources);
        Measure("articles", sources.Where(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal)).ToList(), stubs: true);
        Measure("entities", sources.Where(s => s.HintName.StartsWith("Entities/", StringComparison.Ordinal)).ToList(), stubs: true);
        var articleFiles = sources.Where(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal)).ToList();
        Measure("articles without comment lines", articleFiles.Select(s => (s.HintName, WithoutCommentLines(s.Text))).ToList(), stubs: true);
        Measure("the articles' streams alone (floor)", articleFiles.Select((s, i) => (s.HintName, StreamsOnly(s.Text, i))).ToList());
    }

    private static string WithoutCommentLines(string text) =>
        string.Join("\n", text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    // The article's stored streams (string constants), in a class of their own: the data with no other code.
    private static string StreamsOnly(string text, int file)
    {
        var code = new System.Text.StringBuilder("internal static class Streams" + file.ToString(CultureInfo.InvariantCulture) + "\n{\n");
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith("internal const string ", StringComparison.Ordinal))
            {
                code.Append(line).Append('\n');
            }
        }

        return code.Append("}\n").ToString();
    }

    private static void Measure(string name, IReadOnlyList<(string HintName, string Text)> sources, bool stubs = false)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, Workbench.ParseOptions, path: s.HintName)).ToList();
        foreach (var tree in trees)
        {
            tree.GetRoot();
        }

        var parse = clock.Elapsed;
        var compilation = Workbench.EmptyCompilation().AddSyntaxTrees(trees);
        clock.Restart();
        var diagnostics = compilation.GetDiagnostics();
        var bind = clock.Elapsed;
        clock.Restart();
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var emitted = clock.Elapsed;
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e9;

        // A group on its own misses the other groups' types: its errors are expected, its costs are what it adds.
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"| {name}{(stubs && errors > 0 ? $" ({errors:N0} errors without the rest)" : string.Empty)} | {sources.Sum(s => (long)s.Text.Length) / 1e6:F1} M | {parse.TotalSeconds:F1} s | {bind.TotalSeconds:F1} s | "
            + $"{emitted.TotalSeconds:F1} s{(emit.Success ? string.Empty : " (fails)")} | {(parse + bind + emitted).TotalSeconds:F1} s | {bytes.ToString("F2", CultureInfo.InvariantCulture)} GB |");
    }
}
