using Grpc.Core;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Idempotency;
using Verbatim.Translation.Messaging;
using Verbatim.Translation.Normalization;
using Verbatim.Translation.Translation;
using Verbatim.Translation.V1;

namespace Verbatim.Translation.Grpc;

public sealed partial class TranslationGrpcService(
    DispatchTranslator translator,
    DispatchPublisher publisher,
    AcceptedDispatchStore store,
    IOptions<LimitsOptions> limits,
    TimeProvider clock,
    ILogger<TranslationGrpcService> logger) : TranslationService.TranslationServiceBase
{
    public override async Task<SubmitDispatchResponse> SubmitDispatch(SubmitDispatchRequest request, ServerCallContext context)
    {
        InputValidator.ValidateSourceId(request.SourceId, limits.Value);
        InputValidator.ValidateText(request.Text, limits.Value);
        var ct = context.CancellationToken;
        var publishedAt = request.PublishedAt?.ToDateTimeOffset() ?? clock.GetUtcNow();
        var (text, tags) = Prepare(request.Text);
        var normalized = DispatchNormalizer.Normalize(text, publishedAt);
        if (normalized.Sentences.Count == 0)
        {
            throw InputValidator.Invalid("no story text left after removing bylines, stamps and widget debris");
        }

        var dispatchId = AcceptedDispatchStore.ComputeId(request.SourceId, normalized.Title, normalized.Body);
        if (await store.TryGetAsync(dispatchId, ct).ConfigureAwait(false) is { } existing)
        {
            LogDuplicate(dispatchId, request.SourceId);
            return new SubmitDispatchResponse { DispatchId = dispatchId, Duplicate = true, Dispatch = existing };
        }

        var translated = await translator.TranslateAsync(normalized, ct).ConfigureAwait(false);
        var dispatch = DispatchMapper.ToProto(normalized, translated, dispatchId, request.SourceId, request.SourceUrl, publishedAt);
        NoteMarkup(dispatch, tags);
        await publisher.PublishAsync(DispatchMapper.ToEvent(dispatch, normalized, clock.GetUtcNow()), ct).ConfigureAwait(false);
        await store.SaveAsync(dispatch, CancellationToken.None).ConfigureAwait(false);
        LogAccepted(dispatchId, request.SourceId, dispatch.Segments.Count);
        return new SubmitDispatchResponse { DispatchId = dispatchId, Duplicate = false, Dispatch = dispatch };
    }

    public override Task<NormalizeDispatchResponse> NormalizeDispatch(NormalizeDispatchRequest request, ServerCallContext context)
    {
        InputValidator.ValidateText(request.Text, limits.Value);
        var publishedAt = request.PublishedAt?.ToDateTimeOffset() ?? clock.GetUtcNow();
        var (text, tags) = Prepare(request.Text);
        var normalized = DispatchNormalizer.Normalize(text, publishedAt);
        var id = AcceptedDispatchStore.ComputeId(request.SourceId ?? "", normalized.Title, normalized.Body);
        var dispatch = DispatchMapper.ToProto(normalized, null, id, request.SourceId ?? "", "", publishedAt);
        NoteMarkup(dispatch, tags);
        return Task.FromResult(new NormalizeDispatchResponse { Dispatch = dispatch });
    }

    /// <summary>HTML pasted from a page becomes its plain text; non-French text is refused up front.</summary>
    private (string Text, int Tags) Prepare(string raw)
    {
        var (text, tags) = InputText.FromHtml(raw);
        if (limits.Value.RequireFrench && !InputText.LooksFrench(text))
        {
            var (fr, en, _) = InputText.LanguageScores(text);
            throw InputValidator.Invalid(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"text does not look French ({fr:P0} French function words, {en:P0} English): Verbatim translates French dispatches"));
        }

        return (text, tags);
    }

    private static void NoteMarkup(Dispatch dispatch, int tags)
    {
        if (tags > 0)
        {
            dispatch.Metadata.Removed.Add(new V1.RemovedText
            {
                Kind = "markup",
                Text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{tags} HTML tags (text kept, entities decoded)"),
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted dispatch {DispatchId} from {SourceId} ({SegmentCount} segments)")]
    private partial void LogAccepted(string dispatchId, string sourceId, int segmentCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatch {DispatchId} from {SourceId} was already accepted")]
    private partial void LogDuplicate(string dispatchId, string sourceId);
}
