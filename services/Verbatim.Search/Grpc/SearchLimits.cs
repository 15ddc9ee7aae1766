namespace Verbatim.Search.Grpc;

/// <summary>Request limits (section "Limits").</summary>
public sealed class SearchLimits
{
    public const string Section = "Limits";

    public int DefaultPageSize { get; set; } = 20;
    public int MaxPageSize { get; set; } = 100;
    public int MaxQueryChars { get; set; } = 1_000;

    /// <summary>Deepest result reachable by paging (offset + page size).</summary>
    public int MaxResultWindow { get; set; } = 10_000;

    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Concurrent WatchStatements streams.</summary>
    public int MaxWatchers { get; set; } = 100;

    /// <summary>Statements buffered per watch before a slow reader is disconnected.</summary>
    public int WatchBufferSize { get; set; } = 1_000;
}
