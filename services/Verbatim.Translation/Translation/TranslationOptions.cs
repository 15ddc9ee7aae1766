namespace Verbatim.Translation.Translation;

/// <summary>
/// Section "Translation": which engines serve and in what order, plus the parts that sit around
/// every engine (glossary, memory, post-editing). Every value can be overridden by environment
/// variable, e.g. Translation__Engines__0=libretranslate, Translation__Engines__1=apertium.
/// </summary>
public sealed class TranslationOptions
{
    public const string Section = "Translation";

    /// <summary>
    /// Engine names tried in order; the first that answers serves the whole dispatch. Left empty here
    /// on purpose: the configuration binder appends to a pre-filled list instead of replacing it, so
    /// the default ("apertium") is applied in <see cref="EffectiveEngines"/>.
    /// </summary>
    public IList<string> Engines { get; set; } = [];

    /// <summary>After an engine fails, skip it for this long so every dispatch does not wait out its timeout.</summary>
    public TimeSpan FailureCooldown { get; set; } = TimeSpan.FromSeconds(30);

    public LibreTranslateOptions LibreTranslate { get; set; } = new();

    public DeepLOptions DeepL { get; set; } = new();

    public GlossaryOptions Glossary { get; set; } = new();

    public TranslationMemoryOptions Memory { get; set; } = new();

    public PostEditingOptions PostEditing { get; set; } = new();

    public IReadOnlyList<string> EffectiveEngines =>
        Engines.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList() is { Count: > 0 } list
            ? list
            : [EngineNames.Apertium];
}

public static class EngineNames
{
    public const string Apertium = "apertium";
    public const string LibreTranslate = "libretranslate";
    public const string DeepL = "deepl";
}

public sealed class LibreTranslateOptions
{
    /// <summary>Base address of a LibreTranslate server, e.g. http://libretranslate:5000.</summary>
    public string? Url { get; set; }

    /// <summary>Only needed for servers started with --api-keys. Never logged.</summary>
    public string? ApiKey { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class DeepLOptions
{
    /// <summary>Keys ending in ":fx" belong to the free API, which has its own host. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Overrides the host chosen from the key (tests, proxies).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>DeepL wants a regional English: EN-GB or EN-US.</summary>
    public string TargetLang { get; set; } = "EN-GB";

    /// <summary>A DeepL glossary (FR→EN) to apply server-side, if one was created for the account.</summary>
    public string? GlossaryId { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public Uri EffectiveBaseUrl => new(
        !string.IsNullOrWhiteSpace(BaseUrl) ? BaseUrl.TrimEnd('/') + "/"
        : ApiKey?.EndsWith(":fx", StringComparison.Ordinal) == true ? "https://api-free.deepl.com/"
        : "https://api.deepl.com/");
}

public sealed class GlossaryOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>A glossary file to use instead of the built-in one (same `french | english` format).</summary>
    public string? Path { get; set; }
}

public sealed class TranslationMemoryOptions
{
    /// <summary>Most recently used piece translations kept; 0 disables the memory.</summary>
    public int Capacity { get; set; } = 10_000;
}

public sealed class PostEditingOptions
{
    public bool Enabled { get; set; } = true;
}
