namespace Verbatim.Contracts;

/// <summary>Published by the translation service once a dispatch is normalized and translated.</summary>
public sealed record DispatchTranslated
{
    public required string DispatchId { get; init; }
    public required string SourceId { get; init; }
    public string? SourceUrl { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required DateTimeOffset TranslatedAt { get; init; }
    public string TitleFr { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string LeadFr { get; init; } = "";
    public string LeadEn { get; init; } = "";
    /// <summary>The normalized French body that segment offsets refer to.</summary>
    public string BodyFr { get; init; } = "";
    public required IReadOnlyList<TranslatedSegment> Segments { get; init; }
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>One sentence of the body. Offsets are UTF-16 code units, end exclusive.</summary>
public sealed record TranslatedSegment
{
    public required int Index { get; init; }
    public required int Paragraph { get; init; }
    public required string TextFr { get; init; }
    public required string TextEn { get; init; }
    public required string Engine { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public IReadOnlyList<QuoteOffsets> Quotes { get; init; } = [];
}

/// <summary>A quotation inside a segment, offsets relative to the segment texts, quote marks excluded.</summary>
public sealed record QuoteOffsets(int StartFr, int EndFr, int StartEn, int EndEn, bool Closed = true);
