using Grpc.Core;
using Grpc.Health.V1;
using Verbatim.EndToEnd.Tests.Infrastructure;
using Verbatim.Search.V1;
using Verbatim.Translation.V1;

namespace Verbatim.EndToEnd.Tests;

/// <summary>Both services refuse callers without a valid key, for unary and streaming calls alike.</summary>
public sealed class AuthenticationTests(StackFixture stack) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Calls_without_a_key_are_unauthenticated_on_both_services()
    {
        var translation = new TranslationService.TranslationServiceClient(stack.TranslationProcess.Channel);
        var search = new StatementSearch.StatementSearchClient(stack.SearchProcess.Channel);

        var submit = await Assert.ThrowsAsync<RpcException>(() =>
            translation.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "x", Text = "Texte." }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, submit.StatusCode);

        var query = await Assert.ThrowsAsync<RpcException>(() => search.SearchAsync(new SearchRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, query.StatusCode);

        using var watch = search.WatchStatements(new WatchStatementsRequest());
        var stream = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.Unauthenticated, stream.StatusCode);
    }

    [Theory]
    [InlineData("x-api-key", "wrong-key")]
    [InlineData("authorization", "Bearer wrong-key")]
    public async Task A_wrong_key_is_unauthenticated_and_not_echoed(string header, string value)
    {
        var search = new StatementSearch.StatementSearchClient(stack.SearchProcess.Channel);
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            search.SearchAsync(new SearchRequest(), new Metadata { { header, value } }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        Assert.DoesNotContain("wrong-key", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key", stack.SearchProcess.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_token_with_a_valid_key_is_accepted()
    {
        var search = new StatementSearch.StatementSearchClient(stack.SearchProcess.Channel);
        var reply = await search.SearchAsync(new SearchRequest(), new Metadata { { "authorization", "Bearer " + StackFixture.ApiKey } });
        Assert.NotNull(reply);
    }

    [Fact]
    public async Task Health_stays_open_without_a_key()
    {
        var health = new Health.HealthClient(stack.TranslationProcess.Channel);
        var reply = await health.CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }
}
