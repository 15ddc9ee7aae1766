using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Character-level clean-up of French wire copy. Canonical forms: NFC, LF line ends, plain spaces
/// (French non-breaking and narrow spaces become one ASCII space, so downstream regexes and the MT
/// engine see one kind of blank), straight apostrophe, « » for quotations with “ ” inside them,
/// "…" for ellipses. Only removes characters that carry no text (zero-width, soft hyphen).
/// </summary>
public static partial class Typography
{
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var s = input.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        s = RemoveInvisible(s);
        if (!s.IsNormalized(NormalizationForm.FormC))
        {
            s = s.Normalize(NormalizationForm.FormC);
        }

        s = NormalizeSpacesAndMarks(s);
        s = NormalizeQuotes(s);
        s = FixSpacing(s);
        return s;
    }

    private static string RemoveInvisible(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];

            // A lone surrogate is not text (and makes string.Normalize throw): keep a visible U+FFFD.
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    sb.Append(c).Append(s[++i]);
                }
                else
                {
                    sb.Append('\uFFFD');
                }

                continue;
            }

            switch (c)
            {
                case '\u00AD': // soft hyphen
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue;
                default:
                    // Other control characters (but not tab/newline) are noise from copy-paste.
                    if (char.IsControl(c) && c != '\n' && c != '\t')
                    {
                        continue;
                    }

                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string NormalizeSpacesAndMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\t':
                    sb.Append(' ');
                    break;
                case '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`':
                    sb.Append('\'');
                    break;
                case '\u2010' or '\u2011':
                    sb.Append('-');
                    break;
                case '\u2012' or '\u2013' or '\u2212':
                    sb.Append('–');
                    break;
                case '\u2014' or '\u2015':
                    sb.Append('—');
                    break;
                default:
                    if (c != '\n' && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        // Ellipses: "..." and the bracketed cut marks used inside quotations.
        return sb.ToString()
            .Replace("[...]", "(…)", StringComparison.Ordinal)
            .Replace("(...)", "(…)", StringComparison.Ordinal)
            .Replace("[…]", "(…)", StringComparison.Ordinal)
            .Replace("...", "…", StringComparison.Ordinal)
            .Replace(" -- ", " – ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Maps every quotation style to « » (outer) and “ ” (nested). Straight double quotes are paired
    /// per line by position: an opening one is followed by a letter, a closing one preceded by one.
    /// </summary>
    internal static string NormalizeQuotes(string s)
    {
        var sb = new StringBuilder(s.Length);
        var depth = 0;
        var openers = new Stack<char>();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n')
            {
                // Each line is read on its own. A quotation running over several paragraphs reopens
                // with « on each one in French copy, so nothing is lost; and carrying depth across
                // lines would make the result depend on debris lines that are removed later, which
                // breaks idempotence (normalizing the output again must change nothing).
                sb.Append(c);
                depth = 0;
                openers.Clear();
                continue;
            }

            var kind = Classify(s, i, depth, openers.Count > 0 ? openers.Peek() : '\0');
            switch (kind)
            {
                case QuoteRole.Open:
                    sb.Append(depth == 0 ? '«' : '“');
                    openers.Push(c);
                    depth++;
                    break;
                case QuoteRole.Close:
                    openers.TryPop(out _);
                    depth = Math.Max(0, depth - 1);
                    sb.Append(depth == 0 ? '»' : '”');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private enum QuoteRole { None, Open, Close }

    private static QuoteRole Classify(string s, int i, int depth, char innermostOpener)
    {
        var c = s[i];
        switch (c)
        {
            case '«' or '‹':
                return QuoteRole.Open;
            case '»' or '›':
                return QuoteRole.Close;
            case '“' or '„' or '‟':
                // “ is an opening mark in French and English usage; only a German-style „…“ pair
                // closes with it. Keying this on the opener (not on position) keeps the output, where
                // “ always opens, stable under a second pass.
                if (c == '“' && innermostOpener == '„')
                {
                    return QuoteRole.Close;
                }

                return QuoteRole.Open;
            case '”':
                return depth > 0 ? QuoteRole.Close : (IsOpeningPosition(s, i) && !IsClosingPosition(s, i) ? QuoteRole.Open : QuoteRole.Close);
            case '"':
                var opening = IsOpeningPosition(s, i);
                var closing = IsClosingPosition(s, i);
                if (opening && !closing)
                {
                    return QuoteRole.Open;
                }

                if (closing && !opening)
                {
                    return QuoteRole.Close;
                }

                return depth > 0 ? QuoteRole.Close : QuoteRole.Open;
            default:
                return QuoteRole.None;
        }
    }

    private static bool IsOpeningPosition(string s, int i)
    {
        var before = i == 0 ? ' ' : s[i - 1];
        var after = i + 1 < s.Length ? s[i + 1] : ' ';
        var beforeOk = char.IsWhiteSpace(before) || before is '(' or '[' or '\'' or '«' or '“' or ':' or '—' or '–';
        var afterOk = !char.IsWhiteSpace(after) || (i + 2 < s.Length && char.IsLetterOrDigit(s[i + 2]));
        return beforeOk && afterOk && after != '\n';
    }

    private static bool IsClosingPosition(string s, int i)
    {
        var before = i == 0 ? ' ' : s[i - 1];
        var after = i + 1 < s.Length ? s[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && i > 0 && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || after == '\n' || i + 1 == s.Length);
    }

    /// <summary>
    /// One space inside « » and before : ; ! ? (the French rule, written with plain spaces), none
    /// before commas and periods, single spaces elsewhere, trimmed lines.
    /// </summary>
    internal static string FixSpacing(string s)
    {
        var lines = s.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = MultiSpace().Replace(lines[i], " ");
            line = SpaceBeforeCommaOrPeriod().Replace(line, "$1");
            // Closing up « . . . » can make a new ellipsis; fold it now so a second pass has nothing to do.
            line = line.Replace("...", "…", StringComparison.Ordinal).Replace("[…]", "(…)", StringComparison.Ordinal);
            line = CutMark().Replace(line, "(…)");
            line = HighPunctuation().Replace(line, " $1");
            line = ColonWithoutSpace().Replace(line, " :");
            line = OpeningGuillemet().Replace(line, "« ");
            line = ClosingGuillemet().Replace(line, " »");
            lines[i] = line.Trim();
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@" +([,.])(?!\.)")]
    private static partial Regex SpaceBeforeCommaOrPeriod();

    [GeneratedRegex(@"\( *… *\)")]
    private static partial Regex CutMark();

    // ; ! ? glued to a word get their space; "?!" runs and "(?)" stay as they are.
    [GeneratedRegex(@"(?<=[^\s!?(«“])([;!?])")]
    private static partial Regex HighPunctuation();

    // Not in times (09:05), ratios (3:1) or URLs (https://).
    [GeneratedRegex(@"(?<=[^\s(«“\d]):(?!//)")]
    private static partial Regex ColonWithoutSpace();

    [GeneratedRegex(@"« *")]
    private static partial Regex OpeningGuillemet();

    [GeneratedRegex(@" *»")]
    private static partial Regex ClosingGuillemet();
}
