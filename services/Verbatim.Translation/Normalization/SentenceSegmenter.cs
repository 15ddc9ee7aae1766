namespace Verbatim.Translation.Normalization;

/// <summary>
/// Splits a paragraph into sentences. French-aware: abbreviations (M., MM., Mme, Dr., etc.), initials,
/// decimal numbers and times never end a sentence, and no split happens inside a closed quotation,
/// so a quote spanning several sentences stays one segment with its attribution.
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Dr", "Drs", "Pr", "Mgr", "St", "Ste", "Sts",
        "cf", "Cf", "p", "pp", "av", "apr", "env", "vol", "art", "al", "éd", "chap", "fig", "ex", "Gén", "Gal",
        "Col", "Lt", "Cdt", "Cne", "Sgt", "Adj", "Prof", "boul", "bd", "Bd", "vs", "c", "n", "No", "no",
        "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "approx", "min", "max", "tél", "Tél", "dép", "hab",
    };

    /// <summary>Sentence ranges [start, end) within <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, IReadOnlyList<QuotedSpan> closedQuotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        var start = SkipSpaces(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            // Consume the rest of a punctuation run and any closing marks: « ... ?! » ) belong to this sentence.
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            var afterClosers = end;
            var probe = afterClosers;
            while (probe < text.Length && (text[probe] == ' ' || text[probe] is '»' or '”' or ')' or '\''))
            {
                if (text[probe] != ' ')
                {
                    afterClosers = probe + 1;
                }

                probe++;
            }

            end = afterClosers;
            var next = SkipSpaces(text, end);
            if (next >= text.Length)
            {
                break;
            }

            if (next == end || !StartsSentence(text[next]))
            {
                i = end - 1;
                continue;
            }

            if (c == '.' && i + 1 == end && IsAbbreviationOrInitial(text, i))
            {
                continue;
            }

            if (c == '…' && i > 0 && text[i - 1] == '(')
            {
                continue;
            }

            if (InsideClosedQuote(closedQuotes, end))
            {
                i = end - 1;
                continue;
            }

            result.Add((start, TrimEnd(text, start, end)));
            start = next;
            i = next - 1;
        }

        var last = TrimEnd(text, start, text.Length);
        if (last > start)
        {
            result.Add((start, last));
        }

        return result;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '“' or '—' or '–' or '(' or '"' or '[' or '¿' or '¡';

    private static bool IsAbbreviationOrInitial(string text, int dot)
    {
        var j = dot;
        while (j > 0 && (char.IsLetter(text[j - 1]) || text[j - 1] == '-'))
        {
            j--;
        }

        var word = text[j..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (Abbreviations.Contains(word))
        {
            return true;
        }

        // Initials: "J. Dupont", "J.-C. Juncker"; acronyms written with dots: "U.E.", "S.A.".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Length <= 2 && j >= 1 && text[j - 1] == '.')
        {
            return true;
        }

        return word.StartsWith('-') || (word.Length == 3 && word[1] == '-' && char.IsUpper(word[0]));
    }

    private static bool InsideClosedQuote(IReadOnlyList<QuotedSpan> quotes, int position)
    {
        foreach (var q in quotes)
        {
            if (q.Closed && q.Start < position && position < q.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
