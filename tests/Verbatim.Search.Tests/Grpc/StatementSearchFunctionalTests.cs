using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verbatim.Contracts;
using Verbatim.Search.Grpc;
using Verbatim.Search.Messaging;
using Verbatim.Search.Storage;
using Verbatim.Search.V1;

namespace Verbatim.Search.Tests.Grpc;

/// <summary>The search gRPC surface in-process, fed through the same indexer the consumer uses.</summary>
public sealed class StatementSearchFunctionalTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "verbatim-search-fn-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<StatementSearchService> _factory = null!;
    private StatementSearch.StatementSearchClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<StatementSearchService>().WithWebHostBuilder(b => b
            .UseSetting("Index:Path", Path.Combine(_root, "index"))
            .UseSetting("Store:Path", Path.Combine(_root, "store"))
            .UseSetting("Auth:ApiKeys:0", "functional-test-key"));
        var channel = GrpcChannel.ForAddress(_factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = _factory.Server.CreateHandler() });
        _client = new StatementSearch.StatementSearchClient(channel.Intercept(m =>
        {
            m.Add("x-api-key", "functional-test-key");
            return m;
        }));
        await Ingest(Dispatch("d-fn-1", "La ministre Anne Morel a reçu les syndicats.", "« Nous ne céderons pas », a-t-elle déclaré."));
    }

    private static DispatchTranslated Dispatch(string id, string first, string second) => new()
    {
        DispatchId = id,
        SourceId = "test:" + id,
        PublishedAt = new DateTimeOffset(2025, 5, 21, 9, 0, 0, TimeSpan.Zero),
        TranslatedAt = DateTimeOffset.UtcNow,
        TitleFr = "Grève : la ministre inflexible",
        BodyFr = first + "\n\n" + second,
        Segments =
        [
            new TranslatedSegment { Index = 0, Paragraph = 0, TextFr = first, TextEn = "Minister Anne Morel received the unions.", Engine = "test", Start = 0, End = first.Length },
            new TranslatedSegment
            {
                Index = 1, Paragraph = 1, TextFr = second, TextEn = "“We will not give in”, she declared.", Engine = "test",
                Start = first.Length + 2, End = first.Length + 2 + second.Length,
                Quotes = [new QuoteOffsets(second.IndexOf('«', StringComparison.Ordinal) + 2, second.IndexOf('»', StringComparison.Ordinal) - 1, 1, 20)],
            },
        ],
    };

    private async Task Ingest(DispatchTranslated dispatch)
    {
        await _factory.Services.GetRequiredService<DispatchStore>().SaveAsync(dispatch, CancellationToken.None);
        _factory.Services.GetRequiredService<StatementIndexer>().Index(dispatch);
    }

    [Fact]
    public async Task Search_returns_highlights_facets_and_offsets_into_the_dispatch()
    {
        var reply = await _client.SearchAsync(new SearchRequest { Query = "céderons", IncludeFacets = true });
        var hit = Assert.Single(reply.Hits);
        Assert.Equal("Nous ne <em>céderons</em> pas", hit.HighlightFr);
        Assert.Equal("Anne Morel", hit.Statement.Speaker.Name);
        Assert.Equal(SpeakerKind.Person, hit.Statement.Speaker.Kind);
        Assert.Equal(1, Assert.Single(reply.SpeakerFacets).Count);
        Assert.Equal(StatementKind.Direct, Assert.Single(reply.KindFacets).Kind);

        var dispatch = await _client.GetDispatchAsync(new GetDispatchRequest { DispatchId = hit.Statement.DispatchId });
        Assert.Equal(hit.Statement.TextFr, dispatch.BodyFr[hit.Statement.Start..hit.Statement.End]);
        Assert.Equal("Grève : la ministre inflexible", dispatch.TitleFr);
        Assert.Equal(2, dispatch.Segments.Count);
    }

    [Fact]
    public async Task Filters_sort_orders_language_and_paging_work_through_the_api()
    {
        var march = Dispatch("d-fn-march", "Le ministre Paul Garnier a reçu les syndicats.", "« Nous ne céderons pas », a-t-il déclaré.")
            with { PublishedAt = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero) };
        var july = Dispatch("d-fn-july", "La ministre Claire Roux a reçu les syndicats.", "« Nous ne céderons pas », a-t-elle déclaré.")
            with { PublishedAt = new DateTimeOffset(2025, 7, 10, 9, 0, 0, TimeSpan.Zero) };
        await Ingest(march);
        await Ingest(july);
        static Google.Protobuf.WellKnownTypes.Timestamp At(int month) =>
            Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2025, month, 1, 0, 0, 0, DateTimeKind.Utc));

        var byDate = await _client.SearchAsync(new SearchRequest { Query = "céderons", OrderBy = "date" });
        Assert.Equal(["d-fn-july", "d-fn-1", "d-fn-march"], byDate.Hits.Select(h => h.Statement.DispatchId));
        var oldest = await _client.SearchAsync(new SearchRequest { Query = "céderons", OrderBy = "date asc" });
        Assert.Equal("d-fn-march", oldest.Hits[0].Statement.DispatchId);

        var spring = await _client.SearchAsync(new SearchRequest { Query = "céderons", PublishedAfter = At(3), PublishedBefore = At(5) });
        Assert.Equal("d-fn-march", Assert.Single(spring.Hits).Statement.DispatchId);

        Assert.Equal(3, (await _client.SearchAsync(new SearchRequest { Kinds = { StatementKind.Direct } })).TotalSize);
        Assert.Equal(0, (await _client.SearchAsync(new SearchRequest { Kinds = { StatementKind.Indirect } })).TotalSize);
        Assert.Equal(0, (await _client.SearchAsync(new SearchRequest { Joint = JointFilter.OnlyJoint })).TotalSize);
        Assert.Equal(3, (await _client.SearchAsync(new SearchRequest { Joint = JointFilter.ExcludeJoint })).TotalSize);

        // "give" is English: found in English, not when only French is searched.
        Assert.Equal(3, (await _client.SearchAsync(new SearchRequest { Query = "give", Language = Language.English })).TotalSize);
        Assert.Equal(0, (await _client.SearchAsync(new SearchRequest { Query = "give", Language = Language.French })).TotalSize);

        var speaker = await _client.SearchAsync(new SearchRequest { Speaker = "Claire Roux" });
        Assert.Equal("d-fn-july", Assert.Single(speaker.Hits).Statement.DispatchId);

        // Paging with the opaque token walks every hit exactly once.
        var seen = new List<string>();
        var page = await _client.SearchAsync(new SearchRequest { PageSize = 1, OrderBy = "date" });
        seen.AddRange(page.Hits.Select(h => h.Statement.StatementId));
        while (page.NextPageToken.Length > 0)
        {
            page = await _client.SearchAsync(new SearchRequest { PageSize = 1, OrderBy = "date", PageToken = page.NextPageToken });
            seen.AddRange(page.Hits.Select(h => h.Statement.StatementId));
        }

        Assert.Equal(3, seen.Distinct().Count());
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public async Task ListSpeakers_filters_by_accent_insensitive_prefix()
    {
        var all = await _client.ListSpeakersAsync(new ListSpeakersRequest());
        Assert.Contains(all.Speakers, s => s.Speaker.Name == "Anne Morel" && s.StatementCount == 1);
        Assert.Single((await _client.ListSpeakersAsync(new ListSpeakersRequest { NamePrefix = "MOR" })).Speakers);
        Assert.Empty((await _client.ListSpeakersAsync(new ListSpeakersRequest { NamePrefix = "zz" })).Speakers);
    }

    [Fact]
    public async Task WatchStatements_streams_statements_indexed_after_the_call_started()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var call = _client.WatchStatements(new WatchStatementsRequest { Filter = new SearchRequest { Query = "céderons" } }, cancellationToken: cts.Token);
        var first = call.ResponseStream.MoveNext(cts.Token);
        var feed = _factory.Services.GetRequiredService<Verbatim.Search.Index.StatementFeed>();
        for (var i = 0; i < 100 && feed.SubscriberCount == 0; i++)
        {
            await Task.Delay(50, cts.Token); // let the subscription register
        }

        Assert.Equal(1, feed.SubscriberCount);
        await Ingest(Dispatch("d-fn-2", "La ministre Anne Morel a revu les syndicats.", "« Nous ne céderons jamais », a-t-elle déclaré."));
        Assert.True(await first);
        Assert.Equal("d-fn-2", call.ResponseStream.Current.DispatchId);
    }

    [Theory]
    [InlineData("newest", "order_by")]
    [InlineData("popularity", "order_by")]
    public async Task Unknown_sort_orders_are_invalid_arguments(string orderBy, string message)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.SearchAsync(new SearchRequest { OrderBy = orderBy }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(message, ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inverted_date_ranges_and_unspecified_kinds_are_invalid_arguments()
    {
        var dates = await Assert.ThrowsAsync<RpcException>(() => _client.SearchAsync(new SearchRequest
        {
            PublishedAfter = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc)),
            PublishedBefore = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, dates.StatusCode);

        var kinds = await Assert.ThrowsAsync<RpcException>(() => _client.SearchAsync(new SearchRequest { Kinds = { StatementKind.Unspecified } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, kinds.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_and_malformed_ones_invalid()
    {
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => _client.GetDispatchAsync(new GetDispatchRequest { DispatchId = "d-missing" }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => _client.GetDispatchAsync(new GetDispatchRequest { DispatchId = "../etc/passwd" }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => _client.GetStatementAsync(new GetStatementRequest { StatementId = "s-missing" }).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_watch_query_fails_the_call_up_front()
    {
        using var call = _client.WatchStatements(new WatchStatementsRequest { Filter = new SearchRequest { Query = "(unclosed" } });
        var ex = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
