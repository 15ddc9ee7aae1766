using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Verbatim.Translation.Translation;

/// <summary>
/// The offline default engine: a pool of resident Apertium pipelines, one per core by default. A
/// pipeline that crashes or hangs is replaced and the text retried once on a fresh one, so a crash
/// does not fail the request.
/// </summary>
public sealed partial class ApertiumEngine : ITranslationEngine, IDisposable
{
    private readonly ApertiumOptions _options;
    private readonly ILogger<ApertiumEngine> _logger;
    private readonly Channel<ApertiumPipeline?> _pool;
    private readonly Lazy<string> _command;
    private int _disposed;

    public ApertiumEngine(IOptions<ApertiumOptions> options, ILogger<ApertiumEngine> logger)
    {
        _options = options.Value;
        _logger = logger;
        var size = _options.PoolSize > 0 ? _options.PoolSize : Environment.ProcessorCount;
        _pool = Channel.CreateBounded<ApertiumPipeline?>(size);
        // Slots start empty (null) and are filled on first use, so start-up stays fast.
        for (var i = 0; i < size; i++)
        {
            _pool.Writer.TryWrite(null);
        }

        _command = new Lazy<string>(BuildCommand);
    }

    public string Name => "apertium";

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = texts.ToArray();
        var work = Enumerable.Range(0, texts.Count).Where(i => !string.IsNullOrWhiteSpace(texts[i])).ToList();
        var pipeline = await _pool.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Several pieces per round trip: each NUL flush crosses some twenty processes, which is
            // what dominates the cost of short pieces.
            foreach (var batch in work.Chunk(Math.Max(1, _options.BatchPieces)))
            {
                IReadOnlyList<string>? parts = null;
                if (batch.Length > 1)
                {
                    string raw;
                    (raw, pipeline) = await CallAsync(pipeline, ApertiumModeCommand.JoinEscaped(batch.Select(i => texts[i])), cancellationToken).ConfigureAwait(false);
                    parts = ApertiumModeCommand.SplitOutput(raw, batch.Length);
                    if (parts is null)
                    {
                        LogBatchMismatch(batch.Length);
                    }
                }

                if (parts is not null)
                {
                    for (var k = 0; k < batch.Length; k++)
                    {
                        results[batch[k]] = parts[k];
                    }

                    continue;
                }

                // A single piece, or a batch whose separators did not come back intact: one by one.
                foreach (var i in batch)
                {
                    string raw;
                    (raw, pipeline) = await CallAsync(pipeline, ApertiumModeCommand.Escape(texts[i]), cancellationToken).ConfigureAwait(false);
                    results[i] = ApertiumModeCommand.Unescape(raw);
                }
            }
        }
        finally
        {
            _pool.Writer.TryWrite(pipeline);
        }

        return results;
    }

    private async Task<(string, ApertiumPipeline?)> CallAsync(ApertiumPipeline? pipeline, string escaped, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (pipeline is null || pipeline.HasExited)
            {
                pipeline?.Dispose();
                pipeline = StartPipeline();
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.CallTimeout);
            try
            {
                return (await pipeline.TranslateRawAsync(escaped, timeout.Token).ConfigureAwait(false), pipeline);
            }
            catch (Exception ex) when (ex is IOException or TranslationUnavailableException
                                           || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // A half-written request leaves the stream out of step: never reuse this pipeline.
                pipeline.Dispose();
                pipeline = null;
                LogPipelineFailed(ex.GetType().Name, attempt);
                if (attempt >= 2)
                {
                    throw new TranslationUnavailableException("the Apertium pipeline failed twice on the same text", ex);
                }
            }
            catch
            {
                // Caller cancelled mid-request: the stream is out of step, drop the pipeline.
                pipeline.Dispose();
                throw;
            }
        }
    }

    private ApertiumPipeline StartPipeline()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return ApertiumPipeline.Start(_command.Value, line => LogStderr(line));
    }

    private string BuildCommand()
    {
        var lexicon = LoadLexicon();
        var stages = new List<string>();
        foreach (var mode in _options.Modes)
        {
            var path = Path.Combine(_options.ModesDirectory, mode + ".mode");
            if (!File.Exists(path))
            {
                throw new TranslationUnavailableException(
                    $"Apertium mode '{mode}' not found at {path}: install apertium, apertium-fr-es and apertium-eng-spa");
            }

            var stage = ApertiumModeCommand.FromModeFile(File.ReadAllText(path));
            if (lexicon.SedScript(mode) is { } script)
            {
                stage = ApertiumLexicon.Insert(stage, WriteScript(mode, script));
            }

            stages.Add(stage);
        }

        return string.Join(" | ", stages);
    }

    private ApertiumLexicon LoadLexicon() => _options.Lexicon.Trim() switch
    {
        "" => ApertiumLexicon.LoadEmbedded(),
        var none when none.Equals("none", StringComparison.OrdinalIgnoreCase) => ApertiumLexicon.Empty,
        var path => ApertiumLexicon.Parse(File.ReadAllText(path)),
    };

    // The script goes to a content-addressed file, so concurrent engines and restarts share it safely.
    private static string WriteScript(string mode, string script)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"verbatim-apertium-{mode}-{hash}.sed");
        if (!File.Exists(path))
        {
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, script, new System.Text.UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _pool.Writer.TryComplete();
        while (_pool.Reader.TryRead(out var pipeline))
        {
            pipeline?.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium pipeline failed ({Reason}) on attempt {Attempt}; restarting it")]
    private partial void LogPipelineFailed(string reason, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium returned a batch of {Count} pieces with its separators changed; translating them one by one")]
    private partial void LogBatchMismatch(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "apertium: {Line}")]
    private partial void LogStderr(string line);
}
