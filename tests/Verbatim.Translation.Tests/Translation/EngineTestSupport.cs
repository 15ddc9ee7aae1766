using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>An HttpMessageHandler that records requests and answers with a scripted function.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, string, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public StubHandler(Func<HttpRequestMessage, string, Task<HttpResponseMessage>> respond)
        : this((request, body, _) => respond(request, body))
    {
    }

    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request, body));
        return await respond(request, body, cancellationToken);
    }

    public static StubHandler Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") }));
}

internal sealed class StubHttpClientFactory(HttpMessageHandler handler, TimeSpan? timeout = null) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = timeout ?? TimeSpan.FromSeconds(10) };
}

/// <summary>An engine whose answer (or failure) the test scripts; counts calls.</summary>
internal sealed class FakeEngine(string name, Func<IReadOnlyList<string>, IReadOnlyList<string>>? translate = null) : ITranslationEngine
{
    public int Calls;

    public List<string> Seen { get; } = [];

    public bool Down { get; set; }

    public string Name => name;

    public Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        lock (Seen)
        {
            Seen.AddRange(texts);
        }

        if (Down)
        {
            throw new TranslationUnavailableException($"{name} is down");
        }

        return Task.FromResult(translate?.Invoke(texts) ?? texts.Select(t => $"[{name}] {t}").ToList());
    }
}

/// <summary>Keeps every formatted log line so tests can check what was (not) written.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
}

internal static class Opts
{
    public static IOptions<TranslationOptions> Of(Action<TranslationOptions>? configure = null)
    {
        var options = new TranslationOptions();
        configure?.Invoke(options);
        return Options.Create(options);
    }
}
