using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Verbatim.Search.Index;

/// <summary>
/// Live feed of newly indexed statements. Each subscriber has a filter and a bounded buffer; new
/// statements are matched with the index's own query engine (restricted to their ids), so a watch
/// matches exactly what Search would return. A subscriber that falls too far behind is dropped
/// rather than letting its buffer grow without bound.
/// </summary>
public sealed class StatementFeed(StatementIndex index)
{
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();

    public int SubscriberCount => _subscriptions.Count;

    public Subscription Subscribe(StatementQuery filter, int capacity)
    {
        var subscription = new Subscription(this, filter, capacity);
        _subscriptions[subscription.Id] = subscription;
        return subscription;
    }

    /// <summary>Called after statements are committed to the index.</summary>
    public void Publish(IReadOnlyCollection<IndexedStatement> statements)
    {
        if (statements.Count == 0 || _subscriptions.IsEmpty)
        {
            return;
        }

        var ids = statements.Select(s => s.StatementId).ToList();
        foreach (var subscription in _subscriptions.Values)
        {
            var page = index.Search(subscription.Filter with
            {
                StatementIds = ids, Offset = 0, Limit = ids.Count, Order = SortOrder.DateAscending, Facets = false,
            });
            foreach (var hit in page.Hits)
            {
                if (!subscription.Writer.TryWrite(hit.Statement))
                {
                    subscription.Overflowed = true;
                    subscription.Writer.TryComplete();
                    break;
                }
            }
        }
    }

    public sealed class Subscription : IDisposable
    {
        private readonly StatementFeed _feed;
        private readonly Channel<IndexedStatement> _channel;

        internal Subscription(StatementFeed feed, StatementQuery filter, int capacity)
        {
            _feed = feed;
            Filter = filter;
            _channel = Channel.CreateBounded<IndexedStatement>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full: we detect overflow
                SingleReader = true,
            });
        }

        public Guid Id { get; } = Guid.NewGuid();
        public StatementQuery Filter { get; }

        /// <summary>True when the reader fell so far behind that statements were dropped.</summary>
        public bool Overflowed { get; internal set; }

        public ChannelReader<IndexedStatement> Reader => _channel.Reader;
        internal ChannelWriter<IndexedStatement> Writer => _channel.Writer;

        public void Dispose()
        {
            _feed._subscriptions.TryRemove(Id, out _);
            _channel.Writer.TryComplete();
        }
    }
}
