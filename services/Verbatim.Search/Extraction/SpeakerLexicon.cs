using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

/// <summary>Role nouns and institutional speakers, from the editable data files.</summary>
public sealed class SpeakerLexicon
{
    public SpeakerLexicon(IEnumerable<string> roleLines, IEnumerable<string> institutionLines,
        IEnumerable<string>? organizationLines = null, IEnumerable<string>? countryLines = null, IEnumerable<string>? groupLines = null,
        IEnumerable<string>? equivalenceLines = null)
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

        // After the roles: an equivalence's head is the longest known role at its start (« premier ministre »).
        foreach (var (alias, canonical) in Pairs(equivalenceLines ?? []))
        {
            RoleEquivalences.Add(RoleEquivalence.Parse(alias, canonical, Roles));
        }
        foreach (var (form, value) in Pairs(institutionLines))
        {
            Institutions[form] = value;
        }

        foreach (var (form, value) in Pairs(groupLines ?? []))
        {
            Groups.Add(form);
            if (value == "les")
            {
                DefiniteGroups.Add(form);
            }
        }

        foreach (var role in Roles.Keys.Where(r => !r.Contains(' ', StringComparison.Ordinal)))
        {
            Groups.Add(role.EndsWith('s') || role.EndsWith('x') ? role : role + "s");
        }
    }

    /// <summary>Role phrases naming the same office in other words, from <c>Data/role-equivalences.txt</c>.</summary>
    public List<RoleEquivalence> RoleEquivalences { get; } = [];

    /// <summary>Plural nouns for people speaking as an unnamed group (« des témoins », « plusieurs diplomates »).</summary>
    public HashSet<string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Groups that speak as such with a definite article too (« les organisateurs », « les syndicats »).</summary>
    public HashSet<string> DefiniteGroups { get; } = new(StringComparer.OrdinalIgnoreCase);

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
            EmbeddedData.ReadLines("countries.txt"), EmbeddedData.ReadLines("groups.txt"), EmbeddedData.ReadLines("role-equivalences.txt"));

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

/// <summary>« chef diplomatie » → « ministre étrangères »: a role head, with an optional qualifier word, read as another.</summary>
public sealed record RoleEquivalence(string Head, string? Qualifier, string CanonicalHead, string? CanonicalQualifier)
{
    /// <summary>Splits « head [qualifier] »: the longest prefix that is a known role head (« premier ministre ») is the head.</summary>
    public static RoleEquivalence Parse(string alias, string canonical, IReadOnlyDictionary<string, char> roles)
    {
        var (head, qualifier) = Split(alias, roles);
        var (canonicalHead, canonicalQualifier) = Split(canonical, roles);
        return new RoleEquivalence(head, qualifier, canonicalHead, canonicalQualifier);
    }

    private static (string Head, string? Qualifier) Split(string phrase, IReadOnlyDictionary<string, char> roles)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 1; n--)
        {
            var head = string.Join(' ', words[..n]);
            if (roles.ContainsKey(head))
            {
                return (head, n < words.Length ? string.Join(' ', words[n..]) : null);
            }
        }

        return (words[0], words.Length > 1 ? string.Join(' ', words[1..]) : null);
    }
}
