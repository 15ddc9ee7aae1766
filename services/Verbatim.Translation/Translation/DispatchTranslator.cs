using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Translation;

public sealed record TranslatedDispatch(
    string TitleEn,
    string LeadEn,
    IReadOnlyList<TranslatedSentence> Segments);

public sealed record TranslatedSentence(
    Sentence Source,
    string TextEn,
    string Engine,
    IReadOnlyList<(int StartFr, int EndFr, int StartEn, int EndEn, bool Closed)> Quotes);

/// <summary>
/// Translates a normalized dispatch segment by segment: one call through glossary, memory, the
/// engine chain and post-editing for the title and every piece, and per segment the label of the
/// engine(s) that actually produced it.
/// </summary>
public sealed class DispatchTranslator(PieceTranslator translator, EngineChain chain)
{
    public async Task<TranslatedDispatch> TranslateAsync(NormalizedDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var plans = dispatch.Sentences.Select(s => SegmentPlan.Create(s.Text, QuotesIn(dispatch, s))).ToList();
        var titlePlan = SegmentPlan.Create(dispatch.Title, QuoteFinder.Find(dispatch.Title)
            .Where(q => q.Depth == 0).Select(q => (q.Start, q.End, q.Closed)).ToList());

        // One engine call for the whole dispatch: the title's pieces first, then every sentence's.
        var inputs = new List<string>(titlePlan.EngineInputs);
        var titleCount = inputs.Count;
        foreach (var plan in plans)
        {
            inputs.AddRange(plan.EngineInputs);
        }

        var translated = await translator.TranslateAsync(inputs, cancellationToken).ConfigureAwait(false);
        var outputs = translated.Select(t => t.Text).ToList();
        // A segment with nothing for the engine (punctuation only) is credited to whoever served the dispatch.
        var dispatchEngine = translated.Select(t => t.Engine).FirstOrDefault(e => e is not null) ?? chain.EngineNames[0];
        var titleEn = titlePlan.Assemble(outputs.Take(titleCount).ToList()).English;
        var cursor = titleCount;
        var segments = new List<TranslatedSentence>(plans.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            var count = plans[i].EngineInputs.Count();
            var (english, quotes) = plans[i].Assemble(outputs.Skip(cursor).Take(count).ToList());
            var engines = translated.Skip(cursor).Take(count).Select(t => t.Engine).OfType<string>().Distinct().ToList();
            cursor += count;
            var engine = engines.Count == 0 ? dispatchEngine : string.Join("; ", engines);
            segments.Add(new TranslatedSentence(dispatch.Sentences[i], english, engine, quotes));
        }

        var lead = string.Join(' ', segments.Where(s => s.Source.Paragraph == 0).Select(s => s.TextEn));
        return new TranslatedDispatch(titleEn, lead, segments);
    }

    /// <summary>Outermost quotations overlapping the sentence, clipped to it, in sentence offsets.</summary>
    internal static IReadOnlyList<(int Start, int End, bool Closed)> QuotesIn(NormalizedDispatch dispatch, Sentence sentence)
    {
        var result = new List<(int, int, bool)>();
        foreach (var q in dispatch.Quotes)
        {
            if (q.End <= sentence.Start || q.Start >= sentence.End)
            {
                continue;
            }

            // Skip quotations nested inside another one that also overlaps this sentence.
            var nested = dispatch.Quotes.Any(o => o != q && o.Start <= q.Start && o.End >= q.End && o.Depth < q.Depth
                                                  && o.End > sentence.Start && o.Start < sentence.End);
            if (nested)
            {
                continue;
            }

            var start = Math.Max(q.Start, sentence.Start) - sentence.Start;
            var end = Math.Min(q.End, sentence.End) - sentence.Start;
            var closed = q.Closed && q.End <= sentence.End;
            result.Add((start, end, closed));
        }

        return result;
    }
}
