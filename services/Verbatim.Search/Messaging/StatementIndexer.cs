using Verbatim.Contracts;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;
using Verbatim.Search.Storage;

namespace Verbatim.Search.Messaging;

/// <summary>Extracts a dispatch's statements and writes them to the index (also used for rebuilds).</summary>
public sealed class StatementIndexer(StatementExtractor extractor, StatementIndex index, StatementFeed feed)
{
    public IReadOnlyList<IndexedStatement> Index(DispatchTranslated dispatch)
    {
        var document = new ExtractionDocument(
            dispatch.DispatchId,
            dispatch.TitleFr,
            dispatch.Segments.Select(s => new ExtractionSegment(
                s.Index, s.Paragraph, s.Start, s.TextFr, s.TextEn,
                s.Quotes.Select(q => new ExtractionQuote(q.StartFr, q.EndFr, q.StartEn, q.EndEn, q.Closed)).ToList())).ToList());
        var statements = extractor.Extract(document)
            .Select(s => new IndexedStatement(
                s.StatementId, dispatch.DispatchId, s.Speaker.Id, s.Speaker.Name, s.Speaker.Kind, s.Kind, s.Cue,
                s.TextFr, s.TextEn, s.ContextFr, s.ContextEn, dispatch.PublishedAt, s.Joint, s.Start, s.End, s.Speaker.Role))
            .ToList();
        index.ReplaceDispatch(dispatch.DispatchId, statements);
        feed.Publish(statements);
        return statements;
    }

    public static void Validate(DispatchTranslated dispatch)
    {
        if (string.IsNullOrWhiteSpace(dispatch.DispatchId) || dispatch.Segments is null)
        {
            throw new InvalidDispatchException("DispatchTranslated without a dispatch id or segments");
        }

        foreach (var s in dispatch.Segments)
        {
            if (s?.TextFr is null || s.TextEn is null || s.Quotes is null)
            {
                throw new InvalidDispatchException($"segment {s?.Index} of {dispatch.DispatchId} is incomplete");
            }

            foreach (var q in s.Quotes)
            {
                if (q.StartFr < 0 || q.EndFr > s.TextFr.Length || q.StartFr > q.EndFr)
                {
                    throw new InvalidDispatchException($"segment {s.Index} of {dispatch.DispatchId} has quote offsets outside its text");
                }
            }
        }
    }
}
