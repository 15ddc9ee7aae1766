using System.Text.RegularExpressions;
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
        : this(options, logger, markAllUnknown: false)
    {
    }

    // The second pivot for unknown words marks what it does not know in every stage, so a word it
    // cannot translate is recognised and left in French rather than given back in Catalan.
    private ApertiumEngine(IOptions<ApertiumOptions> options, ILogger<ApertiumEngine> logger, bool markAllUnknown)
    {
        _markAllUnknown = markAllUnknown;
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
        _unknownWords = new Lazy<ApertiumEngine?>(CreateUnknownWordEngine);
    }

    private readonly Lazy<ApertiumEngine?> _unknownWords;
    private readonly bool _markAllUnknown;

    // Unknown words recur (a story's key term): one second-pivot round trip per new word.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _unknownWordCache = new(StringComparer.Ordinal);
    private const int UnknownWordCacheLimit = 50_000;
    private const char AsteriskStandIn = '\u2217';

    private bool MarksUnknownWords => _options.EffectiveUnknownWordModes.Count > 0 && _options.Modes.Count > 1;

    public string Name => "apertium";

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (MarksUnknownWords && texts.Any(t => t.Contains('*', StringComparison.Ordinal)))
        {
            // Apertium's generator unescapes a literal asterisk, which would then read as an
            // unknown-word mark: carry it through as a look-alike and put it back.
            var swapped = await TranslateAsync(texts.Select(t => t.Replace('*', AsteriskStandIn)).ToList(), cancellationToken).ConfigureAwait(false);
            return swapped.Select(t => t.Replace(AsteriskStandIn, '*')).ToList();
        }

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

        // After the pipeline is back in the pool, so other requests are not held up meanwhile.
        return MarksUnknownWords ? await ResolveUnknownWordsAsync(results, cancellationToken).ConfigureAwait(false) : results;
    }

    /// <summary>
    /// Replaces the first stage's unknown-word marks (<c>*word</c>; literal asterisks were swapped
    /// out before) by the second pivot's translation of the word alone, or by the word itself when
    /// that pivot does not know it either. Capitalized words are names and stay as they are.
    /// </summary>
    private async Task<string[]> ResolveUnknownWordsAsync(string[] results, CancellationToken cancellationToken)
    {
        var words = results.Where(r => r.Contains('*', StringComparison.Ordinal))
            .SelectMany(r => UnknownMark().Matches(r).Select(m => m.Groups[1].Value))
            .Where(w => char.IsLower(w[0]) && !_unknownWordCache.ContainsKey(w))
            .Distinct(StringComparer.Ordinal).ToList();
        if (words.Count > 0 && _unknownWords.Value is { } second)
        {
            try
            {
                var english = await second.TranslateAsync(words, cancellationToken).ConfigureAwait(false);
                if (_unknownWordCache.Count > UnknownWordCacheLimit)
                {
                    _unknownWordCache.Clear();
                }

                for (var k = 0; k < words.Count; k++)
                {
                    // Still unknown there (marked by its own generators): keep the French.
                    var e = english[k].Trim();
                    _unknownWordCache[words[k]] = e.Length > 0 && !e.Equals(words[k], StringComparison.OrdinalIgnoreCase) && e.IndexOfAny(['*', '#', '@']) < 0
                        ? e
                        : words[k];
                }
            }
            catch (TranslationUnavailableException ex)
            {
                // The first pivot's output is still a translation: degrade to the French words.
                LogUnknownWordsFailed(ex.Message);
            }
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Contains('*', StringComparison.Ordinal))
            {
                results[i] = UnknownMark().Replace(results[i], m => _unknownWordCache.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value));
            }
        }

        return results;
    }

    private ApertiumEngine? CreateUnknownWordEngine()
    {
        var modes = _options.EffectiveUnknownWordModes;
        var missing = modes.FirstOrDefault(m => !File.Exists(Path.Combine(_options.ModesDirectory, m + ".mode")));
        if (missing is not null)
        {
            LogUnknownWordModesMissing(missing);
            return null;
        }

        return new ApertiumEngine(Options.Create(new ApertiumOptions
        {
            ModesDirectory = _options.ModesDirectory,
            Modes = modes.ToList(),
            PoolSize = 1,
            BatchPieces = _options.BatchPieces,
            CallTimeout = _options.CallTimeout,
            Lexicon = "none",
            Compounds = "none",
            Possessives = "none",
            UnknownWords = false,
        }), _logger, markAllUnknown: true);
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
        var compounds = LoadCompounds();
        var possessives = LoadPossessives();
        var stages = new List<string>();
        foreach (var mode in _options.Modes)
        {
            var path = Path.Combine(_options.ModesDirectory, mode + ".mode");
            if (!File.Exists(path))
            {
                throw new TranslationUnavailableException(
                    $"Apertium mode '{mode}' not found at {path}: install apertium, apertium-fr-es and apertium-eng-spa");
            }

            // Only the first stage marks unknown words: later stages' unknowns are its own output.
            var stage = ApertiumModeCommand.FromModeFile(File.ReadAllText(path), markUnknown: _markAllUnknown || (MarksUnknownWords && stages.Count == 0));
            if (lexicon.Script(mode, compounds.PerlPass(mode), possessives.PerlPass(mode)) is { } script)
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

    private ApertiumCompounds LoadCompounds() => _options.Compounds.Trim() switch
    {
        "" => ApertiumCompounds.LoadEmbedded(),
        var none when none.Equals("none", StringComparison.OrdinalIgnoreCase) => ApertiumCompounds.None,
        var path => ApertiumCompounds.Parse(File.ReadAllText(path)),
    };

    private ApertiumPossessives LoadPossessives() => _options.Possessives.Trim() switch
    {
        "" => ApertiumPossessives.LoadEmbedded(),
        var none when none.Equals("none", StringComparison.OrdinalIgnoreCase) => ApertiumPossessives.None,
        var path => ApertiumPossessives.Parse(File.ReadAllText(path)),
    };

    // The script goes to a content-addressed file, so concurrent engines and restarts share it safely.
    private static string WriteScript(string mode, string script)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"verbatim-apertium-{mode}-{hash}.pl");
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

        if (_unknownWords.IsValueCreated)
        {
            _unknownWords.Value?.Dispose();
        }
    }

    // A mark is a * before a word (literal asterisks are swapped for a look-alike beforehand).
    [GeneratedRegex(@"\*(\p{L}[\p{L}\p{M}'’-]*)")]
    private static partial Regex UnknownMark();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium mode '{Mode}' for unknown words is not installed; unknown French words stay as they are")]
    private partial void LogUnknownWordModesMissing(string mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translating unknown words through the second pivot failed: {Reason}")]
    private partial void LogUnknownWordsFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium pipeline failed ({Reason}) on attempt {Attempt}; restarting it")]
    private partial void LogPipelineFailed(string reason, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium returned a batch of {Count} pieces with its separators changed; translating them one by one")]
    private partial void LogBatchMismatch(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "apertium: {Line}")]
    private partial void LogStderr(string line);
}
