namespace Verbatim.Translation.Translation;

/// <summary>A French→English machine translation engine.</summary>
public interface ITranslationEngine
{
    /// <summary>Recorded per segment in the event so consumers know who translated what.</summary>
    string Name { get; }

    /// <summary>Translates each text independently; the result has the same length and order.</summary>
    Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

/// <summary>The engine cannot serve right now (crashed, timed out, not installed). Retryable.</summary>
public sealed class TranslationUnavailableException(string message, Exception? inner = null)
    : Exception(message, inner);
