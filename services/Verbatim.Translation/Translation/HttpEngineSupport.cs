using System.Net;

namespace Verbatim.Translation.Translation;

/// <summary>Shared failure handling for engines reached over HTTP.</summary>
internal static class HttpEngineSupport
{
    /// <summary>
    /// Sends the request and turns every way a remote engine can fail to serve (network error,
    /// timeout, non-success status) into <see cref="TranslationUnavailableException"/>, so the chain
    /// moves on. Messages carry the engine name and status only: never a body, header or key.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpRequestMessage request, string engine, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            // HttpClient.Timeout surfaces as a cancellation the caller did not ask for.
            throw new TranslationUnavailableException($"{engine} timed out after {client.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TranslationUnavailableException($"{engine} could not be reached ({ex.HttpRequestError})", ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new TranslationUnavailableException($"{engine} answered {(int)status} {Describe(status)}");
        }

        return response;
    }

    private static string Describe(HttpStatusCode status) => (int)status switch
    {
        401 or 403 => "(authentication failed: check the configured key)",
        429 => "(rate limited)",
        456 => "(quota exceeded)",
        >= 500 => "(server error)",
        _ => "(request rejected)",
    };

    public static TranslationUnavailableException CountMismatch(string engine, int expected, int actual) =>
        new($"{engine} returned {actual} translations for {expected} texts");
}
