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
