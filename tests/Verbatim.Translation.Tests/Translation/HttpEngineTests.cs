using System.Net;
using System.Text.Json;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

public class HttpEngineTests
{
    private const string Secret = "s3cr3t-key-0123456789:fx";

    [Fact]
    public async Task LibreTranslate_posts_all_texts_in_one_request_with_the_expected_shape()
    {
        var handler = StubHandler.Json("""{"translatedText":["Hello.","The war."]}""");
        var engine = new LibreTranslateEngine(new StubHttpClientFactory(handler),
            Opts.Of(o => { o.LibreTranslate.Url = "http://lt.test:5000/"; o.LibreTranslate.ApiKey = Secret; }));

        var result = await engine.TranslateAsync(["Bonjour.", "La guerre."], CancellationToken.None);

        Assert.Equal(["Hello.", "The war."], result);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://lt.test:5000/translate", request.RequestUri!.ToString());
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["Bonjour.", "La guerre."], json.RootElement.GetProperty("q").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("fr", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("en", json.RootElement.GetProperty("target").GetString());
        Assert.Equal("text", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(Secret, json.RootElement.GetProperty("api_key").GetString());
    }

    [Fact]
    public async Task LibreTranslate_omits_the_api_key_when_none_is_configured()
    {
        var handler = StubHandler.Json("""{"translatedText":"Hello."}""");
        var engine = new LibreTranslateEngine(new StubHttpClientFactory(handler), Opts.Of(o => o.LibreTranslate.Url = "http://lt.test"));
        Assert.Equal(["Hello."], await engine.TranslateAsync(["Bonjour."], CancellationToken.None));
        Assert.DoesNotContain("api_key", handler.Requests[0].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc:fx", "https://api-free.deepl.com/v2/translate")]
    [InlineData("abc", "https://api.deepl.com/v2/translate")]
    public async Task DeepL_picks_the_host_from_the_key_and_sends_the_auth_header(string key, string url)
    {
        var handler = StubHandler.Json("""{"translations":[{"detected_source_language":"FR","text":"Hello."}]}""");
        var engine = new DeepLEngine(new StubHttpClientFactory(handler), Opts.Of(o => o.DeepL.ApiKey = key));

        Assert.Equal(["Hello."], await engine.TranslateAsync(["Bonjour."], CancellationToken.None));

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(url, request.RequestUri!.ToString());
        Assert.Equal("DeepL-Auth-Key", request.Headers.Authorization!.Scheme);
        Assert.Equal(key, request.Headers.Authorization.Parameter);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["Bonjour."], json.RootElement.GetProperty("text").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("FR", json.RootElement.GetProperty("source_lang").GetString());
        Assert.Equal("EN-GB", json.RootElement.GetProperty("target_lang").GetString());
        Assert.False(json.RootElement.TryGetProperty("glossary_id", out _));
        Assert.DoesNotContain(key, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeepL_sends_the_configured_target_and_glossary()
    {
        var handler = StubHandler.Json("""{"translations":[{"text":"Hi."}]}""");
        var engine = new DeepLEngine(new StubHttpClientFactory(handler),
            Opts.Of(o => { o.DeepL.ApiKey = Secret; o.DeepL.TargetLang = "EN-US"; o.DeepL.GlossaryId = "g-123"; }));
        await engine.TranslateAsync(["Salut."], CancellationToken.None);
        using var json = JsonDocument.Parse(handler.Requests[0].Body);
        Assert.Equal("EN-US", json.RootElement.GetProperty("target_lang").GetString());
        Assert.Equal("g-123", json.RootElement.GetProperty("glossary_id").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData((HttpStatusCode)456)]
    public async Task Error_statuses_are_unavailable_and_never_carry_the_key(HttpStatusCode status)
    {
        // The error body echoes the key, as a misbehaving proxy might: it must not leak into the exception.
        var handler = StubHandler.Json($$"""{"message":"bad key {{Secret}}"}""", status);
        var engine = new DeepLEngine(new StubHttpClientFactory(handler), Opts.Of(o => o.DeepL.ApiKey = Secret));

        var ex = await Assert.ThrowsAsync<TranslationUnavailableException>(() => engine.TranslateAsync(["Bonjour."], CancellationToken.None));
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_is_unavailable_but_a_caller_cancellation_is_not()
    {
        // Honours the client's token as a real socket would, so neither half waits the full 30 s.
        var handler = new StubHandler(async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var engine = new LibreTranslateEngine(new StubHttpClientFactory(handler, TimeSpan.FromMilliseconds(200)), Opts.Of(o => o.LibreTranslate.Url = "http://lt.test"));
        var ex = await Assert.ThrowsAsync<TranslationUnavailableException>(() => engine.TranslateAsync(["Bonjour."], CancellationToken.None));
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var slow = new LibreTranslateEngine(new StubHttpClientFactory(handler), Opts.Of(o => o.LibreTranslate.Url = "http://lt.test"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow.TranslateAsync(["Bonjour."], cts.Token));
    }

    [Fact]
    public async Task A_wrong_number_of_translations_is_unavailable()
    {
        var engine = new LibreTranslateEngine(new StubHttpClientFactory(StubHandler.Json("""{"translatedText":["only one"]}""")),
            Opts.Of(o => o.LibreTranslate.Url = "http://lt.test"));
        await Assert.ThrowsAsync<TranslationUnavailableException>(() => engine.TranslateAsync(["un", "deux"], CancellationToken.None));
    }
}
