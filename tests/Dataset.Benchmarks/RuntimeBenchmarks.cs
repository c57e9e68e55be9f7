using System.Collections.Generic;
using System.Linq;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dataset.Synthetic;
using YamlDotNet.Serialization;

namespace Dataset.Benchmarks;

/// <summary>
/// (4, warm) In a process where the runtime, YamlDotNet and System.Text.Json are already warm: first access to the
/// whole corpus, and to one entity, for the compiled library (loaded anew into a collectible AssemblyLoadContext
/// each time, so its initializers and their JIT run again) vs deserializing the same data from YAML and from JSON.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    private string _library = string.Empty;
    private string _yaml = string.Empty;
    private string _json = string.Empty;
    private IDeserializer _deserializer = null!;
    private SyntheticEntity _entity = null!;

    /// <summary>Article counts, from <c>BENCH_RUNTIME_N</c>, default 100 and 1,000.</summary>
    public static IEnumerable<int> Sizes => Env.Ints("BENCH_RUNTIME_N", "100,1000");

    /// <summary>How many articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Compiles (or finds) the library and writes (or finds) the YAML and JSON files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Workbench.Corpus(N);
        _library = Workbench.LibraryPath(corpus.Options);
        (_yaml, _json) = Workbench.DataDirectories(N);
        _deserializer = YamlData.CreateDeserializer();
        _entity = Cold.Probe(corpus);
    }

    /// <summary>The library: load, then every corpus list.</summary>
    /// <returns>The item count.</returns>
    [Benchmark(Baseline = true, Description = "compiled library")]
    [BenchmarkCategory("whole corpus")]
    public int LibraryCorpus()
    {
        var context = new AssemblyLoadContext("bench", isCollectible: true);
        var count = new Library(context.LoadFromAssemblyPath(_library)).TouchCorpus();
        context.Unload();
        return count;
    }

    /// <summary>YamlDotNet: every registry and article file.</summary>
    /// <returns>The item count.</returns>
    [Benchmark(Description = "YamlDotNet deserializer")]
    [BenchmarkCategory("whole corpus")]
    public int YamlCorpus() => YamlData.LoadAll(_deserializer, _yaml).Count;

    /// <summary>System.Text.Json (source-generated): every registry and article file.</summary>
    /// <returns>The item count.</returns>
    [Benchmark(Description = "System.Text.Json source-gen")]
    [BenchmarkCategory("whole corpus")]
    public int JsonCorpus() => JsonData.LoadAll(_json).Count;

    /// <summary>The library: load, then one person's property.</summary>
    /// <returns>The name length.</returns>
    [Benchmark(Baseline = true, Description = "compiled library")]
    [BenchmarkCategory("one entity")]
    public int LibraryEntity()
    {
        var context = new AssemblyLoadContext("bench", isCollectible: true);
        var length = new Library(context.LoadFromAssemblyPath(_library)).TouchEntity("People", Library.Member(_entity)).Name.Length;
        context.Unload();
        return length;
    }

    /// <summary>YamlDotNet: the people registry, then the entity.</summary>
    /// <returns>The name length.</returns>
    [Benchmark(Description = "YamlDotNet deserializer")]
    [BenchmarkCategory("one entity")]
    public int YamlEntity() => YamlData.LoadEntity(_deserializer, _yaml, "people", _entity.Id).Name!.Length;

    /// <summary>System.Text.Json: the people registry, then the entity.</summary>
    /// <returns>The name length.</returns>
    [Benchmark(Description = "System.Text.Json source-gen")]
    [BenchmarkCategory("one entity")]
    public int JsonEntity() => JsonData.LoadEntity(_json, "people", _entity.Id).Name!.Length;
}

/// <summary>(5) Lookups by id and by alias in the compiled library's index vs a plain <c>Dictionary&lt;string, Entity&gt;</c>.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private const int Keys = 64;
    private EntityIndex _index = null!;
    private Dictionary<string, Entity> _byId = null!;
    private Dictionary<string, Entity> _byName = null!;
    private string[] _ids = System.Array.Empty<string>();
    private string[] _aliases = System.Array.Empty<string>();

    /// <summary>Registry sizes, from <c>BENCH_LOOKUP_M</c>, default 500 and 5,000.</summary>
    public static IEnumerable<int> Sizes => Env.Ints("BENCH_LOOKUP_M", "500,5000");

    /// <summary>How many entities.</summary>
    [ParamsSource(nameof(Sizes))]
    public int M { get; set; }

    /// <summary>Compiles a library over M entities (one small article) and builds the dictionaries from its entities.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new SyntheticOptions(1, M)
        {
            EventsPerArticle = 1, QuantitiesPerArticle = 0, QuotesPerArticle = 0, RelationsPerArticle = 0, ClaimsPerArticle = 0, CorrectionsPerArticle = 0,
        };
        var corpus = SyntheticCorpus.Create(options);
        // Each M in its own load context: in-process runs load one "Bench" assembly per parameter value.
        _index = new Library(new AssemblyLoadContext("lookup-" + M).LoadFromAssemblyPath(Workbench.LibraryPath(options))).Index();
        _byId = _index.All.ToDictionary(e => e.Id, System.StringComparer.Ordinal);
        _byName = new Dictionary<string, Entity>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var e in _index.All)
        {
            _byName.TryAdd(e.Name, e);
            foreach (var a in e.Aliases)
            {
                _byName.TryAdd(a.Text, e);
            }
        }

        var step = corpus.Entities.Count / Keys;
        _ids = Enumerable.Range(0, Keys).Select(i => corpus.Entities[i * step].Id).ToArray();
        _aliases = corpus.Entities.Where(e => e.Alias is not null).Select(e => e.Alias!).Where((_, i) => i % 3 == 0).Take(Keys).ToArray();
    }

    /// <summary>Dictionary by id.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Keys, Description = "Dictionary<string, Entity>")]
    [BenchmarkCategory("by id")]
    public int DictionaryById()
    {
        var sum = 0;
        foreach (var id in _ids)
        {
            sum += _byId.TryGetValue(id, out var e) ? e.Id.Length : 0;
        }

        return sum;
    }

    /// <summary>The library's index by id.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = Keys, Description = "Entities.FindById")]
    [BenchmarkCategory("by id")]
    public int LibraryById()
    {
        var sum = 0;
        foreach (var id in _ids)
        {
            sum += _index.FindById(id)?.Id.Length ?? 0;
        }

        return sum;
    }

    /// <summary>Dictionary by name or alias, ignoring case.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Keys, Description = "Dictionary<string, Entity>")]
    [BenchmarkCategory("by alias")]
    public int DictionaryByAlias()
    {
        var sum = 0;
        foreach (var alias in _aliases)
        {
            sum += _byName.TryGetValue(alias, out var e) ? e.Id.Length : 0;
        }

        return sum;
    }

    /// <summary>The library's index by name or alias, ignoring case.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = Keys, Description = "Entities.Find")]
    [BenchmarkCategory("by alias")]
    public int LibraryByAlias()
    {
        var sum = 0;
        foreach (var alias in _aliases)
        {
            sum += _index.Find(alias)?.Id.Length ?? 0;
        }

        return sum;
    }
}
