using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verbatim.ServiceDefaults;

public static class HostingExtensions
{
    /// <summary>
    /// HTTP/2-only endpoints by default (plaintext gRPC needs h2c; TLS endpoints configured under
    /// Kestrel:Endpoints keep working), and API-key authentication validated at start-up.
    /// </summary>
    public static WebApplicationBuilder AddVerbatimServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .Validate(o => !o.Enabled || o.ApiKeys.Any(k => !string.IsNullOrWhiteSpace(k)),
                "Auth:Enabled is true but no API key is configured: set Auth__ApiKeys__0 (or Auth__Enabled=false for local development only)")
            .ValidateOnStart();
        builder.Services.AddSingleton<ApiKeyInterceptor>();
        return builder;
    }
}
