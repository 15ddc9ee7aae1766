using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;
using Verbatim.Search.Storage;
using Verbatim.Search.V1;
using static Verbatim.Search.Grpc.SearchRequestMapper;

namespace Verbatim.Search.Grpc;

public sealed class StatementSearchService(
    StatementIndex index,
    StatementFeed feed,
    DispatchStore store,
    IOptions<SearchLimits> limits) : StatementSearch.StatementSearchBase
{
    public override Task<SearchResponse> Search(SearchRequest request, ServerCallContext context)
    {
        var l = limits.Value;
        if (request.PageSize < 0 || request.PageSize > l.MaxPageSize)
        {
            throw Invalid($"page_size must be between 0 (default {l.DefaultPageSize}) and {l.MaxPageSize}; got {request.PageSize}");
        }

        var filter = ToFilter(request, l);
        var pageSize = request.PageSize == 0 ? l.DefaultPageSize : request.PageSize;
        var fingerprint = Fingerprint(request, pageSize);
        var offset = 0;
        if (request.PageToken.Length > 0 && !PageToken.TryRead(request.PageToken, fingerprint, out offset))
        {
            throw Invalid("page_token is not valid for this query: pass back next_page_token unchanged, with the same query, filters and page_size");
        }

        if (offset + pageSize > l.MaxResultWindow)
        {
            throw Invalid($"cannot page beyond {l.MaxResultWindow} results; narrow the query");
        }

        StatementPage page;
        try
        {
            page = index.Search(filter with { Offset = offset, Limit = pageSize });
        }
        catch (InvalidQueryException ex)
        {
            throw Invalid(ex.Message);
        }

        var response = new SearchResponse { TotalSize = page.TotalHits };
        response.Hits.AddRange(page.Hits.Select(h => new SearchHit
        {
            Statement = ToProto(h.Statement),
            Score = h.Score,
            HighlightFr = h.HighlightFr,
            HighlightEn = h.HighlightEn,
        }));
        response.SpeakerFacets.AddRange(page.SpeakerFacets.Select(f => new SpeakerFacet { Speaker = ToProto(f.SpeakerId, f.Name, f.Kind, null), Count = f.Count }));
        response.KindFacets.AddRange(page.KindFacets.Select(f => new KindFacet { Kind = ToProto(f.Kind), Count = f.Count }));
        var next = offset + page.Hits.Count;
        if (page.Hits.Count == pageSize && next < page.TotalHits && next + pageSize <= l.MaxResultWindow)
        {
            response.NextPageToken = PageToken.Create(next, fingerprint);
        }

        return Task.FromResult(response);
    }

    public override Task<Statement> GetStatement(GetStatementRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.StatementId))
        {
            throw Invalid("statement_id is required");
        }

        var statement = index.Get(request.StatementId)
                        ?? throw new RpcException(new Status(StatusCode.NotFound, $"no statement with id '{request.StatementId}'"));
        return Task.FromResult(ToProto(statement));
    }

    public override async Task<Dispatch> GetDispatch(GetDispatchRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.DispatchId))
        {
            throw Invalid("dispatch_id is required");
        }

        Contracts.DispatchTranslated? stored;
        try
        {
            stored = await store.TryGetAsync(request.DispatchId, context.CancellationToken);
        }
        catch (InvalidDispatchException)
        {
            throw Invalid($"'{request.DispatchId}' is not a dispatch id");
        }

        if (stored is null)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"no dispatch with id '{request.DispatchId}'"));
        }

        var dispatch = new Dispatch
        {
            DispatchId = stored.DispatchId,
            SourceId = stored.SourceId,
            SourceUrl = stored.SourceUrl ?? "",
            PublishedAt = Timestamp.FromDateTimeOffset(stored.PublishedAt),
            TitleFr = stored.TitleFr,
            TitleEn = stored.TitleEn,
            BodyFr = stored.BodyFr,
        };
        dispatch.Agencies.AddRange(stored.Agencies);
        dispatch.Segments.AddRange(stored.Segments.Select(s =>
        {
            var segment = new Segment
            {
                Index = s.Index, Paragraph = s.Paragraph, TextFr = s.TextFr, TextEn = s.TextEn, Start = s.Start, End = s.End, Engine = s.Engine,
            };
            segment.Quotes.AddRange(s.Quotes.Select(q => new QuoteSpan { StartFr = q.StartFr, EndFr = q.EndFr, StartEn = q.StartEn, EndEn = q.EndEn }));
            return segment;
        }));
        return dispatch;
    }

    public override Task<ListSpeakersResponse> ListSpeakers(ListSpeakersRequest request, ServerCallContext context)
    {
        var l = limits.Value;
        if (request.PageSize < 0 || request.PageSize > l.MaxPageSize)
        {
            throw Invalid($"page_size must be between 0 (default {l.DefaultPageSize}) and {l.MaxPageSize}; got {request.PageSize}");
        }

        if (request.NamePrefix.Length > 200)
        {
            throw Invalid("name_prefix is limited to 200 characters");
        }

        var pageSize = request.PageSize == 0 ? l.DefaultPageSize : request.PageSize;
        var fingerprint = PageToken.Fingerprint("speakers", request.NamePrefix, Invariant(pageSize));
        var offset = 0;
        if (request.PageToken.Length > 0 && !PageToken.TryRead(request.PageToken, fingerprint, out offset))
        {
            throw Invalid("page_token is not valid for this listing: pass back next_page_token unchanged with the same name_prefix and page_size");
        }

        var prefix = NameCanonicalizer.Key(request.NamePrefix);
        var speakers = index.ListSpeakers()
            .Where(s => prefix.Length == 0 || s.Aliases.Append(s.Name).Any(n => MatchesPrefix(n, prefix)))
            .OrderByDescending(s => s.StatementCount).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.SpeakerId, StringComparer.Ordinal)
            .ToList();
        var response = new ListSpeakersResponse { TotalSize = speakers.Count };
        response.Speakers.AddRange(speakers.Skip(offset).Take(pageSize).Select(s =>
        {
            var summary = new V1.SpeakerSummary { Speaker = ToProto(s.SpeakerId, s.Name, s.Kind, s.Role), StatementCount = s.StatementCount };
            summary.Aliases.AddRange(s.Aliases);
            return summary;
        }));
        if (offset + pageSize < speakers.Count)
        {
            response.NextPageToken = PageToken.Create(offset + pageSize, fingerprint);
        }

        return Task.FromResult(response);
    }

    private static bool MatchesPrefix(string name, string foldedPrefix)
    {
        var key = NameCanonicalizer.Key(name);
        return key.StartsWith(foldedPrefix, StringComparison.Ordinal)
               || key.Split(' ').Any(w => w.StartsWith(foldedPrefix, StringComparison.Ordinal));
    }

    public override async Task WatchStatements(WatchStatementsRequest request, IServerStreamWriter<Statement> responseStream, ServerCallContext context)
    {
        var l = limits.Value;
        var filter = ToFilter(request.Filter ?? new SearchRequest(), l);
        try
        {
            // Validate the query once up front so a bad one fails the call instead of every publish.
            index.Search(filter with { Limit = 1, Offset = 0, Facets = false });
        }
        catch (InvalidQueryException ex)
        {
            throw Invalid(ex.Message);
        }

        if (feed.SubscriberCount >= l.MaxWatchers)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"too many live watches (limit {l.MaxWatchers}); retry later"));
        }

        using var subscription = feed.Subscribe(filter, l.WatchBufferSize);
        try
        {
            await foreach (var statement in subscription.Reader.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(ToProto(statement), context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            return; // the client went away
        }

        if (subscription.Overflowed)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                string.Create(CultureInfo.InvariantCulture, $"the watch fell more than {l.WatchBufferSize} statements behind and was closed; reconnect and use Search to catch up")));
        }
    }
}
