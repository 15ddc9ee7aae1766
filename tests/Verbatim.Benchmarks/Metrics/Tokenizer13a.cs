using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Benchmarks.Metrics;

/// <summary>
/// sacreBLEU's default BLEU tokenizer ("13a"): the language-independent part of mteval-v13a.pl
/// (unescape a few XML entities, drop &lt;skipped&gt;, join hyphenated line breaks) followed by its
/// Western-language regular expressions, applied in the same order and with the same
/// non-overlapping left-to-right replacement semantics as Python's <c>re.sub</c>.
/// </summary>
public static partial class Tokenizer13a
{
    public static string Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.Replace("<skipped>", "", StringComparison.Ordinal)
            .Replace("-\n", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal);

        line = " " + line + " ";
        // ASCII symbols and punctuation except . , - ' (and except digits/letters) become tokens.
        line = Symbols().Replace(line, " $1 ");
        // Period and comma are split off unless preceded by a digit ...
        line = PeriodCommaAfterNonDigit().Replace(line, "$1 $2 ");
        // ... and unless followed by a digit: "3.5" and "1,000" survive, "end." does not.
        line = PeriodCommaBeforeNonDigit().Replace(line, " $1 $2");
        // A dash after a digit is split off ("1990-2000" → "1990 - 2000").
        line = DashAfterDigit().Replace(line, "$1 $2 ");
        return string.Join(' ', PythonWhitespace.Split(line));
    }

    // Python: r'([\{-\~\[-\` -\&\(-\+\:-\@\/])' — the ranges {-~, [-`, space-&, (-+, :-@ and '/'.
    [GeneratedRegex(@"([\x7B-\x7E\x5B-\x60\x20-\x26\x28-\x2B\x3A-\x40/])", RegexOptions.CultureInvariant)]
    private static partial Regex Symbols();

    [GeneratedRegex(@"([^0-9])([.,])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCommaAfterNonDigit();

    [GeneratedRegex(@"([.,])([^0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCommaBeforeNonDigit();

    [GeneratedRegex(@"([0-9])(-)", RegexOptions.CultureInvariant)]
    private static partial Regex DashAfterDigit();
}

/// <summary>Python's <c>str.split()</c> with no argument: splits on runs of Unicode whitespace, drops empties.</summary>
public static class PythonWhitespace
{
    /// <summary>Python's <c>str.isspace()</c> set, which is .NET's plus the ASCII separators U+001C..U+001F.</summary>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1C' and <= '\x1F';

    public static string[] Split(string text)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var ws = i == text.Length || IsWhiteSpace(text[i]);
            if (ws && start >= 0)
            {
                parts.Add(text[start..i]);
                start = -1;
            }
            else if (!ws && start < 0)
            {
                start = i;
            }
        }

        return [.. parts];
    }

    /// <summary><c>''.join(text.split())</c>: every whitespace character removed.</summary>
    public static string RemoveAll(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
