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

    /// <summary>Joins translated pieces with English quotation marks and records quote offsets.</summary>
    public (string English, IReadOnlyList<(int StartFr, int EndFr, int StartEn, int EndEn, bool Closed)> Quotes) Assemble(
        IReadOnlyList<string> translatedInputs)
    {
        ArgumentNullException.ThrowIfNull(translatedInputs);
        var sb = new StringBuilder();
        var quotes = new List<(int, int, int, int, bool)>();
        var next = 0;
        foreach (var piece in Pieces)
        {
            var en = piece.NeedsEngine ? translatedInputs[next++].Trim() : piece.Text;
            if (piece.IsQuote)
            {
                AppendWithSpace(sb, "“");
                var start = sb.Length;
                sb.Append(en);
                quotes.Add((piece.Start, piece.End, start, sb.Length, piece.Closed));
                if (piece.Closed)
                {
                    sb.Append('”');
                }
            }
            else
            {
                AppendWithSpace(sb, en);
            }
        }

        return (sb.ToString(), quotes);
    }

    private static void AppendWithSpace(StringBuilder sb, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var glue = sb.Length == 0
                   || sb[^1] == '“'
                   || text[0] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '…';
        if (!glue)
        {
            sb.Append(' ');
        }

        sb.Append(text);
    }
}

public sealed record SegmentPiece(string Text, bool IsQuote, int Start, int End, bool Closed)
{
    public bool NeedsEngine => Text.Any(char.IsLetterOrDigit);
}
