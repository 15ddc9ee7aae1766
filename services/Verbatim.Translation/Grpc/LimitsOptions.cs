namespace Verbatim.Translation.Grpc;

/// <summary>Input limits, enforced before any work starts (section "Limits").</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest gRPC request accepted; larger ones get RESOURCE_EXHAUSTED from the framework.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest dispatch text, in characters.</summary>
    public int MaxDispatchChars { get; set; } = 100_000;

    public int MaxSourceIdChars { get; set; } = 512;

    /// <summary>Reject text that is clearly not French (Verbatim translates French→English).</summary>
    public bool RequireFrench { get; set; } = true;
}
