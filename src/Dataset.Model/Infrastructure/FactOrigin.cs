namespace Dataset.Infrastructure;

/// <summary>
/// What a fact decoded from a fact stream keeps instead of its id and evidence: its article's string table, the id's
/// reference into it, and the passage (its text's reference, start and length), all checked by the decoder.
/// </summary>
internal readonly struct FactOrigin
{
    public FactOrigin(StringTable strings, int id, int evidenceText, int evidenceStart, int evidenceLength)
    {
        Strings = strings;
        Id = id;
        EvidenceText = evidenceText;
        EvidenceStart = evidenceStart;
        EvidenceLength = evidenceLength;
    }

    public StringTable Strings { get; }

    public int Id { get; }

    public int EvidenceText { get; }

    public int EvidenceStart { get; }

    public int EvidenceLength { get; }
}
