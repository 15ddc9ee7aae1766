namespace Verbatim.Search.Extraction;

/// <summary>What the extractor reads: one translated dispatch, sentence by sentence.</summary>
public sealed record ExtractionDocument(string DispatchId, string Title, IReadOnlyList<ExtractionSegment> Segments);

/// <summary>A sentence with its translation. Quote offsets are relative to the segment texts.</summary>
public sealed record ExtractionSegment(
    int Index,
    int Paragraph,
    int Start,
    string TextFr,
    string TextEn,
    IReadOnlyList<ExtractionQuote> Quotes);

public sealed record ExtractionQuote(int StartFr, int EndFr, int StartEn, int EndEn, bool Closed = true);

public enum StatementKind { Direct = 1, Partial = 2, Indirect = 3 }

public enum SpeakerKind { Person, Institution, Unresolved }

/// <summary>A speaker; <see cref="Role"/> and <see cref="Country"/> are filled when the dispatch gives them.</summary>
public sealed record SpeakerRef(string Id, string Name, SpeakerKind Kind, string? Role = null, string? Country = null);

/// <summary>One attributed statement. Offsets are into the dispatch's normalized body.</summary>
public sealed record ExtractedStatement(
    string StatementId,
    StatementKind Kind,
    SpeakerRef Speaker,
    string Cue,
    string TextFr,
    string TextEn,
    string ContextFr,
    string ContextEn,
    int SegmentIndex,
    int Start,
    int End,
    bool Joint);
