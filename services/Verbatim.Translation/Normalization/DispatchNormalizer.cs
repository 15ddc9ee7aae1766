using System.Text;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Turns pasted wire copy into a clean, structured dispatch: typography, debris removal (kept in
/// <see cref="NormalizedDispatch.Removed"/>), title and lead, paragraphs, sentences and quotations.
/// Pure and deterministic: the same input always gives the same output, and normalizing the body of
/// a normalized dispatch again changes nothing.
/// </summary>
public static class DispatchNormalizer
{
    public static NormalizedDispatch Normalize(string raw, DateTimeOffset reference)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = Typography.Normalize(raw);
        var removed = new List<RemovedText>();
        var agencies = new List<string>();
        DateTimeOffset? updatedAt = null;

        var contentLines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var kind = DebrisRules.ClassifyLine(line);
            if (kind is null)
            {
                contentLines.Add(line);
                continue;
            }

            removed.Add(new RemovedText(kind, line));
            agencies.AddRange(DebrisRules.AgenciesIn(line));
            // Bylines often carry the edit time too: « Le Parisien avec AFP, modifié à 11h20 ».
            if (kind == RemovedKinds.UpdateStamp || DebrisRules.MentionsUpdate(line))
            {
                updatedAt = UpdateStampParser.Parse(line, reference) ?? updatedAt;
            }
        }

        // Paragraphs are the non-empty lines (wire copy puts one paragraph per line, blank lines or not).
        var paragraphs = contentLines.Where(l => l.Length > 0).ToList();
        var title = "";
        if (paragraphs.Count > 1 && LooksLikeHeadline(paragraphs[0]))
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        string? dateline = null;
        // Strip repeatedly: « PARIS (AFP) - (Reuters) – … » must not leave a dateline for a second pass.
        int datelineLength;
        while (paragraphs.Count > 0 && (datelineLength = DebrisRules.DatelineLength(paragraphs[0])) > 0 && datelineLength < paragraphs[0].Length)
        {
            var stripped = paragraphs[0][..datelineLength].Trim();
            dateline ??= stripped;
            removed.Add(new RemovedText(RemovedKinds.Dateline, stripped));
            agencies.AddRange(DebrisRules.AgenciesIn(stripped));
            paragraphs[0] = paragraphs[0][datelineLength..];
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            // Strip repeatedly: « … (AFP) (AFP) » must not leave a tail that a second pass would strip.
            int tail;
            while ((tail = DebrisRules.AgencyTailLength(paragraphs[i])) > 0 && tail < paragraphs[i].Length)
            {
                var tailText = paragraphs[i][^tail..].Trim();
                removed.Add(new RemovedText(RemovedKinds.AgencyTail, tailText));
                agencies.AddRange(DebrisRules.AgenciesIn(tailText));
                paragraphs[i] = paragraphs[i][..^tail];
            }
        }

        // What is left after a dateline or tail came off may itself be debris (« PARIS (AFP) - Partager »);
        // classify it now so that normalizing the output again removes nothing more.
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            var kind = DebrisRules.ClassifyLine(paragraphs[i]);
            if (kind is not null)
            {
                removed.Add(new RemovedText(kind, paragraphs[i].Trim()));
                agencies.AddRange(DebrisRules.AgenciesIn(paragraphs[i]));
                paragraphs.RemoveAt(i);
            }
        }

        paragraphs = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (title.Length > 0)
        {
            // Compared once datelines and tails are off, as a second pass would see the paragraphs.
            for (var i = paragraphs.Count - 1; i >= 0; i--)
            {
                if (string.Equals(paragraphs[i], title.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    removed.Add(new RemovedText(RemovedKinds.RepeatedHeadline, paragraphs[i]));
                    paragraphs.RemoveAt(i);
                }
            }
        }

        if (paragraphs.Count == 0 && title.Length > 0)
        {
            // Everything after the headline was debris: the line is the story, as it would be on its own
            // (a lone line is never a title), so normalizing the output again gives the same dispatch.
            paragraphs.Add(title.Trim());
            title = "";
        }

        return Build(title, paragraphs, removed, agencies, updatedAt, dateline);
    }

    /// <summary>A first line is a headline when it has no sentence-final period and is short.</summary>
    internal static bool LooksLikeHeadline(string line)
    {
        if (line.Length > 220)
        {
            return false;
        }

        var last = line[^1];
        return last is not ('.' or '…' or ':' or ',' or ';') ;
    }

    private static NormalizedDispatch Build(
        string title,
        List<string> paragraphTexts,
        List<RemovedText> removed,
        List<string> agencies,
        DateTimeOffset? updatedAt,
        string? dateline)
    {
        var body = new StringBuilder();
        var paragraphs = new List<Paragraph>(paragraphTexts.Count);
        foreach (var p in paragraphTexts)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            paragraphs.Add(new Paragraph(paragraphs.Count, body.Length, body.Length + p.Length));
            body.Append(p);
        }

        var bodyText = body.ToString();
        var quotes = QuoteFinder.Find(bodyText);
        var sentences = new List<Sentence>();
        foreach (var p in paragraphs)
        {
            var pText = bodyText[p.Start..p.End];
            var local = quotes
                .Where(q => q.Start >= p.Start && q.End <= p.End)
                .Select(q => q with { Start = q.Start - p.Start, End = q.End - p.Start })
                .ToList();
            foreach (var (s, e) in SentenceSegmenter.Split(pText, local))
            {
                sentences.Add(new Sentence(sentences.Count, p.Index, p.Start + s, p.Start + e, pText[s..e]));
            }
        }

        return new NormalizedDispatch
        {
            Title = title,
            Lead = paragraphTexts.Count > 0 ? paragraphTexts[0] : "",
            Body = bodyText,
            Paragraphs = paragraphs,
            Sentences = sentences,
            Quotes = quotes,
            Removed = removed,
            Agencies = agencies.Distinct(StringComparer.Ordinal).ToList(),
            UpdatedAt = updatedAt,
            Dateline = dateline,
            Names = NameFinder.Find(bodyText),
        };
    }
}
