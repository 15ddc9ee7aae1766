using Verbatim.Benchmarks.Metrics;

namespace Verbatim.Translation.Tests.Metrics;

/// <summary>
/// No published reference numbers for these toy corpora: every expected value below was derived by
/// hand from sacreBLEU's BLEU definition (counts shown in the comments); only the final arithmetic was done by machine.
/// </summary>
public sealed class BleuTests
{
    [Fact]
    public void Identical_hypothesis_and_reference_score_100()
    {
        string[] text = ["The cat sat on the mat.", "Le sportif a sauté jeudi d'un hélicoptère."];
        var score = Bleu.Corpus(text, text);
        Assert.Equal(100, score.Score, 1e-9);
        Assert.Equal(1, score.BrevityPenalty);
    }

    [Fact]
    public void Hand_computed_two_sentence_corpus()
    {
        // 1: "the cat sat on the mat" vs "the cat sat on a mat"
        //    1-grams 5/6 (second "the" unmatched), 2-grams 3/5, 3-grams 2/4, 4-grams 1/3
        // 2: "hello world" vs "hello there world": 1-grams 2/2, 2-grams 0/1
        // corpus: 7/8, 3/6, 2/4, 1/3; c = 8, r = 9, BP = exp(1 - 9/8)
        // BLEU = 100 · exp(-0.125) · (7/8 · 1/2 · 1/2 · 1/3)^(1/4) = 45.8585...
        var score = Bleu.Corpus(
            ["the cat sat on the mat", "hello world"],
            ["the cat sat on a mat", "hello there world"]);

        Assert.Equal([87.5, 50, 50, 100.0 / 3], score.Precisions.ToArray(), new ToleranceComparer(1e-9));
        Assert.Equal(Math.Exp(-0.125), score.BrevityPenalty, 1e-12);
        Assert.Equal((8, 9), (score.HypothesisLength, score.ReferenceLength));
        Assert.Equal(45.8585, score.Score, 1e-4);
    }

    [Fact]
    public void Corpus_statistics_are_summed_not_sentence_scores_averaged()
    {
        string[] hyp = ["the cat sat on the mat", "hello world"];
        string[] refs = ["the cat sat on a mat", "hello there world"];
        var mean = hyp.Zip(refs, (h, r) => Bleu.Sentence(h, r).Score).Average();
        Assert.NotEqual(mean, Bleu.Corpus(hyp, refs).Score, 1e-3);
    }

    [Fact]
    public void Exp_smoothing_applies_only_to_orders_without_matches()
    {
        // 1: "the cat sat on the mat" vs "the cat is on the mat": 1-grams 5/6 ("sat" unmatched),
        //    2-grams 3/5, 3-grams 1/4 ("on the mat"), 4-grams 0/3
        // 2: as above. Corpus 7/8, 3/6, 1/4, 0/3.
        // none: a zero precision zeroes the score. exp: the first zero order gets 1/(2·3).
        // BLEU = exp(-0.125) · exp(mean log(87.5, 50, 25, 16.667)) = 32.4269
        string[] hyp = ["the cat sat on the mat", "hello world"];
        string[] refs = ["the cat is on the mat", "hello there world"];
        Assert.Equal(0, Bleu.Corpus(hyp, refs, BleuSmoothing.None).Score, 1e-9);
        var smoothed = Bleu.Corpus(hyp, refs, BleuSmoothing.Exp);
        Assert.Equal(100.0 / 6, smoothed.Precisions[3], 1e-9);
        Assert.Equal(32.4269, smoothed.Score, 1e-4);
    }

    [Fact]
    public void Short_segments_score_zero_at_corpus_level_but_use_effective_order_per_sentence()
    {
        // Two tokens: no 3- or 4-grams. sacreBLEU's corpus_score gives 0 (no effective order);
        // its sentence_score stops at the last order with n-grams, so a perfect match is 100.
        Assert.Equal(0, Bleu.Corpus(["hello world"], ["hello world"]).Score, 1e-6);
        Assert.Equal(100, Bleu.Sentence("hello world", "hello world").Score, 1e-9);
    }

    [Fact]
    public void Tokenization_makes_punctuation_count_as_tokens()
    {
        // "Hello, world!" → 4 tokens; "Hello world" → 2: same words, shorter, so BP < 1.
        var score = Bleu.Corpus(["Hello world"], ["Hello, world!"]);
        Assert.Equal((2, 4), (score.HypothesisLength, score.ReferenceLength));
        Assert.Equal(Math.Exp(1 - 4.0 / 2), score.BrevityPenalty, 1e-12);
    }

    [Fact]
    public void Empty_hypothesis_scores_zero()
    {
        var score = Bleu.Corpus([""], ["Something was said."]);
        Assert.Equal(0, score.Score);
        Assert.Equal(0, score.BrevityPenalty);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Bleu.Corpus(["a"], ["a", "b"]));

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
