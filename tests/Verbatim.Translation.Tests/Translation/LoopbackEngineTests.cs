using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>
/// The HTTP engines against a real Kestrel server on 127.0.0.1, wired exactly as the service wires
/// them (IHttpClientFactory named clients, options, chain): request shape on the wire, auth header,
/// 5xx and timeout falling back to the next engine, and the key staying out of every log line.
/// </summary>
public sealed class LoopbackEngineTests : IAsyncLifetime
{
    private const string DeepLKey = "loopback-secret-4242:fx";
    private WebApplication? _server;
    private string _baseUrl = "";
    private readonly List<(string Path, string? Auth, string Body)> _seen = [];

    /// <summary>What the fake servers do: "ok", "500" or "hang".</summary>
    private volatile string _mode = "ok";

    public async Task InitializeAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1));
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapPost("/{**path}", async (HttpContext ctx) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (_seen)
            {
                _seen.Add((ctx.Request.Path, ctx.Request.Headers.Authorization.FirstOrDefault(), body));
            }

            switch (_mode)
            {
                case "500":
                    ctx.Response.StatusCode = 500;
                    return;
                case "hang":
                    await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted);
                    return;
            }

            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(ctx.Request.Path.StartsWithSegments("/v2/translate")
                ? """{"translations":[{"detected_source_language":"FR","text":"Hello from DeepL."}]}"""
                : """{"translatedText":["Hello from LibreTranslate."]}""");
        });
        await _server.StartAsync();
        _baseUrl = $"http://127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private ServiceProvider Services(string engines, ListLogger<EngineChain>? chainLog = null, TimeSpan? timeout = null)
    {
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Translation:Engines:0"] = engines.Split(',')[0],
            ["Translation:Engines:1"] = engines.Split(',').ElementAtOrDefault(1),
            ["Translation:LibreTranslate:Url"] = _baseUrl,
            ["Translation:LibreTranslate:Timeout"] = (timeout ?? TimeSpan.FromSeconds(10)).ToString(),
            ["Translation:DeepL:ApiKey"] = DeepLKey,
            ["Translation:DeepL:BaseUrl"] = _baseUrl,
            ["Translation:DeepL:Timeout"] = (timeout ?? TimeSpan.FromSeconds(10)).ToString(),
            ["Apertium:PoolSize"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(Captured)));
        services.AddTranslationEngines(config);
        if (chainLog is not null)
        {
            services.AddSingleton<ILogger<EngineChain>>(chainLog);
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    private List<string> Captured { get; } = [];

    [Fact]
    public async Task LibreTranslate_served_over_real_http()
    {
        await using var sp = Services("libretranslate,apertium");
        var batch = await sp.GetRequiredService<EngineChain>().TranslateAsync(["Bonjour."], CancellationToken.None);
        Assert.Equal("libretranslate", batch.Label);
        Assert.Equal(["Hello from LibreTranslate."], batch.Texts);
        Assert.Equal("/translate", Assert.Single(_seen).Path);
        Assert.Contains("\"q\":[\"Bonjour.\"]", _seen[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeepL_served_over_real_http_with_the_auth_header()
    {
        await using var sp = Services("deepl,apertium");
        var batch = await sp.GetRequiredService<EngineChain>().TranslateAsync(["Bonjour."], CancellationToken.None);
        Assert.Equal("deepl", batch.Label);
        Assert.Equal("/v2/translate", Assert.Single(_seen).Path);
        Assert.Equal("DeepL-Auth-Key " + DeepLKey, _seen[0].Auth);
        Assert.DoesNotContain(Captured, line => line.Contains(DeepLKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_error_falls_back_to_apertium_and_the_key_is_never_logged()
    {
        _mode = "500";
        var chainLog = new ListLogger<EngineChain>();
        await using var sp = Services("deepl,apertium", chainLog);

        var batch = await sp.GetRequiredService<EngineChain>().TranslateAsync(["La paix est fragile."], CancellationToken.None);

        Assert.Equal("apertium (fallback: deepl unavailable)", batch.Label);
        Assert.Contains("peace", batch.Texts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(chainLog.Lines, l => l.Contains("500", StringComparison.Ordinal));
        Assert.DoesNotContain(chainLog.Lines.Concat(Captured), line => line.Contains(DeepLKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hanging_server_times_out_and_falls_back()
    {
        _mode = "hang";
        await using var sp = Services("libretranslate,apertium", timeout: TimeSpan.FromMilliseconds(500));
        var batch = await sp.GetRequiredService<EngineChain>().TranslateAsync(["Merci."], CancellationToken.None);
        Assert.Equal("apertium (fallback: libretranslate unavailable)", batch.Label);
    }

    [Fact]
    public async Task A_closed_port_falls_back()
    {
        await using (_server!)
        {
        }

        _server = null;
        await using var sp = Services("libretranslate,apertium");
        var batch = await sp.GetRequiredService<EngineChain>().TranslateAsync(["Merci."], CancellationToken.None);
        Assert.Equal("apertium (fallback: libretranslate unavailable)", batch.Label);
    }

    [Fact]
    public void Misconfiguration_fails_at_start()
    {
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Translation:Engines:0"] = "deepl",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddTranslationEngines(config);
        using var sp = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<TranslationOptions>>().Value);
        Assert.Contains("ApiKey", ex.Message, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CapturingProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capturing(List<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add($"{category}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
