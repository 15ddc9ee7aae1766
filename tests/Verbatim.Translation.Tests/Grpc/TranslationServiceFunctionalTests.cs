using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Verbatim.Translation.Grpc;
using Verbatim.Translation.V1;

namespace Verbatim.Translation.Tests.Grpc;

/// <summary>The gRPC surface in-process (TestServer): preview normalization and input validation.</summary>
public sealed class TranslationServiceFunctionalTests : IClassFixture<WebApplicationFactory<TranslationGrpcService>>
{
    private const string Key = "functional-test-key";
    private readonly GrpcChannel _channel;
    private readonly TranslationService.TranslationServiceClient _client;

    [Fact]
    public async Task Calls_without_the_key_are_unauthenticated()
    {
        var anonymous = new TranslationService.TranslationServiceClient(_channel);
        var ex = await Assert.ThrowsAsync<RpcException>(() => anonymous.NormalizeDispatchAsync(new NormalizeDispatchRequest { Text = "Texte." }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    public TranslationServiceFunctionalTests(WebApplicationFactory<TranslationGrpcService> factory)
    {
        var configured = factory.WithWebHostBuilder(b => b
            .UseSetting("State:Path", Path.Combine(Path.GetTempPath(), "verbatim-functional-" + Guid.NewGuid().ToString("N")))
            .UseSetting("Limits:MaxDispatchChars", "5000")
            .UseSetting("Auth:ApiKeys:0", Key));
        _channel = GrpcChannel.ForAddress(configured.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = configured.Server.CreateHandler() });
        _client = new TranslationService.TranslationServiceClient(_channel.Intercept(m =>
        {
            m.Add("x-api-key", Key);
            return m;
        }));
    }

    [Fact]
    public async Task NormalizeDispatch_returns_the_structured_dispatch_without_translating()
    {
        var reply = await _client.NormalizeDispatchAsync(new NormalizeDispatchRequest
        {
            Text = "Budget : le gouvernement revoit sa copie\nPartager\nPARIS (AFP) - Le ministre a tranché. «Nous tiendrons l'objectif», a-t-il dit.\n",
        });

        var d = reply.Dispatch;
        Assert.Equal("Budget : le gouvernement revoit sa copie", d.TitleFr);
        Assert.Equal(["Le ministre a tranché.", "« Nous tiendrons l'objectif », a-t-il dit."], d.Segments.Select(s => s.TextFr));
        Assert.All(d.Segments, s => Assert.Equal("", s.TextEn));
        Assert.Equal("Nous tiendrons l'objectif", d.Segments[1].TextFr[d.Segments[1].Quotes[0].StartFr..d.Segments[1].Quotes[0].EndFr]);
        Assert.Contains(d.Metadata.Removed, r => r.Kind == "share_widget");
        Assert.Contains(d.Metadata.Removed, r => r.Kind == "dateline" && r.Text == "PARIS (AFP) -");
        Assert.Equal(["AFP"], d.Metadata.Agencies);
        Assert.Equal(d.Segments[1].TextFr, d.Metadata.NormalizedBody[d.Segments[1].Start..d.Segments[1].End]);
    }

    [Fact]
    public async Task NormalizeDispatch_shows_recognised_names_with_their_canonical_spelling()
    {
        var reply = await _client.NormalizeDispatchAsync(new NormalizeDispatchRequest
        {
            Text = "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré M. Wang Yi. « Rien n'est réglé », a dit M. Lavrov.",
        });
        var metadata = reply.Dispatch.Metadata;
        var lavrov = metadata.Names.First(n => n.Surface.Contains("Lavrov", StringComparison.Ordinal));
        Assert.Equal(lavrov.Surface, metadata.NormalizedBody[lavrov.Start..lavrov.End]);
        Assert.All(metadata.Names.Where(n => n.Surface.Contains("Lavrov", StringComparison.Ordinal)),
            n => Assert.Equal(lavrov.Canonical, n.Canonical));
    }

    [Theory]
    [InlineData("", "text is empty")]
    [InlineData("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f", "binary")]
    public async Task Unusable_text_is_an_invalid_argument(string text, string message)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.NormalizeDispatchAsync(new NormalizeDispatchRequest { Text = text }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(message, ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_the_configured_length_is_rejected_before_any_work()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "x", Text = new string('é', 5001) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("limit is 5000", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_laden_text_is_normalized_as_plain_text_and_the_markup_noted()
    {
        var reply = await _client.NormalizeDispatchAsync(new NormalizeDispatchRequest
        {
            Text = "<h1>Budget : le gouvernement revoit sa copie</h1><p>Le ministre a tranché.</p><p>« Nous tiendrons l'objectif », a-t-il dit.</p>",
        });
        Assert.Equal("Budget : le gouvernement revoit sa copie", reply.Dispatch.TitleFr);
        Assert.Equal(2, reply.Dispatch.Segments.Count);
        Assert.Contains(reply.Dispatch.Metadata.Removed, r => r.Kind == "markup" && r.Text.StartsWith("6 HTML tags", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_that_is_not_french_is_an_invalid_argument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.SubmitDispatchAsync(new SubmitDispatchRequest
        {
            SourceId = "x",
            Text = "The minister said on Tuesday that the government would not give in to the unions and that the reform of the pension system was necessary for the future of the country.",
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("does not look French", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debris_only_text_is_rejected_with_the_reason()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.SubmitDispatchAsync(new SubmitDispatchRequest { SourceId = "x", Text = "Partager\n• Copié\n© Jean Dupont / AFP" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("no story text", ex.Status.Detail, StringComparison.Ordinal);
    }
}
