using Microsoft.Extensions.Options;
using Verbatim.Search.Messaging;
using Verbatim.Search.Storage;

namespace Verbatim.Search.Index;

/// <summary>
/// Rebuilds the index from the dispatch store at start-up when the index is empty but dispatches were
/// consumed before (index directory lost or deleted), or when asked to (Index:RebuildOnStart).
/// Registered before the bus so consumption resumes only on a complete index.
/// </summary>
public sealed partial class IndexRebuilder(
    StatementIndex index,
    DispatchStore store,
    StatementIndexer indexer,
    IOptions<IndexOptions> options,
    ILogger<IndexRebuilder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stored = store.Count;
        if (stored == 0 || (index.Count > 0 && !options.Value.RebuildOnStart))
        {
            return;
        }

        LogRebuilding(stored, index.Count);
        var dispatches = 0;
        var statements = 0;
        await foreach (var dispatch in store.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            statements += indexer.Index(dispatch).Count;
            dispatches++;
        }

        LogRebuilt(dispatches, statements);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the index from {Stored} stored dispatches (index holds {Indexed} statements)")]
    private partial void LogRebuilding(int stored, int indexed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuilt: {Dispatches} dispatches, {Statements} statements")]
    private partial void LogRebuilt(int dispatches, int statements);
}
