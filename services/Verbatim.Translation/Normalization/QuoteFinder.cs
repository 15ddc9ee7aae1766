namespace Verbatim.Translation.Normalization;

/// <summary>
/// Finds quotations in typography-normalized text (« » outer, “ ” nested). Unbalanced marks never lose
/// text: an opening mark with no closing one yields a span to the end of its paragraph, marked not
/// closed; a stray closing mark is ignored.
/// </summary>
public static class QuoteFinder
{
    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<QuotedSpan>();
        var open = new Stack<(char Mark, int ContentStart)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                CloseAllUnclosed(text, i, open, spans);
                continue;
            }

            if (c is '«' or '“')
            {
                open.Push((c, i + 1));
                continue;
            }

            if (c is '»' or '”')
            {
                var expected = c == '»' ? '«' : '“';
                if (!open.Any(o => o.Mark == expected))
                {
                    continue; // stray closing mark
                }

                while (open.Count > 0)
                {
                    var (mark, start) = open.Pop();
                    var closed = mark == expected;
                    AddSpan(text, start, closed ? i : i, open.Count, closed, spans);
                    if (closed)
                    {
                        break;
                    }
                }
            }
        }

        CloseAllUnclosed(text, text.Length, open, spans);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Depth.CompareTo(b.Depth));
        return spans;
    }

    private static void CloseAllUnclosed(string text, int end, Stack<(char Mark, int ContentStart)> open, List<QuotedSpan> spans)
    {
        while (open.Count > 0)
        {
            var (_, start) = open.Pop();
            AddSpan(text, start, end, open.Count, closed: false, spans);
        }
    }

    private static void AddSpan(string text, int start, int end, int depth, bool closed, List<QuotedSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new QuotedSpan(start, end, depth, closed));
        }
    }
}
