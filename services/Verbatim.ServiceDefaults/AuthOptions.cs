namespace Verbatim.ServiceDefaults;

/// <summary>API-key authentication (section "Auth"). On by default; off only when explicitly configured.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Set to false only for local development: every caller is then trusted.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Accepted keys, sent as "x-api-key: KEY" or "authorization: Bearer KEY" (env Auth__ApiKeys__0, __1 …).</summary>
    public IList<string> ApiKeys { get; set; } = [];
}
