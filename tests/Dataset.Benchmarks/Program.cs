using System;
using System.Linq;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Dataset.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release -- [BenchmarkDotNet arguments]</c> runs the BenchmarkDotNet benchmarks
/// (<c>--filter '*GeneratorBenchmarks*' --job short</c>, ...); <c>cold [N,...] [runs]</c> measures first access in
/// fresh processes; <c>stats [N,...]</c> prints the size of the generated code; <c>steps [N,...]</c> breaks a full run
/// down by pipeline step; <c>vocabulary [N] [rounds]</c> times a vocabulary edit beside an article edit and a full run;
/// <c>phases N [library.dll]</c> splits the library's cold whole-corpus access into steps;
/// <c>floor MB keep|drop</c> times allocating that much in small objects; <c>compile-phases N</c> splits the compile of
/// the generated library by phase and by group of files; <c>readme [runs]</c> times the curated package's README
/// questions cold against the same answers from the YAML; <c>edit-steps N</c> gives the driver's step times of one
/// one-file edit; <c>link N</c> times the corpus-wide link step alone; <c>streams N [rounds]</c> times the unpacking and
/// the expansion of every article's stored stream. See docs/benchmarks.md.
/// </summary>
public static class Program
{
    /// <summary>Runs what the arguments ask for.</summary>
    /// <param name="args">See the type's summary.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "cold-child")
        {
            return Cold.Child(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        }

        if (args.Length >= 1 && args[0] == "cold")
        {
            Cold.Report(Env.Ints("BENCH_COLD_N", args.Length > 1 ? args[1] : "100,1000"), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
            return 0;
        }

        if (args.Length >= 2 && args[0] == "streams")
        {
            StreamTimes.Report(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
            return 0;
        }

        if (args.Length >= 2 && args[0] == "phases")
        {
            Phases.Report(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : null);
            return 0;
        }

        if (args.Length >= 3 && args[0] == "floor")
        {
            Phases.Floor(int.Parse(args[1], CultureInfo.InvariantCulture), args[2] == "keep");
            return 0;
        }

        if (args.Length >= 1 && args[0] == "stats")
        {
            Stats.Report(Env.Ints("BENCH_STATS_N", args.Length > 1 ? args[1] : "1,100,1000,10000"), args.Contains("--compile"));
            return 0;
        }

        if (args.Length >= 2 && args[0] == "readme-child")
        {
            return ReadmeCold.Child(args[1]);
        }

        if (args.Length >= 1 && args[0] == "readme")
        {
            ReadmeCold.Report(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9);
            return 0;
        }

        if (args.Length >= 2 && args[0] == "compile-phases")
        {
            CompilePhases.Report(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length >= 2 && args[0] == "link")
        {
            LinkTimes.Report(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length >= 2 && args[0] == "edits")
        {
            EditTimes.Report(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
            return 0;
        }

        if (args.Length >= 2 && args[0] == "edit-steps")
        {
            StepTimes.ReportEdit(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length >= 1 && args[0] == "steps")
        {
            StepTimes.Report(Env.Ints("BENCH_STEPS_N", args.Length > 1 ? args[1] : "1000"));
            return 0;
        }

        if (args.Length >= 1 && args[0] == "vocabulary")
        {
            VocabularyEditTimes.Report(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 9);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
