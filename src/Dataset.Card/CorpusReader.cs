using System;
using System.Collections;
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
    IReadOnlyList<FactList> Facts);

/// <summary>One kind of fact (<c>Corpus.Events</c>, <c>Corpus.Quotes</c>, ...) and its items.</summary>
internal sealed record FactList(string Name, IReadOnlyList<object> Items);

/// <summary>
/// Loads a dataset assembly by path and reads its generated <c>Corpus</c> and <c>Articles</c> classes. The values are
/// the Dataset.Model types the consumers see; only finding the static members goes through reflection.
/// </summary>
internal static class CorpusReader
{
    /// <summary>The fact lists of the corpus API, in the order the card shows them; a list the assembly lacks is left out.</summary>
    public static readonly string[] FactListNames = { "Events", "Relations", "Quantities", "Quotes", "Claims", "Corrections" };

    public static CorpusSnapshot Load(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidDataException(assemblyPath + " does not exist; build the dataset first");
        }

        var assembly = Assembly.LoadFrom(assemblyPath);
        var corpus = FindStaticClass(assembly, "Corpus");
        var articles = FindStaticClass(assembly, corpus.Namespace, "Articles");

        var facts = new List<FactList>();
        foreach (var name in FactListNames)
        {
            if (corpus.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable items)
            {
                facts.Add(new FactList(name, items.Cast<object>().ToList()));
            }
        }

        return new CorpusSnapshot(
            assembly.GetName().Name ?? corpus.Namespace ?? "Dataset",
            Constant(corpus, "Version"),
            Constant(corpus, "ContentHash"),
            Value<IReadOnlyList<Article>>(articles, "All"),
            Value<IReadOnlyList<Entity>>(corpus, "Entities"),
            facts);
    }

    private static Type FindStaticClass(Assembly assembly, string name) =>
        assembly.GetExportedTypes().SingleOrDefault(t => t.Name == name && t.IsAbstract && t.IsSealed && t.GetField("ContentHash") is not null)
        ?? throw new InvalidDataException(assembly.Location + " has no generated Corpus class");

    private static Type FindStaticClass(Assembly assembly, string? ns, string name) =>
        assembly.GetType(string.IsNullOrEmpty(ns) ? name : ns + "." + name)
        ?? throw new InvalidDataException(assembly.Location + " has no generated " + name + " class");

    private static string Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
        ?? throw new InvalidDataException(type.FullName + "." + name + " is missing");

    private static T Value<T>(Type type, string name)
        where T : class =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as T
        ?? throw new InvalidDataException(type.FullName + "." + name + " is missing or not a " + typeof(T).Name);

    /// <summary>Every time value a fact carries (<c>Time</c>, <c>Period</c>, <c>Said</c>, ...): its public <see cref="TemporalValue"/> properties.</summary>
    public static IEnumerable<TemporalValue> TimesOf(object fact) =>
        fact.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(TemporalValue) && p.GetIndexParameters().Length == 0)
            .Select(p => p.GetValue(fact) as TemporalValue)
            .OfType<TemporalValue>();
}
