using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Verbatim.Search.Index;
using Verbatim.Search.V1;
using ProtoKind = Verbatim.Search.V1.StatementKind;

namespace Verbatim.Search.Grpc;

public sealed class StatementSearchService(StatementIndex index, IOptions<SearchLimits> limits) : StatementSearch.StatementSearchBase
{
    public override Task<SearchResponse> Search(SearchRequest request, ServerCallContext context)
    {
        var l = limits.Value;
        if (request.Query.Length > l.MaxQueryChars)
        {
            throw Invalid($"query is {request.Query.Length} characters long; the limit is {l.MaxQueryChars}");
        }

        if (request.PageSize < 0 || request.PageSize > l.MaxPageSize)
        {
            throw Invalid($"page_size must be between 0 (default {l.DefaultPageSize}) and {l.MaxPageSize}; got {request.PageSize}");
        }

        var pageSize = request.PageSize == 0 ? l.DefaultPageSize : request.PageSize;
        var fingerprint = PageToken.Fingerprint(request.Query, request.Speaker, request.DispatchId, pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
            page = index.Search(new StatementQuery(request.Query, request.Speaker, request.DispatchId, offset, pageSize));
        }
        catch (InvalidQueryException ex)
        {
            throw Invalid(ex.Message);
        }

        var response = new SearchResponse { TotalSize = page.TotalHits };
        response.Hits.AddRange(page.Hits.Select(h => new SearchHit { Statement = ToProto(h.Statement), Score = h.Score }));
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

    internal static Statement ToProto(IndexedStatement s) => new()
    {
        StatementId = s.StatementId,
        DispatchId = s.DispatchId,
        Speaker = new Speaker { SpeakerId = s.SpeakerId, Name = s.SpeakerName },
        Kind = s.Kind switch
        {
            Extraction.StatementKind.Direct => ProtoKind.Direct,
            Extraction.StatementKind.Partial => ProtoKind.Partial,
            Extraction.StatementKind.Indirect => ProtoKind.Indirect,
            _ => ProtoKind.Unspecified,
        },
        Cue = s.Cue,
        TextFr = s.TextFr,
        TextEn = s.TextEn,
        ContextFr = s.ContextFr,
        ContextEn = s.ContextEn,
        PublishedAt = Timestamp.FromDateTimeOffset(s.PublishedAt),
    };

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
