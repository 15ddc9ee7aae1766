using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Verbatim.Search.Index;

/// <summary>
/// Marks the words of a text whose analyzed form matched the query (so "négociations" is marked for
/// a query on "negociation"), using the field's own analyzer. Lucene.Net's highlighter package is not
/// in the registry copy; this needs only token offsets.
/// </summary>
internal static class Highlighter
{
    public const string Open = "<em>";
    public const string Close = "</em>";

    public static string Mark(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return "";
        }

        var spans = new List<(int Start, int End)>();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (terms.Contains(term.ToString()))
                {
                    spans.Add((offset.StartOffset, offset.EndOffset));
                }
            }

            stream.End();
        }

        if (spans.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + (spans.Count * 9));
        var cursor = 0;
        foreach (var (start, end) in spans)
        {
            if (start < cursor || end > text.Length)
            {
                continue;
            }

            sb.Append(text, cursor, start - cursor).Append(Open).Append(text, start, end - start).Append(Close);
            cursor = end;
        }

        return sb.Append(text, cursor, text.Length - cursor).ToString();
    }
}
