using System.Text.RegularExpressions;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Finds person-name mentions in normalized text and annotates them with a canonical name, the
/// honorific (« M. », « Mme ») and the role phrase (« le ministre russe des Affaires étrangères »).
/// Annotations only: the text is never rewritten. A capitalised word sequence counts as a person when
/// an honorific precedes it, a role phrase is attached to it, the curated index knows it, or it repeats
/// the surname or full name of a person already recognised in the same text.
/// </summary>
public static partial class NameFinder
{
    // Capitalised words that start sentences or name things, never part of a person's name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Au", "Aux", "Ce", "Cet", "Cette", "Ces",
        "Selon", "Pour", "Dans", "En", "À", "A", "Et", "Mais", "Il", "Elle", "Ils", "Elles", "Nous", "Vous",
        "Je", "On", "Son", "Sa", "Ses", "Leur", "Leurs", "Sur", "Sous", "Avec", "Sans", "Après", "Avant",
        "Lors", "Depuis", "Pendant", "Côté", "Quant", "Interrogé", "Interrogée", "Par", "Chez", "Si", "Comme",
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr", "Mgr",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Monsieur", "Madame",
    };

    private static readonly string[] RoleNouns =
    [
        "ministre", "vice-ministre", "président", "présidente", "vice-président", "vice-présidente",
        "chancelier", "chancelière", "porte-parole", "secrétaire",
        "directeur", "directrice", "PDG", "patron", "patronne", "chef", "cheffe", "ambassadeur", "ambassadrice",
        "avocat", "avocate", "délégué", "déléguée", "négociateur", "négociatrice", "coordinateur",
        "coordinatrice", "représentant", "représentante", "maire", "député", "députée", "sénateur",
        "sénatrice", "juge", "procureur", "procureure", "commissaire", "conseiller", "conseillère",
        "homologue", "général", "générale", "diplomate", "syndicaliste", "responsable", "dirigeant",
        "dirigeante", "opposant", "opposante", "militant", "militante", "gouverneur", "gouverneure", "roi",
        "reine", "prince", "princesse", "pape", "émir", "envoyé", "envoyée", "émissaire", "médiateur",
        "médiatrice", "fondateur", "fondatrice", "économiste", "chercheur", "chercheuse", "expert", "experte",
        "analyste", "commandant", "colonel", "lieutenant-colonel", "capitaine", "rapporteur", "rapporteure", "adjoint",
        "adjointe", "sélectionneur", "sélectionneuse", "entraîneur", "entraîneuse", "joueur", "joueuse", "préfet", "préfète",
        "évêque", "recteur", "rectrice", "doyen", "doyenne", "élu", "élue", "candidat", "candidate", "patron", "leader",
        "professeur", "professeure", "médecin", "historien", "historienne", "politologue", "sociologue", "chef de file",
    ];

    /// <summary>Finds mentions using the embedded curated name index.</summary>
    public static IReadOnlyList<NameMention> Find(string text) => Find(text, PersonNameIndex.Default);

    public static IReadOnlyList<NameMention> Find(string text, PersonNameIndex index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(index);
        var candidates = new List<Candidate>();
        foreach (Match m in NameSequence().Matches(text))
        {
            var candidate = ToCandidate(text, m);
            if (candidate is not null)
            {
                candidates.Add(candidate);
            }
        }

        // Pass 1: candidates recognised on their own (honorific, role, curated index).
        foreach (var c in candidates)
        {
            c.Canonical = index.FindFullName(c.Surface) ?? (c.Tokens == 1 ? index.FindBySurname(c.Surface) : null);
            c.Role = RoleBefore(text, c.RoleAnchor) ?? RoleAfter(text, c.End);
            c.Accepted = c.Honorific is not null || c.Canonical is not null || (c.Role is not null && c.Tokens >= 2);
        }

        // Full names recognised in this text, by folded key, keep the first spelling seen (or the
        // curated canonical) so later variants and bare surnames resolve to it.
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Accepted && c.Tokens >= 2))
        {
            fullNames.TryAdd(NameFolding.Key(c.Surface), c.Canonical ?? c.Surface);
        }

        var bySurname = fullNames
            .GroupBy(kv => kv.Key.Split(' ')[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        // Pass 2: resolve canonicals and accept repeats of recognised people.
        var result = new List<NameMention>();
        foreach (var c in candidates)
        {
            var key = NameFolding.Key(c.Surface);
            if (c.Canonical is null && fullNames.TryGetValue(key, out var full))
            {
                c.Canonical = full;
                c.Accepted = true;
            }

            if (c.Canonical is null && bySurname.TryGetValue(key.Split(' ')[^1], out var people) && people.Count == 1
                && (c.Tokens == 1 || c.Accepted))
            {
                c.Canonical = people[0];
                c.Accepted = true;
            }

            if (!c.Accepted)
            {
                continue;
            }

            result.Add(new NameMention(c.Start, c.End, c.Surface, c.Canonical ?? c.Surface, key, c.Honorific, c.Role));
        }

        return result;
    }

    private static Candidate? ToCandidate(string text, Match m)
    {
        var honorific = m.Groups["hon"].Success ? m.Groups["hon"].Value : null;
        var tokens = m.Groups["tok"].Captures.Select(c => (c.Index, c.Value)).ToList();

        // Drop sentence-initial function words (« Selon Lindqvist » → Lindqvist) unless an honorific
        // vouches for the whole sequence.
        while (honorific is null && tokens.Count > 0 && NotNameWords.Contains(tokens[0].Value))
        {
            tokens.RemoveAt(0);
        }

        while (tokens.Count > 0 && NotNameWords.Contains(tokens[^1].Value))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count == 0 || tokens.Count > 4)
        {
            return null;
        }

        var start = tokens[0].Index;
        var last = tokens[^1];
        var end = last.Index + last.Value.Length;
        // A role clause precedes the honorific: « Le directeur, M. Frédéric Vallat ».
        var roleAnchor = honorific is null ? start : m.Groups["hon"].Index;
        return new Candidate(start, end, text[start..end], tokens.Count, honorific) { RoleAnchor = roleAnchor };
    }

    /// <summary>
    /// « le ministre russe des affaires étrangères, Sergueï Lavrov » (role clause, comma, name) or « le
    /// négociateur iranien Hossein Karimi » (role noun and adjectives right before the name).
    /// </summary>
    private static string? RoleBefore(string text, int nameStart)
    {
        var i = nameStart;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i > 0 && text[i - 1] == ',')
        {
            var clauseEnd = i - 1;
            var clauseStart = clauseEnd;
            while (clauseStart > 0 && !IsClauseBoundary(text[clauseStart - 1]) && clauseEnd - clauseStart < 200)
            {
                clauseStart--;
            }

            var words = Words(text[clauseStart..clauseEnd]);
            for (var w = 0; w < words.Count; w++)
            {
                if (RoleNounAt(words, w) && words.Count - w <= 14)
                {
                    return Join(words, RoleStart(words, w), words.Count);
                }
            }

            return null;
        }

        // No comma: only a determiner, role noun and up to two lower-case adjectives may precede the name.
        var from = Math.Max(0, i - 80);
        var near = Words(text[from..i]);
        for (var w = Math.Max(0, near.Count - 3); w < near.Count; w++)
        {
            var roleStart = RoleNounAt(near, w) ? RoleStart(near, w) : w;
            if (roleStart < w && near.Skip(w + 1).All(IsAdjectiveLike))
            {
                return Join(near, roleStart, near.Count);
            }
        }

        return null;
    }

    /// <summary>« Kemal Aydın, ministre turc des affaires étrangères, » (name, comma, role clause).</summary>
    private static string? RoleAfter(string text, int nameEnd)
    {
        if (nameEnd + 2 >= text.Length || text[nameEnd] != ',' || text[nameEnd + 1] != ' ')
        {
            return null;
        }

        var start = nameEnd + 2;
        var end = start;
        while (end < text.Length && !IsClauseBoundary(text[end]) && end - start < 160)
        {
            end++;
        }

        var words = Words(text[start..end]);
        var first = words.Count > 1 && Determiners.Contains(words[0]) ? 1 : 0;
        return words.Count > first && RoleNounAt(words, first) ? Join(words, 0, words.Count) : null;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "son", "sa", "ses", "leur", "un", "une", "du", "au", "notre", "votre",
    };

    private static readonly HashSet<string> NotAdjectives = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "à", "au", "aux", "en", "pour", "par", "et", "ou", "avec", "sur", "a", "est",
    };

    private static bool IsClauseBoundary(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or '«' or '»' or '(' or ')' or '\n' or '“' or '”';

    private static List<string> Words(string s) => [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string Join(List<string> words, int from, int to) => string.Join(' ', words.Skip(from).Take(to - from));

    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel", "actuelle", "jeune", "influent", "influente",
    };

    /// <summary>
    /// Where the role phrase around the noun at <paramref name="w"/> starts: back over modifiers
    /// (« ancien », « nouvelle ») and one determiner, elided (« L'ancien maire ») or not (« le maire »).
    /// </summary>
    private static int RoleStart(List<string> words, int w)
    {
        if (ElidedDeterminer(words[w]))
        {
            return w;
        }

        var start = w;
        while (start > 0 && RoleModifiers.Contains(ElidedDeterminer(words[start - 1]) ? words[start - 1][2..] : words[start - 1]))
        {
            start--;
            if (ElidedDeterminer(words[start]))
            {
                return start;
            }
        }

        return start > 0 && Determiners.Contains(words[start - 1]) ? start - 1 : start;
    }

    private static bool ElidedDeterminer(string word) => word.StartsWith("l'", StringComparison.OrdinalIgnoreCase);

    private static bool IsAdjectiveLike(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && !NotAdjectives.Contains(word) && !word.Contains('\'');

    /// <summary>True when words[w] (without an elided « l' ») is a role noun, or starts « premier ministre ».</summary>
    private static bool RoleNounAt(List<string> words, int w)
    {
        var word = ElidedDeterminer(words[w]) ? words[w][2..] : words[w];
        foreach (var prefix in (ReadOnlySpan<string>)["ex-", "vice-"])
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && word.Length > prefix.Length && IsRoleNoun(word[prefix.Length..]))
            {
                return true;
            }
        }

        return IsRoleNoun(word);
    }

    private static bool IsRoleNoun(string word) =>
        RoleNouns.Any(r => string.Equals(r, word, StringComparison.OrdinalIgnoreCase));

    private sealed class Candidate(int start, int end, string surface, int tokens, string? honorific)
    {
        public int Start { get; } = start;
        public int End { get; } = end;
        public string Surface { get; } = surface;
        public int Tokens { get; } = tokens;
        public string? Honorific { get; } = honorific;
        public int RoleAnchor { get; init; }
        public string? Canonical { get; set; }
        public string? Role { get; set; }
        public bool Accepted { get; set; }
    }

    // An optional honorific, then 1-6 capitalised tokens (Jean-Luc, O'Brien, al-Assad), possibly joined
    // by name particles (de, von, ben…). Spaces only: a name never spans a line.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.'-])(?:(?<hon>MM\.|M\.|Mmes|Mme|Mlles|Mlle|Me|Dr|Pr|Mgr)\.?[ ]+)?(?<tok>(?:(?:al|el|ben|bin|ibn|abou|abu|ould)-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-'][\p{L}][\p{L}\p{M}]*)*)(?:[ ]+(?:(?:de|du|des|da|di|dos|van|von|der|den|ben|bin|ibn|al|el|la|le)[ ]+)?(?<tok>(?:(?:al|el|ben|bin|ibn|abou|abu|ould)-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-'][\p{L}][\p{L}\p{M}]*)*)){0,5}(?![\p{L}\p{M}])", RegexOptions.CultureInvariant)]
    private static partial Regex NameSequence();
}
