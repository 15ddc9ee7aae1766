using Microsoft.Extensions.Options;

namespace Verbatim.Translation.Translation;

/// <summary>What a chain call produced and who produced it.</summary>
/// <param name="Texts">One translation per input, same order.</param>
/// <param name="Engine">The engine that served (its plain name, used for memory keys and post-editing).</param>
/// <param name="Label">What to record per segment, e.g. "apertium (fallback: libretranslate unavailable)".</param>
public sealed record EngineBatch(IReadOnlyList<string> Texts, string Engine, string Label);

/// <summary>
/// The configured engines in order. A whole batch goes to the first engine; if it cannot serve
/// (down, 5xx, network error, timeout) the next one gets the same batch, and the label says so.
/// An engine that failed is skipped for a cool-down so every dispatch does not wait out its timeout.
/// </summary>
public sealed partial class EngineChain
{
    private readonly IReadOnlyList<ITranslationEngine> _engines;
    private readonly TimeSpan _cooldown;
    private readonly TimeProvider _time;
    private readonly ILogger<EngineChain> _logger;
    private readonly long[] _skipUntil;

    public EngineChain(IReadOnlyList<ITranslationEngine> engines, IOptions<TranslationOptions> options, TimeProvider time, ILogger<EngineChain> logger)
    {
        ArgumentNullException.ThrowIfNull(engines);
        if (engines.Count == 0)
        {
            throw new ArgumentException("at least one translation engine is needed", nameof(engines));
        }

        _engines = engines;
        _cooldown = options.Value.FailureCooldown;
        _time = time;
        _logger = logger;
        _skipUntil = new long[engines.Count];
    }

    public IReadOnlyList<string> EngineNames => _engines.Select(e => e.Name).ToList();

    public async Task<EngineBatch> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var failed = new List<string>();
        TranslationUnavailableException? last = null;
        for (var i = 0; i < _engines.Count; i++)
        {
            var engine = _engines[i];
            var isLast = i == _engines.Count - 1;
            // The last engine is always tried: a cool-down must never leave us with nobody to ask.
            if (!isLast && _time.GetTimestamp() < Volatile.Read(ref _skipUntil[i]))
            {
                failed.Add(engine.Name);
                continue;
            }

            try
            {
                var result = await engine.TranslateAsync(texts, cancellationToken).ConfigureAwait(false);
                if (result.Count != texts.Count)
                {
                    throw HttpEngineSupport.CountMismatch(engine.Name, texts.Count, result.Count);
                }

                Volatile.Write(ref _skipUntil[i], 0);
                var label = failed.Count == 0 ? engine.Name : $"{engine.Name} (fallback: {string.Join(", ", failed)} unavailable)";
                return new EngineBatch(result, engine.Name, label);
            }
            catch (TranslationUnavailableException ex)
            {
                last = ex;
                failed.Add(engine.Name);
                Volatile.Write(ref _skipUntil[i], _time.GetTimestamp() + (long)(_cooldown.TotalSeconds * _time.TimestampFrequency));
                if (isLast)
                {
                    LogLastEngineFailed(engine.Name, ex.Message);
                }
                else
                {
                    LogFallingBack(engine.Name, ex.Message, _engines[i + 1].Name, _cooldown.TotalSeconds);
                }
            }
        }

        throw new TranslationUnavailableException($"no translation engine could serve ({string.Join(", ", failed)})", last);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translation engine {Engine} unavailable ({Reason}); falling back to {Next} and skipping it for {CooldownSeconds} s")]
    private partial void LogFallingBack(string engine, string reason, string next, double cooldownSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Translation engine {Engine}, the last in the chain, is unavailable ({Reason})")]
    private partial void LogLastEngineFailed(string engine, string reason);
}
