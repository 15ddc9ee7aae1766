using MassTransit;
using Microsoft.Extensions.Options;
using Verbatim.Messaging;
using Verbatim.Contracts;
using Verbatim.Search.Storage;

namespace Verbatim.Search.Messaging;

/// <summary>
/// Stores the dispatch, then indexes its statements. MassTransit acknowledges the message only after
/// this returns, i.e. after both are on disk. Idempotent: a redelivery rewrites the same files and
/// replaces the same statement ids.
/// </summary>
public sealed partial class DispatchTranslatedConsumer(
    DispatchStore store,
    StatementIndexer indexer,
    IOptions<BusOptions> options,
    ILogger<DispatchTranslatedConsumer> logger) : IConsumer<DispatchTranslated>
{
    public async Task Consume(ConsumeContext<DispatchTranslated> context)
    {
        // The translation service never sends anything this big: do not store or index it.
        if (context.ReceiveContext.Body.Length is { } size && size > options.Value.MaxMessageBytes)
        {
            throw new InvalidDispatchException($"message is {size} bytes; the limit is {options.Value.MaxMessageBytes} (Bus:MaxMessageBytes)");
        }

        var dispatch = context.Message;
        StatementIndexer.Validate(dispatch);
        await store.SaveAsync(dispatch, context.CancellationToken).ConfigureAwait(false);
        var statements = indexer.Index(dispatch);
        LogIndexed(dispatch.DispatchId, statements.Count, context.GetRetryAttempt());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed dispatch {DispatchId}: {StatementCount} statements (retry {Retry})")]
    private partial void LogIndexed(string dispatchId, int statementCount, int retry);
}
