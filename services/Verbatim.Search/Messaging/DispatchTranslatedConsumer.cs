using MassTransit;
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
    ILogger<DispatchTranslatedConsumer> logger) : IConsumer<DispatchTranslated>
{
    public async Task Consume(ConsumeContext<DispatchTranslated> context)
    {
        var dispatch = context.Message;
        StatementIndexer.Validate(dispatch);
        await store.SaveAsync(dispatch, context.CancellationToken).ConfigureAwait(false);
        var statements = indexer.Index(dispatch);
        LogIndexed(dispatch.DispatchId, statements.Count, context.GetRetryAttempt());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed dispatch {DispatchId}: {StatementCount} statements (retry {Retry})")]
    private partial void LogIndexed(string dispatchId, int statementCount, int retry);
}
