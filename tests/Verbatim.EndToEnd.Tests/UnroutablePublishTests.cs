using Grpc.Core;
using Verbatim.EndToEnd.Tests.Infrastructure;
using Verbatim.Translation.V1;

namespace Verbatim.EndToEnd.Tests;

/// <summary>
/// An event nobody's queue would receive must fail the call instead of vanishing: the translation
/// service publishes as mandatory, so the broker returns it and the client gets UNAVAILABLE.
/// </summary>
public sealed class UnroutablePublishTests : IAsyncLifetime
{
    private readonly StackFixture _names = new();
    private ServiceProcess? _translation;

    public async Task InitializeAsync()
    {
        var environment = _names.TranslationEnvironment();
        foreach (var (k, v) in _names.BusEnvironment(TestEnvironment.EmptyVirtualHost))
        {
            environment[k] = v;
        }

        environment["Bus__DeclareSearchQueue"] = "false";
        _translation = new ServiceProcess("Verbatim.Translation", environment);
        await _translation.StartAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Submitting_with_no_queue_bound_fails_with_unavailable()
    {
        var client = new TranslationService.TranslationServiceClient(_translation!.Authenticated);
        var request = new SubmitDispatchRequest { SourceId = "e2e:unroutable", Text = Dispatches.Unique(" unroutable") };
        var ex = await Assert.ThrowsAsync<RpcException>(() => client.SubmitDispatchAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Contains("no queue", ex.Status.Detail, StringComparison.Ordinal);

        // Nothing was accepted, so a retry is not reported as a duplicate.
        var again = await Assert.ThrowsAsync<RpcException>(() => client.SubmitDispatchAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, again.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_translation is not null)
        {
            await _translation.DisposeAsync();
        }
    }
}
