using Verbatim.Benchmarks;

namespace Verbatim.Translation.Tests.Metrics;

/// <summary>The speed benchmark's ~300-word dispatches: consecutive lines, never across documents.</summary>
public sealed class DispatchGroupingTests
{
    [Fact]
    public void Groups_consecutive_lines_of_a_document_up_to_the_word_budget()
    {
        var corpus = new EvalCorpus("test", ["a b", "c d", "e f", "g", "h i"], null, ["d1", "d1", "d1", "d2", "d2"]);
        Assert.Equal(["a b\nc d", "e f", "g\nh i"], corpus.Dispatches(words: 3));
    }

    [Fact]
    public void Synthetic_text_reaches_the_requested_size()
    {
        var corpus = EvalCorpus.Synthetic(2_000);
        Assert.InRange(corpus.Source.Sum(EvalCorpus.WordCount), 2_000, 2_300);
        Assert.False(corpus.HasReferences);
    }
}
