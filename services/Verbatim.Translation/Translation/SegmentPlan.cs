using System.Text;
using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Translation;

/// <summary>
/// How one sentence is sent to the engine: the text outside quotations and each quotation as
/// separate units, so every quote comes back as a unit we can put English quotation marks around
/// and give exact English offsets. Pure: planning and assembly do no I/O.
/// </summary>
public sealed record SegmentPlan(string Text, IReadOnlyList<SegmentPiece> Pieces)
{
    public static SegmentPlan Create(string sentence, IReadOnlyList<(int Start, int End, bool Closed)> quotes)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var pieces = new List<SegmentPiece>();
        var cursor = 0;
        foreach (var (qs, qe, closed) in quotes.OrderBy(q => q.Start))
        {
            if (qs < cursor || qe > sentence.Length || qe <= qs)
            {
                continue;
            }

            var open = qs;
            while (open > cursor && (sentence[open - 1] == ' ' || sentence[open - 1] is '«' or '“' or '"'))
            {
                open--;
            }

            var close = qe;
            while (close < sentence.Length && (sentence[close] == ' ' || sentence[close] is '»' or '”' or '"'))
            {
                close++;
                if (sentence[close - 1] is '»' or '”' or '"')
                {
                    break;
                }
            }

            AddOutside(pieces, sentence[cursor..open]);
            pieces.Add(new SegmentPiece(sentence[qs..qe], IsQuote: true, qs, qe, closed));
            cursor = close;
        }

        AddOutside(pieces, sentence[cursor..]);
        return new SegmentPlan(sentence, pieces);
    }

    private static void AddOutside(List<SegmentPiece> pieces, string text)
    {
        var t = text.Trim();
        if (t.Length > 0)
        {
            pieces.Add(new SegmentPiece(t, IsQuote: false, -1, -1, true));
        }
    }

    /// <summary>Texts that need the engine (pieces with at least one letter or digit).</summary>
    public IEnumerable<string> EngineInputs => Pieces.Where(p => p.NeedsEngine).Select(p => p.Text);

    /// <summary>English output follows plain-text wire style: straight double quotes.</summary>
    public const char QuoteMark = '"';

    /// <summary>Joins translated pieces with English quotation marks and records quote offsets.</summary>
    public (string English, IReadOnlyList<(int StartFr, int EndFr, int StartEn, int EndEn, bool Closed)> Quotes) Assemble(
        IReadOnlyList<string> translatedInputs)
    {
        ArgumentNullException.ThrowIfNull(translatedInputs);
        var sb = new StringBuilder();
        var quotes = new List<(int, int, int, int, bool)>();
        var next = 0;
        for (var i = 0; i < Pieces.Count; i++)
        {
            var piece = Pieces[i];
            var en = piece.NeedsEngine ? translatedInputs[next++].Trim() : piece.Text;
            // The engine capitalizes every unit it is given; a piece that does not start the sentence
            // keeps the case its French source had ("… “a shameful practice” of the army").
            en = EnglishText.Tidy(i > 0 ? MatchInitialCase(piece.Text, en) : en);
            if (piece.IsQuote)
            {
                AppendWithSpace(sb, QuoteMark.ToString());
                var start = sb.Length;
                sb.Append(en);
                quotes.Add((piece.Start, piece.End, start, sb.Length, piece.Closed));
                if (piece.Closed)
                {
                    sb.Append(QuoteMark);
                }
            }
            else
            {
                var afterClosedQuote = i > 0 && Pieces[i - 1].IsQuote && Pieces[i - 1].Closed;
                var fullSentenceQuote = afterClosedQuote && quotes[^1].Item3 < sb.Length && char.IsUpper(sb[quotes[^1].Item3]);
                AppendWithSpace(sb, MovePunctuationInsideQuote(sb, en, afterClosedQuote, fullSentenceQuote));
            }
        }

        return (sb.ToString(), quotes);
    }

    /// <summary>
    /// English wire style puts a comma that follows a quotation inside the closing mark ("…," he said),
    /// and a full stop too when the quotation is a whole sentence; a quoted fragment keeps the full
    /// stop outside (he called it "a shame"). A quotation that already ends with . ? ! or a comma
    /// keeps its own mark and the one after it is dropped. Colons and semicolons stay outside.
    /// Returns the rest of <paramref name="english"/> to append; the quote's recorded span is unchanged.
    /// </summary>
    private static string MovePunctuationInsideQuote(StringBuilder sb, string english, bool afterClosedQuote, bool fullSentenceQuote)
    {
        if (!afterClosedQuote || english.Length == 0 || english[0] is not (',' or '.') || english.StartsWith("..", StringComparison.Ordinal)
            || (english[0] == '.' && !fullSentenceQuote) || sb.Length < 2 || sb[^1] != QuoteMark)
        {
            return english;
        }

        var mark = english[0];
        var rest = english[1..].TrimStart();
        sb.Length--;
        if (sb[^1] is not ('.' or '?' or '!' or ',' or '…'))
        {
            sb.Append(mark);
        }

        sb.Append(QuoteMark);
        return rest;
    }

    private static int CountOf(StringBuilder sb, char c)
    {
        var n = 0;
        for (var i = 0; i < sb.Length; i++)
        {
            n += sb[i] == c ? 1 : 0;
        }

        return n;
    }

    private static string MatchInitialCase(string source, string english)
    {
        var firstSource = source.FirstOrDefault(char.IsLetter);
        if (english.Length < 2 || !char.IsLower(firstSource) || !char.IsUpper(english[0]))
        {
            return english;
        }

        // Leave "I", acronyms ("UN", "NATO") and words the engine wrote in capitals alone.
        var firstWord = english.Split(' ', 2)[0];
        if (firstWord is "I" or "I'm" or "I've" || (firstWord.Length > 1 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return english;
        }

        return char.ToLowerInvariant(english[0]) + english[1..];
    }

    private static void AppendWithSpace(StringBuilder sb, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var openingQuote = sb.Length > 0 && sb[^1] == QuoteMark && CountOf(sb, QuoteMark) % 2 == 1;
        var glue = sb.Length == 0
                   || openingQuote
                   || text[0] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '…';
        if (!glue)
        {
            sb.Append(' ');
        }

        sb.Append(text);
    }
}

/// <summary>English-side typography: the French ellipsis character back to ASCII dots, single spaces.</summary>
public static class EnglishText
{
    public static string Tidy(string english) => english.Replace("…", "...", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
}

public sealed record SegmentPiece(string Text, bool IsQuote, int Start, int End, bool Closed)
{
    public bool NeedsEngine => Text.Any(char.IsLetterOrDigit);
}
