using System.Reflection;
using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

/// <summary>
/// Speech verbs, loaded from the editable data file <c>Data/cue-verbs.txt</c>. Regular -er verbs are
/// expanded to their third-person forms and infinitive (« vient de confirmer »); irregular ones list theirs.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, string> _lemmaByForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _reflexiveLemmaByForm = new(StringComparer.OrdinalIgnoreCase);

    public CueLexicon(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(':', 2);
            var lemma = parts[0].Trim();
            // « s'interroger!: … »: only the listed forms (a derived participle like « interrogé » is mostly not speech).
            var listedOnly = lemma.EndsWith('!');
            lemma = lemma.TrimEnd('!');
            var bare = lemma.StartsWith("se ", StringComparison.Ordinal) ? lemma[3..]
                : lemma.StartsWith("s'", StringComparison.Ordinal) ? lemma[2..] : lemma;
            var forms = parts.Length > 1
                ? parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()
                : [];
            if (!listedOnly && bare.EndsWith("er", StringComparison.Ordinal) && !bare.Contains(' ', StringComparison.Ordinal))
            {
                var stem = bare[..^2];
                var softStem = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
                forms.AddRange([stem + "é", stem + "e", stem + "ent", softStem + "ait", softStem + "aient", softStem + "a", stem + "èrent", stem + "era", bare]);
            }

            foreach (var form in listedOnly ? [] : forms.ToList())
            {
                // Participles agree: déclarée, déclarés, déclarées.
                if (form.EndsWith('é') || form.EndsWith('u') || form.EndsWith('i') || form.EndsWith("is", StringComparison.Ordinal) || form.EndsWith("it", StringComparison.Ordinal))
                {
                    forms.Add(form + "e");
                    forms.Add(form + "s");
                    forms.Add(form + "es");
                }
            }

            var reflexive = !ReferenceEquals(bare, lemma);
            foreach (var form in forms)
            {
                _lemmaByForm.TryAdd(form, lemma);
                if (reflexive)
                {
                    _reflexiveLemmaByForm.TryAdd(form, lemma);
                }
            }
        }

        // Reverse ordinal order: forms sharing a prefix are adjacent, so the regex engine factors them into a
        // trie instead of trying hundreds of branches at each position, and a longer form (« fait savoir »)
        // still comes before any form that is its prefix.
        var alternation = string.Join('|', _lemmaByForm.Keys.OrderByDescending(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        FormPattern = alternation;
    }

    /// <summary>Regex alternation of every inflected form; a form always precedes the forms that are its prefixes.</summary>
    public string FormPattern { get; }

    public int Count => _lemmaByForm.Count;

    /// <summary>Regex alternation of the forms of some lemmas only (same order rule as <see cref="FormPattern"/>).</summary>
    public string FormsOf(params string[] lemmas) =>
        string.Join('|', _lemmaByForm.Where(p => lemmas.Contains(p.Value, StringComparer.Ordinal)).Select(p => p.Key)
            .OrderByDescending(k => k, StringComparer.Ordinal).Select(Regex.Escape));

    public string? LemmaOf(string form) => _lemmaByForm.GetValueOrDefault(form);

    /// <summary>The pronominal lemma of a form used after « s'est »/« se sont », if the lexicon has one.</summary>
    public string? ReflexiveLemmaOf(string form) => _reflexiveLemmaByForm.GetValueOrDefault(form);

    public static CueLexicon LoadDefault() => new(EmbeddedData.ReadLines("cue-verbs.txt"));

    /// <summary>Verbs whose noun object is the position taken (« rejeter ces accusations »): <c>Data/position-verbs.txt</c>.</summary>
    public static CueLexicon LoadPositions() => new(EmbeddedData.ReadLines("position-verbs.txt").Select(l => l.Split('=', 2)[0]));

    /// <summary>
    /// Position verbs whose object's head is restricted (« rejeter … = accusations, critiques »): lemma → allowed heads,
    /// from the « = noun, noun » tail of <c>Data/position-verbs.txt</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, HashSet<string>> LoadPositionObjects() =>
        EmbeddedData.ReadLines("position-verbs.txt")
            .Where(l => !l.TrimStart().StartsWith('#') && l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(
                l => l.Split(':', '=')[0].Trim().TrimEnd('!'),
                l => l.Split('=', 2)[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);
}

internal static class EmbeddedData
{
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Verbatim.Search.Extraction.Data." + fileName)
                           ?? throw new InvalidOperationException($"embedded data file {fileName} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
