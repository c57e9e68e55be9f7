using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Dataset.Core.Common;

namespace Dataset.Generator.Emit;

/// <summary>One generated file of article code: its hint name and the articles it holds, in id order.</summary>
/// <param name="HintName">The file's hint name (<c>Articles/&lt;id&gt;.g.cs</c>, or <c>Articles/Part&lt;k&gt;.g.cs</c> for a group).</param>
/// <param name="Articles">The articles whose property and stored streams the file declares.</param>
internal sealed record ArticleFileUnit(string HintName, EquatableArray<ArticleUnit> Articles);

/// <summary>
/// How the articles' code is spread over generated files. Roslyn's driver adds every generated file of a run to a
/// collection that checks each new hint name against all earlier ones (a scan, case-insensitive), so a run over
/// <c>F</c> files costs it on the order of <c>F²</c> comparisons, cached files included: at 10,000 article files that
/// was three quarters of a one-file edit (docs/benchmarks.md). Up to <see cref="OneFileEachUpTo"/> articles, each
/// article has a file of its own, named by its id; above, articles share files: the least power of two of them that
/// puts at most <see cref="ArticlesPerFile"/> articles in a file on average (and more than half as many), an article's
/// file chosen by a hash of its id, so that adding or editing
/// an article changes its own file only (and every file when the count of files doubles).
/// </summary>
/// <param name="OneFileEachUpTo">The most articles that still get a file each.</param>
/// <param name="ArticlesPerFile">The most articles a shared file holds on average.</param>
internal sealed record ArticleFileLayout(int OneFileEachUpTo, int ArticlesPerFile)
{
    /// <summary>
    /// A file per article up to 1,024 articles (the driver's scan of 1,024 names costs about what emitting one shared
    /// file of 16 articles does), then 8 to 16 articles to a file on average.
    /// </summary>
    public static readonly ArticleFileLayout Default = new(1024, 16);

    /// <summary>The files for <paramref name="articles"/> (in id order, as the linked corpus lists them).</summary>
    public EquatableArray<ArticleFileUnit> Group(ImmutableArray<ArticleUnit> articles)
    {
        if (articles.Length <= OneFileEachUpTo)
        {
            return articles.Select(a => new ArticleFileUnit(ArticleEmitter.HintName(a), new EquatableArray<ArticleUnit>(new[] { a }))).ToEquatableArray();
        }

        var files = FileCount(articles.Length);
        var groups = new List<ArticleUnit>?[files];
        foreach (var article in articles)
        {
            var k = (int)(Hash(article.Article.Id) & (uint)(files - 1));
            (groups[k] ??= new List<ArticleUnit>()).Add(article);
        }

        var units = new List<ArticleFileUnit>();
        for (var k = 0; k < files; k++)
        {
            if (groups[k] is { } group)
            {
                units.Add(new ArticleFileUnit(
                    "Articles/Part" + k.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs",
                    group.OrderBy(a => a.Article.Id, System.StringComparer.Ordinal).ToEquatableArray()));
            }
        }

        return units.ToEquatableArray();
    }

    /// <summary>The number of shared files for <paramref name="articles"/> articles: the least power of two giving at most <see cref="ArticlesPerFile"/> each on average.</summary>
    internal int FileCount(int articles)
    {
        var needed = (articles + ArticlesPerFile - 1) / ArticlesPerFile;
        var files = 1;
        while (files < needed)
        {
            files <<= 1;
        }

        return files;
    }

    /// <summary>32-bit FNV-1a over the id's UTF-16 code units: stable across processes and platforms, unlike <c>string.GetHashCode</c>.</summary>
    internal static uint Hash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
