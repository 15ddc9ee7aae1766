using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Verbatim.Search.Index;
using Verbatim.Search.V1;
using DomainKind = Verbatim.Search.Extraction.StatementKind;
using DomainSpeakerKind = Verbatim.Search.Extraction.SpeakerKind;
using ProtoKind = Verbatim.Search.V1.StatementKind;
using ProtoSortOrder = Verbatim.Search.Index.SortOrder;

namespace Verbatim.Search.Grpc;

/// <summary>Validates gRPC requests (INVALID_ARGUMENT with a precise message) and maps them to index queries.</summary>
internal static class SearchRequestMapper
{
    public static StatementQuery ToFilter(SearchRequest request, SearchLimits limits)
    {
        if (request.Query.Length > limits.MaxQueryChars)
        {
            throw Invalid($"query is {request.Query.Length} characters long; the limit is {limits.MaxQueryChars}");
        }

        if (request.Speaker.Length > 200 || request.DispatchId.Length > 200)
        {
            throw Invalid("speaker and dispatch_id are limited to 200 characters");
        }

        var kinds = new List<DomainKind>();
        foreach (var kind in request.Kinds)
        {
            kinds.Add(kind switch
            {
                ProtoKind.Direct => DomainKind.Direct,
                ProtoKind.Partial => DomainKind.Partial,
                ProtoKind.Indirect => DomainKind.Indirect,
                _ => throw Invalid($"kinds contains {kind}; use STATEMENT_KIND_DIRECT, _PARTIAL or _INDIRECT"),
            });
        }

        var after = request.PublishedAfter?.ToDateTimeOffset();
        var before = request.PublishedBefore?.ToDateTimeOffset();
        if (after is not null && before is not null && after >= before)
        {
            throw Invalid("published_after must be earlier than published_before");
        }

        return new StatementQuery
        {
            Text = request.Query,
            Speaker = request.Speaker,
            DispatchId = request.DispatchId,
            Kinds = kinds,
            Joint = request.Joint switch
            {
                JointFilter.Any => null,
                JointFilter.OnlyJoint => true,
                JointFilter.ExcludeJoint => false,
                _ => throw Invalid($"joint has unknown value {(int)request.Joint}"),
            },
            PublishedAfter = after,
            PublishedBefore = before,
            Language = request.Language switch
            {
                Language.Both => QueryLanguage.Both,
                Language.French => QueryLanguage.French,
                Language.English => QueryLanguage.English,
                _ => throw Invalid($"language has unknown value {(int)request.Language}"),
            },
            Order = ParseOrder(request.OrderBy),
            Facets = request.IncludeFacets,
        };
    }

    private static ProtoSortOrder ParseOrder(string orderBy) => orderBy.Trim().ToLowerInvariant() switch
    {
        "" or "relevance" => ProtoSortOrder.Relevance,
        "date" or "date desc" => ProtoSortOrder.DateDescending,
        "date asc" => ProtoSortOrder.DateAscending,
        _ => throw Invalid($"order_by '{orderBy}' is not a sort order; use \"relevance\", \"date\" (newest first) or \"date asc\""),
    };

    /// <summary>Hash of every field that shapes the result list, so a page token cannot be replayed on another query.</summary>
    public static string Fingerprint(SearchRequest request, int pageSize)
    {
        var shape = request.Clone();
        shape.PageToken = "";
        shape.PageSize = pageSize;
        return PageToken.Fingerprint(Convert.ToBase64String(shape.ToByteArray()));
    }

    public static Statement ToProto(IndexedStatement s) => new()
    {
        StatementId = s.StatementId,
        DispatchId = s.DispatchId,
        Speaker = ToProto(s.SpeakerId, s.SpeakerName, s.SpeakerKind, s.SpeakerRole),
        Kind = s.Kind switch
        {
            DomainKind.Direct => ProtoKind.Direct,
            DomainKind.Partial => ProtoKind.Partial,
            DomainKind.Indirect => ProtoKind.Indirect,
            _ => ProtoKind.Unspecified,
        },
        Cue = s.Cue,
        TextFr = s.TextFr,
        TextEn = s.TextEn,
        ContextFr = s.ContextFr,
        ContextEn = s.ContextEn,
        PublishedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(s.PublishedAt),
        Joint = s.Joint,
        Start = s.Start,
        End = s.End,
    };

    public static Speaker ToProto(string id, string name, DomainSpeakerKind kind, string? role) => new()
    {
        SpeakerId = id,
        Name = name,
        Kind = kind switch
        {
            DomainSpeakerKind.Person => V1.SpeakerKind.Person,
            DomainSpeakerKind.Institution => V1.SpeakerKind.Institution,
            DomainSpeakerKind.Unresolved => V1.SpeakerKind.Unresolved,
            _ => V1.SpeakerKind.Unspecified,
        },
        Role = role ?? "",
    };

    public static ProtoKind ToProto(DomainKind kind) => kind switch
    {
        DomainKind.Direct => ProtoKind.Direct,
        DomainKind.Partial => ProtoKind.Partial,
        DomainKind.Indirect => ProtoKind.Indirect,
        _ => ProtoKind.Unspecified,
    };

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
