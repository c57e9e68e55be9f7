using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.IntelliSense.Tests;

/// <summary>
/// IntelliSense is a feature, so it is tested with the IDE's own services: Roslyn's CompletionService and
/// QuickInfoService over a consumer document that references the built Dataset.dll and Dataset.Model.dll with their
/// XML documentation files, exactly as an editor would load them from the package.
/// </summary>
public sealed class IdeServicesTests : IDisposable
{
    private readonly AdhocWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Completion_after_People_dot_offers_every_person()
    {
        var items = await CompleteAsync("var p = Dataset.People.$$");

        Assert.Contains("VladimirPutin", items);
        Assert.Contains("DmitryRogozin", items);
        Assert.Contains("GholamRezaKhademBeqam", items);
        Assert.Contains("All", items);
    }

    [Fact]
    public async Task Completion_after_Countries_dot_offers_every_country()
    {
        var items = await CompleteAsync("var c = Dataset.Countries.$$");

        Assert.Contains("Iran", items);
        Assert.Contains("Russia", items);
        Assert.Contains("SovietUnion", items);
    }

    [Fact]
    public async Task Completion_after_Corpus_dot_offers_the_fact_collections()
    {
        var items = await CompleteAsync("var x = Dataset.Corpus.$$");

        foreach (var member in new[] { "Events", "Quotes", "Quantities", "Claims", "Relations", "Corrections", "Articles", "Entities", "Version", "ContentHash", "About" })
        {
            Assert.Contains(member, items);
        }
    }

    [Fact]
    public async Task A_completion_items_description_shows_who_the_entity_is_and_where_the_article_says_so()
    {
        var description = await DescribeAsync("var p = Dataset.People.$$", "DmitryRogozin");

        Assert.Contains("Dmitry Rogozin", description, StringComparison.Ordinal);
        Assert.Contains("On 2013-08-08: Deputy Prime Minister", description, StringComparison.Ordinal);
        Assert.Contains("Russia and Iran deepen political and military cooperation", description, StringComparison.Ordinal);
        Assert.Contains("Russian defence minister Dmitri Rogozin warned in January", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quick_info_on_a_country_shows_its_XML_doc_summary()
    {
        var info = await QuickInfoAsync("var c = Dataset.Countries.Ir$$an;");

        Assert.Contains("Iran", info, StringComparison.Ordinal);
        Assert.Contains("Russia and Iran have expanded their political and military relations", info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreement_named_by_its_alias_shows_the_sentence_that_names_it()
    {
        var description = await DescribeAsync("var a = Dataset.Agreements.$$", "RussiaIranSecurityPact");

        Assert.Contains("Named in \u201CRussia and Iran deepen political and military cooperation\u201D (2013-08-08)", description, StringComparison.Ordinal);
        Assert.Contains("Both countries agreed on a security pact", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quick_info_on_a_runtime_member_shows_the_Dataset_Model_docs()
    {
        var info = await QuickInfoAsync("var f = Dataset.Corpus.Events[0].FactualityF$$or(null);");

        Assert.Contains("How certain", info, StringComparison.Ordinal);
    }

    private async Task<List<string>> CompleteAsync(string statement)
    {
        var (document, position) = Open(statement);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("no completion service");
        var list = await service.GetCompletionsAsync(document, position);
        return list.ItemsList.Select(i => i.DisplayText).ToList();
    }

    private async Task<string> DescribeAsync(string statement, string item)
    {
        var (document, position) = Open(statement);
        var service = CompletionService.GetService(document)!;
        var list = await service.GetCompletionsAsync(document, position);
        var completion = list.ItemsList.Single(i => i.DisplayText == item);
        var description = await service.GetDescriptionAsync(document, completion);
        return description?.Text ?? string.Empty;
    }

    private async Task<string> QuickInfoAsync(string statement)
    {
        var (document, position) = Open(statement);
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("no quick info service");
        var info = await service.GetQuickInfoAsync(document, position);
        Assert.NotNull(info);
        return string.Join("\n", info.Sections.Select(s => s.Text));
    }

    private (Document Document, int Position) Open(string statement)
    {
        var source = "class Consumer { void M() { " + statement + " } }";
        var position = source.IndexOf("$$", StringComparison.Ordinal);
        source = source.Replace("$$", string.Empty, StringComparison.Ordinal);

        var project = _workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: References()));
        var document = _workspace.AddDocument(project.Id, "Consumer.cs", SourceText.From(source));
        return (document, position);
    }

    private static IEnumerable<MetadataReference> References()
    {
        var dir = AppContext.BaseDirectory;
        foreach (var name in new[] { "Dataset", "Dataset.Model" })
        {
            var dll = Path.Combine(dir, name + ".dll");
            var xml = Path.Combine(dir, name + ".xml");
            Assert.True(File.Exists(xml), "the XML doc file ships beside " + dll);
            yield return MetadataReference.CreateFromFile(dll, documentation: XmlDocumentationProvider.CreateFromFile(xml));
        }

        foreach (var reference in Basic.Reference.Assemblies.Net80.References.All)
        {
            yield return reference;
        }
    }
}
