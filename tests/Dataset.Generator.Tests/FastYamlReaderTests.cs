using System.Globalization;
using System.Text;
using Dataset.Core.Diagnostics;
using Dataset.Core.Parsing;
using Dataset.Synthetic;

namespace Dataset.Generator.Tests;

/// <summary>
/// <see cref="FastYamlReader"/> against the reader it stands in for, YamlDotNet's parser events as
/// <see cref="YamlTreeReader"/> reads them: whatever it accepts must give the same tree (values, styles, every
/// location), and it must accept what dataset files are written in, so that the fast path is the one taken.
/// </summary>
public class FastYamlReaderTests
{
    private const string Path = "/data/file.yaml";

    [Theory]
    [InlineData("a: 1\nb:\n  - x\n  - \"y z\"  # c\nc:\n- p\n- q: r\n  s: t\nd: [e, \"f\", g h]\ne:\n\nf: last\n")]
    [InlineData("p:\n  - { entity: z, role: \"party\" }\n  - {a: b}\nq: { x: [1, 2], y: \"w\" }\nr: x # c\ns: \"a\\\"b\\\\c\\u00e9\\x41\\U0001F600\\n\\t\"\nt: 'it''s'\nu: a:b #c\n")]
    [InlineData("a: 1")]
    [InlineData("a:")]
    [InlineData("a:\n")]
    [InlineData("a:\n  b: 1\n\n# end\n   \n")]
    [InlineData("# comment\n\n  a: 1\n  b: 2\n")]
    [InlineData("- a\n- b: c\n  d: [ ]\n- {}\n- []\n")]
    [InlineData("url: https://example.org/a#b?c=d,e[f]\nkey with spaces : value with  spaces   \n\"quoted key\": 'x'\n'single key': \"y\"\n")]
    [InlineData("a:\n  - b:\n      - c\n      - d\n    e: f\n  - g\nh: -5\n")]
    [InlineData("nested:\n  deeper:\n    deepest: [1, [2, [3]], {k: v, l: [m]}]\nafter: x\n")]
    [InlineData("a: \"\"\nb: ''\nc: ~\nd: null\ne: \"null\"\nf: Ünïcødé 中文\n")]
    [InlineData("list:\n- one\n- two\nnext: 3")]
    public void Accepted_documents_give_YamlDotNets_tree(string text) => AssertSameTree(text, mustAccept: true);

    [Theory]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: >-\n  folded\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: \"multi\n  line\"\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1\n - b\n")]
    [InlineData("a: - b\n")]
    [InlineData("- a\n-\n- b\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: [1, 2,]\n")]
    [InlineData("a: {b}\n")]
    [InlineData("a: {b: }\n")]
    [InlineData("a: \"x\"y\n")]
    [InlineData("just a scalar\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\uD800\"\n")]
    [InlineData("~: 1\n")]
    [InlineData("a:\n    b: 1\n  c: 2\n")]
    [InlineData("a: 1\n\u2028b: 2\n")]
    public void Other_documents_are_declined(string text)
    {
        Assert.Null(FastYamlReader.TryRead(Path, text));
        AssertSameTree(text, mustAccept: false);
    }

    [Fact]
    public void The_curated_data_and_the_package_test_corpora_give_the_same_trees()
    {
        var root = DiagnosticTests.RepoRoot();
        var files = new[] { "data", "tests/Dataset.Package.Tests/FictionalCorpus", "tests/Dataset.Package.Tests/GardenCorpus" }
            .SelectMany(folder => Directory.EnumerateFiles(System.IO.Path.Combine(root, folder), "*.yaml", SearchOption.AllDirectories))
            .ToList();
        Assert.NotEmpty(files);
        var accepted = 0;
        foreach (var file in files)
        {
            accepted += AssertSameTree(File.ReadAllText(file), mustAccept: false, file) ? 1 : 0;
        }

        Assert.True(accepted > 0, "none of " + files.Count + " files was read by the fast reader");
    }

    [Fact]
    public void Every_synthetic_file_is_read_by_the_fast_reader_into_the_same_tree()
    {
        foreach (var file in SyntheticCorpus.Create(new SyntheticOptions(12, 60)).Files().Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            AssertSameTree(file.Text, mustAccept: true, file.Path);
        }
    }

    [Fact]
    public void A_short_value_repeated_across_files_is_one_string()
    {
        var first = (YamlMapping)FastYamlReader.TryRead(Path, "a: zuvozuloia\nb: \"party\"\n")!;
        var second = (YamlMapping)FastYamlReader.TryRead(Path, "x: [zuvozuloia, party]\n")!;

        var items = ((YamlSequence)second.Entries[0].Value).Items;
        Assert.Same(((YamlScalar)first.Entries[0].Value).Value, ((YamlScalar)items[0]).Value);
        Assert.Same(((YamlScalar)first.Entries[1].Value).Value, ((YamlScalar)items[1]).Value);
    }

    [Fact]
    public void Random_documents_of_the_subset_are_read_into_the_same_tree()
    {
        for (var seed = 0; seed < 1500; seed++)
        {
            var text = new RandomDocument(new Random(seed)).Write();
            AssertSameTree(text, mustAccept: true, "seed " + seed.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Returns whether the fast reader accepted <paramref name="text"/>; when it did, its tree is YamlDotNet's.</summary>
    private static bool AssertSameTree(string text, bool mustAccept, string? what = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var expected = YamlTreeReader.Read(Path, text, diagnostics, CancellationToken.None, fast: false);
        var actual = FastYamlReader.TryRead(Path, text);
        if (mustAccept)
        {
            Assert.True(actual is not null, (what ?? string.Empty) + " was declined:\n" + text);
        }

        if (actual is null)
        {
            return false;
        }

        Assert.True(diagnostics.Count == 0, (what ?? string.Empty) + " was accepted although YamlDotNet's reading reports " + string.Join("; ", diagnostics.Select(d => d.Id + " " + string.Join(", ", d.Arguments))) + ":\n" + text);
        Assert.NotNull(expected);
        Same(expected!, actual, "$", (what ?? string.Empty) + "\n" + text);
        return true;
    }

    private static void Same(YamlNode expected, YamlNode actual, string at, string context)
    {
        Assert.True(expected.GetType() == actual.GetType(), at + ": " + expected.Describe + " read as " + actual.Describe + " in " + context);
        Assert.True(expected.Location == actual.Location, at + ": location " + expected.Location + " read as " + actual.Location + " in " + context);
        switch (expected)
        {
            case YamlScalar s:
                var a = (YamlScalar)actual;
                Assert.True(s.Value == a.Value && s.IsPlain == a.IsPlain, at + ": '" + s.Value + "' (plain " + s.IsPlain + ") read as '" + a.Value + "' (plain " + a.IsPlain + ") in " + context);
                break;
            case YamlSequence q:
                var b = (YamlSequence)actual;
                Assert.True(q.Items.Count == b.Items.Count, at + ": " + q.Items.Count + " items read as " + b.Items.Count + " in " + context);
                for (var i = 0; i < q.Items.Count; i++)
                {
                    Same(q.Items[i], b.Items[i], at + "[" + i + "]", context);
                }

                break;
            case YamlMapping m:
                var c = (YamlMapping)actual;
                Assert.True(m.Entries.Count == c.Entries.Count, at + ": " + m.Entries.Count + " entries read as " + c.Entries.Count + " in " + context);
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    Same(m.Entries[i].Key, c.Entries[i].Key, at + ".key" + i, context);
                    Same(m.Entries[i].Value, c.Entries[i].Value, at + "." + m.Entries[i].Key.Value, context);
                }

                break;
        }
    }

    /// <summary>A random document of the subset: nested block mappings and sequences, flow collections, every scalar style, comments, blank lines.</summary>
    private sealed class RandomDocument(Random random)
    {
        private static readonly string[] Words = { "a", "id", "key", "some key", "x-y", "Ünï", "中文", "v1.2", "-5", "3.14", "true", "null", "~", "a:b", "a#b", "http://x/y?z=1,2", "[x]", "{y}", "it's", "a \"q\"", "tail  " };
        private readonly StringBuilder _out = new();
        private int _key;

        public string Write()
        {
            if (random.Next(4) == 0)
            {
                Comment(0);
            }

            if (random.Next(5) == 0)
            {
                Sequence(0, 0);
            }
            else
            {
                Mapping(0, 0);
            }

            var text = _out.ToString();
            return random.Next(3) == 0 ? text.TrimEnd('\n') : text;
        }

        private void Mapping(int indent, int depth, bool firstInline = false)
        {
            var count = 1 + random.Next(4);
            for (var i = 0; i < count; i++)
            {
                if (!(firstInline && i == 0))
                {
                    _out.Append(' ', indent);
                }

                _out.Append(Key()).Append(random.Next(4) == 0 ? " :" : ":");
                var kind = depth >= 4 ? random.Next(3) : random.Next(6);
                switch (kind)
                {
                    case 0:
                        _out.Append(' ').Append(Scalar(flow: false));
                        End();
                        break;
                    case 1:
                        _out.Append(' ').Append(Flow(depth));
                        End();
                        break;
                    case 2:
                        End(); // an empty value
                        break;
                    case 3:
                        End();
                        Mapping(indent + 2 + random.Next(2), depth + 1);
                        break;
                    case 4:
                        End();
                        Sequence(indent + 2, depth + 1);
                        break;
                    default:
                        End();
                        Sequence(indent, depth + 1); // indentless
                        break;
                }

                if (random.Next(6) == 0)
                {
                    Comment(indent);
                }
            }
        }

        private void Sequence(int indent, int depth)
        {
            var count = 1 + random.Next(4);
            for (var i = 0; i < count; i++)
            {
                _out.Append(' ', indent).Append("- ");
                var kind = depth >= 4 ? random.Next(2) : random.Next(4);
                switch (kind)
                {
                    case 0:
                        _out.Append(Scalar(flow: false));
                        End();
                        break;
                    case 1:
                        _out.Append(Flow(depth));
                        End();
                        break;
                    case 2:
                        Mapping(indent + 2, depth + 1, firstInline: true);
                        break;
                    default:
                        End();
                        Mapping(indent + 2 + random.Next(2), depth + 1);
                        break;
                }
            }
        }

        private void End()
        {
            if (random.Next(5) == 0)
            {
                _out.Append("  # note: x");
            }
            else if (random.Next(6) == 0)
            {
                _out.Append("   ");
            }

            _out.Append('\n');
            if (random.Next(8) == 0)
            {
                _out.Append('\n');
            }
        }

        private void Comment(int indent) => _out.Append(' ', indent).Append("# a comment: - [x]\n");

        private string Key() => random.Next(5) switch
        {
            0 => "\"k" + _key++ + " q\"",
            1 => "'k" + _key++ + "'",
            _ => "k" + _key++ + (random.Next(3) == 0 ? " part" : string.Empty),
        };

        private string Flow(int depth)
        {
            var count = random.Next(4);
            var sequence = random.Next(2) == 0;
            var items = Enumerable.Range(0, count).Select(i => sequence
                ? (depth < 4 && random.Next(5) == 0 ? Flow(depth + 1) : Scalar(flow: true))
                : "f" + i + ": " + (depth < 4 && random.Next(5) == 0 ? Flow(depth + 1) : Scalar(flow: true)));
            var space = random.Next(2) == 0 ? " " : string.Empty;
            return (sequence ? "[" : "{") + space + string.Join("," + (random.Next(3) == 0 ? "  " : " "), items) + space + (sequence ? "]" : "}");
        }

        private string Scalar(bool flow)
        {
            var word = Words[random.Next(Words.Length)];
            switch (random.Next(4))
            {
                case 0:
                    return "\"" + word.Replace("\\", "\\\\").Replace("\"", "\\\"") + (random.Next(3) == 0 ? "\\n\\t\\u00e9\\\\" : string.Empty) + "\"";
                case 1:
                    return "'" + word.Replace("'", "''") + "'";
                default:
                    // Plain: only words that stay plain and single in this context.
                    var plain = flow
                        ? new[] { "a", "id", "some key", "x-y", "Ünï", "中文", "v1.2", "-5", "3.14", "true", "null", "~", "a#b" }
                        : new[] { "a", "id", "some key", "x-y", "Ünï", "中文", "v1.2", "-5", "3.14", "true", "null", "~", "a:b", "a#b", "http://x/y?z=1,2", "it's", "a \"q\"", "x [y] {z}" };
                    return plain[random.Next(plain.Length)];
            }
        }
    }
}
