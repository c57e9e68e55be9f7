using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// The article step, the second of the three link steps, one per article: its metadata against the registry's
/// <see cref="EntityTable"/>, the text it pins, its facts and the entities it names. An edit to one article re-links
/// that article only.
/// </summary>
internal static class ArticleLinker
{
    /// <summary>An article file and the text file it pins, found in <paramref name="texts"/>.</summary>
    public static ArticleInput Pair(FileResult article, TextIndex texts) =>
        new(article, TextPathOf(article) is { } path ? texts.Find(path) : null);

    /// <summary>The path of the text an article file pins: its 'text' beside the YAML file, with '/' separators; null for other files.</summary>
    public static string? TextPathOf(FileResult article) =>
        article.Article is { } a ? Directory(article.Path) + a.Meta.TextFile.Replace('\\', '/') : null;

    /// <summary>Links one article against the registry's table and the vocabulary.</summary>
    public static ArticleResult Link(ArticleInput input, EntityTable table, VocabularyModel vocabulary, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = input.File;
        var meta = file.Article!.Meta;
        var diagnostics = new DiagnosticBag();
        if (!Naming.IsValidId(meta.Id))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidId, meta.Location, meta.Id);
            return new ArticleResult(meta.Id, file.Path, meta.Location, false, null, default, file.Diagnostics, diagnostics.ToEquatableArray());
        }

        var firstMentions = new Dictionary<string, FirstMention>(StringComparer.Ordinal);
        var linked = Link(file.Article, input.Text, EntityResolver.Of(table), vocabulary, firstMentions, diagnostics);
        return new ArticleResult(
            meta.Id,
            file.Path,
            meta.Location,
            true,
            linked,
            firstMentions.Select(m => new EntityMention(m.Key, m.Value)).ToEquatableArray(),
            file.Diagnostics,
            diagnostics.ToEquatableArray())
        {
            Published = meta.Published.Parsed is { IsInterval: false, Start: { Precision: Precision.Day } day } ? day : null,
        };
    }

    private static LinkedArticle? Link(ArticleFileModel article, TextFileModel? text, EntityResolver resolver, VocabularyModel vocabulary, Dictionary<string, FirstMention> firstMentions, DiagnosticBag diagnostics)
    {
        var meta = article.Meta;
        var authors = meta.Authors.Select(a => resolver.Resolve(a, "'authors'", "person", diagnostics)).ToList();
        var publisher = resolver.Resolve(meta.Publisher, "'publisher'", "organization", diagnostics);
        var published = TimeChecks.Check(meta.Published, "publication date", diagnostics);
        if (published is not null && published.Parsed is not { IsInterval: false, Start.Precision: Precision.Day })
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidTime, meta.Published.Location, meta.Published.Value, "publication date", "it must be a full day such as 2013-08-08");
            published = null;
        }

        if (text is null)
        {
            diagnostics.Add(DiagnosticDescriptors.TextFileMissing, meta.TextFileLocation, meta.TextFile);
            return null;
        }

        if (!string.Equals(text.Sha256, meta.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticDescriptors.TextHashMismatch, meta.Sha256Location, meta.TextFile, text.Sha256, meta.Sha256);
        }

        var evidenceText = EvidenceText.Create(text.Text);
        var date = published?.Value ?? meta.Published.Value;
        var mentions = MentionFinder.Find(meta, date, text.Text, evidenceText, resolver, firstMentions);
        var facts = new FactLinker(article, text.Text, new EvidenceSearch(text.Text, evidenceText), resolver, vocabulary, diagnostics).Link(mentions);
        MentionFinder.AddFactMentions(meta.Headline, date, facts, firstMentions);

        if (published is null || authors.Any(a => a is null))
        {
            return null;
        }

        // Ids start with a letter, so a member is always a valid identifier; the "A" guards only what a keyword would be.
        var member = Naming.ToPascalCase(meta.Id);
        member = Naming.IsValidIdentifier(member) ? member : "A" + member;
        return new LinkedArticle(meta.Id, member, meta.Headline, authors.Select(a => a!).ToEquatableArray(),
            meta.Authors.Select(a => resolver.TryGet(a.Id, out var person) ? person.Name : a.Id).ToEquatableArray(), publisher,
            published.Parsed.Start!.Value, meta.Url, Vocabulary.EnumMember(meta.Kind), meta.Language, text.Sha256, text.Text.Length, facts);
    }

    private static string Directory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var i = normalized.LastIndexOf('/');
        return i < 0 ? string.Empty : normalized.Substring(0, i + 1);
    }
}
