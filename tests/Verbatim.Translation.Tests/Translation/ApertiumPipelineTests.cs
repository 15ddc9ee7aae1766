using System.Text;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>
/// The null-flush protocol itself, with <c>cat</c> standing in for Apertium: every answer must come back
/// whatever its length, however it is split into reads, and answers must not run into each other.
/// </summary>
public sealed class ApertiumPipelineTests
{
    // Text length + " \0" = 1,024 / 2,048 / 4,096 bytes: the sizes at which a buffered reader that waits
    // to fill its buffer used to hang until the call timed out.
    [Theory]
    [InlineData(1022)]
    [InlineData(2046)]
    [InlineData(4094)]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task An_answer_of_any_length_comes_back(int length)
    {
        using var pipeline = ApertiumPipeline.Start("cat", _ => { });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var raw = await pipeline.TranslateRawAsync(new string('a', length), timeout.Token);
        Assert.Equal(new string('a', length) + " ", raw);
    }

    [Fact]
    public async Task Multibyte_text_and_consecutive_answers_stay_intact()
    {
        using var pipeline = ApertiumPipeline.Start("cat", _ => { });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        // 3-byte characters across every read boundary, then a short answer right behind a long one.
        var long1 = string.Concat(Enumerable.Repeat("é“€", 3000));
        Assert.True(Encoding.UTF8.GetByteCount(long1) > 16_000);
        Assert.Equal(long1 + " ", await pipeline.TranslateRawAsync(long1, timeout.Token));
        Assert.Equal("Sergueï ", await pipeline.TranslateRawAsync("Sergueï", timeout.Token));
    }

    [Fact]
    public async Task A_pipeline_that_exits_fails_the_call_instead_of_hanging()
    {
        using var pipeline = ApertiumPipeline.Start("head -c 3", _ => { });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<TranslationUnavailableException>(() => pipeline.TranslateRawAsync("abcdef", timeout.Token));
    }
}
