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

        // One engine call for the whole dispatch: the title first, then every piece in order.
        var inputs = new List<string> { dispatch.Title };
        foreach (var plan in plans)
        {
            inputs.AddRange(plan.EngineInputs);
        }

        var translated = await translator.TranslateAsync(inputs, cancellationToken).ConfigureAwait(false);
        var outputs = translated.Select(t => t.Text).ToList();
        // A segment with nothing for the engine (punctuation only) is credited to whoever served the dispatch.
        var dispatchEngine = translated.Select(t => t.Engine).FirstOrDefault(e => e is not null) ?? chain.EngineNames[0];
        var cursor = 1;
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
        return new TranslatedDispatch(dispatch.Title.Length > 0 ? outputs[0] : "", lead, segments);
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
