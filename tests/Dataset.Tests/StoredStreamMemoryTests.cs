using System.Reflection;

namespace Dataset.Tests;

/// <summary>
/// A stored stream is decoded from a buffer of the reader's, and the facts' texts (format 5) are in a stream of their
/// own: the facts' table of texts keeps no copy of it, only a way to fetch it from the generated class's metadata,
/// until a fact first reads a text.
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
        var texts = table.GetType().GetField("_texts", BindingFlags.NonPublic | BindingFlags.Instance)!;

        Assert.IsAssignableFrom<Func<byte[]>>(texts.GetValue(table));
        Assert.Null(bytes.GetValue(table));

        Assert.Equal(Corpus.Facts.All.Select(f => f.Id), all.Select(f => f.Id));
        Assert.Equal(Corpus.Facts.All.Select(f => f.Evidence.Text), all.Select(f => f.Evidence.Text));
        Assert.NotNull(bytes.GetValue(table));
    }
}
