using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Verbatim.Translation.Translation;

/// <summary>
/// A bounded least-recently-used memory of piece translations, keyed by engine and normalized
/// source text. Wire copy repeats itself (updated dispatches, boilerplate sentences, recurring
/// quotes), so this saves engine calls. Thread-safe; hits and misses are exported on the
/// "Verbatim.Translation" meter as translation_memory_hits / translation_memory_misses.
/// </summary>
public sealed partial class TranslationMemory
{
    public const string MeterName = "Verbatim.Translation";

    private readonly int _capacity;
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Engine, string Source), LinkedListNode<Entry>> _map = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;

    public TranslationMemory(IOptions<TranslationOptions> options, IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _capacity = Math.Max(0, options.Value.Memory.Capacity);
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("translation_memory_hits", unit: "{piece}", description: "Pieces served from the translation memory");
        _misses = meter.CreateCounter<long>("translation_memory_misses", unit: "{piece}", description: "Pieces the translation memory did not hold");
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _map.Count;
            }
        }
    }

    /// <summary>Looks the text up for each engine in order (the chain's preference) and counts a hit or a miss.</summary>
    public bool TryGet(IReadOnlyList<string> engines, string source, out string translation, out string engine)
    {
        ArgumentNullException.ThrowIfNull(engines);
        var key = Normalize(source);
        if (_capacity > 0)
        {
            lock (_lock)
            {
                foreach (var name in engines)
                {
                    if (_map.TryGetValue((name, key), out var node))
                    {
                        _recency.Remove(node);
                        _recency.AddFirst(node);
                        translation = node.Value.Translation;
                        engine = name;
                        _hits.Add(1, new KeyValuePair<string, object?>("engine", name));
                        return true;
                    }
                }
            }
        }

        _misses.Add(1);
        translation = "";
        engine = "";
        return false;
    }

    public void Add(string engine, string source, string translation)
    {
        if (_capacity == 0)
        {
            return;
        }

        var key = (engine, Normalize(source));
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                existing.Value = existing.Value with { Translation = translation };
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return;
            }

            if (_map.Count >= _capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _map.Remove(oldest.Value.Key);
            }

            _map[key] = _recency.AddFirst(new Entry(key, translation));
        }
    }

    /// <summary>Whitespace differences do not change a translation; case and accents do.</summary>
    internal static string Normalize(string source) => Whitespace().Replace(source.Normalize(System.Text.NormalizationForm.FormC), " ").Trim();

    private sealed record Entry((string Engine, string Source) Key, string Translation);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
