using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Dataset.Card;

/// <summary>What the card reports, read from the public API of a built dataset assembly.</summary>
internal sealed record CorpusSnapshot(
    string Title,
    string Version,
    string ContentHash,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    FactIndex Facts);

/// <summary>
/// Loads a dataset assembly by path and reads its generated <c>Corpus</c> and <c>Articles</c> classes
/// (<c>Corpus.Version</c>, <c>Corpus.ContentHash</c>, <c>Articles.All</c>, <c>Corpus.Entities</c>, <c>Corpus.Facts</c>).
/// The values are the Dataset.Model types consumers see; only finding the static members goes through reflection.
/// </summary>
internal static class CorpusReader
{
    public static CorpusSnapshot Load(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidDataException(assemblyPath + " does not exist; build the dataset first");
        }

        var assembly = Assembly.LoadFrom(assemblyPath);
        var corpus = assembly.GetExportedTypes().SingleOrDefault(t => t.Name == "Corpus" && t.IsAbstract && t.IsSealed && t.GetField("ContentHash") is not null)
            ?? throw new InvalidDataException(assemblyPath + " has no generated Corpus class");
        var articles = assembly.GetType(corpus.Namespace + ".Articles")
            ?? throw new InvalidDataException(assemblyPath + " has no generated Articles class");

        return new CorpusSnapshot(
            assembly.GetName().Name ?? corpus.Namespace ?? "Dataset",
            Constant(corpus, "Version"),
            Constant(corpus, "ContentHash"),
            Value<IReadOnlyList<Article>>(articles, "All"),
            Value<IReadOnlyList<Entity>>(corpus, "Entities"),
            Value<FactIndex>(corpus, "Facts"));
    }

    private static string Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
        ?? throw new InvalidDataException(type.FullName + "." + name + " is missing");

    private static T Value<T>(Type type, string name)
        where T : class =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as T
        ?? throw new InvalidDataException(type.FullName + "." + name + " is missing or not a " + typeof(T).Name);
}
