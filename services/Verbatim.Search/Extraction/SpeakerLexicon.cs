namespace Verbatim.Search.Extraction;

/// <summary>Role nouns and institutional speakers, from the editable data files.</summary>
public sealed class SpeakerLexicon
{
    public SpeakerLexicon(IEnumerable<string> roleLines, IEnumerable<string> institutionLines)
    {
        foreach (var (form, value) in Pairs(roleLines))
        {
            Roles[form] = value switch { "m" => 'm', "f" => 'f', _ => 'x' };
        }

        foreach (var (form, value) in Pairs(institutionLines))
        {
            Institutions[form] = value;
        }
    }

    /// <summary>Role noun → grammatical gender ('m', 'f', or 'x' for either).</summary>
    public Dictionary<string, char> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Surface form → canonical institution name.</summary>
    public Dictionary<string, string> Institutions { get; } = new(StringComparer.Ordinal);

    public static SpeakerLexicon LoadDefault() =>
        new(EmbeddedData.ReadLines("roles.txt"), EmbeddedData.ReadLines("institutions.txt"));

    private static IEnumerable<(string, string)> Pairs(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            yield return (parts[0], parts.Length > 1 ? parts[1] : "");
        }
    }
}
