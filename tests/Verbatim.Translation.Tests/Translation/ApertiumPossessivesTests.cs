using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>his/her/its/their for French « son, sa, ses, leur »: parsing and real pipelines.</summary>
public class ApertiumPossessivesTests
{
    [Theory]
    [InlineData("person: Minister")]
    [InlineData("persons: minister")]
    [InlineData("stage: a b")]
    public void Malformed_lines_are_rejected(string line) =>
        Assert.Throws<FormatException>(() => ApertiumPossessives.Parse(line));

    [Fact]
    public void Both_passes_run_in_one_script_in_order()
    {
        var possessives = ApertiumPossessives.Parse("stage: spa-eng\nperson: minister\n");
        var compounds = ApertiumCompounds.Parse("stage: spa-eng\n");
        var script = ApertiumLexicon.Empty.Script("spa-eng", compounds.PerlPass("spa-eng"), possessives.PerlPass("spa-eng"))!;
        Assert.Contains("$record = compounds($record); $record = possessives($record);", script, StringComparison.Ordinal);
        Assert.Contains("'minister'", script, StringComparison.Ordinal);
        Assert.Null(possessives.PerlPass("fr-es"));
    }

    [Fact]
    public async Task The_possessive_follows_the_clause_subject_in_real_apertium()
    {
        string[] french =
        [
            "La société a publié ses résultats.",
            "Les syndicats ont maintenu leur appel à la grève.",
            "La ministre a présenté son projet.",
            "Le ministre a présenté son projet.",
            "La France maintient sa position.",
        ];
        using var plain = Engine("none");
        using var fixing = Engine("");
        var before = await plain.TranslateAsync(french, CancellationToken.None);
        var after = await fixing.TranslateAsync(french, CancellationToken.None);

        Assert.All(before, b => Assert.Contains(" his ", b, StringComparison.Ordinal));
        Assert.Contains("published its results", after[0], StringComparison.Ordinal);
        Assert.Contains(" their ", after[1], StringComparison.Ordinal);
        Assert.Contains("presented her", after[2], StringComparison.Ordinal);
        Assert.Contains("presented his", after[3], StringComparison.Ordinal);
        Assert.Contains("maintains its position", after[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batched_piece_never_takes_its_antecedent_from_the_piece_before()
    {
        // Batched pieces share one stream record: the second piece's « ses » has no subject of its own.
        string[] pieces = ["Les syndicats ont manifesté", "avec ses partisans."];
        using var plain = Engine("none");
        using var fixing = Engine("");
        Assert.Equal(await plain.TranslateAsync(pieces, CancellationToken.None), await fixing.TranslateAsync(pieces, CancellationToken.None));
    }

    private static ApertiumEngine Engine(string possessives) =>
        new(Options.Create(new ApertiumOptions { PoolSize = 1, Possessives = possessives }), NullLogger<ApertiumEngine>.Instance);
}
