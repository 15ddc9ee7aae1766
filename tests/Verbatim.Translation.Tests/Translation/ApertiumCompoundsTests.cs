using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>Noun-compound reordering in the Spanish→English stream: parsing, the script, real pipelines.</summary>
public class ApertiumCompoundsTests
{
    [Theory]
    [InlineData("stage spa-eng")]
    [InlineData("stage: spa-eng fr-es")]
    [InlineData("keep-head: mil<n>")]
    [InlineData("keep-heads: mil")]
    public void Malformed_lines_are_rejected(string line) =>
        Assert.Throws<FormatException>(() => ApertiumCompounds.Parse(line));

    [Fact]
    public void The_pass_belongs_to_its_stage_only()
    {
        var compounds = ApertiumCompounds.Parse("# c\nstage: spa-eng\nkeep-head: millón fin\nkeep-modifier: año\n");
        Assert.Equal(["fin", "millón"], compounds.KeepHeads.Order(StringComparer.Ordinal));
        Assert.NotNull(compounds.PerlPass("spa-eng"));
        Assert.Null(compounds.PerlPass("fr-es"));
        Assert.Null(ApertiumCompounds.None.PerlPass("spa-eng"));
        // Without lexicon entries the stage still gets a script, since the pass needs one.
        Assert.Contains("sub compounds", ApertiumLexicon.Empty.Script("spa-eng", compounds.PerlPass("spa-eng"))!, StringComparison.Ordinal);
        Assert.Null(ApertiumLexicon.Empty.Script("fr-es", compounds.PerlPass("fr-es")));
    }

    [Fact]
    public async Task Bare_noun_modifiers_move_before_their_head_in_real_apertium()
    {
        string[] french =
        [
            "Les deux pays ont signé un accord de coopération militaire.",
            "La police a installé des caméras de surveillance.",
            "Le navire transportait des tonnes de riz.",
            "Le prix de la maison a baissé.",
        ];
        using var plain = Engine("none");
        using var compounding = Engine("");
        var before = await plain.TranslateAsync(french, CancellationToken.None);
        var after = await compounding.TranslateAsync(french, CancellationToken.None);

        Assert.Contains("agreement of military cooperation", before[0], StringComparison.Ordinal);
        Assert.Contains("military cooperation agreement", after[0], StringComparison.Ordinal);
        Assert.Contains("surveillance cameras", after[1], StringComparison.Ordinal);
        // Quantities and spans keep "of"; a determiner before the second noun means no compound.
        Assert.Contains("tonnes of", after[2], StringComparison.Ordinal);
        Assert.Equal(before[2], after[2]);
        Assert.Equal(before[3], after[3]);
    }

    private static ApertiumEngine Engine(string compounds) =>
        new(Options.Create(new ApertiumOptions { PoolSize = 1, Compounds = compounds }), NullLogger<ApertiumEngine>.Instance);
}
