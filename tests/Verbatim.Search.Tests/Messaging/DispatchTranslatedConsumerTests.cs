using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verbatim.Contracts;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;
using Verbatim.Search.Messaging;
using Verbatim.Search.Storage;

namespace Verbatim.Search.Tests.Messaging;

/// <summary>The consumer alone, on MassTransit's in-memory test harness (the broker is covered end to end).</summary>
public sealed class DispatchTranslatedConsumerTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "verbatim-consumer-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Options.Create(new IndexOptions { Path = Path.Combine(_root, "index") }))
            .AddSingleton(Options.Create(new StoreOptions { Path = Path.Combine(_root, "store") }))
            .AddSingleton(_ => StatementExtractor.CreateDefault())
            .AddSingleton<StatementIndex>()
            .AddSingleton<StatementFeed>()
            .AddSingleton<DispatchStore>()
            .AddSingleton<StatementIndexer>()
            .AddMassTransitTestHarness(x => x.AddConsumer<DispatchTranslatedConsumer>())
            .BuildServiceProvider(true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    private static DispatchTranslated Event(string id, string textFr, params QuoteOffsets[] quotes) => new()
    {
        DispatchId = id,
        SourceId = "test",
        PublishedAt = new DateTimeOffset(2025, 5, 21, 9, 0, 0, TimeSpan.Zero),
        TranslatedAt = DateTimeOffset.UtcNow,
        Segments =
        [
            new TranslatedSegment { Index = 0, Paragraph = 0, TextFr = "La ministre Anne Morel a reçu les syndicats.", TextEn = "Minister Anne Morel received the unions.", Engine = "test" },
            new TranslatedSegment { Index = 1, Paragraph = 1, TextFr = textFr, TextEn = "“We will not give in”, she said.", Engine = "test", Start = 46, Quotes = quotes },
        ],
    };

    [Fact]
    public async Task Stores_the_dispatch_and_indexes_its_statements_once_even_when_redelivered()
    {
        var message = Event("d-consumer", "« Nous ne céderons pas », a-t-elle déclaré.", new QuoteOffsets(2, 22, 1, 20));
        await _harness.Bus.Publish(message);
        await _harness.Bus.Publish(message);

        Assert.True(await _harness.GetConsumerHarness<DispatchTranslatedConsumer>().Consumed.Any<DispatchTranslated>());
        await WaitUntil(() => _harness.Consumed.Select<DispatchTranslated>().Count() == 2);
        var index = _provider.GetRequiredService<StatementIndex>();
        var hit = Assert.Single(index.Search(new StatementQuery { DispatchId = "d-consumer", Limit = 10 }).Hits).Statement;
        Assert.Equal("Anne Morel", hit.SpeakerName);
        Assert.Equal("Nous ne céderons pas", hit.TextFr);
        Assert.Equal("We will not give in", hit.TextEn);
        Assert.NotNull(await _provider.GetRequiredService<DispatchStore>().TryGetAsync("d-consumer", CancellationToken.None));
    }

    [Fact]
    public async Task A_message_with_quote_offsets_outside_its_text_faults_without_being_indexed()
    {
        await _harness.Bus.Publish(Event("d-bad", "Court.", new QuoteOffsets(2, 400, 0, 1)));
        Assert.True(await _harness.Published.Any<Fault<DispatchTranslated>>());
        Assert.Equal(0, _provider.GetRequiredService<StatementIndex>().Search(new StatementQuery { DispatchId = "d-bad", Limit = 10 }).TotalHits);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
