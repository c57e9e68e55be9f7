using System.Reflection;

namespace Dataset.Tests;

/// <summary>
/// A stored stream that is not read in place (escaped or compressed) is decoded from a buffer of the reader's: the
/// facts' string table keeps no expanded copy of the stream, and, reading the generated class, not the stored string
/// either (a way to fetch it again from the metadata), until a fact first reads a string.
/// </summary>
public class StoredStreamMemoryTests
{
    [Fact]
    public void The_string_table_keeps_no_copy_of_the_stream_until_a_string_is_read_and_then_reads_the_same_strings()
    {
        // The generated code's reading of every article's facts (FactStreamReader.ReadFacts), decoded anew.
        var facts = (ArticleFacts[])typeof(Articles).GetMethod("allFacts", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;
        var all = facts.SelectMany(f => f.All).ToList();
        var table = typeof(Fact).GetField("_strings", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(all[0])!;
        var bytes = table.GetType().GetField("_bytes", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var packed = table.GetType().GetField("_packed", BindingFlags.NonPublic | BindingFlags.Instance)!;

        Assert.IsAssignableFrom<Func<string>>(packed.GetValue(table));
        Assert.Null(bytes.GetValue(table));

        Assert.Equal(Corpus.Facts.All.Select(f => f.Id), all.Select(f => f.Id));
        Assert.Equal(Corpus.Facts.All.Select(f => f.Evidence.Text), all.Select(f => f.Evidence.Text));
        Assert.NotNull(bytes.GetValue(table));
    }
}
