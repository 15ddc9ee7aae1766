namespace Verbatim.Benchmarks.Metrics;

/// <summary>chrF on the 0–100 scale.</summary>
public sealed record ChrFScore(double Score, double AveragePrecision, double AverageRecall)
{
    public override string ToString() => FormattableString.Invariant($"chrF2 = {Score:F2}");
}

/// <summary>
/// chrF as sacreBLEU 2.x computes its default <c>chrF2</c>: character n-grams of order 1..6 over the
/// segment with all whitespace removed, no word n-grams, β = 2. Per order, hypothesis, reference and
/// matched (clipped) n-gram counts are summed over the whole corpus; precision and recall are then
/// computed per order and averaged over the orders where both hypothesis and reference have n-grams
/// (the "effective order"), and the F-β of those two averages is the score. As in sacreBLEU, a
/// segment whose reference has no n-gram of some order contributes no hypothesis n-grams to it.
/// Characters are Unicode code points, as in Python.
/// </summary>
public static class ChrF
{
    public const int CharOrder = 6;
    public const double Beta = 2;

    public static ChrFScore Corpus(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(references);
        if (hypotheses.Count != references.Count)
        {
            throw new ArgumentException($"{hypotheses.Count} hypotheses but {references.Count} references");
        }

        var stats = new long[CharOrder * 3];
        for (var i = 0; i < hypotheses.Count; i++)
        {
            var segment = SegmentStatistics(hypotheses[i], references[i]);
            for (var k = 0; k < stats.Length; k++)
            {
                stats[k] += segment[k];
            }
        }

        return Score(stats);
    }

    public static ChrFScore Sentence(string hypothesis, string reference) => Score(SegmentStatistics(hypothesis, reference));

    /// <summary>[hyp, ref, match] for each order 1..6, flattened.</summary>
    public static long[] SegmentStatistics(string hypothesis, string reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var hyp = CodePoints(PythonWhitespace.RemoveAll(hypothesis));
        var refChars = CodePoints(PythonWhitespace.RemoveAll(reference));
        var stats = new long[CharOrder * 3];
        for (var n = 1; n <= CharOrder; n++)
        {
            var h = CharNgrams(hyp, n);
            var r = CharNgrams(refChars, n);
            long hypCount = 0, refCount = 0, match = 0;
            foreach (var (gram, count) in h)
            {
                hypCount += count;
                match += Math.Min(count, r.GetValueOrDefault(gram));
            }

            foreach (var count in r.Values)
            {
                refCount += count;
            }

            stats[3 * (n - 1)] = r.Count > 0 ? hypCount : 0;
            stats[3 * (n - 1) + 1] = refCount;
            stats[3 * (n - 1) + 2] = match;
        }

        return stats;
    }

    public static ChrFScore Score(IReadOnlyList<long> stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        double avgPrecision = 0, avgRecall = 0;
        var effectiveOrder = 0;
        for (var i = 0; i < CharOrder; i++)
        {
            var (hyp, reference, match) = (stats[3 * i], stats[3 * i + 1], stats[3 * i + 2]);
            if (hyp > 0 && reference > 0)
            {
                avgPrecision += (double)match / hyp;
                avgRecall += (double)match / reference;
                effectiveOrder++;
            }
        }

        if (effectiveOrder == 0)
        {
            return new ChrFScore(0, 0, 0);
        }

        avgPrecision /= effectiveOrder;
        avgRecall /= effectiveOrder;
        if (avgPrecision + avgRecall == 0)
        {
            return new ChrFScore(0, avgPrecision, avgRecall);
        }

        const double factor = Beta * Beta;
        var score = (1 + factor) * avgPrecision * avgRecall / (factor * avgPrecision + avgRecall);
        return new ChrFScore(100 * score, avgPrecision, avgRecall);
    }

    private static string[] CodePoints(string text)
    {
        // Python indexes code points, not UTF-16 units nor grapheme clusters: split on runes.
        var points = new List<string>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            points.Add(rune.ToString());
        }

        return [.. points];
    }

    private static Dictionary<string, int> CharNgrams(string[] chars, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= chars.Length; i++)
        {
            var gram = string.Concat(chars.AsSpan(i, n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }
}
