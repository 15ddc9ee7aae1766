using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>The optional second pivot for French words the Spanish pivot does not know, with real Apertium.</summary>
public class UnknownWordTests
{
    private const string French = "Les danseurs ont survécu. Une fosse *profonde* et des spéléologues.";

    [Fact]
    public async Task Words_unknown_to_the_first_pivot_are_translated_through_the_second()
    {
        using var without = new ApertiumEngine(Options.Create(new ApertiumOptions { PoolSize = 1, UnknownWords = false }), NullLogger<ApertiumEngine>.Instance);
        // The default: on, through fra-cat then cat-eng.
        using var with = Engine([]);
        var before = (await without.TranslateAsync([French], CancellationToken.None))[0];
        var after = (await with.TranslateAsync([French, "Les danseurs."], CancellationToken.None));

        Assert.Contains("danseurs", before, StringComparison.Ordinal);
        Assert.Contains("dancers", after[0], StringComparison.Ordinal);
        Assert.Contains("survived", after[0], StringComparison.Ordinal);
        Assert.Contains("dancers", after[1], StringComparison.Ordinal);
        // Unknown to both pivots: the French word stays, never a Catalan one or a mark.
        Assert.Contains("spéléologues", after[0], StringComparison.Ordinal);
        // Literal asterisks are text, not marks.
        Assert.Equal(2, after[0].Count(c => c == '*'));
    }

    [Fact]
    public async Task A_missing_second_pivot_leaves_the_words_as_they_are()
    {
        using var engine = Engine(["no-such-mode", "cat-eng"]);
        var english = (await engine.TranslateAsync([French], CancellationToken.None))[0];
        Assert.Contains("danseurs", english, StringComparison.Ordinal);
        Assert.DoesNotContain("*danseurs", english, StringComparison.Ordinal);
    }

    private static ApertiumEngine Engine(IList<string> unknownWordModes) =>
        new(Options.Create(new ApertiumOptions { PoolSize = 1, UnknownWordModes = unknownWordModes }), NullLogger<ApertiumEngine>.Instance);
}
