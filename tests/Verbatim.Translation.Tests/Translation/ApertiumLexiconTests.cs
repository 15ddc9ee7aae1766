using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>Word-sense overrides inside the Apertium stream: parsing, the filter they become, and real pipelines.</summary>
public class ApertiumLexiconTests
{
    [Theory]
    [InlineData("fr-es | prix | precio")]
    [InlineData("fr-es | prix<n> |")]
    [InlineData("fr-es | <n> | precio")]
    [InlineData("fr-es | prix<n><m> | precio")]
    [InlineData("fr-es | prix<n> | pre/cio")]
    [InlineData("fr-es | prix<n> | precio<n")]
    [InlineData("fr-es | à<pr> | en | after <np><loc>")]
    [InlineData("fr-es | à<pr> | en | before np")]
    [InlineData("fr-es | à<pr> | en | before <np><loc>; as e<n>")]
    public void Malformed_lines_are_rejected(string line) =>
        Assert.Throws<FormatException>(() => ApertiumLexicon.Parse(line));

    [Fact]
    public void Each_stage_gets_its_own_script()
    {
        var lexicon = ApertiumLexicon.Parse("# comment\nfr-es | prix<n> | precio\nspa-eng | tasa<n> | rate\nfr-es | gouvernement<n> | gobierno<n><m>\n");
        Assert.Equal(3, lexicon.Count);
        Assert.Equal(["fr-es", "spa-eng"], lexicon.Stages);
        var frEs = lexicon.Script("fr-es")!;
        Assert.Contains("'prix<n>' => ['precio', 0]", frEs, StringComparison.Ordinal);
        Assert.Contains("'Prix<n>' => ['precio', 0]", frEs, StringComparison.Ordinal);
        Assert.Contains("'gouvernement<n>' => ['gobierno<n><m>', 2]", frEs, StringComparison.Ordinal);
        Assert.DoesNotContain("tasa", frEs, StringComparison.Ordinal);
        Assert.Null(lexicon.Script("eng-spa"));
    }

    [Fact]
    public void A_contextual_entry_becomes_a_pass_of_its_own()
    {
        var lexicon = ApertiumLexicon.Parse("fr-es | à<pr> | en | before <np><loc>; as en; not after aller visite\n");
        Assert.Equal(1, lexicon.Count);
        var script = lexicon.Script("fr-es")!;
        Assert.Contains("['à', '<pr>', 'en', 0, '<np><loc>', 'en', {'aller' => 1, 'visite' => 1}]", script, StringComparison.Ordinal);
        Assert.Contains("$record = ctxpass($record);", script, StringComparison.Ordinal);
        Assert.DoesNotContain("'à<pr>' =>", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_after_a_verb_of_rest_takes_in_and_after_a_verb_of_motion_keeps_to()
    {
        using var edited = Engine("");
        string[] french = ["Il a été tué à Bagdad.", "Il a travaillé aux Etats-Unis.", "Le gouvernement a envoyé des troupes à Kaboul.", "Le train de Paris à Lyon est parti."];
        var english = await edited.TranslateAsync(french, CancellationToken.None);
        Assert.Contains("in Baghdad", english[0], StringComparison.Ordinal);
        Assert.Contains("in United States", english[1], StringComparison.Ordinal);
        Assert.Contains("to Kabul", english[2], StringComparison.Ordinal);
        Assert.Contains("to Lyon", english[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_is_inserted_after_lexical_selection()
    {
        var pipeline = "lt-proc -z a.bin | lt-proc -z -b bil.bin | lrx-proc -z -m lex.bin | apertium-transfer -z t1x";
        Assert.Equal("lt-proc -z a.bin | lt-proc -z -b bil.bin | lrx-proc -z -m lex.bin | perl '/tmp/x.pl' | apertium-transfer -z t1x",
            ApertiumLexicon.Insert(pipeline, "/tmp/x.pl"));
        Assert.Throws<InvalidOperationException>(() => ApertiumLexicon.Insert("cat | cat", "/tmp/x.pl"));
    }

    [Fact]
    public async Task Overrides_change_the_sense_and_keep_the_inflection_in_real_apertium()
    {
        var file = Path.Combine(Path.GetTempPath(), $"verbatim-lexicon-test-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "fr-es | prix<n> | precio\nspa-eng | tasa<n> | rate\n");
        try
        {
            string[] french = ["Le prix du pain monte.", "Les prix montent, comme les taux."];
            using var plain = Engine("none");
            using var edited = Engine(file);
            var before = await plain.TranslateAsync(french, CancellationToken.None);
            var after = await edited.TranslateAsync(french, CancellationToken.None);

            Assert.Contains("prize", before[0], StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("The price of", after[0], StringComparison.Ordinal);
            Assert.Contains("prices", after[1], StringComparison.Ordinal);
            Assert.Contains("rates", after[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_built_in_override_fires_on_its_example()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Translation", "DevSet", "lexicon-examples.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(ApertiumLexicon.LoadEmbedded().Count, lines.Count);
        // "= " marks an entry that only protects a word from another override: its example must not change.
        var protective = lines.Select(l => l.StartsWith("= ", StringComparison.Ordinal)).ToList();
        var examples = lines.Select(l => l.StartsWith("= ", StringComparison.Ordinal) ? l[2..] : l).ToList();
        using var plain = Engine("none");
        using var edited = Engine("");
        var before = await plain.TranslateAsync(examples, CancellationToken.None);
        var after = await edited.TranslateAsync(examples, CancellationToken.None);
        var wrong = examples.Where((_, i) => (before[i] == after[i]) != protective[i]).ToList();
        Assert.True(wrong.Count == 0, "overrides that did not behave on their example: " + string.Join(" | ", wrong));
    }

    private static ApertiumEngine Engine(string lexicon) =>
        new(Options.Create(new ApertiumOptions { PoolSize = 1, Lexicon = lexicon }), NullLogger<ApertiumEngine>.Instance);
}
