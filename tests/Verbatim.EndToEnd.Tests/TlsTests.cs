using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Verbatim.EndToEnd.Tests.Infrastructure;
using Verbatim.Search.V1;

namespace Verbatim.EndToEnd.Tests;

/// <summary>TLS configured purely through Kestrel settings, as the README documents.</summary>
public sealed class TlsTests : IAsyncLifetime
{
    private readonly StackFixture _names = new();
    private ServiceProcess? _search;

    public async Task InitializeAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _search = new ServiceProcess("Verbatim.Search", _names.SearchEnvironment(), certificate);
        await _search.StartAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_service_answers_over_tls_and_refuses_plaintext()
    {
        var secure = new StatementSearch.StatementSearchClient(_search!.Authenticated);
        Assert.NotNull(await secure.SearchAsync(new SearchRequest()));

        using var plaintext = GrpcChannel.ForAddress($"http://127.0.0.1:{_search.Port}");
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            new StatementSearch.StatementSearchClient(plaintext).SearchAsync(new SearchRequest(), deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync);
        Assert.NotEqual(StatusCode.OK, ex.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_search is not null)
        {
            await _search.DisposeAsync();
        }
    }
}
