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
    /// Translate French words the first pivot does not know through a second pivot (they are marked by
    /// the first stage, translated alone through <see cref="UnknownWordModes"/>, and put in place):
    /// Debian's apertium-fra-cat and apertium-eng-cat give "palliatives", "dancers", "survived" where
    /// the Spanish pivot left « palliatifs », « danseurs », « survécu ». On by default: it costs one
    /// more resident pipeline (about 0.4 GiB RSS) and a round trip per dispatch with new unknown words
    /// (BENCHMARKS.md has the figures). When its modes are not installed the words stay as they are.
    /// </summary>
    public bool UnknownWords { get; set; } = true;

    /// <summary>The second pivot's modes; empty means fra-cat then cat-eng.</summary>
    // Empty rather than pre-filled: the configuration binder appends to a list's defaults, so a
    // user's own modes would otherwise land after ours.
    public IList<string> UnknownWordModes { get; set; } = [];

    internal static readonly IReadOnlyList<string> DefaultUnknownWordModes = ["fra-cat", "cat-eng"];

    internal IReadOnlyList<string> EffectiveUnknownWordModes =>
        !UnknownWords ? [] : UnknownWordModes.Count > 0 ? UnknownWordModes.ToList() : DefaultUnknownWordModes;

    /// <summary>Per-call deadline before a pipeline is considered hung and restarted.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
