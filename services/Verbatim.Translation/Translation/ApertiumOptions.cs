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

    /// <summary>Per-call deadline before a pipeline is considered hung and restarted.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
