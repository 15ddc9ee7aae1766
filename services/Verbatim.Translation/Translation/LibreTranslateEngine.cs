using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Verbatim.Translation.Translation;

/// <summary>
/// A LibreTranslate server (self-hosted, e.g. the compose profile). One POST /translate per batch
/// with q as an array, so a dispatch costs one round trip.
/// </summary>
public sealed class LibreTranslateEngine(IHttpClientFactory httpClientFactory, IOptions<TranslationOptions> options) : ITranslationEngine
{
    /// <summary>Named client: the engine is a singleton, so it asks the factory per call instead of holding a typed client.</summary>
    public const string HttpClientName = "Verbatim.Translation.LibreTranslate";

    private readonly LibreTranslateOptions _options = options.Value.LibreTranslate;

    public string Name => EngineNames.LibreTranslate;

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(_options.Url))
        {
            throw new TranslationUnavailableException("libretranslate has no Translation:LibreTranslate:Url configured");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        var body = new Request(texts, "fr", "en", "text", string.IsNullOrEmpty(_options.ApiKey) ? null : _options.ApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.Url.TrimEnd('/') + "/"), "translate"))
        {
            Content = JsonContent.Create(body, options: Json),
        };
        using var response = await HttpEngineSupport.SendAsync(client, request, Name, cancellationToken).ConfigureAwait(false);

        Response? parsed;
        try
        {
            parsed = await response.Content.ReadFromJsonAsync<Response>(Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new TranslationUnavailableException("libretranslate returned a body that is not the expected JSON", ex);
        }

        var translated = parsed?.TranslatedText switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            { ValueKind: JsonValueKind.String } single => [single.GetString() ?? ""],
            _ => null,
        };
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
        [property: JsonPropertyName("q")] IReadOnlyList<string> Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key")] string? ApiKey);

    private sealed record Response([property: JsonPropertyName("translatedText")] JsonElement? TranslatedText);
}
