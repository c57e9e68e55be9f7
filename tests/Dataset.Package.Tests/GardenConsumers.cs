namespace Dataset.Package.Tests;

/// <summary>
/// A console project over the botanical corpus of tests/Dataset.Package.Tests/GardenCorpus, which declares its own
/// vocabulary (event types with the roles they take, participant roles, relation types, and entity kinds extending
/// person, organization, place and thing), compiled through the packed Dataset.Generator: its program asks the
/// questions a user of that dataset would, by vocabulary term, and prints the answers as <c>key=value</c> lines.
/// </summary>
public sealed class GardenConsumer
{
    public GardenConsumer(PackedFeed feed)
    {
        Directory = feed.NewConsumerDirectory("garden");
        File.WriteAllText(Path.Combine(Directory, "Garden.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <DatasetNamespace>Botanic.Garden</DatasetNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset.Model" Version="{feed.Version}" />
                <PackageReference Include="Dataset.Generator" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
            using System;
            using System.Linq;
            using Botanic.Garden;

            static string Names(System.Collections.Generic.IEnumerable<string> names) => string.Join(", ", names.OrderBy(n => n, StringComparer.Ordinal));

            Console.WriteLine("namespace=" + typeof(EventTypes).Namespace);
            Console.WriteLine("event-types=" + string.Join(", ", EventTypes.All.Select(t => t.Code)));

            // By term: equal by code, and the hierarchy through IsA.
            var donations = Corpus.Events.Where(e => e.Type == EventTypes.AcquisitionDonation).ToList();
            Console.WriteLine("donations=" + string.Join(" | ", donations.Select(e => e.Time + "; " + e.Place?.Name + "; " + string.Join(", ", e.Participants))));
            Console.WriteLine("acquisitions=" + Names(Corpus.Events.Where(e => e.Type.IsA(EventTypes.Acquisition)).Select(e => e.Type.Label)));
            Console.WriteLine("cultivation=" + string.Join(", ", Corpus.Events.Where(e => e.Type.IsA(EventTypes.Cultivation)).Select(e => e.Type.Code + " " + e.Time + " " + e.Status)));
            Console.WriteLine("donors=" + Names(Corpus.Events.SelectMany(e => e.Participants).Where(p => p.Role == ParticipantRoles.Donor).Select(p => p.Entity.Name).Distinct()));
            Console.WriteLine("orchid-acquisitions=" + Names(Corpus.About(Orchids.GhostOrchid).Events.Where(e => e.Type.IsA(EventTypes.Acquisition)).Select(e => e.Id)));
            Console.WriteLine("native=" + string.Join(", ", Corpus.Relations.Where(r => r.Type == RelationTypes.NativeTo).Select(r => r.Subject.Name + " " + r.Type.Prose + " " + r.Object.Name)));

            // The terms themselves: roles inherited from the parent, no CAMEO code, lookup by code, sets from the default.
            Console.WriteLine("donation-roles=" + string.Join(", ", EventTypes.AcquisitionDonation.Roles.Select(r => r.Code)));
            Console.WriteLine("flowering=" + EventTypes.Find("cultivation.first-flowering")?.Label + "; parent " + EventTypes.CultivationFirstFlowering.Parent?.Code + "; cameo " + (EventTypes.CultivationFirstFlowering.Cameo ?? "none"));
            Console.WriteLine("stances=" + string.Join(", ", Stances.All.Select(s => s.Code)));

            // The declared entity kinds: one class each, over the built-in record of the kind each extends.
            Console.WriteLine("orchid=" + Orchids.GhostOrchid.Name + "; " + Orchids.GhostOrchid.Kind + "; " + Orchids.GhostOrchid.GetType().Name);
            Console.WriteLine("plants=" + Names(Plants.All.Select(p => p.Name)));
            Console.WriteLine("gardens=" + Names(Gardens.All.Select(g => g.Name + " (" + g.Kind + ")")));
            Console.WriteLine("curator=" + Botanists.AdaMerrow.Positions[0].Title + " of " + Botanists.AdaMerrow.Positions[0].Of?.Name + "; " + Botanists.AdaMerrow.Kind);
            Console.WriteLine("house=" + Glasshouses.CloudForestHouse.Name + "; " + Glasshouses.CloudForestHouse.Kind + "; part of " + Glasshouses.CloudForestHouse.PartOf?.Name);
            Console.WriteLine("alias=" + Entities.Find("Dendrophylax vesperis")?.Name);

            var count = Corpus.Quantities.OfType<Dataset.CountFigure>().Single();
            Console.WriteLine("count=" + count.Value + " " + count.Measure + " of " + count.Of?.Name + ": " + count.Evidence.Text);
            Console.WriteLine("article=" + Articles.All[0].Headline + "; " + Articles.All[0].Publisher?.Name + "; " + Articles.All[0].Authors[0].Name);
            Console.WriteLine("facts=" + Corpus.Events.Count + "/" + Corpus.Relations.Count + "/" + Corpus.Quantities.Count + "/" + Corpus.Quotes.Count);
            """);
        Consumers.CopyDirectory(Consumers.GardenCorpus, Path.Combine(Directory, "data"));

        Build = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release");
        Output = Build.ExitCode == 0 ? DotNet.Ok(Directory, feed.Environment, "run", "--no-build", "-c", "Release") : string.Empty;
    }

    public string Directory { get; }

    public (int ExitCode, string Output) Build { get; }

    public string Output { get; }

    public string Value(string key) => Consumers.Value(Output, key);
}

/// <summary>
/// The botanical corpus with four mistakes a curator of a vocabulary makes, one build for all of them: a misspelt
/// event type in the article, a role the event type does not take, an entity kind extending a kind that does not
/// exist, and a participant role declared twice. Each mistake's place is found in the edited file, not hard-coded.
/// </summary>
public sealed class BrokenGardenConsumer
{
    public BrokenGardenConsumer(PackedFeed feed)
    {
        Directory = feed.NewConsumerDirectory("garden-broken");
        File.WriteAllText(Path.Combine(Directory, "GardenBroken.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset.Model" Version="{feed.Version}" />
                <PackageReference Include="Dataset.Generator" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
            System.Console.WriteLine(GardenBroken.Corpus.Events.Count);
            """);
        var data = Path.Combine(Directory, "data");
        Consumers.CopyDirectory(Consumers.GardenCorpus, data);
        Article = Path.Combine(data, "articles", "hollin-vale-2025-09-04-ghost-orchid.yaml");
        Vocabulary = Path.Combine(data, "vocabulary", "garden.yaml");

        UnknownType = Edit(Article, "    type: acquisition.donation", "    type: acquisition.donaton", "acquisition.donaton");
        RoleNotTaken = Edit(Article, "      - { entity: ada-merrow, role: curator }", "      - { entity: ada-merrow, role: collector }", "collector");
        DuplicateCode = Edit(Vocabulary, "  - { code: curator,", "  - { code: donor, label: Giver, description: Gives the plant., prose: giver }\n  - { code: curator,", "donor");
        UnknownKind = Append(Vocabulary,
            "  - { code: seed-bank, label: Seed bank, description: A store of seed., class: SeedBanks, extends: organisation }", "organisation");

        Build = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release");
    }

    public string Directory { get; }

    public string Article { get; }

    public string Vocabulary { get; }

    public (int Line, int Column) UnknownType { get; }

    public (int Line, int Column) RoleNotTaken { get; }

    public (int Line, int Column) UnknownKind { get; }

    public (int Line, int Column) DuplicateCode { get; }

    public (int ExitCode, string Output) Build { get; }

    /// <summary>Replaces the one line that is <paramref name="line"/> and returns where <paramref name="value"/> is in the new text (1-based).</summary>
    private static (int Line, int Column) Edit(string path, string line, string replacement, string value)
    {
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l == line || l.StartsWith(line, StringComparison.Ordinal));
        Assert.True(index >= 0, Path.GetFileName(path) + " no longer has the line '" + line + "'");
        var replaced = replacement.Split('\n');
        lines[index] = replaced[^1] + lines[index][line.Length..];
        lines.InsertRange(index, replaced[..^1]);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return Find(path, replaced[0], value);
    }

    private static (int Line, int Column) Append(string path, string line, string value)
    {
        File.AppendAllText(path, line + "\n");
        return Find(path, line, value);
    }

    /// <summary>The 1-based line and column of the first <paramref name="value"/> on the first line that starts with <paramref name="start"/>.</summary>
    private static (int Line, int Column) Find(string path, string start, string value)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, Path.GetFileName(path) + " has no line starting with '" + start + "'");
        var column = lines[index].IndexOf(value, StringComparison.Ordinal);
        Assert.True(column >= 0, "'" + value + "' is not on line " + (index + 1) + " of " + Path.GetFileName(path));
        return (index + 1, column + 1);
    }
}
