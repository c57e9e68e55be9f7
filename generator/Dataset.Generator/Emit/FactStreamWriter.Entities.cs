using System.Collections.Generic;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <content>
/// Entity streams: the entities of one generated class (or shard) as data, which <c>Dataset.Infrastructure.EntityTable</c>
/// decodes one entity at a time (the format is described on the runtime's <c>EntityStream</c>).
/// </content>
internal sealed partial class FactStreamWriter
{
    /// <summary>Marks an entity stream where a fact stream has its article record flag.</summary>
    public const byte EntityStreamFlag = 2;

    private static readonly IReadOnlyDictionary<string, int> AliasForms = Numbered(Vocabulary.AliasForms);
    private static readonly IReadOnlyDictionary<string, int> AgreementTypes = Numbered(Vocabulary.AgreementTypes);
    private static readonly IReadOnlyDictionary<string, int> AgreementStatuses = Numbered(Vocabulary.AgreementStatuses);

    /// <summary>Encodes entities as an entity stream, a record each, in the order given (the order of the generated class's table).</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>The stream's bytes.</returns>
    public static byte[] EncodeEntities(IReadOnlyList<LinkedEntity> entities)
    {
        var w = new FactStreamWriter();
        var lengths = new int[entities.Count];
        for (var i = 0; i < entities.Count; i++)
        {
            var start = w._body.Count;
            w.EntityRecord(entities[i]);
            lengths[i] = w._body.Count - start;
        }

        var rest = w.Tables();
        rest.Add(EntityStreamFlag);
        UInt(rest, lengths.Length);
        foreach (var length in lengths)
        {
            UInt(rest, length);
        }

        rest.AddRange(w._body);
        return Finish(rest);
    }

    /// <summary>
    /// The built-in kind's number: its place in <see cref="Vocabulary.BuiltInKinds"/>, which lists them in the order of
    /// the runtime's <c>EntityKind</c> (a generator test checks the two agree).
    /// </summary>
    public static int KindNumber(string builtInKind)
    {
        for (var i = 0; i < Vocabulary.BuiltInKinds.Count; i++)
        {
            if (Vocabulary.BuiltInKinds[i].Code == builtInKind)
            {
                return i;
            }
        }

        throw new System.ArgumentException("'" + builtInKind + "' is not a built-in entity kind", nameof(builtInKind));
    }

    private void EntityRecord(LinkedEntity e)
    {
        _body.Add((byte)KindNumber(e.Kind));
        String(e.Id);
        String(e.Name);
        String(e.Description);
        UInt(e.Aliases.Count);
        foreach (var a in e.Aliases)
        {
            String(a.Text);
            UInt(Member(AliasForms, a.Form));
        }

        OptionalString(e.Wikidata);
        OptionalString(e.PartOf?.Id);
        OptionalString(e.Country?.Id);
        switch (e.Kind)
        {
            case "person":
                UInt(e.Positions.Count);
                foreach (var p in e.Positions)
                {
                    String(p.Title);
                    OptionalString(p.Of?.Id);
                    Time(p.Time);
                }

                UInt(e.Employers.Count);
                foreach (var a in e.Employers)
                {
                    String(a.Of.Id);
                    OptionalString(a.Role);
                    Time(a.Time);
                }

                UInt(e.Ranks.Count);
                foreach (var r in e.Ranks)
                {
                    String(r.Title);
                    OptionalString(r.Service?.Id);
                    Time(r.Time);
                }

                break;
            case "country":
                OptionalString(e.Iso2);
                OptionalString(e.Iso3);
                OptionalString(e.Currency);
                break;
            case "weapon" or "vessel":
                OptionalString(e.Class);
                break;
            case "agreement":
                AgreementTerms(e.Agreement);
                break;
        }
    }

    /// <summary>A flag (0: no terms), then the type, parties, subject, time concluded and status.</summary>
    private void AgreementTerms(LinkedAgreementTerms? terms)
    {
        if (terms is null)
        {
            _body.Add(0);
            return;
        }

        _body.Add(1);
        UInt(terms.Type is null ? 0 : Member(AgreementTypes, terms.Type) + 1);
        UInt(terms.Parties.Count);
        foreach (var p in terms.Parties)
        {
            String(p.Id);
        }

        OptionalString(terms.Subject?.Id);
        Time(terms.Concluded);
        UInt(terms.Status is null ? 0 : Member(AgreementStatuses, terms.Status) + 1);
    }
}
