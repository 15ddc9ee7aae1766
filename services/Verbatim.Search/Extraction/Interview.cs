using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

public sealed partial class StatementExtractor
{
    /// <summary>
    /// A dispatch laid out as questions and answers: the segments that answer the interviewer, and where the first
    /// question stands (the introduction before it names the interviewee).
    /// </summary>
    private sealed record InterviewLayout(int FirstQuestion, IReadOnlySet<int> Answers);

    /// <summary>
    /// Finds the Q/A layout of an interview. An interviewer's turn is a paragraph (a line, in line-by-line copy) that ends
    /// with a question with neither quote marks nor a first person, with the lines just before it that address the
    /// interviewee (« vous ») without speaking in the first person; the paragraphs after a turn, up to the next one, are
    /// the answer. A question in the first person (« Comment pouvons-nous … ? ») belongs to the answer. Only a dispatch
    /// with at least two such turns, one of them addressing « vous », and first-person words in at least two answers is
    /// an interview: two rhetorical questions in a report do not make one.
    /// </summary>
    private static InterviewLayout? FindInterview(ExtractionDocument document)
    {
        var paragraphs = document.Segments.GroupBy(s => s.Paragraph).Select(g => g.ToList()).ToList();
        var turn = new bool[paragraphs.Count];
        var questions = 0;
        var addressed = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var last = paragraphs[p][^1].TextFr;
            if (!InterviewerQuestion().IsMatch(last) || QuoteMark().IsMatch(last) || SpeakerSelf().IsMatch(last))
            {
                continue;
            }

            turn[p] = true;
            questions++;
            addressed |= paragraphs[p].Any(s => Addressing().IsMatch(s.TextFr));
            // « M. X a dit que vous étiez prêt à … » then « Le confirmez-vous ? »: the question's preamble, on lines of its own.
            for (var b = p - 1; b >= 0 && !turn[b] && paragraphs[b].All(s => Addressing().IsMatch(s.TextFr) && !SpeakerSelf().IsMatch(s.TextFr)); b--)
            {
                turn[b] = true;
            }
        }

        var first = Array.IndexOf(turn, true);
        if (questions < 2 || !addressed || first < 0)
        {
            return null;
        }

        var answers = new HashSet<int>();
        var spokenAnswers = 0;
        var inAnswer = false;
        for (var p = first; p < paragraphs.Count; p++)
        {
            if (turn[p])
            {
                inAnswer = false;
                continue;
            }

            var segments = paragraphs[p].Where(s => !IsHeadline(s.TextFr)).ToList(); // « Propos recueillis par X » is a byline
            if (segments.Count == 0)
            {
                continue;
            }

            if (!inAnswer && segments.Any(s => SpeakerSelf().IsMatch(s.TextFr)))
            {
                spokenAnswers++;
            }

            inAnswer = true;
            answers.UnionWith(segments.Select(s => s.Index));
        }

        return spokenAnswers >= 2 ? new InterviewLayout(paragraphs[first][0].Index, answers) : null;
    }

    [GeneratedRegex(@"\?[\s»”""]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InterviewerQuestion();

    // The interviewee speaking of themselves: « je », « nous » (also inverted, « pouvons-nous »), « mon », « moi »…
    [GeneratedRegex(@"(?<![\p{L}])(?:je|j['’]|nous|me|m['’]|moi|mon|ma|mes|notre|nos)(?![\p{L}'’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerSelf();

    [GeneratedRegex(@"(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addressing();
}
