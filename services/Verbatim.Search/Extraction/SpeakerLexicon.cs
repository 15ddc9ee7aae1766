using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

/// <summary>Role nouns and institutional speakers, from the editable data files.</summary>
public sealed class SpeakerLexicon
{
    public SpeakerLexicon(IEnumerable<string> roleLines, IEnumerable<string> institutionLines,
        IEnumerable<string>? organizationLines = null, IEnumerable<string>? countryLines = null, IEnumerable<string>? groupLines = null)
    {
        foreach (var (form, value) in Pairs(countryLines ?? []))
        {
            Countries[form] = value;
        }

        foreach (var (form, value) in Pairs(organizationLines ?? []))
        {
            Organizations[form] = value switch { "m" => 'm', "f" => 'f', _ => 'x' };
        }

        foreach (var (form, value) in Pairs(roleLines))
        {
            Roles[form] = value switch { "m" => 'm', "f" => 'f', _ => 'x' };
        }

        foreach (var (form, value) in Pairs(institutionLines))
        {
            Institutions[form] = value;
        }

        foreach (var (form, _) in Pairs(groupLines ?? []))
        {
            Groups.Add(form);
        }

        foreach (var role in Roles.Keys.Where(r => !r.Contains(' ', StringComparison.Ordinal)))
        {
            Groups.Add(role.EndsWith('s') || role.EndsWith('x') ? role : role + "s");
        }
    }

    /// <summary>Plural nouns for people speaking as an unnamed group (« des témoins », « plusieurs diplomates »).</summary>
    public HashSet<string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role noun → grammatical gender ('m', 'f', or 'x' for either).</summary>
    public Dictionary<string, char> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Surface form → canonical institution name.</summary>
    public Dictionary<string, string> Institutions { get; } = new(StringComparer.Ordinal);

    /// <summary>Nationality adjective → country name.</summary>
    public Dictionary<string, string> Countries { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Organization head noun → grammatical gender.</summary>
    public Dictionary<string, char> Organizations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One compiled pattern over every institution surface form, longest first.</summary>
    public Regex InstitutionPattern => _institutionPattern ??= new Regex(
        $@"(?<![\p{{L}}])(?:{string.Join('|', Institutions.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))})(?![\p{{L}}])",
        RegexOptions.CultureInvariant);

    private Regex? _institutionPattern;

    public static SpeakerLexicon LoadDefault() =>
        new(EmbeddedData.ReadLines("roles.txt"), EmbeddedData.ReadLines("institutions.txt"), EmbeddedData.ReadLines("organizations.txt"),
            EmbeddedData.ReadLines("countries.txt"), EmbeddedData.ReadLines("groups.txt"));

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
