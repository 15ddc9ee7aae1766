using Grpc.Core;
using Verbatim.EndToEnd.Tests.Infrastructure;
using Verbatim.Search.V1;
using Verbatim.Translation.V1;
using Xunit.Abstractions;

namespace Verbatim.EndToEnd.Tests;

/// <summary>The whole path on real parts: gRPC → normalizer → Apertium → RabbitMQ → extractor → Lucene → gRPC.</summary>
public sealed class SubmitAndSearchTests(StackFixture stack, ITestOutputHelper output) : IClassFixture<StackFixture>
{
    private static string Marker() => " " + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_submitted_quote_is_found_with_speaker_french_and_english_within_seconds()
    {
        var marker = Marker();
        var reply = await stack.Translation.SubmitDispatchAsync(new SubmitDispatchRequest
        {
            SourceId = "e2e:" + marker.Trim(),
            Text = Dispatches.Unique(marker),
            SourceUrl = "https://example.test/peche",
        });

        Assert.False(reply.Duplicate);
        Assert.StartsWith("d-", reply.DispatchId, StringComparison.Ordinal);
        var dispatch = reply.Dispatch;
        Assert.Equal("Pêche en Atlantique : Oslo et Lisbonne veulent un accord « avant l'été »", dispatch.TitleFr);
        Assert.False(string.IsNullOrWhiteSpace(dispatch.TitleEn));
        Assert.Contains("AFP", dispatch.Metadata.Agencies);
        Assert.Contains(dispatch.Metadata.Removed, r => r.Kind == "share_widget" && r.Text == "Partager");
        Assert.Contains(dispatch.Metadata.Removed, r => r.Kind == "photo_credit");
        Assert.DoesNotContain(dispatch.Segments, s => s.TextFr.Contains("Lire aussi", StringComparison.Ordinal));
        Assert.All(dispatch.Segments, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.TextEn));
            Assert.Equal("apertium", s.Engine);
        });

        var quoteSegment = Assert.Single(dispatch.Segments, s => s.TextFr.StartsWith("« Nous voulons", StringComparison.Ordinal));
        var quote = Assert.Single(quoteSegment.Quotes);
        Assert.Equal("Nous voulons protéger les pêcheurs et les stocks en même temps",
            quoteSegment.TextFr[quote.StartFr..quote.EndFr]);
        // The English offsets delimit the translated quote: inside English quotation marks, in English.
        // English style moves the comma of « », a déclaré … » inside the closing mark: ("…," she said).
        var quoteEn = quoteSegment.TextEn[quote.StartEn..quote.EndEn];
        Assert.Equal('"', quoteSegment.TextEn[quote.StartEn - 1]);
        Assert.Matches("^[,.]?\"", quoteSegment.TextEn[quote.EndEn..]);
        Assert.StartsWith("We want to protect", quoteEn, StringComparison.Ordinal);

        var hit = await WaitForAsync(new SearchRequest { Query = "pêcheurs", DispatchId = reply.DispatchId });
        var statement = hit.Statement;
        Assert.Equal("Helena Carvalho", statement.Speaker.Name);
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("déclarer", statement.Cue);
        Assert.Equal("Nous voulons protéger les pêcheurs et les stocks en même temps", statement.TextFr);
        Assert.Equal(quoteEn, statement.TextEn);
        Assert.Equal(reply.DispatchId, statement.DispatchId);

        // The pronoun in « …, a-t-il ajouté » is the Norwegian minister introduced just before.
        var pronoun = await WaitForAsync(new SearchRequest { Query = "\"volonté politique\"", DispatchId = reply.DispatchId });
        Assert.Equal("Lars Eriksen", pronoun.Statement.Speaker.Name);

        // Searching in English (stemmed: "protecting" matches "protect") finds the same statement.
        var english = await WaitForAsync(new SearchRequest { Query = "protecting", DispatchId = reply.DispatchId });
        Assert.Equal(statement.StatementId, english.Statement.StatementId);
    }

    [Fact]
    public async Task Resubmitting_the_same_dispatch_returns_the_same_id_as_a_duplicate()
    {
        var request = new SubmitDispatchRequest { SourceId = "e2e:dup" + Marker().Trim(), Text = Dispatches.Unique(Marker()) };
        var first = await stack.Translation.SubmitDispatchAsync(request);
        var second = await stack.Translation.SubmitDispatchAsync(request);
        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.DispatchId, second.DispatchId);
        Assert.Equal(first.Dispatch.Segments.Count, second.Dispatch.Segments.Count);

        // Only one copy of each statement is indexed.
        var hits = await WaitForAllAsync(new SearchRequest { DispatchId = first.DispatchId, PageSize = 100 }, minimum: 2);
        Assert.Equal(hits.Select(h => h.Statement.StatementId).Distinct().Count(), hits.Count);
    }

    [Fact]
    public async Task The_index_survives_a_search_service_crash_and_restart()
    {
        var reply = await stack.Translation.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "e2e:restart" + Marker().Trim(), Text = Dispatches.Unique(Marker()) });
        var before = await WaitForAllAsync(new SearchRequest { DispatchId = reply.DispatchId, PageSize = 100 }, minimum: 2);

        await stack.RestartSearchAsync(kill: true);

        var after = (await stack.Search.SearchAsync(new SearchRequest { DispatchId = reply.DispatchId, PageSize = 100 })).Hits;
        Assert.Equal(before.Select(h => h.Statement.StatementId).Order(), after.Select(h => h.Statement.StatementId).Order());
    }

    [Theory]
    [InlineData("", "text is empty")]
    [InlineData("   \n\t  ", "text is empty")]
    public async Task Empty_text_is_an_invalid_argument(string text, string message)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Translation.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "e2e:empty", Text = text }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(message, ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_source_id_is_an_invalid_argument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Translation.SubmitDispatchAsync(new SubmitDispatchRequest { Text = Dispatches.Unique("") }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("source_id", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversize_request_is_resource_exhausted()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Translation.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "e2e:big", Text = new string('a', 2 * 1024 * 1024) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Theory]
    [InlineData("\"unbalanced phrase", 0, "query is not valid")]
    [InlineData("pêcheurs", 1000, "page_size")]
    [InlineData("pêcheurs", -1, "page_size")]
    public async Task Bad_search_requests_are_invalid_arguments(string query, int pageSize, string message)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Search.SearchAsync(new SearchRequest { Query = query, PageSize = pageSize }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(message, ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_token_from_another_query_is_rejected()
    {
        await stack.Translation.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "e2e:page" + Marker().Trim(), Text = Dispatches.Unique(Marker()) });
        var page = await WaitForAllAsync(new SearchRequest { PageSize = 1 }, minimum: 1);
        var first = await stack.Search.SearchAsync(new SearchRequest { PageSize = 1 });
        Assert.NotEmpty(page);
        Assert.NotEmpty(first.NextPageToken);
        var second = await stack.Search.SearchAsync(new SearchRequest { PageSize = 1, PageToken = first.NextPageToken });
        Assert.NotEqual(first.Hits[0].Statement.StatementId, second.Hits[0].Statement.StatementId);

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Search.SearchAsync(new SearchRequest { Query = "autre", PageSize = 1, PageToken = first.NextPageToken }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    private async Task<SearchHit> WaitForAsync(SearchRequest request) => (await WaitForAllAsync(request, 1))[0];

    private async Task<IReadOnlyList<SearchHit>> WaitForAllAsync(SearchRequest request, int minimum)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var reply = await stack.Search.SearchAsync(request);
            if (reply.Hits.Count >= minimum)
            {
                return reply.Hits;
            }

            if (DateTime.UtcNow > deadline)
            {
                output.WriteLine(stack.Diagnostics);
                Assert.Fail($"no {minimum} statement(s) for {request} within 15 s (found {reply.Hits.Count})");
            }

            await Task.Delay(200);
        }
    }
}
