using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>The default engine against the real Apertium packages (installed by verbatim.sh).</summary>
public sealed class ApertiumEngineTests : IDisposable
{
    private readonly string _tempModes = Path.Combine(Path.GetTempPath(), "verbatim-modes-" + Guid.NewGuid().ToString("N"));

    private static ApertiumEngine Real(int pool = 2) =>
        new(Options.Create(new ApertiumOptions { PoolSize = pool }), NullLogger<ApertiumEngine>.Instance);

    [Fact]
    public async Task Translates_french_to_english_through_spanish()
    {
        using var engine = Real();
        var result = await engine.TranslateAsync(["Le président a déclaré que la guerre était finie."], CancellationToken.None);
        Assert.Equal("The president has declared that the war was finished.", result[0]);
    }

    [Fact]
    public async Task Keeps_order_and_passes_blank_texts_through()
    {
        using var engine = Real();
        var result = await engine.TranslateAsync(["Bonjour.", "", "La paix [sic] est fragile."], CancellationToken.None);
        Assert.Equal(3, result.Count);
        Assert.Equal("", result[1]);
        Assert.Contains("[sic]", result[2], StringComparison.Ordinal);
        Assert.Contains("peace", result[2], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Serves_concurrent_callers_from_the_pool()
    {
        using var engine = Real(pool: 2);
        var texts = Enumerable.Range(1, 8).Select(i => $"Le ministre a parlé {i} fois.").ToList();
        var results = await Task.WhenAll(texts.Select(t => engine.TranslateAsync([t], CancellationToken.None)));
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Contains((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), results[i][0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_crashed_pipeline_is_restarted_without_failing_the_request()
    {
        // A stand-in mode whose first process dies at once and whose later ones echo (cat keeps NUL framing).
        Directory.CreateDirectory(_tempModes);
        var marker = Path.Combine(_tempModes, "crashed-once");
        await File.WriteAllTextAsync(Path.Combine(_tempModes, "flaky.mode"),
            $"bash -c 'if [ ! -e {marker} ]; then touch {marker}; exit 3; fi; exec cat'");
        using var engine = new ApertiumEngine(
            Options.Create(new ApertiumOptions { ModesDirectory = _tempModes, Modes = ["flaky"], PoolSize = 1, CallTimeout = TimeSpan.FromSeconds(5) }),
            NullLogger<ApertiumEngine>.Instance);

        var result = await engine.TranslateAsync(["texte intact"], CancellationToken.None);
        Assert.Equal("texte intact", result[0]);
        Assert.True(File.Exists(marker));
    }

    [Fact]
    public async Task Batches_many_pieces_per_round_trip_and_keeps_them_apart()
    {
        using var engine = Real(pool: 1);
        var texts = Enumerable.Range(1, 40).Select(i => i % 3 == 0 ? $"Le ministre a parlé {i} fois." : i % 3 == 1 ? $"et {i}" : $"« la paix {i} »").ToList();
        var result = await engine.TranslateAsync(texts, CancellationToken.None);
        Assert.Equal(40, result.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Contains((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), result[i], StringComparison.Ordinal);
            Assert.DoesNotContain("verbatim-piece", result[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_batch_whose_separators_do_not_survive_is_translated_piece_by_piece()
    {
        // A stand-in engine that mangles the separator (GNU sed, NUL-delimited records, unbuffered).
        Directory.CreateDirectory(_tempModes);
        await File.WriteAllTextAsync(Path.Combine(_tempModes, "mangle.mode"), "sed -u -z 's/verbatim-piece/mangled/g'");
        using var engine = new ApertiumEngine(
            Options.Create(new ApertiumOptions { ModesDirectory = _tempModes, Modes = ["mangle"], PoolSize = 1, CallTimeout = TimeSpan.FromSeconds(5) }),
            NullLogger<ApertiumEngine>.Instance);
        var result = await engine.TranslateAsync(["premier", "second", "troisième"], CancellationToken.None);
        Assert.Equal(["premier", "second", "troisième"], result);
    }

    [Fact]
    public async Task A_missing_language_pair_is_reported_as_unavailable()
    {
        using var engine = new ApertiumEngine(
            Options.Create(new ApertiumOptions { ModesDirectory = _tempModes, Modes = ["xx-yy"] }), NullLogger<ApertiumEngine>.Instance);
        var ex = await Assert.ThrowsAsync<TranslationUnavailableException>(() => engine.TranslateAsync(["a"], CancellationToken.None));
        Assert.Contains("xx-yy", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_tempModes))
        {
            Directory.Delete(_tempModes, recursive: true);
        }
    }
}
