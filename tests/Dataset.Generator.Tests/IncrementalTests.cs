using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>Which steps an edit re-runs (a second run without changes is checked by the harness on every run).</summary>
public class IncrementalTests
{
    [Fact]
    public void Comment_only_edit_reparses_one_file_and_regenerates_no_entity_or_article()
    {
        var harness = new GeneratorHarness(Fixture.Files());
        harness.Run();

        harness.Replace("registry/people.yaml", "# a comment\n" + Fixture.People);
        var second = harness.Run();

        var parse = second.TrackedSteps[DatasetGenerator.Steps.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parse.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        foreach (var step in new[] { DatasetGenerator.Steps.EntityKinds, DatasetGenerator.Steps.Articles })
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + o.Reason));
        }
    }

    [Fact]
    public void Editing_one_entity_kind_regenerates_only_that_kind()
    {
        var harness = new GeneratorHarness(Fixture.Files());
        harness.Run();

        harness.Replace("registry/organizations.yaml", Fixture.Organizations.Replace("An invented news agency.", "An invented wire service."));
        var second = harness.Run();

        var kinds = second.TrackedSteps[DatasetGenerator.Steps.EntityKinds].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, kinds.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(2, kinds.Count(o => o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
    }
}
