using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Verbatim.Search.V1;
using Verbatim.Translation.V1;

namespace Verbatim.Cli;

internal static class Commands
{
    public static async Task<int> WaitAsync(string translationUrl, string searchUrl, int timeoutSeconds, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        foreach (var url in new[] { searchUrl, translationUrl })
        {
            using var channel = GrpcChannel.ForAddress(url);
            var health = new Health.HealthClient(channel);
            while (true)
            {
                try
                {
                    var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: ct);
                    if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                    {
                        Console.WriteLine($"{url}: SERVING");
                        break;
                    }
                }
                catch (RpcException)
                {
                    // Not listening yet.
                }

                if (DateTime.UtcNow > deadline)
                {
                    await Console.Error.WriteLineAsync($"{url} did not become healthy within {timeoutSeconds} s");
                    return 1;
                }

                await Task.Delay(500, ct);
            }
        }

        return 0;
    }

    public static async Task<int> SubmitAsync(string url, string? apiKey, FileInfo[] files, CancellationToken ct)
    {
        using var channel = GrpcChannel.ForAddress(url);
        var client = new TranslationService.TranslationServiceClient(channel);
        var failures = 0;
        foreach (var file in files)
        {
            var request = new SubmitDispatchRequest
            {
                SourceId = "file:" + file.Name,
                Text = await File.ReadAllTextAsync(file.FullName, ct),
                PublishedAt = Timestamp.FromDateTime(file.LastWriteTimeUtc),
            };
            try
            {
                var reply = await client.SubmitDispatchAsync(request, Headers(apiKey), cancellationToken: ct);
                Console.WriteLine($"{file.Name}: {reply.DispatchId}{(reply.Duplicate ? " (already accepted)" : "")} — {reply.Dispatch.Segments.Count} segments — {reply.Dispatch.TitleEn}");
            }
            catch (RpcException ex)
            {
                failures++;
                await Console.Error.WriteLineAsync($"{file.Name}: {ex.StatusCode}: {ex.Status.Detail}");
            }
        }

        return failures == 0 ? 0 : 1;
    }

    public static async Task<int> SearchAsync(string url, string? apiKey, string query, string? speaker, int limit, int waitSeconds, CancellationToken ct)
    {
        using var channel = GrpcChannel.ForAddress(url);
        var client = new StatementSearch.StatementSearchClient(channel);
        var deadline = DateTime.UtcNow.AddSeconds(waitSeconds);
        while (true)
        {
            SearchResponse reply;
            try
            {
                reply = await client.SearchAsync(new SearchRequest { Query = query, Speaker = speaker ?? "", PageSize = Math.Clamp(limit, 1, 100) }, Headers(apiKey), cancellationToken: ct);
            }
            catch (RpcException ex)
            {
                await Console.Error.WriteLineAsync($"search failed: {ex.StatusCode}: {ex.Status.Detail}");
                return 1;
            }

            if (reply.Hits.Count > 0 || DateTime.UtcNow >= deadline)
            {
                Console.WriteLine($"{reply.TotalSize} statement(s) match.");
                foreach (var hit in reply.Hits)
                {
                    var s = hit.Statement;
                    Console.WriteLine($"- {s.Speaker.Name} [{s.Kind}, {s.Cue}] ({s.DispatchId})");
                    Console.WriteLine($"    fr: {s.TextFr}");
                    Console.WriteLine($"    en: {s.TextEn}");
                }

                return reply.Hits.Count > 0 ? 0 : 2;
            }

            await Task.Delay(500, ct);
        }
    }

    private static Metadata? Headers(string? apiKey) =>
        string.IsNullOrEmpty(apiKey) ? null : new Metadata { { "x-api-key", apiKey } };
}
