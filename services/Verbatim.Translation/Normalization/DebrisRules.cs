using System.Text.RegularExpressions;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Recognises the non-story lines that come with copy-pasted wire copy. Works on typography-normalized
/// lines. Every rule names what it removes so the caller can keep it in metadata.
/// </summary>
public static partial class DebrisRules
{
    /// <summary>Returns the removal kind for a whole line, or null when the line is story text.</summary>
    public static string? ClassifyLine(string line)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (UpdateStamp().IsMatch(t))
        {
            return RemovedKinds.UpdateStamp;
        }

        if (ShareWidget().IsMatch(t))
        {
            return RemovedKinds.ShareWidget;
        }

        if (PhotoCredit().IsMatch(t))
        {
            return RemovedKinds.PhotoCredit;
        }

        if (AgencyOnly().IsMatch(t))
        {
            return RemovedKinds.AgencyTail;
        }

        if (Byline().IsMatch(t))
        {
            return RemovedKinds.Byline;
        }

        if (DeskInitials().IsMatch(t))
        {
            return RemovedKinds.AgencyTail;
        }

        return null;
    }

    /// <summary>True when a removed line says when the story was updated (« …, modifié à 11h20 »).</summary>
    public static bool MentionsUpdate(string line) => UpdateMention().IsMatch(line);

    [GeneratedRegex(@"\b(?:mise? à jour|modifié|actualisé)\b[^.!?«»]{0,40}\d{1,2}\s?[h:]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateMention();

    /// <summary>Agencies credited in a removed line or fragment.</summary>
    public static IEnumerable<string> AgenciesIn(string text)
    {
        foreach (Match m in AgencyName().Matches(text))
        {
            yield return CanonicalAgency(m.Value);
        }
    }

    private static string CanonicalAgency(string name) => name.ToUpperInvariant() switch
    {
        "REUTERS" => "Reuters",
        "BELGA" => "Belga",
        "XINHUA" => "Xinhua",
        "KYODO" => "Kyodo",
        "ANSA" => "ANSA",
        var upper => upper,
    };

    /// <summary>
    /// Splits a leading dateline such as « PARIS (AFP) – » or « (Reuters) - » off a paragraph.
    /// Returns the length of the prefix to remove (0 when none).
    /// </summary>
    public static int DatelineLength(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        return m.Success ? m.Length : 0;
    }

    /// <summary>Length of a trailing agency signature (« (AFP) », « – Le Monde avec AFP »), or 0.</summary>
    public static int AgencyTailLength(string paragraph)
    {
        var m = TrailingAgency().Match(paragraph);
        return m.Success ? m.Length : 0;
    }

    [GeneratedRegex(@"^(?:(?:Dernière )?mise à jour|Mis à jour|Modifié|Actualisé|Publié|Mise en ligne|Posté|Updated)\b[^.!?«»]{0,120}$|^(?:le )?\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?| \p{L}+ \d{4}) (?:à|-) ?\d{1,2}[h:]\d{2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateStamp();

    [GeneratedRegex(@"^(?:•\s*)?(?:Copié|Copier(?: le lien)?|Partager(?: sur \w+)?|Partage|Tweeter|Twitter|Facebook|LinkedIn|WhatsApp|Envoyer(?: par e-?mail)?|Imprimer|Commenter|Réagir|S'abonner|Abonnez-vous\b.*|(?:À|A) lire (?:aussi|également)\b.*|Lire (?:aussi|également|la suite)\b.*|Voir aussi\b.*|Newsletter\b.*|Écouter cet article\b.*|Temps de lecture\b.*|\d+ min(?:utes)? de lecture|Publicité|Contenus sponsorisés)\s*(?:•\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareWidget();

    // A caption with a credit: "© NAME / AFP", "Photo : ...", "(Photo NAME/Reuters)".
    [GeneratedRegex(@"©|^(?:Photo|Crédit(?:s)?(?: photo)?|Illustration|Image)\s*:|\(Photo [^)]*\)\s*$|/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Sipa|Maxppp|Hans Lucas)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // A line that is only agency credits: "AFP", "(Reuters)", "AFP/VNA/CVN", "avec AFP, modifié à 10h".
    [GeneratedRegex(@"^[(–—-]?\s*(?:(?:avec|with|source|sources?\s*:)\s*)?(?:AFP|Reuters|AP|ANSA|Belga|Xinhua|Kyodo|dpa|EFE|VNA|CVN|TASS|RIA Novosti|Anadolu)(?:\s*[/,&et]+\s*(?:AFP|Reuters|AP|ANSA|Belga|Xinhua|Kyodo|dpa|EFE|VNA|CVN|TASS|RIA Novosti|Anadolu))*\s*[)]?\s*(?:,?\s*(?:modifié|mis à jour|publié)[^.]{0,40})?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyOnly();

    // "Par Jean Dupont", "Le Monde avec AFP", "Par Jean Dupont et Marie Martin (à Bruxelles)"; an interview's
    // credit, "Propos recueillis par Jean Dupont", "Entretien réalisé par …", is a byline too.
    [GeneratedRegex(@"^(?:(?:(?:Propos|Entretien|Interview)\s+)?(?:[Rr]ecueilli|[Rr]éalisé|[Mm]ené|[Cc]onduit)e?s?\s+par|Par|By)\s+\p{Lu}[\p{L}'.-]+(?:\s+(?:\p{Lu}[\p{L}'.-]+|de|du|et|avec))*(?:\s*\([^)]*\))?(?:\s*,\s*[\p{L} ]{0,40})?$|^[–—-]?\s*(?:Le |La |L')?\p{Lu}[\p{L}.' -]{1,40} avec (?:AFP|Reuters|AP|Belga|dpa)\b.{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(?:AFP|Reuters|AP|ANSA|Belga|Xinhua|Kyodo|dpa|EFE|VNA|CVN|TASS|Anadolu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyName();

    // AFP desk signatures closing a dispatch: "pdh/ved/fjb", "bur-ab/cd". Lower case only, so a
    // ratio or a date cannot match.
    [GeneratedRegex(@"^\p{Ll}{2,5}(?:[-/]\p{Ll}{2,5}){1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskInitials();

    // "PARIS (AFP) – ", "(Reuters) - ", "MOSCOU, 12 mars (AFP) - ", "NATIONS UNIES (États-Unis), 14 mars 2025 (AFP) - "
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}\p{Pd}' ]{1,40}(?:\s*\([\p{L}\p{Pd}' ]{2,30}\))?(?:,\s*\d{1,2}\s+\p{Ll}+(?:\s+\d{4})?)?\s*)?\((?:AFP|Reuters|AP|Belga|dpa|ANSA|Xinhua)\)\s*[–—-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\s*(?:\((?:AFP|Reuters|AP|Belga|dpa|ANSA|Xinhua)\)|[–—-]\s*(?:Le |La |L')?\p{Lu}[\p{L}.' -]{1,30} avec (?:AFP|Reuters|AP|Belga|dpa))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAgency();
}
