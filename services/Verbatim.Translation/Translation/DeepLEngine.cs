using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Verbatim.Translation.Translation;

/// <summary>
/// The DeepL API (v2/translate). The key travels only in the Authorization header; it is never
/// logged or put in an exception message.
/// </summary>
public sealed class DeepLEngine(IHttpClientFactory httpClientFactory, IOptions<TranslationOptions> options) : ITranslationEngine
{
    public const string HttpClientName = "Verbatim.Translation.DeepL";

    private readonly DeepLOptions _options = options.Value.DeepL;

    public string Name => EngineNames.DeepL;

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(_options.ApiKey))
        {
            throw new TranslationUnavailableException("deepl has no Translation:DeepL:ApiKey configured");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        var glossary = string.IsNullOrWhiteSpace(_options.GlossaryId) ? null : _options.GlossaryId;
        // DeepL only accepts glossary_id together with an explicit source_lang, which we always send.
        var body = new Request(texts, "FR", _options.TargetLang, glossary);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.EffectiveBaseUrl, "v2/translate"))
        {
            Content = JsonContent.Create(body, options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("DeepL-Auth-Key", _options.ApiKey);
        using var response = await HttpEngineSupport.SendAsync(client, request, Name, cancellationToken).ConfigureAwait(false);

        Response? parsed;
        try
        {
            parsed = await response.Content.ReadFromJsonAsync<Response>(Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new TranslationUnavailableException("deepl returned a body that is not the expected JSON", ex);
        }

        var translated = parsed?.Translations?.Select(t => t.Text ?? "").ToList();
        if (translated is null || translated.Count != texts.Count)
        {
            throw HttpEngineSupport.CountMismatch(Name, texts.Count, translated?.Count ?? 0);
        }

        return translated;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record Request(
        [property: JsonPropertyName("text")] IReadOnlyList<string> Text,
        [property: JsonPropertyName("source_lang")] string SourceLang,
        [property: JsonPropertyName("target_lang")] string TargetLang,
        [property: JsonPropertyName("glossary_id")] string? GlossaryId);

    private sealed record Response([property: JsonPropertyName("translations")] IReadOnlyList<Item>? Translations);

    private sealed record Item([property: JsonPropertyName("text")] string? Text);
}
