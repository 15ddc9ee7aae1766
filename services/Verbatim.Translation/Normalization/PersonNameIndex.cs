using System.Reflection;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// The curated list of known people and their spellings (Data/person-names.txt, embedded in the
/// assembly), indexed by folded key. Lookup goes through <see cref="NameFolding"/>, so a spelling that
/// is not listed still matches when it folds like a listed one.
/// </summary>
public sealed class PersonNameIndex
{
    private const string ResourceName = "Verbatim.Translation.Normalization.person-names.txt";

    private static readonly Lazy<PersonNameIndex> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, string> _byFullKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _bySurnameKey = new(StringComparer.Ordinal);

    /// <summary>The index built from the embedded data file, read once.</summary>
    public static PersonNameIndex Default => Embedded.Value;

    /// <summary>Parses <c>Canonical | variant | variant</c> lines; blank lines and # comments are skipped.</summary>
    public static PersonNameIndex Parse(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var index = new PersonNameIndex();
        foreach (var raw in data.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0)
            {
                continue;
            }

            var canonical = names[0];
            foreach (var name in names)
            {
                var key = NameFolding.Key(name);
                if (key.Length == 0)
                {
                    continue;
                }

                // First entry wins on a clash, so the file order decides and the result is stable.
                _ = index._byFullKey.TryAdd(key, canonical);
                var tokens = key.Split(' ');
                if (tokens.Length > 1)
                {
                    var surname = tokens[^1];
                    if (!index._bySurnameKey.TryGetValue(surname, out var set))
                    {
                        index._bySurnameKey[surname] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(canonical);
                }
            }
        }

        return index;
    }

    /// <summary>Canonical name for a full name (any listed or foldable spelling), or null.</summary>
    public string? FindFullName(string name) =>
        _byFullKey.TryGetValue(NameFolding.Key(name), out var canonical) ? canonical : null;

    /// <summary>Canonical name for a surname alone when exactly one listed person has it, or null.</summary>
    public string? FindBySurname(string surname)
    {
        var key = NameFolding.Key(surname);
        if (key.Length < 4 || key.Contains(' '))
        {
            return null;
        }

        return _bySurnameKey.TryGetValue(key, out var set) && set.Count == 1 ? set.First() : null;
    }

    private static PersonNameIndex LoadEmbedded()
    {
        using var stream = typeof(PersonNameIndex).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
