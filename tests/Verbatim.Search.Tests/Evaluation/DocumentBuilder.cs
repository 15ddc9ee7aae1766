using Verbatim.Search.Extraction;
using Verbatim.Translation.Normalization;

namespace Verbatim.Search.Tests.Evaluation;

/// <summary>
/// Builds extraction input from French text through the production normalizer, as the pipeline does.
/// English is a copy of the French: alignment is not what these tests measure.
/// </summary>
public static class DocumentBuilder
{
    private static readonly DateTimeOffset Published = new(2025, 3, 12, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A whole dispatch (paragraphs one per line).</summary>
    public static ExtractionDocument FromText(string dispatchId, string text)
    {
        var normalized = DispatchNormalizer.Normalize(text, Published);
        var segments = normalized.Sentences
            .Select(s => Segment(s.Index, s.Paragraph, s.Start, s.Text, normalized.QuotesIn(s)))
            .ToList();
        return new ExtractionDocument(dispatchId, normalized.Title, segments);
    }

    /// <summary>
    /// An article given one sentence per line (newstest style). Each line is normalized on its own so
    /// that every segment maps back to its 0-based line number (kept as the segment's Paragraph).
    /// </summary>
    public static ExtractionDocument FromLines(string dispatchId, IReadOnlyList<string> lines)
    {
        var segments = new List<ExtractionSegment>();
        var offset = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines[line].Trim().Length == 0)
            {
                continue;
            }

            var normalized = DispatchNormalizer.Normalize(lines[line], Published);
            foreach (var s in normalized.Sentences)
            {
                segments.Add(Segment(segments.Count, line, offset + s.Start, s.Text, normalized.QuotesIn(s)));
            }

            offset += normalized.Body.Length + 2;
        }

        return new ExtractionDocument(dispatchId, "", segments);
    }

    private static ExtractionSegment Segment(int index, int paragraph, int start, string text, IReadOnlyList<(int Start, int End, bool Closed)> quotes) =>
        new(index, paragraph, start, text, text, quotes.Select(q => new ExtractionQuote(q.Start, q.End, q.Start, q.End, q.Closed)).ToList());
}
