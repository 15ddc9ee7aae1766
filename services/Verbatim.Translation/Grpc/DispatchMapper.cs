using Google.Protobuf.WellKnownTypes;
using Verbatim.Contracts;
using Verbatim.Translation.Normalization;
using Verbatim.Translation.Translation;
using Verbatim.Translation.V1;
using ProtoRemoved = Verbatim.Translation.V1.RemovedText;

namespace Verbatim.Translation.Grpc;

/// <summary>Maps between the pure pipeline's records, the gRPC messages and the bus event.</summary>
internal static class DispatchMapper
{
    public static Dispatch ToProto(NormalizedDispatch normalized, TranslatedDispatch? translated, string dispatchId,
        string sourceId, string sourceUrl, DateTimeOffset publishedAt)
    {
        var dispatch = new Dispatch
        {
            DispatchId = dispatchId,
            SourceId = sourceId,
            SourceUrl = sourceUrl,
            PublishedAt = Timestamp.FromDateTimeOffset(publishedAt),
            TitleFr = normalized.Title,
            TitleEn = translated?.TitleEn ?? "",
            LeadFr = normalized.Lead,
            LeadEn = translated?.LeadEn ?? "",
            Metadata = new DispatchMetadata { NormalizedBody = normalized.Body },
        };
        dispatch.Metadata.Agencies.AddRange(normalized.Agencies);
        dispatch.Metadata.Removed.AddRange(normalized.Removed.Select(r => new ProtoRemoved { Kind = r.Kind, Text = r.Text }));
        dispatch.Metadata.Names.AddRange(normalized.Names.Select(n => new V1.NameMention
        {
            Start = n.Start, End = n.End, Surface = n.Surface, Canonical = n.Canonical, Honorific = n.Honorific ?? "", Role = n.Role ?? "",
        }));
        dispatch.Metadata.Dateline = normalized.Dateline ?? "";
        if (normalized.UpdatedAt is { } updated)
        {
            dispatch.Metadata.UpdatedAt = Timestamp.FromDateTimeOffset(updated);
        }

        for (var i = 0; i < normalized.Sentences.Count; i++)
        {
            var sentence = normalized.Sentences[i];
            var segment = new Segment
            {
                Index = sentence.Index,
                Paragraph = sentence.Paragraph,
                TextFr = sentence.Text,
                Start = sentence.Start,
                End = sentence.End,
            };
            if (translated is not null)
            {
                var t = translated.Segments[i];
                segment.TextEn = t.TextEn;
                segment.Engine = t.Engine;
                segment.Quotes.AddRange(t.Quotes.Select(q => new QuoteSpan
                {
                    StartFr = q.StartFr, EndFr = q.EndFr, StartEn = q.StartEn, EndEn = q.EndEn, Closed = q.Closed,
                }));
            }
            else
            {
                segment.Quotes.AddRange(normalized.QuotesIn(sentence).Select(q => new QuoteSpan
                {
                    StartFr = q.Start, EndFr = q.End, Closed = q.Closed,
                }));
            }

            dispatch.Segments.Add(segment);
        }

        return dispatch;
    }

    public static DispatchTranslated ToEvent(Dispatch dispatch, NormalizedDispatch normalized, DateTimeOffset translatedAt) => new()
    {
        DispatchId = dispatch.DispatchId,
        SourceId = dispatch.SourceId,
        SourceUrl = string.IsNullOrEmpty(dispatch.SourceUrl) ? null : dispatch.SourceUrl,
        PublishedAt = dispatch.PublishedAt.ToDateTimeOffset(),
        TranslatedAt = translatedAt,
        TitleFr = dispatch.TitleFr,
        TitleEn = dispatch.TitleEn,
        LeadFr = dispatch.LeadFr,
        LeadEn = dispatch.LeadEn,
        BodyFr = normalized.Body,
        Agencies = [.. normalized.Agencies],
        UpdatedAt = normalized.UpdatedAt,
        Segments = dispatch.Segments.Select(s => new TranslatedSegment
        {
            Index = s.Index,
            Paragraph = s.Paragraph,
            TextFr = s.TextFr,
            TextEn = s.TextEn,
            Engine = s.Engine,
            Start = s.Start,
            End = s.End,
            Quotes = s.Quotes.Select(q => new QuoteOffsets(q.StartFr, q.EndFr, q.StartEn, q.EndEn, q.Closed)).ToList(),
        }).ToList(),
    };
}
