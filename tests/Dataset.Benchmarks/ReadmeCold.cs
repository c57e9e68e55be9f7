using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using YamlDotNet.Serialization;

namespace Dataset.Benchmarks;

/// <summary>
/// <c>readme [runs]</c>: the curated package cold, against the YAML it is built from. In a fresh process each, the
/// README's questions answered through the Dataset library (its assembly loaded and its data touched by the queries),
/// and the same answers computed from <c>data/</c> read with YamlDotNet (every YAML file deserialized untyped, as a
/// hand-written loader would, the dates parsed with Dataset.Model's <see cref="TemporalValue"/>). Both sides give the
/// answers as the same plain lines, which the parent checks are equal before it reports a time. Five of the README's
/// six questions: 1 (trade figures), 2 (the events Russia did not confirm, as ids and types), 3 (quotes by speaker),
/// 4 (event types by year) and 6 (military events by term); question 5 counts mentions, which the generator finds in
/// the article's text and the YAML does not hold. Also the size of Dataset.dll.
/// </summary>
internal static class ReadmeCold
{
    public static readonly string[] Modes = { "readme-library", "readme-yaml" };

    public static void Report(int runs)
    {
        var assembly = typeof(global::Dataset.Corpus).Assembly;
        var framework = assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .OfType<System.Runtime.Versioning.TargetFrameworkAttribute>().FirstOrDefault()?.FrameworkName ?? "its target framework not recorded";
        Console.WriteLine($"Dataset.dll ({framework}): {new FileInfo(assembly.Location).Length:N0} bytes");

        var answers = Modes.ToDictionary(m => m, m => Cold.RunChildOutput("readme-child", m).Skip(1).ToList());
        if (!answers["readme-library"].SequenceEqual(answers["readme-yaml"]))
        {
            throw new InvalidOperationException("The two sides answer differently:\nlibrary:\n" + string.Join("\n", answers["readme-library"])
                + "\nYAML:\n" + string.Join("\n", answers["readme-yaml"]));
        }

        Console.WriteLine($"{answers["readme-library"].Count} answer lines, equal on both sides");
        var samples = Modes.ToDictionary(m => m, _ => new List<double>());
        for (var i = 0; i < runs; i++)
        {
            foreach (var mode in Modes)
            {
                samples[mode].Add(double.Parse(Cold.RunChildOutput("readme-child", mode)[0], CultureInfo.InvariantCulture));
            }
        }

        Console.WriteLine("| what | median | min | max |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var mode in Modes)
        {
            var sorted = samples[mode].OrderBy(x => x).ToList();
            Console.WriteLine($"| {mode} | {sorted[sorted.Count / 2]:F1} ms | {sorted[0]:F1} ms | {sorted[^1]:F1} ms |");
        }

        Console.WriteLine($"YamlDotNet / library: {samples["readme-yaml"].OrderBy(x => x).ElementAt(runs / 2) / samples["readme-library"].OrderBy(x => x).ElementAt(runs / 2):F1}x");
    }

    /// <summary>The child: the time of one cold answer in milliseconds, then the answer's lines.</summary>
    public static int Child(string mode)
    {
        var data = Path.Combine(RepositoryRoot(), "data");
        var clock = Stopwatch.StartNew();
        var lines = mode switch
        {
            "readme-library" => FromLibrary(),
            "readme-yaml" => FromYaml(data),
            _ => throw new ArgumentException("unknown mode " + mode),
        };
        clock.Stop();
        Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    // Not inlined, so that loading Dataset.dll, which compiling this method triggers, falls inside the stopwatch.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<string> FromLibrary()
    {
        var lines = new List<string>();
        lines.AddRange(global::Dataset.Corpus.Quantities.OfType<MoneyFigure>()
            .Where(f => f.Measure == "bilateral-trade" && f.Period?.IsWithin(2011) == true)
            .OrderByDescending(f => f.Amount.Value)
            .Select(f => "1|" + string.Join("–", f.Between.Select(e => e.Name)) + "|" + Number(f.Amount.Value) + "|" + f.Amount.Currency));
        lines.AddRange(global::Dataset.Corpus.Events
            .Where(e => e.FactualityFor(global::Dataset.Countries.Russia) is Factuality.Unknown)
            .Select(e => "2|" + e.Id + "|" + e.Type.Code));
        lines.AddRange(global::Dataset.Corpus.Quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => "3|" + g.Key.Name + "|" + g.Count() + "|" + (g.First().Said?.ToString() ?? "undated") + "|" + g.First().Text));
        lines.AddRange(Enumerable.Range(1991, 23)
            .Select(year => (Year: year, Types: global::Dataset.Corpus.Events.Where(e => e.Time?.IsWithin(year) == true).Select(e => e.Type.Code).Distinct().ToList()))
            .Where(x => x.Types.Count > 0)
            .Select(x => "4|" + x.Year + "|" + string.Join(",", x.Types)));
        lines.AddRange(global::Dataset.Corpus.Events
            .Where(e => e.Type.IsA(global::Dataset.EventTypes.Military))
            .GroupBy(e => e.Type)
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => "6|" + g.Key.Label + "|" + g.Key.Cameo + "|" + g.Count()));
        return lines;
    }

    // The same answers from the YAML: registry names, the vocabulary's event types and the articles' facts.
    private static List<string> FromYaml(string data)
    {
        var deserializer = new DeserializerBuilder().Build();
        Dictionary<object, object> Load(string path) => deserializer.Deserialize<Dictionary<object, object>>(File.ReadAllText(path));

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(data, "registry"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var entity in Items(Load(file), "entities"))
            {
                names[Text(entity, "id")!] = Text(entity, "name")!;
            }
        }

        var types = new Dictionary<string, Dictionary<object, object>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(data, "vocabulary"), "*.yaml"))
        {
            foreach (var type in Items(Load(file), "event-types"))
            {
                types[Text(type, "code")!] = type;
            }
        }

        var events = new List<Dictionary<object, object>>();
        var quantities = new List<Dictionary<object, object>>();
        var quotes = new List<Dictionary<object, object>>();
        foreach (var file in Directory.GetFiles(Path.Combine(data, "articles"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var article = Load(file);
            events.AddRange(Items(article, "events"));
            quantities.AddRange(Items(article, "quantities"));
            quotes.AddRange(Items(article, "quotes"));
        }

        var lines = new List<string>();
        lines.AddRange(quantities
            .Where(q => Text(q, "type") == "money" && Text(q, "measure") == "bilateral-trade" && Time(q, "period")?.IsWithin(2011) == true)
            .OrderByDescending(q => decimal.Parse(Text(q, "amount")!, CultureInfo.InvariantCulture))
            .Select(q => "1|" + string.Join("–", List(q, "between").Select(id => names[id])) + "|" + Number(decimal.Parse(Text(q, "amount")!, CultureInfo.InvariantCulture)) + "|" + Text(q, "currency")));

        // Russia's factuality for an event: its own entry among the event's sources (none: no answer).
        lines.AddRange(events
            .Where(e => RussiaDidNotConfirm(e))
            .Select(e => "2|" + Text(e, "id") + "|" + Text(e, "type")));
        lines.AddRange(quotes
            .GroupBy(q => Text(q, "speaker")!)
            .OrderBy(g => names[g.Key], StringComparer.Ordinal)
            .Select(g => "3|" + names[g.Key] + "|" + g.Count() + "|" + (Time(g.First(), "said")?.ToString() ?? "undated") + "|" + Text(g.First(), "text")));
        lines.AddRange(Enumerable.Range(1991, 23)
            .Select(year => (Year: year, Types: events.Where(e => Time(e, "time")?.IsWithin(year) == true).Select(e => Text(e, "type")!).Distinct().ToList()))
            .Where(x => x.Types.Count > 0)
            .Select(x => "4|" + x.Year + "|" + string.Join(",", x.Types)));
        lines.AddRange(events
            .Where(e => IsA(types, Text(e, "type")!, "military"))
            .GroupBy(e => Text(e, "type")!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => "6|" + Text(types[g.Key], "label") + "|" + Text(types[g.Key], "cameo") + "|" + g.Count()));
        return lines;
    }

    private static bool RussiaDidNotConfirm(Dictionary<object, object> e)
    {
        foreach (var source in Items(e, "factuality"))
        {
            if (Text(source, "source") == "russia")
            {
                return Text(source, "value") == "unknown";
            }
        }

        return false;
    }

    private static bool IsA(Dictionary<string, Dictionary<object, object>> types, string code, string ancestor)
    {
        for (string? at = code; at is not null; at = types.TryGetValue(at, out var type) ? Text(type, "parent") : null)
        {
            if (at == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Dictionary<object, object>> Items(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) && value is List<object> list ? list.OfType<Dictionary<object, object>>() : Enumerable.Empty<Dictionary<object, object>>();

    private static IEnumerable<string> List(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) && value is List<object> list ? list.Select(x => (string)x) : Enumerable.Empty<string>();

    private static string? Text(Dictionary<object, object> map, string key) => map.TryGetValue(key, out var value) ? value as string : null;

    // A time as the schema writes it: a string, or a mapping with its value and modifier.
    private static TemporalValue? Time(Dictionary<object, object> map, string key)
    {
        if (!map.TryGetValue(key, out var value))
        {
            return null;
        }

        return value switch
        {
            string text => TemporalValue.Parse(text),
            Dictionary<object, object> mapping => TemporalValue.Parse(
                Text(mapping, "value")!,
                Text(mapping, "mod") is { } mod ? Enum.Parse<TemporalModifier>(mod, ignoreCase: true) : TemporalModifier.None),
            _ => null,
        };
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Dataset.sln above " + AppContext.BaseDirectory);
    }
}
