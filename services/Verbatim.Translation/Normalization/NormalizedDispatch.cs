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

    /// <summary>
    /// Outermost quotations overlapping a sentence, clipped to it, in offsets relative to the sentence.
    /// A quotation cut by the sentence end is reported as not closed.
    /// </summary>
    public IReadOnlyList<(int Start, int End, bool Closed)> QuotesIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = new List<(int, int, bool)>();
        foreach (var q in Quotes)
        {
            if (q.End <= sentence.Start || q.Start >= sentence.End)
            {
                continue;
            }

            // Skip quotations nested inside another one that also overlaps this sentence.
            var nested = Quotes.Any(o => o != q && o.Start <= q.Start && o.End >= q.End && o.Depth < q.Depth
                                         && o.End > sentence.Start && o.Start < sentence.End);
            if (nested)
            {
                continue;
            }

            var start = Math.Max(q.Start, sentence.Start) - sentence.Start;
            var end = Math.Min(q.End, sentence.End) - sentence.Start;
            result.Add((start, end, q.Closed && q.End <= sentence.End));
        }

        return result;
    }
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
