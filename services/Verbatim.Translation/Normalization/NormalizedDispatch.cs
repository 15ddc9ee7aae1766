namespace Verbatim.Translation.Normalization;

/// <summary>The result of normalizing one dispatch: pure data, no I/O.</summary>
public sealed record NormalizedDispatch
{
    public required string Title { get; init; }
    public required string Lead { get; init; }
    /// <summary>Normalized story body; paragraphs separated by a blank line. Offsets refer to it.</summary>
    public required string Body { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    /// <summary>Quotations in the body, offsets into <see cref="Body"/>, quote marks excluded.</summary>
    public required IReadOnlyList<QuotedSpan> Quotes { get; init; }
    public required IReadOnlyList<RemovedText> Removed { get; init; }
    public required IReadOnlyList<string> Agencies { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? Dateline { get; init; }
    /// <summary>Person-name mentions in <see cref="Body"/> (annotations; the text itself is untouched).</summary>
    public IReadOnlyList<NameMention> Names { get; init; } = [];
}

public sealed record Paragraph(int Index, int Start, int End);

public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text);

/// <summary>Offsets exclude the marks. <c>Closed</c> is false when no closing mark was found.</summary>
public sealed record QuotedSpan(int Start, int End, int Depth, bool Closed);

/// <summary>
/// A person named in the body: [Start, End) is the name itself (honorific excluded), Canonical the
/// curated or in-text full name it resolves to, Key the spelling-insensitive folded form of Surface.
/// </summary>
public sealed record NameMention(int Start, int End, string Surface, string Canonical, string Key, string? Honorific, string? Role);

public sealed record RemovedText(string Kind, string Text);

public static class RemovedKinds
{
    public const string UpdateStamp = "update_stamp";
    public const string PhotoCredit = "photo_credit";
    public const string ShareWidget = "share_widget";
    public const string Byline = "byline";
    public const string AgencyTail = "agency_tail";
    public const string RepeatedHeadline = "repeated_headline";
    public const string Dateline = "dateline";
}
