using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Verbatim.Search.Index;

/// <summary>
/// Counts matches per value of sorted doc-values fields (speaker, kind) over every hit, not just the
/// page: per-segment ordinal counts, resolved to strings once per segment. Lucene.Net.Facet is not in
/// the registry copy, and plain doc-value counting is all these facets need.
/// </summary>
internal sealed class FacetCollector(params string[] fields) : ICollector
{
    private readonly Dictionary<string, long>[] _totals = fields.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Length];
    private readonly int[]?[] _counts = new int[]?[fields.Length];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < fields.Length; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(fields[i]);
            _counts[i] = _values[i] is { } v ? new int[v.ValueCount] : null;
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (_values[i] is { } values)
            {
                var ord = values.GetOrd(doc);
                if (ord >= 0)
                {
                    _counts[i]![ord]++;
                }
            }
        }
    }

    /// <summary>Value → count for the field at <paramref name="fieldIndex"/>.</summary>
    public IReadOnlyDictionary<string, long> Counts(int fieldIndex)
    {
        FlushSegment();
        return _totals[fieldIndex];
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < fields.Length; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + counts[ord];
            }

            _counts[i] = null;
            _values[i] = null;
        }
    }
}
