using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

/// <summary>
/// One canonical form per person across spellings and transliterations: an editable alias file
/// (<c>Data/names.txt</c>) first, then general folding rules for names it does not list
/// (Sergueï/Sergeï/Sergey → sergei, Rousskiï → russkiy).
/// </summary>
public sealed partial class NameCanonicalizer
{
    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);

    public NameCanonicalizer(IEnumerable<string> aliasLines)
    {
        foreach (var raw in aliasLines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var variant in parts)
            {
                _canonicalByKey.TryAdd(Key(variant), parts[0]);
            }
        }
    }

    public static NameCanonicalizer LoadDefault() => new(EmbeddedData.ReadLines("names.txt"));

    /// <summary>The display name: the alias file's canonical form, else the name as written.</summary>
    public string Canonical(string name) => _canonicalByKey.GetValueOrDefault(Key(name)) ?? name.Trim();

    /// <summary>Stable speaker id: folded, transliteration-insensitive slug of the canonical name.</summary>
    public string SpeakerId(string name) => "p-" + Key(Canonical(name)).Replace(' ', '-');

    /// <summary>Folding key: lower case, no diacritics, common Russian/Ukrainian transliteration variants merged.</summary>
    public static string Key(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var s = MultiSpace().Replace(sb.ToString(), " ").Trim();
        s = Guei().Replace(s, "ge");       // Sergueï → sergei, Guennadi → gennadi
        s = Ou().Replace(s, "u");          // Rousskiï → russkii, Choïgou → choigu
        s = Tch().Replace(s, "ch");        // Tchernychev → chernychev
        s = Kh().Replace(s, "h");          // Mikhaïl → mihail, Mikhail → mihail
        s = FinalIy().Replace(s, "i");     // Sergey → sergei, Russkiy/Rousskiï → russki
        s = DoubleI().Replace(s, "i");
        s = Y().Replace(s, "i");           // Zelenskyy → zelenski
        s = DoubleLetters().Replace(s, "$1");
        return s;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"gu(?=[ei])")]
    private static partial Regex Guei();

    [GeneratedRegex(@"ou")]
    private static partial Regex Ou();

    [GeneratedRegex(@"tch")]
    private static partial Regex Tch();

    [GeneratedRegex(@"kh")]
    private static partial Regex Kh();

    [GeneratedRegex(@"(?:iy|ij|yi|ei|ey)\b")]
    private static partial Regex FinalIy();

    [GeneratedRegex(@"ii+")]
    private static partial Regex DoubleI();

    [GeneratedRegex(@"y")]
    private static partial Regex Y();

    [GeneratedRegex(@"([a-z])\1")]
    private static partial Regex DoubleLetters();
}
