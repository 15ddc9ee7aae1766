namespace Verbatim.Benchmarks.Metrics;

public enum BleuSmoothing
{
    /// <summary>Zero matches at some order give a zero score.</summary>
    None,

    /// <summary>
    /// mteval-v13a's (and sacreBLEU's default) smoothing: the k-th order with zero matches gets
    /// precision 1 / (2^k · total). It changes nothing when every order has at least one match,
    /// which is always the case on a real test set.
    /// </summary>
    Exp,
}

/// <summary>Sufficient statistics of BLEU; they add up over segments.</summary>
public sealed record BleuStatistics(long[] Correct, long[] Total, long HypothesisLength, long ReferenceLength)
{
    public static BleuStatistics Empty(int maxOrder) => new(new long[maxOrder], new long[maxOrder], 0, 0);

    public BleuStatistics Add(BleuStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new BleuStatistics(
            Correct.Zip(other.Correct, (a, b) => a + b).ToArray(),
            Total.Zip(other.Total, (a, b) => a + b).ToArray(),
            HypothesisLength + other.HypothesisLength,
            ReferenceLength + other.ReferenceLength);
    }
}

/// <summary>A BLEU score on the 0–100 scale with the figures sacreBLEU prints next to it.</summary>
public sealed record BleuScore(double Score, IReadOnlyList<double> Precisions, double BrevityPenalty, long HypothesisLength, long ReferenceLength)
{
    public double LengthRatio => ReferenceLength == 0 ? 0 : (double)HypothesisLength / ReferenceLength;

    public override string ToString() =>
        FormattableString.Invariant(
            $"BLEU = {Score:F2} {string.Join('/', Precisions.Select(p => p.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} (BP = {BrevityPenalty:F3} ratio = {LengthRatio:F3} hyp_len = {HypothesisLength} ref_len = {ReferenceLength})");
}

/// <summary>
/// BLEU as sacreBLEU computes it (single reference, case-sensitive, 13a tokenization, n-grams up to
/// 4): clipped n-gram matches and totals summed over the corpus, geometric mean of the four
/// precisions, brevity penalty exp(1 − r/c) when the hypothesis is shorter than the reference.
/// </summary>
public static class Bleu
{
    public const int MaxOrder = 4;

    /// <summary>Corpus BLEU. sacreBLEU's default smoothing is <see cref="BleuSmoothing.Exp"/> at corpus level too.</summary>
    public static BleuScore Corpus(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references, BleuSmoothing smoothing = BleuSmoothing.Exp)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(references);
        if (hypotheses.Count != references.Count)
        {
            throw new ArgumentException($"{hypotheses.Count} hypotheses but {references.Count} references");
        }

        var stats = BleuStatistics.Empty(MaxOrder);
        for (var i = 0; i < hypotheses.Count; i++)
        {
            stats = stats.Add(SegmentStatistics(hypotheses[i], references[i]));
        }

        return Score(stats, smoothing, effectiveOrder: false);
    }

    /// <summary>Sentence BLEU as sacreBLEU's <c>sentence_score</c>: exp smoothing and effective order.</summary>
    public static BleuScore Sentence(string hypothesis, string reference) =>
        Score(SegmentStatistics(hypothesis, reference), BleuSmoothing.Exp, effectiveOrder: true);

    public static BleuStatistics SegmentStatistics(string hypothesis, string reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var hyp = PythonWhitespace.Split(Tokenizer13a.Tokenize(hypothesis.TrimEnd()));
        var refTokens = PythonWhitespace.Split(Tokenizer13a.Tokenize(reference.TrimEnd()));
        var hypNgrams = Ngrams(hyp);
        var refNgrams = Ngrams(refTokens);
        var correct = new long[MaxOrder];
        var total = new long[MaxOrder];
        foreach (var ((n, gram), count) in hypNgrams)
        {
            total[n - 1] += count;
            correct[n - 1] += Math.Min(count, refNgrams.GetValueOrDefault((n, gram)));
        }

        return new BleuStatistics(correct, total, hyp.Length, refTokens.Length);
    }

    public static BleuScore Score(BleuStatistics stats, BleuSmoothing smoothing, bool effectiveOrder)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var precisions = new double[MaxOrder];
        var order = MaxOrder;
        var smoothMteval = 1.0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            if (stats.Total[n - 1] == 0)
            {
                break;
            }

            if (effectiveOrder)
            {
                order = n;
            }

            if (stats.Correct[n - 1] == 0)
            {
                if (smoothing == BleuSmoothing.Exp)
                {
                    smoothMteval *= 2;
                    precisions[n - 1] = 100.0 / (smoothMteval * stats.Total[n - 1]);
                }
            }
            else
            {
                precisions[n - 1] = 100.0 * stats.Correct[n - 1] / stats.Total[n - 1];
            }
        }

        var bp = stats.HypothesisLength < stats.ReferenceLength
            ? stats.HypothesisLength > 0 ? Math.Exp(1 - (double)stats.ReferenceLength / stats.HypothesisLength) : 0.0
            : 1.0;
        // sacreBLEU's my_log: log(0) is a huge negative number, so a zero precision zeroes the score.
        var meanLog = precisions.Take(order).Sum(p => p > 0 ? Math.Log(p) : -9999999999.0) / order;
        return new BleuScore(bp * Math.Exp(meanLog), precisions, bp, stats.HypothesisLength, stats.ReferenceLength);
    }

    private static Dictionary<(int N, string Gram), int> Ngrams(string[] tokens)
    {
        var counts = new Dictionary<(int, string), int>();
        for (var n = 1; n <= MaxOrder; n++)
        {
            for (var i = 0; i + n <= tokens.Length; i++)
            {
                var key = (n, string.Join(' ', tokens, i, n));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }
}
