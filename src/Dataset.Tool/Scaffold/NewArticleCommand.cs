using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Dataset.Core.Common;
using Dataset.Tool.Input;
using Dataset.Tool.Output;

namespace Dataset.Tool.Scaffold;

/// <summary>
/// <c>dataset new article --id ID --url URL --text FILE</c>: copies the text to <c>articles/ID.txt</c> and writes
/// <c>articles/ID.yaml</c> with the text's SHA-256, the headline (the text's first <c># </c> line), the date (from
/// the id) and empty fact lists: a file that passes <c>dataset check</c> as it is.
/// </summary>
internal static class NewArticleCommand
{
    private static readonly Regex Id = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex DateInId = new("-([0-9]{4}-[0-9]{2}-[0-9]{2})(-|$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Scaffolds the article: 0 when written, 2 for bad input (nothing is written then).</summary>
    public static int Run(string folder, string id, string url, string textFile, ToolConsole console)
    {
        if (!Id.IsMatch(id))
        {
            throw new ToolException("the id '" + id + "' is not kebab-case (lowercase letters, digits and single hyphens, starting with a letter)");
        }

        if (url.Trim().Length == 0 || url.IndexOfAny(new[] { '\n', '\r' }) >= 0)
        {
            throw new ToolException("the url must be one non-empty line");
        }

        if (!Directory.Exists(folder))
        {
            throw new ToolException("the data folder '" + folder + "' does not exist");
        }

        if (!File.Exists(textFile))
        {
            throw new ToolException("the text file '" + textFile + "' does not exist");
        }

        var date = DateInId.Match(id);
        if (!date.Success || DateValue.Parse(date.Groups[1].Value, out _) is null)
        {
            throw new ToolException("the id '" + id + "' has no valid date; name articles <publisher>-<yyyy-mm-dd>-<slug>");
        }

        var text = DataFolder.Read(textFile);
        var articles = Path.Combine(folder, "articles");
        var yamlPath = Path.Combine(articles, id + ".yaml");
        var textPath = Path.Combine(articles, id + ".txt");
        var sameText = Path.GetFullPath(textFile) == Path.GetFullPath(textPath);
        if (File.Exists(yamlPath) || (!sameText && File.Exists(textPath)))
        {
            throw new ToolException("the article '" + id + "' already exists in " + articles);
        }

        var yaml = Yaml(id, url.Trim(), Headline(text), date.Groups[1].Value, Hashing.Sha256Hex(text));
        try
        {
            Directory.CreateDirectory(articles);

            // Each file is written under a temporary name and moved into place; the text first, so the YAML never pins a missing text.
            if (!sameText)
            {
                Write(textPath, text);
            }

            Write(yamlPath, yaml);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException("cannot write the article: " + ex.Message, ex);
        }

        console.Out.WriteLine("dataset new article: " + yamlPath + (sameText ? string.Empty : " and " + textPath));
        return 0;
    }

    /// <summary>The annotation file's text.</summary>
    public static string Yaml(string id, string url, string headline, string published, string sha256)
    {
        var s = new StringBuilder();
        void Line(string line) => s.Append(line).Append('\n');
        Line("# yaml-language-server: $schema=../schema/article.schema.json");
        Line("schema: 1");
        Line("article:");
        Line("  id: " + id);
        Line("  headline: " + Quote(headline));
        Line("  authors: []                  # person ids (data/registry/people.yaml)");
        Line("  # publisher: <organization id>");
        Line("  published: \"" + published + "\"");
        Line("  url: " + Quote(url));
        Line("  kind: news                   # news | opinion | analysis | interview | editorial");
        Line("  language: en");
        Line("  text: " + id + ".txt");
        Line("  sha256: " + sha256);
        Line("events: []");
        Line("relations: []");
        Line("quantities: []");
        Line("quotes: []");
        Line("claims: []");
        Line("corrections: []");
        return s.ToString();
    }

    private static string Headline(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("# ", StringComparison.Ordinal) && trimmed.Length > 2)
            {
                return trimmed.Substring(2).Trim();
            }
        }

        return "TODO: the headline as published";
    }

    // A double-quoted YAML scalar: always safe, whatever the text.
    private static string Quote(string value)
    {
        var s = new StringBuilder("\"");
        foreach (var c in value)
        {
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return s.Append('"').ToString();
    }

    private static void Write(string path, string content)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, content, Utf8);
        File.Move(temporary, path);
    }
}
