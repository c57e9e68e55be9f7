using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Package.Tests;

/// <summary>
/// IntelliSense for the terms of a dataset's own vocabulary, as an editor computes it: Roslyn's CompletionService over
/// a document of a project that runs the generator taken from the packed Dataset.Generator .nupkg (its
/// analyzers/dotnet/cs folder: the generator, Dataset.Core and YamlDotNet, loaded together in a load context of their
/// own), with the botanical corpus of GardenCorpus/ as additional documents and Dataset.Model from its .nupkg.
/// </summary>
[Collection(PackedFeed.Collection)]
public sealed class GardenIntelliSenseTests : IDisposable
{
    private const string Namespace = "Botanic.Garden";
    private readonly PackedFeed _feed;
    private readonly List<AdhocWorkspace> _workspaces = new();
    private readonly string _directory;

    public GardenIntelliSenseTests(PackedFeed feed)
    {
        _feed = feed;
        _directory = Path.Combine(feed.Root, "intellisense-" + Guid.NewGuid().ToString("N"));
        foreach (var entry in _feed.Entries("Dataset.Generator").Where(e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)))
        {
            Extract("Dataset.Generator", entry, Path.Combine(_directory, "analyzers", Path.GetFileName(entry)));
        }

        foreach (var file in new[] { "Dataset.Model.dll", "Dataset.Model.xml" })
        {
            Extract("Dataset.Model", "lib/net8.0/" + file, Path.Combine(_directory, "lib", file));
        }
    }

    public void Dispose() => _workspaces.ForEach(w => w.Dispose());

    [Fact]
    public async Task Completion_after_EventTypes_dot_offers_the_declared_event_types_and_no_default_ones()
    {
        var items = await CompleteAsync("var t = " + Namespace + ".EventTypes.$$");

        foreach (var member in new[] { "Acquisition", "AcquisitionDonation", "AcquisitionExchange", "AcquisitionFieldCollection", "Cultivation", "CultivationFirstFlowering", "All", "Find", "TryFind" })
        {
            Assert.Contains(member, items);
        }

        Assert.DoesNotContain("MilitaryExercise", items); // the vocabulary declares event types: the default's are not added
    }

    [Fact]
    public async Task Completion_after_a_declared_kinds_class_offers_its_entities()
    {
        Assert.Contains("GhostOrchid", await CompleteAsync("var o = " + Namespace + ".Orchids.$$"));
        Assert.Contains("SilverFanPalm", await CompleteAsync("var p = " + Namespace + ".Plants.$$"));
        Assert.Contains("HollinValeBotanicGarden", await CompleteAsync("var g = " + Namespace + ".Gardens.$$"));
        Assert.Contains("AdaMerrow", await CompleteAsync("var b = " + Namespace + ".Botanists.$$"));
        Assert.Contains("CloudForestHouse", await CompleteAsync("var h = " + Namespace + ".Glasshouses.$$"));
    }

    [Fact]
    public async Task Completion_offers_the_declared_roles_and_relation_types()
    {
        var roles = await CompleteAsync("var r = " + Namespace + ".ParticipantRoles.$$");
        foreach (var role in new[] { "Specimen", "Donor", "Recipient", "Collector", "Curator" })
        {
            Assert.Contains(role, roles);
        }

        Assert.DoesNotContain("Host", roles); // a default news role: the vocabulary declares its own roles

        var relations = await CompleteAsync("var r = " + Namespace + ".RelationTypes.$$");
        Assert.Contains("NativeTo", relations);
        Assert.Contains("GrownIn", relations);
    }

    [Fact]
    public async Task A_terms_completion_description_shows_its_label_and_description()
    {
        var description = await DescribeAsync("var t = " + Namespace + ".EventTypes.$$", "AcquisitionDonation");

        Assert.Contains("Donation", description, StringComparison.Ordinal);
        Assert.Contains("A garden, nursery or person gives plants to a garden.", description, StringComparison.Ordinal);
    }

    private async Task<List<string>> CompleteAsync(string statement)
    {
        var (document, position) = await OpenAsync(statement);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("no completion service");
        var list = await service.GetCompletionsAsync(document, position);
        return list.ItemsList.Select(i => i.DisplayText).ToList();
    }

    private async Task<string> DescribeAsync(string statement, string item)
    {
        var (document, position) = await OpenAsync(statement);
        var service = CompletionService.GetService(document)!;
        var list = await service.GetCompletionsAsync(document, position);
        var completion = list.ItemsList.Single(i => i.DisplayText == item);
        var description = await service.GetDescriptionAsync(document, completion);
        return description?.Text ?? string.Empty;
    }

    /// <summary>
    /// A project as the build would give the compiler: the generator from the package as an analyzer, the corpus'
    /// files as additional documents, DatasetNamespace as a build property; checked to have generated the vocabulary
    /// classes and to compile without errors outside the document under test, so that a missing completion item means
    /// a missing member, not a generator that did not load (the YAML's own diagnostics: GardenCorpusTests' clean build).
    /// </summary>
    private async Task<(Document Document, int Position)> OpenAsync(string statement)
    {
        var source = "class Consumer { void M() { " + statement + " } }";
        var position = source.IndexOf("$$", StringComparison.Ordinal);
        source = source.Replace("$$", string.Empty, StringComparison.Ordinal);

        var loader = new FolderLoader(Path.Combine(_directory, "analyzers"));
        var generator = new AnalyzerFileReference(Path.Combine(_directory, "analyzers", "Dataset.Generator.dll"), loader);
        var workspace = new AdhocWorkspace(); // one per document: two projects of one name in one workspace confuse completion
        _workspaces.Add(workspace);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Garden",
            "Garden",
            LanguageNames.CSharp,
            filePath: Path.Combine(_directory, "Garden.csproj"),
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References(),
            analyzerReferences: new[] { generator }));

        foreach (var file in Directory.GetFiles(Consumers.GardenCorpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            project = project.AddAdditionalDocument(Path.GetFileName(file), SourceText.From(File.ReadAllText(file)), filePath: file).Project;
        }

        project = project.AddAnalyzerConfigDocument(".globalconfig",
            SourceText.From("is_global = true\nbuild_property.DatasetNamespace = " + Namespace + "\n"),
            filePath: Path.Combine(_directory, ".globalconfig")).Project;
        var document = project.AddDocument("Consumer.cs", SourceText.From(source), filePath: Path.Combine(_directory, "Consumer.cs"));
        Assert.True(workspace.TryApplyChanges(document.Project.Solution), "the workspace did not take the project");
        document = workspace.CurrentSolution.GetDocument(document.Id)!;

        var generated = (await document.Project.GetSourceGeneratedDocumentsAsync()).Select(d => d.HintName).ToList();
        var compilation = (await document.Project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath != document.FilePath).ToList();
        Assert.True(generated.Contains("Vocabulary/EventTypes.g.cs", StringComparer.Ordinal) && errors.Count == 0,
            "the generator from the package did not run, or its output does not compile; generated: " + string.Join(", ", generated) + "; diagnostics: " + string.Join("\n", errors));
        return (document, position);
    }

    private IEnumerable<MetadataReference> References()
    {
        var model = Path.Combine(_directory, "lib", "Dataset.Model.dll");
        yield return MetadataReference.CreateFromFile(model, documentation: XmlDocumentationProvider.CreateFromFile(Path.ChangeExtension(model, ".xml")));
        foreach (var reference in Basic.Reference.Assemblies.Net80.References.All)
        {
            yield return reference;
        }
    }

    private void Extract(string package, string entry, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, _feed.ReadEntry(package, entry));
    }

    /// <summary>
    /// Loads the generator and what ships beside it (Dataset.Core, YamlDotNet) from the package's analyzer folder in a
    /// load context of their own, as the compiler does; Roslyn itself comes from the host.
    /// </summary>
    private sealed class FolderLoader : AssemblyLoadContext, IAnalyzerAssemblyLoader
    {
        private readonly string _folder;

        public FolderLoader(string folder)
            : base("garden-analyzers-" + Guid.NewGuid().ToString("N"))
        {
            _folder = folder;
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => LoadFromAssemblyPath(fullPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
