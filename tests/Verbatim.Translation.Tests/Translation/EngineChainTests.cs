using Microsoft.Extensions.Logging.Abstractions;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

public class EngineChainTests
{
    [Fact]
    public async Task The_first_engine_serves_when_it_is_up()
    {
        var primary = new FakeEngine("libretranslate");
        var backup = new FakeEngine("apertium");
        var chain = new EngineChain([primary, backup], Opts.Of(), TimeProvider.System, NullLogger<EngineChain>.Instance);

        var batch = await chain.TranslateAsync(["Bonjour."], CancellationToken.None);

        Assert.Equal("libretranslate", batch.Label);
        Assert.Equal(["[libretranslate] Bonjour."], batch.Texts);
        Assert.Equal(0, backup.Calls);
    }

    [Fact]
    public async Task A_down_engine_falls_back_and_the_label_says_so()
    {
        var primary = new FakeEngine("libretranslate") { Down = true };
        var backup = new FakeEngine("apertium");
        var chain = new EngineChain([primary, backup], Opts.Of(), TimeProvider.System, NullLogger<EngineChain>.Instance);

        var batch = await chain.TranslateAsync(["Bonjour.", "Merci."], CancellationToken.None);

        Assert.Equal("apertium", batch.Engine);
        Assert.Equal("apertium (fallback: libretranslate unavailable)", batch.Label);
        Assert.Equal(["[apertium] Bonjour.", "[apertium] Merci."], batch.Texts);
    }

    [Fact]
    public async Task A_failed_engine_is_skipped_during_the_cooldown_then_tried_again()
    {
        var time = new ManualTime();
        var primary = new FakeEngine("deepl") { Down = true };
        var backup = new FakeEngine("apertium");
        var chain = new EngineChain([primary, backup], Opts.Of(o => o.FailureCooldown = TimeSpan.FromSeconds(30)), time, NullLogger<EngineChain>.Instance);

        await chain.TranslateAsync(["a"], CancellationToken.None);
        var during = await chain.TranslateAsync(["b"], CancellationToken.None);
        Assert.Equal(1, primary.Calls);
        Assert.Equal("apertium (fallback: deepl unavailable)", during.Label);

        primary.Down = false;
        time.Advance(TimeSpan.FromSeconds(31));
        var after = await chain.TranslateAsync(["c"], CancellationToken.None);
        Assert.Equal("deepl", after.Label);
    }

    [Fact]
    public async Task When_every_engine_fails_the_error_stays_retryable()
    {
        var chain = new EngineChain([new FakeEngine("deepl") { Down = true }, new FakeEngine("apertium") { Down = true }],
            Opts.Of(), TimeProvider.System, NullLogger<EngineChain>.Instance);
        var ex = await Assert.ThrowsAsync<TranslationUnavailableException>(() => chain.TranslateAsync(["a"], CancellationToken.None));
        Assert.Contains("deepl, apertium", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_cancellation_does_not_fall_back()
    {
        var backup = new FakeEngine("apertium");
        var cancelling = new FakeEngine("libretranslate", _ => throw new OperationCanceledException());
        var chain = new EngineChain([cancelling, backup], Opts.Of(), TimeProvider.System, NullLogger<EngineChain>.Instance);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chain.TranslateAsync(["a"], CancellationToken.None));
        Assert.Equal(0, backup.Calls);
    }
}

/// <summary>A clock the test moves by hand (only timestamps: that is all the chain reads).</summary>
internal sealed class ManualTime : TimeProvider
{
    private long _ticks = 1_000_000;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
