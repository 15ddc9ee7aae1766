namespace Verbatim.Messaging;

/// <summary>RabbitMQ connection and topology settings (section "Bus", env vars Bus__Host etc.).</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>The search service's queue. The translation service declares and binds it too, so an
    /// event published before the search service ever started is kept, not dropped.</summary>
    public string SearchQueue { get; set; } = Topology.SearchQueue;

    /// <summary>Whether the translation service declares and binds <see cref="SearchQueue"/> itself. With
    /// false, an event published before any consumer bound a queue fails the call (mandatory publish).</summary>
    public bool DeclareSearchQueue { get; set; } = true;

    /// <summary>Quorum queues replicate and survive node loss; classic queues for single-node dev.</summary>
    public bool QuorumQueues { get; set; } = true;

    /// <summary>How long a publish may wait for the broker's confirm before the call fails.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>In-process retries before a message goes to the _error queue (no delayed-message plugin).</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    public ushort PrefetchCount { get; set; } = 16;

    /// <summary>Largest event the search service will process; larger ones go straight to _error.</summary>
    public int MaxMessageBytes { get; set; } = 8 * 1024 * 1024;
}

public static class Topology
{
    public const string SearchQueue = "verbatim-search-dispatch-translated";
}
