namespace Verbatim.Translation.Translation;

public sealed class ApertiumOptions
{
    public const string Section = "Apertium";

    /// <summary>Where Debian's apertium packages install their .mode files.</summary>
    public string ModesDirectory { get; set; } = "/usr/share/apertium/modes";

    /// <summary>Apertium has no direct fr→en pair: French→Spanish, then Spanish→English.</summary>
    public IList<string> Modes { get; set; } = ["fr-es", "spa-eng"];

    /// <summary>Resident pipelines; 0 means one per core.</summary>
    public int PoolSize { get; set; }

    /// <summary>Pieces sent per pipeline round trip (1 sends them one by one).</summary>
    public int BatchPieces { get; set; } = 32;

    /// <summary>
    /// Word-sense overrides applied inside the pipelines (see <see cref="ApertiumLexicon"/>): the
    /// built-in file when empty, "none" to turn them off, or the path of a file of your own.
    /// </summary>
    public string Lexicon { get; set; } = "";

    /// <summary>
    /// Noun-compound reordering in the Spanish→English stream (see <see cref="ApertiumCompounds"/>):
    /// the built-in rules when empty, "none" to turn it off, or the path of a file of your own.
    /// </summary>
    public string Compounds { get; set; } = "";

    /// <summary>
    /// Possessive choice (his/her/its/their) in the Spanish→English stream (see <see cref="ApertiumPossessives"/>):
    /// the built-in person nouns when empty, "none" to turn it off, or the path of a file of your own.
    /// </summary>
    public string Possessives { get; set; } = "";

    /// <summary>
    /// Modes of a second pivot for French words the first one does not know (they are marked by
    /// the first stage, translated alone through these, and put in place), e.g. ["fra-cat",
    /// "cat-eng"]: Debian's apertium-fra-cat and apertium-eng-cat give "palliatives", "dancers",
    /// "survived" where the Spanish pivot left « palliatifs », « danseurs », « survécu ». Off (empty)
    /// by default: on newstest it gains +0.19 BLEU / +0.38 chrF but costs one more resident
    /// pipeline (≈ 640 MiB RSS) and a round trip per dispatch with new unknown words (throughput
    /// 0.92× → 0.82× of raw Apertium on the 2-core benchmark machine). Modes not installed: the
    /// words stay as they are.
    /// </summary>
    public IList<string> UnknownWordModes { get; set; } = [];

    /// <summary>Per-call deadline before a pipeline is considered hung and restarted.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
