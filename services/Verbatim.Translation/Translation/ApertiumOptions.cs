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

    /// <summary>Per-call deadline before a pipeline is considered hung and restarted.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
