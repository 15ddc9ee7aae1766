using MassTransit;
using Microsoft.Extensions.Options;
using Verbatim.Contracts;
using Verbatim.Messaging;

namespace Verbatim.Translation.Messaging;

/// <summary>The broker could not durably take the event. Retryable; nothing was accepted.</summary>
public sealed class BrokerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Publishes <see cref="DispatchTranslated"/> persistently and as mandatory, and waits for the broker's
/// confirm: when this returns, the event is on disk in at least one queue.
/// </summary>
public sealed partial class DispatchPublisher(IBus bus, IOptions<BusOptions> options, ILogger<DispatchPublisher> logger)
{
    public async Task PublishAsync(DispatchTranslated message, CancellationToken cancellationToken)
    {
        // Fail fast while the broker is down instead of waiting for the connection to come back.
        if (bus is IBusControl control && control.CheckHealth().Status == BusHealthStatus.Unhealthy)
        {
            throw new BrokerUnavailableException("the message broker is not reachable right now; retry later");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            await bus.Publish(message, context =>
            {
                context.Durable = true;
                context.MessageId = DeterministicGuid(message.DispatchId);
                if (context.TryGetPayload(out RabbitMqSendContext? rabbit))
                {
                    // Unroutable (no queue bound) must fail the call, not vanish.
                    rabbit.Mandatory = true;
                }
            }, timeout.Token).ConfigureAwait(false);
            LogPublished(message.DispatchId, message.Segments.Count);
        }
        catch (MessageReturnedException ex)
        {
            throw new BrokerUnavailableException("the broker has no queue bound for DispatchTranslated; is the search service's queue declared?", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BrokerUnavailableException($"the broker did not confirm the event within {options.Value.PublishTimeout.TotalSeconds:0.#} s", ex);
        }
        catch (Exception ex) when (ex is MassTransitException or IOException)
        {
            throw new BrokerUnavailableException("the message broker rejected or dropped the event; retry later", ex);
        }
    }

    /// <summary>Same dispatch, same message id: lets consumers and broker tooling spot redeliveries.</summary>
    private static Guid DeterministicGuid(string dispatchId)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dispatchId));
        return new Guid(hash.AsSpan(0, 16));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published DispatchTranslated {DispatchId} with {SegmentCount} segments")]
    private partial void LogPublished(string dispatchId, int segmentCount);
}
