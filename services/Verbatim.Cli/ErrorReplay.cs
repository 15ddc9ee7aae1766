using RabbitMQ.Client;

namespace Verbatim.Cli;

/// <summary>
/// Moves messages from a queue's _error queue back to the queue, once the cause is fixed. Each
/// message is republished (persistent, confirmed) before it is acknowledged on the error queue, so a
/// crash mid-replay can duplicate a message (the consumer is idempotent) but never lose one.
/// </summary>
internal static class ErrorReplay
{
    public static async Task<int> RunAsync(Uri broker, string queue, int limit, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        var errorQueue = queue + "_error";
        uint waiting;
        try
        {
            waiting = (await channel.QueueDeclarePassiveAsync(errorQueue, ct)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // MassTransit creates the error queue on the first failure: none yet means nothing failed.
            Console.WriteLine($"{errorQueue} does not exist: nothing to replay");
            return 0;
        }

        // Only the messages there now: one that fails again comes back to the error queue and must
        // not be picked up again by this same run.
        limit = (int)Math.Min(limit, waiting);
        var moved = 0;
        while (moved < limit)
        {
            var message = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
            if (message is null)
            {
                break;
            }

            var properties = new BasicProperties(message.BasicProperties) { Persistent = true };
            if (properties.Headers is { } headers)
            {
                // The fault headers describe the old failure; a new failure writes fresh ones.
                foreach (var key in headers.Keys.Where(k => k.StartsWith("MT-Fault-", StringComparison.Ordinal) || k == "MT-Reason").ToList())
                {
                    headers.Remove(key);
                }
            }

            await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, ct);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
            moved++;
        }

        Console.WriteLine($"replayed {moved} message(s) from {errorQueue} to {queue}");
        return 0;
    }
}
