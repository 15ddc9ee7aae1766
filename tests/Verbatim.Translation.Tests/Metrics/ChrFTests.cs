using Verbatim.Benchmarks.Metrics;

namespace Verbatim.Translation.Tests.Metrics;

/// <summary>
/// chrF2 as sacreBLEU 2.x computes it (char order 6, word order 0, β = 2, whitespace removed).
/// Expected values are hand-derived from that definition; the per-order counts are in the comments.
/// F2 = 5·P·R / (4·P + R) with P and R averaged over the orders where both sides have n-grams.
/// </summary>
public sealed class ChrFTests
{
    [Fact]
    public void Identical_hypothesis_and_reference_score_100()
    {
        string[] text = ["The cat sat on the mat.", "Le sportif a sauté jeudi."];
        Assert.Equal(100, ChrF.Corpus(text, text).Score, 1e-9);
    }

    [Fact]
    public void Whitespace_is_ignored()
    {
        Assert.Equal(100, ChrF.Sentence("a b\tc", "abc").Score, 1e-9);
    }

    [Fact]
    public void Hand_computed_sentence()
    {
        // "ab" vs "abc": order 1: P 2/2, R 2/3; order 2: P 1/1, R 1/2; order 3+: hypothesis has none.
        // avg P = 1, avg R = 7/12 → F2 = 5·(7/12) / (4 + 7/12) = 7/11
        var score = ChrF.Sentence("ab", "abc");
        Assert.Equal(1, score.AveragePrecision, 1e-12);
        Assert.Equal(7.0 / 12, score.AverageRecall, 1e-12);
        Assert.Equal(700.0 / 11, score.Score, 1e-9);
    }

    [Fact]
    public void Corpus_score_comes_from_summed_statistics_not_averaged_sentences()
    {
        // "ab"/"abc" and "xy"/"xy": order 1: hyp 4, ref 5, match 4; order 2: hyp 2, ref 3, match 2.
        // avg P = 1, avg R = (4/5 + 2/3)/2 = 11/15 → F2 = 55/71 = 77.46, not (63.64 + 100)/2.
        var score = ChrF.Corpus(["ab", "xy"], ["abc", "xy"]);
        Assert.Equal(5500.0 / 71, score.Score, 1e-9);
    }

    [Fact]
    public void Segment_whose_reference_lacks_an_order_contributes_no_hypothesis_ngrams_to_it()
    {
        // sacreBLEU 2.x: hyp count is 0 for an order the segment's reference has no n-gram of.
        // "abcd"/"ab": o1 h4 r2 m2; o2 h3 r1 m1; o3 h(2→0).   "xyz"/"xyz": o1 h3 r3 m3; o2 h2 r2 m2; o3 h1 r1 m1.
        // corpus: P = (5/7 + 3/5 + 1)/3 = 27/35, R = 1 → F2 = 135/143 = 94.41
        // (without the rule, order 3 precision would be 1/3 and F2 85.90).
        var score = ChrF.Corpus(["abcd", "xyz"], ["ab", "xyz"]);
        Assert.Equal(13500.0 / 143, score.Score, 1e-9);
    }

    [Fact]
    public void Characters_are_code_points_as_in_python()
    {
        // "😀" is one code point (two UTF-16 units). "😀" vs "😀b": order 1: P 1/1, R 1/2; order 2:
        // hypothesis has none. F2 = 5·0.5 / (4 + 0.5) = 5/9.
        Assert.Equal(500.0 / 9, ChrF.Sentence("😀", "😀b").Score, 1e-9);
    }

    [Fact]
    public void Nothing_in_common_scores_zero()
    {
        Assert.Equal(0, ChrF.Sentence("abc", "xyz").Score);
        Assert.Equal(0, ChrF.Sentence("", "xyz").Score);
    }
}
