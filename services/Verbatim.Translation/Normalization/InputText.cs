using System.Net;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Checks on what callers paste before it is normalized: HTML markup (converted to plain text) and
/// language (Verbatim translates French). Pure functions.
/// </summary>
public static partial class InputText
{
    /// <summary>
    /// When the text contains HTML markup (two or more known tags), returns its plain text: block
    /// tags become line breaks, script/style contents go, entities are decoded. Otherwise returns the
    /// text unchanged and 0.
    /// </summary>
    public static (string Text, int TagsRemoved) FromHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = HtmlTag().Matches(text).Count;
        if (tags < 2)
        {
            return (text, 0);
        }

        var plain = ScriptOrStyle().Replace(text, "\n");
        plain = BlockTag().Replace(plain, "\n");
        plain = HtmlTag().Replace(plain, "");
        plain = AnyTag().Replace(plain, "");
        return (WebUtility.HtmlDecode(plain), tags);
    }

    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "à", "au", "aux", "que", "qui", "dans",
        "pour", "pas", "sur", "il", "elle", "ils", "a", "ont", "ce", "cette", "son", "sa", "ses", "leur", "par",
        "avec", "mais", "ne", "nous", "sont", "été", "d", "l", "qu", "s", "n", "c", "selon", "lors", "après",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "was", "in", "that", "for", "with", "on", "as", "are", "by", "it", "he",
        "she", "they", "have", "has", "had", "will", "would", "from", "this", "be", "at", "an", "said",
    };

    /// <summary>Share of French function words among the words, and whether the text is long enough to judge.</summary>
    public static (double French, double English, bool Judgeable) LanguageScores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count < 25)
        {
            return (0, 0, false); // headlines and short items: too little to tell
        }

        return ((double)words.Count(French.Contains) / words.Count, (double)words.Count(English.Contains) / words.Count, true);
    }

    /// <summary>French copy runs at 30–45 % function words; other languages far below (only loans and names match).</summary>
    public static bool LooksFrench(string text)
    {
        var (fr, en, judgeable) = LanguageScores(text);
        return !judgeable || (fr >= 0.10 && fr >= en);
    }

    [GeneratedRegex(@"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|img|figure|figcaption|blockquote|section|article|header|footer|table|tr|td|th|script|style|meta|link|html|body|head|title|noscript|iframe|button|nav|aside|time|small|sup|sub|u)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<\s*(script|style|noscript)\b[^>]*>.*?<\s*/\s*\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/figcaption|/tr|/section|/article)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    // Comments and doctype that the known-tag pattern does not cover.
    [GeneratedRegex(@"<!--.*?-->|<!DOCTYPE[^>]*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
