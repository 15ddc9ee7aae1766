using System.Globalization;
using System.Text;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Folds a person name to a spelling-insensitive key so that transliterations of the same name
/// (Sergueï / Sergeï / Sergei / Sergey, Rousskiï / Russkiy, Navalny / Navalnyi) compare equal. The key
/// is only for matching: it is never shown and never replaces story text.
/// </summary>
public static class NameFolding
{
    // Applied in order, on lower-case letters without diacritics. Multi-letter rules first so that
    // later single-letter rules (y→i) see their output.
    private static readonly (string From, string To)[] Rewrites =
    [
        ("zh", "j"),   // Prigozhin / Prigojine
        ("kh", "h"),   // Khodorkovsky / Hodorkovsky; also Zakharova / Zaharova
        ("tch", "ch"), // Gorbatchev / Gorbachev
        ("sch", "ch"),
        ("ck", "k"),
        ("ks", "x"),   // Aleksei / Alexei
        ("ph", "f"),
        ("w", "v"),    // Wladimir / Vladimir
        ("gue", "ge"), // Sergueï / Sergei (French keeps g hard with a u)
        ("gui", "gi"),
        ("ou", "u"),   // Rousskiï / Russkiy, Choïgou / Shoigu
        ("sh", "ch"),
        ("q", "k"),
        ("j", "i"),    // Yevgeny / Ievgueni after zh→j would clash, so j and y and i all meet at i
        ("y", "i"),
    ];

    /// <summary>
    /// The folded key of a whole name: tokens folded one by one, joined by a space. Hyphens separate
    /// tokens too, since spellings differ on them (Kim Jong-un / Kim Jong Un).
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', tokens.Select(FoldToken).Where(t => t.Length > 0));
    }

    /// <summary>Folds one name token.</summary>
    public static string FoldToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var s = StripMarks(token.ToLowerInvariant());
        foreach (var (from, to) in Rewrites)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        // Final -ii/-ei after the y→i rule covers -iy, -ey, -yi, -iï, -eï (Sergey, Sergeï, Russkiy).
        if (s.Length > 3 && s[^1] == 'i' && s[^2] is 'i' or 'e')
        {
            s = s[..^2] + "i";
        }

        return CollapseDoubles(s);
    }

    private static string StripMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Letters with no decomposition that transliterate to a plain Latin letter.
            sb.Append(c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'ø' => 'o',
                'đ' => 'd',
                'ß' => 's',
                _ => c,
            });
        }

        // Only letters carry identity; hyphens and apostrophes vary between spellings (Jong-un, Jong Un).
        return new string(sb.ToString().Where(char.IsLetterOrDigit).ToArray());
    }

    private static string CollapseDoubles(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
