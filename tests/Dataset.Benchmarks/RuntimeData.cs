using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Dataset.Benchmarks;

// The data loaded at run time, the way an application without the generator would: plain DTOs of the schema
// (docs/annotation-guide.md), deserialized from the YAML files with YamlDotNet, or from the same data as JSON
// with a System.Text.Json source-generated context. No validation, no linking: the cheapest honest load.

#pragma warning disable CS1591 // DTOs mirror the schema field for field; the schema is documented in the annotation guide.

public sealed class RegistryDto
{
    public int Schema { get; set; }
    public string? Kind { get; set; }
    public List<EntityDto>? Entities { get; set; }
}

public sealed class EntityDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<AliasDto>? Aliases { get; set; }
    public CodesDto? Codes { get; set; }
    public string? PartOf { get; set; }
    public string? Country { get; set; }
    public List<PositionDto>? Positions { get; set; }
    public string? Class { get; set; }
}

public sealed class AliasDto
{
    public string? Text { get; set; }
    public string? Form { get; set; }
}

public sealed class CodesDto
{
    public string? Iso2 { get; set; }
    public string? Iso3 { get; set; }
    public string? Currency { get; set; }
    public string? Wikidata { get; set; }
    public SourceRefDto? Source { get; set; }
}

public sealed class PositionDto
{
    public string? Title { get; set; }
    public string? Of { get; set; }
    public TimeDto? Time { get; set; }
    public SourceRefDto? Source { get; set; }
}

/// <summary>A time value: YAML writes a string or <c>{ value, mod }</c>; JSON always the object.</summary>
public sealed class TimeDto
{
    public string? Value { get; set; }
    public string? Mod { get; set; }
}

/// <summary>Evidence: YAML writes a string or <c>{ text, prefix, suffix, occurrence }</c>; JSON always the object.</summary>
public sealed class EvidenceDto
{
    public string? Text { get; set; }
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }
    public int? Occurrence { get; set; }
}

public sealed class ArticleFileDto
{
    public int Schema { get; set; }
    public ArticleMetaDto? Article { get; set; }
    public List<EventDto>? Events { get; set; }
    public List<RelationDto>? Relations { get; set; }
    public List<QuantityDto>? Quantities { get; set; }
    public List<QuoteDto>? Quotes { get; set; }
    public List<ClaimDto>? Claims { get; set; }
    public List<CorrectionDto>? Corrections { get; set; }
}

public sealed class ArticleMetaDto
{
    public string? Id { get; set; }
    public string? Headline { get; set; }
    public List<string>? Authors { get; set; }
    public string? Publisher { get; set; }
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string? Kind { get; set; }
    public string? Language { get; set; }
    public string? Text { get; set; }
    public string? Sha256 { get; set; }
}

public sealed class ParticipantDto
{
    public string? Entity { get; set; }
    public string? Role { get; set; }
}

public sealed class AttributionDto
{
    public string? Source { get; set; }
    public string? Value { get; set; }
    public string? Stance { get; set; }
}

public sealed class CrosswalkDto
{
    public string? Ace { get; set; }
    public string? Cameo { get; set; }
}

public sealed class EventDto
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Summary { get; set; }
    public List<ParticipantDto>? Participants { get; set; }
    public string? Place { get; set; }
    public TimeDto? Time { get; set; }
    public string? Status { get; set; }
    public string? Agreement { get; set; }
    public List<AttributionDto>? Factuality { get; set; }
    public CrosswalkDto? Crosswalk { get; set; }
    public EvidenceDto? Evidence { get; set; }
}

public sealed class RelationDto
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Subject { get; set; }
    public string? Object { get; set; }
    public TimeDto? Time { get; set; }
    public EvidenceDto? Evidence { get; set; }
}

public sealed class QuantityDto
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Measure { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public TimeDto? Period { get; set; }
    public List<string>? Between { get; set; }
    public string? Of { get; set; }
    public string? Source { get; set; }
    public bool? Approximate { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public decimal? Percent { get; set; }
    public EvidenceDto? Evidence { get; set; }
}

public sealed class QuoteDto
{
    public string? Id { get; set; }
    public string? Speaker { get; set; }
    public TimeDto? Said { get; set; }
    public string? Text { get; set; }
    public string? Work { get; set; }
    public EvidenceDto? Evidence { get; set; }
}

public sealed class ClaimDto
{
    public string? Id { get; set; }
    public string? Statement { get; set; }
    public string? About { get; set; }
    public List<AttributionDto>? Attributions { get; set; }
    public EvidenceDto? Evidence { get; set; }
}

public sealed class SourceRefDto
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}

public sealed class CorrectionDto
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Entity { get; set; }
    public string? Written { get; set; }
    public string? Correct { get; set; }
    public SourceRefDto? Source { get; set; }
    public EvidenceDto? Evidence { get; set; }
}

#pragma warning restore CS1591

/// <summary>The System.Text.Json source-generated context for the DTOs (kebab-case names, as in the YAML).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RegistryDto))]
[JsonSerializable(typeof(ArticleFileDto))]
public sealed partial class DataJsonContext : JsonSerializerContext
{
}

/// <summary>The whole corpus as loaded at run time.</summary>
/// <param name="Registries">One per entity kind.</param>
/// <param name="Articles">One per article.</param>
public sealed record LoadedCorpus(List<RegistryDto> Registries, List<ArticleFileDto> Articles)
{
    /// <summary>How many objects of the top two levels were loaded (keeps the work observable).</summary>
    public int Count => Registries.Sum(r => r.Entities?.Count ?? 0) + Articles.Sum(a => (a.Events?.Count ?? 0) + (a.Quantities?.Count ?? 0) + (a.Quotes?.Count ?? 0) + 1);
}

/// <summary>Loads the YAML files with YamlDotNet's deserializer.</summary>
public static class YamlData
{
    /// <summary>Builds the deserializer (kebab-case names, string-or-mapping times and evidence).</summary>
    /// <returns>The deserializer.</returns>
    public static IDeserializer CreateDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithTypeConverter(new StringOrMappingConverter())
        .Build();

    /// <summary>Every registry and article file under <paramref name="directory"/>.</summary>
    /// <param name="deserializer">From <see cref="CreateDeserializer"/>.</param>
    /// <param name="directory">The data folder.</param>
    /// <returns>The corpus.</returns>
    public static LoadedCorpus LoadAll(IDeserializer deserializer, string directory) => new(
        Directory.GetFiles(Path.Combine(directory, "registry"), "*.yaml").Order(StringComparer.Ordinal).Select(f => deserializer.Deserialize<RegistryDto>(File.ReadAllText(f))).ToList(),
        Directory.GetFiles(Path.Combine(directory, "articles"), "*.yaml").Order(StringComparer.Ordinal).Select(f => deserializer.Deserialize<ArticleFileDto>(File.ReadAllText(f))).ToList());

    /// <summary>One entity: its kind's registry file is read and searched.</summary>
    /// <param name="deserializer">From <see cref="CreateDeserializer"/>.</param>
    /// <param name="directory">The data folder.</param>
    /// <param name="plural">The registry file name without extension (<c>people</c>).</param>
    /// <param name="id">The entity id.</param>
    /// <returns>The entity.</returns>
    public static EntityDto LoadEntity(IDeserializer deserializer, string directory, string plural, string id) =>
        deserializer.Deserialize<RegistryDto>(File.ReadAllText(Path.Combine(directory, "registry", plural + ".yaml"))).Entities!.First(e => e.Id == id);

    /// <summary>Reads a YAML scalar as <c>{ value }</c> / <c>{ text }</c>, or a mapping as the object.</summary>
    private sealed class StringOrMappingConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(TimeDto) || type == typeof(EvidenceDto);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return type == typeof(TimeDto) ? new TimeDto { Value = scalar.Value } : new EvidenceDto { Text = scalar.Value };
            }

            parser.Consume<MappingStart>();
            var time = new TimeDto();
            var evidence = new EvidenceDto();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                var value = parser.Consume<Scalar>().Value;
                switch (key)
                {
                    case "value": time.Value = value; break;
                    case "mod": time.Mod = value; break;
                    case "text": evidence.Text = value; break;
                    case "prefix": evidence.Prefix = value; break;
                    case "suffix": evidence.Suffix = value; break;
                    case "occurrence": evidence.Occurrence = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                }
            }

            return type == typeof(TimeDto) ? time : evidence;
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) => throw new NotSupportedException();
    }
}

/// <summary>The same data as JSON files (converted once from the YAML), loaded with the source-generated context.</summary>
public static class JsonData
{
    /// <summary>Converts every YAML file under <paramref name="yamlDirectory"/> to JSON under <paramref name="jsonDirectory"/>.</summary>
    /// <param name="yamlDirectory">The YAML data folder.</param>
    /// <param name="jsonDirectory">The JSON data folder to fill.</param>
    public static void Convert(string yamlDirectory, string jsonDirectory)
    {
        var deserializer = YamlData.CreateDeserializer();
        foreach (var sub in new[] { "registry", "articles" })
        {
            Directory.CreateDirectory(Path.Combine(jsonDirectory, sub));
            foreach (var file in Directory.GetFiles(Path.Combine(yamlDirectory, sub), "*.yaml"))
            {
                var target = Path.Combine(jsonDirectory, sub, Path.GetFileNameWithoutExtension(file) + ".json");
                var yaml = File.ReadAllText(file);
                var json = sub == "registry"
                    ? JsonSerializer.Serialize(deserializer.Deserialize<RegistryDto>(yaml), DataJsonContext.Default.RegistryDto)
                    : JsonSerializer.Serialize(deserializer.Deserialize<ArticleFileDto>(yaml), DataJsonContext.Default.ArticleFileDto);
                File.WriteAllText(target, json);
            }
        }
    }

    /// <summary>Every registry and article file under <paramref name="directory"/>.</summary>
    /// <param name="directory">The JSON data folder.</param>
    /// <returns>The corpus.</returns>
    public static LoadedCorpus LoadAll(string directory) => new(
        Directory.GetFiles(Path.Combine(directory, "registry"), "*.json").Order(StringComparer.Ordinal).Select(f => JsonSerializer.Deserialize(File.ReadAllBytes(f), DataJsonContext.Default.RegistryDto)!).ToList(),
        Directory.GetFiles(Path.Combine(directory, "articles"), "*.json").Order(StringComparer.Ordinal).Select(f => JsonSerializer.Deserialize(File.ReadAllBytes(f), DataJsonContext.Default.ArticleFileDto)!).ToList());

    /// <summary>One entity: its kind's registry file is read and searched.</summary>
    /// <param name="directory">The JSON data folder.</param>
    /// <param name="plural">The registry file name without extension (<c>people</c>).</param>
    /// <param name="id">The entity id.</param>
    /// <returns>The entity.</returns>
    public static EntityDto LoadEntity(string directory, string plural, string id) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(directory, "registry", plural + ".json")), DataJsonContext.Default.RegistryDto)!.Entities!.First(e => e.Id == id);
}
