using Microsoft.Extensions.Options;

namespace Verbatim.Translation.Translation;

public static class TranslationServiceCollectionExtensions
{
    /// <summary>
    /// Registers every engine under its name, the chain built from Translation:Engines, and the
    /// parts around every engine. Misconfiguration (unknown engine, LibreTranslate without URL,
    /// DeepL without key) fails at start-up, not on the first dispatch.
    /// </summary>
    public static IServiceCollection AddTranslationEngines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApertiumOptions>().Bind(configuration.GetSection(ApertiumOptions.Section));
        services.AddOptions<TranslationOptions>()
            .Bind(configuration.GetSection(TranslationOptions.Section))
            .Validate(o => o.EffectiveEngines.All(Known), "Translation:Engines may only name apertium, libretranslate or deepl")
            .Validate(o => !o.EffectiveEngines.Contains(EngineNames.LibreTranslate) || Uri.IsWellFormedUriString(o.LibreTranslate.Url, UriKind.Absolute),
                "Translation:Engines names libretranslate but Translation:LibreTranslate:Url is not an absolute URL")
            .Validate(o => !o.EffectiveEngines.Contains(EngineNames.DeepL) || !string.IsNullOrWhiteSpace(o.DeepL.ApiKey),
                "Translation:Engines names deepl but Translation:DeepL:ApiKey is empty")
            .Validate(o => o.Memory.Capacity >= 0, "Translation:Memory:Capacity must not be negative")
            .ValidateOnStart();

        services.AddMetrics();
        services.AddHttpClient(LibreTranslateEngine.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<TranslationOptions>>().Value.LibreTranslate.Timeout);
        services.AddHttpClient(DeepLEngine.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<TranslationOptions>>().Value.DeepL.Timeout);

        services.AddSingleton<ApertiumEngine>();
        // Apertium's pre-editing belongs to the engine (it repairs what its pivot loses), so a
        // fallback engine never sees the rewritten French.
        services.AddKeyedSingleton<ITranslationEngine>(EngineNames.Apertium, (sp, _) =>
            sp.GetRequiredService<IOptions<TranslationOptions>>().Value.PostEditing.Enabled
                ? new PreEditingEngine(sp.GetRequiredService<ApertiumEngine>(), sp.GetService<SourcePreEditor>() ?? SourcePreEditor.LoadEmbeddedApertium())
                : sp.GetRequiredService<ApertiumEngine>());
        services.AddKeyedSingleton<ITranslationEngine, LibreTranslateEngine>(EngineNames.LibreTranslate);
        services.AddKeyedSingleton<ITranslationEngine, DeepLEngine>(EngineNames.DeepL);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TranslationOptions>>();
            var engines = options.Value.EffectiveEngines.Select(sp.GetRequiredKeyedService<ITranslationEngine>).ToList();
            return new EngineChain(engines, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<EngineChain>>());
        });
        services.AddSingleton<TranslationMemory>();
        services.AddSingleton(sp =>
        {
            var glossary = sp.GetRequiredService<IOptions<TranslationOptions>>().Value.Glossary;
            return !glossary.Enabled ? Glossary.Empty
                : string.IsNullOrWhiteSpace(glossary.Path) ? Glossary.LoadEmbedded()
                : Glossary.LoadFile(glossary.Path);
        });
        services.AddSingleton(sp =>
            sp.GetRequiredService<IOptions<TranslationOptions>>().Value.PostEditing.Enabled ? PostEditor.LoadEmbedded() : PostEditor.None);
        services.AddSingleton<PieceTranslator>();
        return services;
    }

    private static bool Known(string name) => name is EngineNames.Apertium or EngineNames.LibreTranslate or EngineNames.DeepL;
}
