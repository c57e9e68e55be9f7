using System.IO;
using System.Reflection;
using Dataset.Core.Common;
using Dataset.Generator.Emit;
using EntityTable = Dataset.Infrastructure.EntityTable;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;

namespace Dataset.Generator.Tests;

/// <summary>
/// The entities go into the generated library as data (entity streams) and are built by Dataset.Model's EntityTable:
/// every entity of the curated data and of the package tests' corpora is decoded and compared, field by field, with
/// the linked corpus the generator encoded it from (the Roslyn-free pipeline's output over the same files).
/// </summary>
public class EntityStreamTests
{
    [Theory]
    [InlineData("data")]
    [InlineData("tests/Dataset.Package.Tests/FictionalCorpus")]
    [InlineData("tests/Dataset.Package.Tests/GardenCorpus")]
    public void Every_entity_decodes_to_what_the_linked_corpus_says(string folder)
    {
        var root = Path.Combine(DiagnosticTests.RepoRoot(), folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => CorpusPipeline.IsYaml(p) || CorpusPipeline.IsText(p))
            .Select(p => (Path: Path.GetRelativePath(root, p).Replace('\\', '/'), Text: File.ReadAllText(p)))
            .ToList();
        var linked = CorpusPipeline.Compile(files.Select(f => new InputFile(GeneratorHarness.Root + f.Path, f.Text)), new DatasetOptions("Fixture", "1.2.3"), CancellationToken.None);
        var result = new GeneratorHarness(files, trackSteps: false).Run();
        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics.Take(20)));

        GeneratorHarness.Load(result, assembly =>
        {
            var compared = 0;
            foreach (var kind in linked.Kinds)
            {
                var cls = assembly.GetType("Fixture." + kind.Class)!;
                var all = (System.Collections.IEnumerable)cls.GetProperty("All")!.GetValue(null)!;
                Assert.Equal(kind.Entities.Select(e => e.Id), all.Cast<Entity>().Select(e => e.Id));
                foreach (var e in kind.Entities)
                {
                    var entity = (Entity)cls.GetProperty(e.Member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                    AssertDecoded(e, entity);

                    // One instance however it is reached: its property, its kind's list, the finder by id.
                    Assert.Contains(all.Cast<Entity>(), x => ReferenceEquals(x, entity));
                    Assert.Same(entity, assembly.GetType("Fixture.Entities")!.GetMethod("FindById")!.Invoke(null, new object[] { e.Id }));
                    compared++;
                }
            }

            Assert.True(compared >= 5, "only " + compared + " entities compared in " + folder);
        });
    }

    private static void AssertDecoded(LinkedEntity e, Entity entity)
    {
        Assert.Equal(e.Id, entity.Id);
        Assert.Equal(e.Name, entity.Name);
        Assert.Equal(e.Description, entity.Description);
        Assert.Equal(Vocabulary.TypeFor(e.Kind), entity.GetType().Name);
        Assert.Equal(entity.GetType().Name, entity.Kind.ToString());
        Assert.Equal(e.Aliases.Select(a => (a.Text, a.Form)), entity.Aliases.Select(a => (a.Text, a.Form.ToString())));
        Assert.Equal(e.Wikidata, entity.Wikidata);
        Assert.Equal(e.PartOf?.Id, entity.PartOf?.Id);
        Assert.Equal(e.Country?.Id, entity.Country?.Id);
        switch (entity)
        {
            case Person p:
                Assert.Equal(e.Positions.Select(x => (x.Title, x.Of?.Id, Time(x.Time))), p.Positions.Select(x => (x.Title, x.Of?.Id, x.Time)));
                Assert.Equal(e.Employers.Select(x => (x.Of.Id, x.Role, Time(x.Time))), p.Employers.Select(x => (x.Organization.Id, x.Role, x.Time)));
                Assert.Equal(e.Ranks.Select(x => (x.Title, x.Service?.Id, Time(x.Time))), p.Ranks.Select(x => (x.Title, x.Service?.Id, x.Time)));
                break;
            case Country c:
                Assert.Equal((e.Iso2, e.Iso3, e.Currency), (c.Iso2, c.Iso3, c.Currency));
                break;
            case Weapon w:
                Assert.Equal(e.Class, w.Class);
                break;
            case Vessel v:
                Assert.Equal(e.Class, v.Class);
                break;
            case Agreement a:
                var terms = e.Agreement;
                Assert.Equal(terms?.Type, a.Type?.ToString());
                Assert.Equal(terms is null ? Array.Empty<string>() : terms.Parties.Select(x => x.Id), a.Parties.Select(x => x.Id));
                Assert.Equal(terms?.Subject?.Id, a.Subject?.Id);
                Assert.Equal(Time(terms?.Concluded), a.Concluded);
                Assert.Equal(terms?.Status, a.Status?.ToString());
                break;
        }
    }

    /// <summary>The runtime's own reading of a time as written, with its modifier.</summary>
    private static TemporalValue? Time(LinkedTime? time) =>
        time is null ? null : TemporalValue.Parse(time.Value, time.Modifier is null ? TemporalModifier.None : Enum.Parse<TemporalModifier>(Vocabulary.EnumMember(time.Modifier)));

    private static readonly EntityRef ValdoriaRef = new("valdoria", "Countries", "Valdoria", "Country");

    private static readonly LinkedEntity Valdoria = Entity("country", "valdoria") with { Iso2 = "XV", Iso3 = "XVA" };

    private static readonly LinkedEntity Capital = Entity("place", "valdor") with { PartOf = ValdoriaRef, Country = ValdoriaRef };

    [Fact]
    public void A_table_builds_an_entity_once_and_resolves_its_references_through_the_finder()
    {
        EntityTable? table = null;
        table = new EntityTable(FactStreamTests.Store(FactStreamWriter.EncodeEntities(new[] { Valdoria, Capital })), "Places.All", id => table!.FindById(id));

        Assert.Equal(2, table.Count);
        var capital = table.FindById("valdor")!;
        Assert.Same(capital, table[1]);
        Assert.Same(table[0], capital.PartOf);
        Assert.Same(table[0], capital.Country);
        Assert.Equal("XVA", ((Country)table[0]).Iso3);
        Assert.Null(table.FindById("atlantis"));
        Assert.Equal(new[] { "valdoria", "valdor" }, table.All<Entity>().Select(e => e.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => table[2]);
        Assert.Contains("a Place, where the generated code expects a Country", Assert.Throws<InvalidDataException>(() => table.All<Country>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_with_escaped_pairs_decodes_as_one_without()
    {
        // Arabic script is UTF-8 bytes D8-DB then a continuation: where such a byte lands at an odd offset, the stored
        // character is a surrogate, which the stored form escapes.
        var arabic = Valdoria with { Name = "\u0628\u0627\u0644\u062F\u0648\u0631\u064A\u0627", Description = string.Concat(Enumerable.Repeat("\u0628\u0644\u062F ", 40)) };
        var stored = FactStreamTests.Store(FactStreamWriter.EncodeEntities(new[] { arabic, Capital }));
        Assert.Contains('\uE000', stored);

        var table = new EntityTable(stored, "Countries.All", _ => null);

        Assert.Equal(arabic.Name, table[0].Name);
        Assert.Equal(arabic.Description, table[0].Description);
        Assert.Equal("valdor", table.FindById("valdor")!.Id);
    }

    [Fact]
    public void A_reference_the_dataset_does_not_have_fails_when_it_is_read_and_says_which()
    {
        var table = new EntityTable(FactStreamTests.Store(FactStreamWriter.EncodeEntities(new[] { Capital })), "Places.All", _ => null);

        var capital = table[0];

        Assert.Contains("refers to the country 'valdoria', which the dataset does not have", Assert.Throws<InvalidDataException>(() => capital.Country).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_entity_streams_are_rejected_with_a_message_naming_the_stream()
    {
        var bytes = FactStreamWriter.EncodeEntities(new[] { Valdoria, Capital });
        string Message<T>(byte[] stream)
            where T : Exception => Assert.Throws<T>(() => new EntityTable(FactStreamTests.Store(stream), "Countries.All", _ => null)[0]).Message;

        // Cut anywhere: the declared length, a count or a record's length catches it.
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Contains("entity stream 'Countries.All'", Message<InvalidDataException>(bytes.Take(length).ToArray()), StringComparison.Ordinal);
        }

        var version = (byte[])bytes.Clone();
        version[0] = 3;
        Assert.StartsWith("The entities of 'Countries.All' are stored in fact stream format 3", Message<NotSupportedException>(version), StringComparison.Ordinal);

        // An article's fact stream is not an entity stream.
        var facts = FactStreamWriter.Encode(new LinkedFacts(
            EquatableArray<LinkedEvent>.Empty, EquatableArray<LinkedRelation>.Empty, EquatableArray<LinkedQuantity>.Empty, EquatableArray<LinkedQuote>.Empty,
            EquatableArray<LinkedClaim>.Empty, EquatableArray<LinkedCorrection>.Empty, EquatableArray<LinkedMention>.Empty)).Bytes;
        Assert.Contains("is not an entity stream (flag 0)", Message<InvalidDataException>(facts), StringComparison.Ordinal);

        // A kind Dataset.Model does not have: the record's first byte. A stream of one entity ends with the flag 2, the
        // count 1, the record's length L (one byte here) and the L bytes of the record.
        var one = FactStreamWriter.EncodeEntities(new[] { Valdoria });
        var record = Enumerable.Range(1, Math.Min(120, one.Length - 3)).Single(l => one[^(l + 1)] == l && one[^(l + 2)] == 1 && one[^(l + 3)] == FactStreamWriter.EntityStreamFlag);
        Assert.Equal(1, one[^record]);
        one[^record] = 42;
        Assert.Contains("has an entity of unknown kind 42", Message<InvalidDataException>(one), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_numbers_the_kinds_and_closed_lists_as_the_runtime_enums_do()
    {
        Assert.Equal(Enum.GetNames<EntityKind>(), Vocabulary.BuiltInKinds.Select(k => k.Type));
        Assert.Equal(Enum.GetNames<EntityKind>().Select((_, i) => i), Vocabulary.BuiltInKinds.Select(k => FactStreamWriter.KindNumber(k.Code)));
        Assert.Equal(Enum.GetNames<AliasForm>(), Vocabulary.AliasForms.Select(Vocabulary.EnumMember));
        Assert.Equal(Enum.GetNames<AgreementType>(), Vocabulary.AgreementTypes.Select(Vocabulary.EnumMember));
        Assert.Equal(Enum.GetNames<AgreementStatus>(), Vocabulary.AgreementStatuses.Select(Vocabulary.EnumMember));
    }

    private static LinkedEntity Entity(string kind, string id) => new(
        kind, id, id, id.ToUpperInvariant(), "A fictional " + kind + ".", EquatableArray<LinkedAlias>.Empty, null, null, null, null, null, null,
        EquatableArray<LinkedPosition>.Empty, null, null, EquatableArray<string>.Empty);
}
