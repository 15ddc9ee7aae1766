namespace Verbatim.Translation.Tests.Translation;

/// <summary>
/// Corpus-level chrF (character n-grams 1–6, β = 2, whitespace ignored), enough to tell whether a
/// post-editing rule or glossary entry helps on the dev set. The official sacreBLEU-compatible
/// metrics live in the benchmark project; this is a development gauge only.
/// </summary>
internal static class DevSetScorer
{
    private const int MaxOrder = 6;
    private const double Beta = 2;

    public static double ChrF(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        var matches = new double[MaxOrder + 1];
        var hypTotal = new double[MaxOrder + 1];
        var refTotal = new double[MaxOrder + 1];
        for (var s = 0; s < hypotheses.Count; s++)
        {
            var hyp = new string(hypotheses[s].Where(c => !char.IsWhiteSpace(c)).ToArray());
            var reference = new string(references[s].Where(c => !char.IsWhiteSpace(c)).ToArray());
            for (var n = 1; n <= MaxOrder; n++)
            {
                var h = Grams(hyp, n);
                var r = Grams(reference, n);
                matches[n] += h.Sum(kv => Math.Min(kv.Value, r.GetValueOrDefault(kv.Key)));
                hypTotal[n] += h.Values.Sum();
                refTotal[n] += r.Values.Sum();
            }
        }

        double precision = 0, recall = 0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            precision += hypTotal[n] > 0 ? matches[n] / hypTotal[n] : 0;
            recall += refTotal[n] > 0 ? matches[n] / refTotal[n] : 0;
        }

        precision /= MaxOrder;
        recall /= MaxOrder;
        var b2 = Beta * Beta;
        return precision + recall == 0 ? 0 : 100 * (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    private static Dictionary<string, int> Grams(string text, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= text.Length; i++)
        {
            var g = text.Substring(i, n);
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }

        return grams;
    }

    /// <summary>Every <c>*.fr-en.tsv</c> of the DevSet folder: the wire-style set, then the multi-domain one.</summary>
    public static IReadOnlyList<(string French, string English)> Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Translation", "DevSet");
        return Directory.GetFiles(dir, "*.fr-en.tsv").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))
            .ToList();
    }
}
