using System.Diagnostics;
using Grpc.Core;
using Verbatim.EndToEnd.Tests.Infrastructure;
using Verbatim.Search.V1;
using Verbatim.Translation.V1;
using Xunit.Abstractions;

namespace Verbatim.EndToEnd.Tests;

/// <summary>These take the broker or a service down, so they never run alongside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "faults";
}

/// <summary>
/// Nothing accepted is lost: real broker restarts, SIGKILLed consumers, a deleted index and poison
/// messages. Each test prints its counts (submitted, acknowledged, searchable, lost) for RELIABILITY.md.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultTests(StackFixture stack, ITestOutputHelper output) : IClassFixture<StackFixture>
{
    private static SubmitDispatchRequest Request(string tag, int i) =>
        new() { SourceId = $"fault:{tag}:{i}", Text = Dispatches.Unique($" {tag}{i} {Guid.NewGuid().ToString("N")[..6]}") };

    [Fact]
    public async Task Dispatches_acknowledged_around_a_broker_restart_are_all_searchable()
    {
        var acknowledged = new List<string>();
        var failedFast = 0;
        var submitted = 0;

        for (var i = 0; i < 5; i++, submitted++)
        {
            acknowledged.Add((await stack.Translation.SubmitDispatchAsync(Request("broker", i))).DispatchId);
        }

        await Broker.CtlAsync("stop_app");
        try
        {
            // While the broker is down, calls fail fast with UNAVAILABLE and nothing is accepted.
            for (var i = 5; i < 8; i++, submitted++)
            {
                var watch = Stopwatch.StartNew();
                var ex = await Assert.ThrowsAsync<RpcException>(() => stack.Translation.SubmitDispatchAsync(Request("broker", i)).ResponseAsync);
                Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
                failedFast++;
            }
        }
        finally
        {
            await Broker.CtlAsync("start_app");
        }

        // The same calls succeed on retry once the broker is back.
        for (var i = 5; i < 8; i++)
        {
            acknowledged.Add(await SubmitWithRetryAsync(Request("broker", i), TimeSpan.FromSeconds(60)));
        }

        for (var i = 8; i < 12; i++, submitted++)
        {
            acknowledged.Add(await SubmitWithRetryAsync(Request("broker", i), TimeSpan.FromSeconds(60)));
        }

        var searchable = await CountSearchableAsync(acknowledged, TimeSpan.FromSeconds(60));
        Report($"broker restart: submitted={submitted} failed-fast-while-down={failedFast} acknowledged={acknowledged.Count} searchable={searchable} lost={acknowledged.Count - searchable}");
        Assert.Equal(acknowledged.Count, searchable);
    }

    [Fact]
    public async Task A_search_service_killed_mid_batch_holds_every_acknowledged_statement_exactly_once_after_restart()
    {
        const int count = 12;
        var submissions = Enumerable.Range(0, count).Select(i => stack.Translation.SubmitDispatchAsync(Request("kill", i)).ResponseAsync).ToList();
        // Kill the consumer while the batch is still arriving.
        await Task.WhenAny(Task.WhenAll(submissions), Task.Delay(1500));
        stack.SearchProcess.Kill();
        var acknowledged = (await Task.WhenAll(submissions)).Select(r => r.DispatchId).ToList();
        await stack.RestartSearchAsync(kill: false);

        var searchable = await CountSearchableAsync(acknowledged, TimeSpan.FromSeconds(60));
        var duplicates = 0;
        foreach (var id in acknowledged)
        {
            var hits = (await stack.Search.SearchAsync(new SearchRequest { DispatchId = id, PageSize = 100 })).Hits;
            duplicates += hits.Count - hits.Select(h => h.Statement.StatementId).Distinct().Count();
            Assert.Equal(hits.Count, hits.Select(h => (h.Statement.TextFr, h.Statement.Speaker.SpeakerId)).Distinct().Count());
        }

        Report($"search SIGKILL: submitted={count} acknowledged={acknowledged.Count} searchable={searchable} duplicates={duplicates} lost={acknowledged.Count - searchable}");
        Assert.Equal(acknowledged.Count, searchable);
        Assert.Equal(0, duplicates);
    }

    [Fact]
    public async Task A_deleted_index_is_rebuilt_from_the_dispatch_store_on_start()
    {
        var acknowledged = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            acknowledged.Add((await stack.Translation.SubmitDispatchAsync(Request("rebuild", i))).DispatchId);
        }

        Assert.Equal(acknowledged.Count, await CountSearchableAsync(acknowledged, TimeSpan.FromSeconds(30)));
        await stack.SearchProcess.StopAsync();
        Directory.Delete(stack.SearchEnvironment()["Index__Path"], recursive: true);
        await stack.RestartSearchAsync(kill: false);

        var searchable = await CountSearchableAsync(acknowledged, TimeSpan.FromSeconds(5));
        Report($"index deleted: acknowledged={acknowledged.Count} searchable-after-rebuild={searchable} lost={acknowledged.Count - searchable}");
        Assert.Equal(acknowledged.Count, searchable);
        Assert.Contains("Index rebuilt", stack.SearchProcess.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_without_stopping_consumption()
    {
        const string poison = """
            {"messageType":["urn:message:Verbatim.Contracts:DispatchTranslated"],
             "message":{"dispatchId":"d-poison","sourceId":"x","publishedAt":"2025-01-01T00:00:00Z","translatedAt":"2025-01-01T00:00:00Z",
                        "segments":[{"index":0,"paragraph":0,"textFr":"Court.","textEn":"Short.","engine":"x","quotes":[{"startFr":0,"endFr":999,"startEn":0,"endEn":1}]}]}}
            """;
        await Broker.PublishRawAsync(stack.Queue, poison);
        await Broker.PublishRawAsync(stack.Queue, "this is not json");

        var errorQueue = stack.Queue + "_error";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        uint inError = 0;
        while (DateTime.UtcNow < deadline && (inError = await SafeCountAsync(errorQueue)) < 2)
        {
            await Task.Delay(250);
        }

        // Consumption goes on: a valid dispatch published afterwards is indexed.
        var next = await stack.Translation.SubmitDispatchAsync(Request("after-poison", 0));
        var searchable = await CountSearchableAsync([next.DispatchId], TimeSpan.FromSeconds(30));
        Report($"poison: published=2 in-error-queue={inError} following-dispatch-searchable={searchable}");
        Assert.Equal(2u, inError);
        Assert.Equal(1, searchable);
    }

    [Fact]
    public async Task An_oversize_message_goes_to_the_error_queue_without_stopping_consumption()
    {
        var errorQueue = stack.Queue + "_error";
        var before = await SafeCountAsync(errorQueue);
        var huge = new string('a', 2 * 1024 * 1024);
        var envelope = $$$"""
            {"messageType":["urn:message:Verbatim.Contracts:DispatchTranslated"],
             "message":{"dispatchId":"d-oversize","sourceId":"x","publishedAt":"2025-01-01T00:00:00Z","translatedAt":"2025-01-01T00:00:00Z",
                        "segments":[{"index":0,"paragraph":0,"textFr":"{{{huge}}}","textEn":"x","engine":"x","quotes":[]}]}}
            """;
        await Broker.PublishRawAsync(stack.Queue, envelope);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await SafeCountAsync(errorQueue) <= before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        var next = await stack.Translation.SubmitDispatchAsync(Request("after-oversize", 0));
        var searchable = await CountSearchableAsync([next.DispatchId], TimeSpan.FromSeconds(30));
        var inError = await SafeCountAsync(errorQueue) - before;
        Report($"oversize: published=1 (2 MiB, limit 1 MiB) in-error-queue={inError} following-dispatch-searchable={searchable}");
        Assert.Equal(1u, inError);
        Assert.Equal(1, searchable);
        Assert.Equal(0, (await stack.Search.SearchAsync(new SearchRequest { DispatchId = "d-oversize" })).TotalSize);
    }

    [Fact]
    public async Task Messages_in_the_error_queue_can_be_replayed_once_their_cause_is_fixed()
    {
        // A valid event that failed earlier (e.g. disk full) sits in the error queue.
        var id = "d-replay" + Guid.NewGuid().ToString("N")[..8];
        var envelope = $$$"""
            {"messageType":["urn:message:Verbatim.Contracts:DispatchTranslated"],
             "message":{"dispatchId":"{{{id}}}","sourceId":"replay","publishedAt":"2025-01-01T00:00:00Z","translatedAt":"2025-01-01T00:00:00Z",
                        "segments":[{"index":0,"paragraph":0,"textFr":"« Nous rejouons », a déclaré M. Paul Renard.","textEn":"'We replay', said Mr. Paul Renard.","engine":"x",
                                     "quotes":[{"startFr":2,"endFr":15,"startEn":1,"endEn":10}]}]}}
            """;
        // The error queue exists once something has failed for real: make that happen first.
        await Broker.PublishRawAsync(stack.Queue, "not json: fails and creates the error queue");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await SafeCountAsync(stack.Queue + "_error") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        await Broker.PublishRawAsync(stack.Queue + "_error", envelope);

        var cli = Path.Combine(TestEnvironment.RepositoryRoot, "services", "Verbatim.Cli", "bin", TestEnvironment.Configuration, "net10.0", "verbatim.dll");
        var psi = new ProcessStartInfo("dotnet", [cli, "replay-errors", "--queue", stack.Queue,
            "--broker", $"amqp://guest:guest@{TestEnvironment.RabbitHost}:{TestEnvironment.RabbitPort}/"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"replay-errors exited {process.ExitCode}: {stdout}{stderr}");
        Assert.Contains("replayed", stdout, StringComparison.Ordinal);

        Assert.Equal(1, await CountSearchableAsync([id], TimeSpan.FromSeconds(30)));
        var hit = (await stack.Search.SearchAsync(new SearchRequest { DispatchId = id })).Hits.Single();
        Assert.Equal("Paul Renard", hit.Statement.Speaker.Name);
    }

    /// <summary>Prints a scenario's counts and appends them to $VERBATIM_TEST_REPORT (shown by verbatim.sh test).</summary>
    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("VERBATIM_TEST_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    private static async Task<uint> SafeCountAsync(string queue)
    {
        try
        {
            return await Broker.MessageCountAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not declared yet
        }
    }

    private async Task<string> SubmitWithRetryAsync(SubmitDispatchRequest request, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return (await stack.Translation.SubmitDispatchAsync(request)).DispatchId;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    private async Task<int> CountSearchableAsync(IReadOnlyCollection<string> dispatchIds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var found = new HashSet<string>();
        while (true)
        {
            foreach (var id in dispatchIds.Except(found).ToList())
            {
                try
                {
                    var reply = await stack.Search.SearchAsync(new SearchRequest { DispatchId = id, PageSize = 1 });
                    if (reply.TotalSize > 0)
                    {
                        found.Add(id);
                    }
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
                {
                    // Search service still starting.
                }
            }

            if (found.Count == dispatchIds.Count || DateTime.UtcNow > deadline)
            {
                if (found.Count < dispatchIds.Count)
                {
                    output.WriteLine(stack.Diagnostics);
                }

                return found.Count;
            }

            await Task.Delay(250);
        }
    }
}
