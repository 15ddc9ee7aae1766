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
        var plans = dispatch.Sentences.Select(s => SegmentPlan.Create(s.Text, dispatch.QuotesIn(s))).ToList();
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
}
