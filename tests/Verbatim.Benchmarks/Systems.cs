using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Normalization;
using Verbatim.Translation.Translation;

namespace Verbatim.Benchmarks;

/// <summary>
/// The baseline: the stock Apertium command line over the whole text in one process chain,
/// <c>apertium -u fr-es | apertium -u spa-eng</c>. <c>-u</c> drops the unknown-word marks (*, #, @),
/// as the service's pipelines do (generator -n), so the two differ only in how text is fed through.
/// </summary>
public static class RawApertiumCli
{
    public const string Command = "apertium -u fr-es | apertium -u spa-eng";

    public static async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> lines, CancellationToken ct, string command = Command)
    {
        var psi = new ProcessStartInfo("bash", ["-c", command])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start apertium");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            foreach (var line in lines)
            {
                await stdin.WriteAsync(line.AsMemory(), ct).ConfigureAwait(false);
                await stdin.WriteAsync('\n').ConfigureAwait(false);
            }
        }

        var output = await stdout.ConfigureAwait(false);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' exited {process.ExitCode}: {await stderr.ConfigureAwait(false)}");
        }

        var result = output.TrimEnd('\n').Split('\n');
        if (result.Length != lines.Count)
        {
            throw new InvalidDataException($"'{command}' returned {result.Length} lines for {lines.Count}");
        }

        return result;
    }
}

/// <summary>What the service does to one dispatch, minus gRPC and the broker.</summary>
public sealed record PipelineResult(string English, int RemovedPieces, int Quotes, int Segments);

/// <summary>
/// The service path: <see cref="DispatchNormalizer"/> then <see cref="DispatchTranslator"/> over a
/// pool of resident null-flush <see cref="ApertiumEngine"/> pipelines.
/// </summary>
public sealed class ServicePipeline : IDisposable
{
    private static readonly DateTimeOffset Reference = new(2014, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services;
    private readonly ITranslationEngine _engine;
    private readonly DispatchTranslator _translator;

    public ServicePipeline(int poolSize, bool unknownWords = false, int memoryCapacity = 0, SourcePreEditor? preEditor = null)
    {
        PoolSize = poolSize;
        // The service's own registration: glossary, translation memory, engine chain, post-editing.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Apertium:PoolSize"] = poolSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Repeated timed runs over the same text would otherwise be served from memory.
                ["Translation:Memory:Capacity"] = memoryCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Apertium:UnknownWords"] = unknownWords ? "true" : "false",
            })
            // Experiments switch a stage off without a rebuild, e.g. Apertium__Compounds=none.
            .AddEnvironmentVariables()
            .Build();
        var collection = new ServiceCollection();
        if (preEditor is not null)
        {
            collection.AddSingleton(preEditor);
        }

        _services = collection
            // Engine warnings (a pipeline restarted, a batch split) belong in the benchmark's log.
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddTranslationEngines(configuration)
            .AddSingleton<DispatchTranslator>()
            .BuildServiceProvider();
        _engine = _services.GetRequiredService<ApertiumEngine>();
        _translator = _services.GetRequiredService<DispatchTranslator>();
    }

    public int PoolSize { get; }

    public ITranslationEngine Engine => _engine;

    /// <summary>Normalizes and translates one dispatch; the English is the title (if any) and every segment, in order.</summary>
    public async Task<PipelineResult> TranslateAsync(string raw, CancellationToken ct)
    {
        var normalized = DispatchNormalizer.Normalize(raw, Reference);
        var translated = await _translator.TranslateAsync(normalized, ct).ConfigureAwait(false);
        var parts = new List<string>();
        if (translated.TitleEn.Length > 0)
        {
            parts.Add(translated.TitleEn);
        }

        parts.AddRange(translated.Segments.Select(s => s.TextEn));
        return new PipelineResult(string.Join(' ', parts), normalized.Removed.Count, normalized.Quotes.Count, translated.Segments.Count);
    }

    /// <summary>Runs many inputs at most <see cref="PoolSize"/> at a time, keeping order; records each call's latency.</summary>
    public async Task<(IReadOnlyList<T> Results, IReadOnlyList<TimeSpan> Latencies)> RunAllAsync<T>(
        IReadOnlyList<string> inputs, Func<string, CancellationToken, Task<T>> call, int concurrency, CancellationToken ct)
    {
        var results = new T[inputs.Count];
        var latencies = new TimeSpan[inputs.Count];
        await Parallel.ForAsync(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
        {
            var start = Stopwatch.GetTimestamp();
            results[i] = await call(inputs[i], token).ConfigureAwait(false);
            latencies[i] = Stopwatch.GetElapsedTime(start);
        }).ConfigureAwait(false);
        return (results, latencies);
    }

    /// <summary>The same pipeline with other post-editing rules (engine, memory and glossary shared).</summary>
    public Func<string, CancellationToken, Task<PipelineResult>> WithPostEditor(PostEditor postEditor)
    {
        var chain = _services.GetRequiredService<EngineChain>();
        var translator = new DispatchTranslator(
            new PieceTranslator(chain, _services.GetRequiredService<TranslationMemory>(), _services.GetRequiredService<Glossary>(), postEditor), chain);
        return async (raw, ct) =>
        {
            var normalized = DispatchNormalizer.Normalize(raw, Reference);
            var translated = await translator.TranslateAsync(normalized, ct).ConfigureAwait(false);
            var parts = new List<string>();
            if (translated.TitleEn.Length > 0)
            {
                parts.Add(translated.TitleEn);
            }

            parts.AddRange(translated.Segments.Select(s => s.TextEn));
            return new PipelineResult(string.Join(' ', parts), normalized.Removed.Count, normalized.Quotes.Count, translated.Segments.Count);
        };
    }

    public void Dispose() => _services.Dispose();
}
