using System.Collections;
using System.Reflection;
using System.Runtime.Loader;

namespace Dataset.Package.Tests;

/// <summary>
/// The builds inside the packages decode the same facts: the netstandard2.0 assets (whose fact stream decoder reads a
/// copied byte array), the net8.0 assets (which read the stream in place) and Dataset.Model's net10.0 build (with the
/// net8.0 Dataset.dll, as a net10.0 application gets them), each loaded from the packed .nupkg into a load context of
/// its own.
/// </summary>
[Collection(PackedFeed.Collection)]
public sealed class FrameworkAssetTests
{
    private readonly PackedFeed _feed;

    public FrameworkAssetTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void The_netstandard_net8_and_net10_assets_give_the_same_facts()
    {
        var standard = Facts(_feed, "netstandard2.0");
        var net8 = Facts(_feed, "net8.0");
        var net10 = Facts(_feed, "net10.0");

        Assert.True(standard.Count > 100, "only " + standard.Count + " facts");
        Assert.Contains(standard, f => f.StartsWith("Events:", StringComparison.Ordinal));
        Assert.Contains(standard, f => f.StartsWith("Quantities:", StringComparison.Ordinal) && f.Contains("USD", StringComparison.Ordinal));
        Assert.Contains(standard, f => f.StartsWith("Mentions:", StringComparison.Ordinal));
        Assert.Equal(net8, standard);
        Assert.Equal(net8, net10);
    }

    /// <summary>
    /// Every fact of the corpus as text: its list, its description and its evidence (text and offsets), as the packed
    /// assets of <paramref name="framework"/> decode them on the JIT (NativeAotTests compares a native app's to these).
    /// </summary>
    internal static List<string> Facts(PackedFeed feed, string framework)
    {
        var context = new PackageContext(framework, feed);
        try
        {
            var corpus = context.Dataset.GetType("Dataset.Corpus", throwOnError: true)!;
            var facts = new List<string>();
            foreach (var list in new[] { "Events", "Relations", "Quantities", "Quotes", "Claims", "Corrections", "Mentions" })
            {
                foreach (var fact in (IEnumerable)corpus.GetProperty(list)!.GetValue(null)!)
                {
                    var evidence = fact.GetType().GetProperty(list == "Mentions" ? "First" : "Evidence")!.GetValue(fact)!;
                    string Get(string name) => Convert.ToString(evidence.GetType().GetProperty(name)!.GetValue(evidence), System.Globalization.CultureInfo.InvariantCulture)!;
                    facts.Add(list + ": " + fact + " | " + Get("Text") + " @" + Get("Start") + "+" + Get("Length"));
                }
            }

            return facts;
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class PackageContext : AssemblyLoadContext
    {
        private readonly Assembly _model;

        public PackageContext(string framework, PackedFeed feed)
            : base("dataset-" + framework, isCollectible: true)
        {
            _model = LoadFromStream(new MemoryStream(feed.ReadEntry("Dataset.Model", "lib/" + framework + "/Dataset.Model.dll")));
            // The Dataset package has no net10.0 build: a net10.0 application gets its net8.0 one.
            Dataset = LoadFromStream(new MemoryStream(feed.ReadEntry("Dataset", "lib/" + (framework == "net10.0" ? "net8.0" : framework) + "/Dataset.dll")));
        }

        public Assembly Dataset { get; }

        protected override Assembly? Load(AssemblyName assemblyName) => assemblyName.Name == "Dataset.Model" ? _model : null;
    }
}
