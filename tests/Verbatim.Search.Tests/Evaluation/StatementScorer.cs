using System.Text;
using System.Text.RegularExpressions;
using Verbatim.Search.Extraction;

namespace Verbatim.Search.Tests.Evaluation;

/// <summary>One annotated statement: the sentence it is in, its kind, who said it, a distinctive French substring.</summary>
public sealed record GoldStatement(int Sentence, StatementKind Kind, string Speaker, string Key, bool Joint = false);

/// <summary>A predicted statement with the sentence id used for matching (segment index or source line).</summary>
public sealed record Prediction(int Sentence, ExtractedStatement Statement);

public sealed record Metrics(int Gold, int Predicted, int Matched, int SpeakerCorrect, int KindCorrect)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakerCorrect / Matched;
    public double KindAccuracy => Matched == 0 ? 0 : (double)KindCorrect / Matched;

    public static Metrics operator +(Metrics a, Metrics b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched, a.SpeakerCorrect + b.SpeakerCorrect, a.KindCorrect + b.KindCorrect);

    public static Metrics Zero { get; } = new(0, 0, 0, 0, 0);

    public override string ToString() =>
        $"gold={Gold} predicted={Predicted} matched={Matched} P={Precision:F3} R={Recall:F3} F1={F1:F3} speaker-acc={SpeakerAccuracy:F3} kind-acc={KindAccuracy:F3}";
}

/// <summary>
/// Matching rule: a predicted statement matches a gold one when they are in the same sentence and their
/// French texts overlap (the gold key substring is contained in the predicted text, or the predicted text
/// in the gold key; compared after folding case, apostrophes and spaces). Matching is one-to-one and greedy
/// in gold order, each gold statement taking the first unmatched prediction of its sentence that overlaps.
/// Precision = matched / predicted, recall = matched / gold, speaker accuracy = matched with the correct
/// canonical speaker / matched. A speaker is correct when the folded canonical names are equal, when the
/// gold names a person by surname only and the prediction's surname agrees, or when the gold is "?"
/// (an anonymous source) and the prediction is an unresolved speaker. Institutions are compared as entities: when the
/// extractor's own alias data (<c>Data/institutions.txt</c>) maps the gold's French surface to the predicted canonical id
/// (« Moscou » → Moscow, « ONU » → United Nations), they are the same speaker; no other mapping loosens the comparison.
/// </summary>
public static partial class StatementScorer
{
    public static (Metrics Metrics, List<string> Errors) Score(IReadOnlyList<GoldStatement> gold, IReadOnlyList<Prediction> predicted)
    {
        var used = new bool[predicted.Count];
        var errors = new List<string>();
        int matched = 0, speakerOk = 0, kindOk = 0;
        foreach (var g in gold)
        {
            var key = Fold(g.Key);
            var index = -1;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i] || predicted[i].Sentence != g.Sentence)
                {
                    continue;
                }

                var text = Fold(predicted[i].Statement.TextFr);
                if (text.Length > 0 && (text.Contains(key, StringComparison.Ordinal) || key.Contains(text, StringComparison.Ordinal)))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                errors.Add($"MISS  s{g.Sentence} {g.Kind} [{g.Speaker}] «{g.Key}»");
                continue;
            }

            used[index] = true;
            matched++;
            var p = predicted[index].Statement;
            if (SameSpeaker(p.Speaker, g.Speaker))
            {
                speakerOk++;
            }
            else
            {
                errors.Add($"SPKR  s{g.Sentence} gold [{g.Speaker}] got [{p.Speaker.Name}/{p.Speaker.Kind}] «{g.Key}»");
            }

            if (p.Kind == g.Kind)
            {
                kindOk++;
            }
            else
            {
                errors.Add($"KIND  s{g.Sentence} gold {g.Kind} got {p.Kind} «{g.Key}»");
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                var p = predicted[i].Statement;
                errors.Add($"EXTRA s{predicted[i].Sentence} {p.Kind} [{p.Speaker.Name}] «{Shorten(p.TextFr)}»");
            }
        }

        return (new Metrics(gold.Count, predicted.Count, matched, speakerOk, kindOk), errors);
    }

    private static readonly SpeakerLexicon Lexicon = SpeakerLexicon.LoadDefault();

    public static bool SameSpeaker(SpeakerRef predicted, string gold)
    {
        if (gold == "?")
        {
            return predicted.Kind == SpeakerKind.Unresolved;
        }

        var g = NameCanonicalizer.Key(NameCanonicalizer.LoadDefault().Canonical(gold));
        var p = NameCanonicalizer.Key(predicted.Name);
        if (g == p)
        {
            return true;
        }

        // Entity-level comparison: the gold keeps the French surface (« Moscou », « ONU »), our ids are canonical; the gold name
        // is canonicalized only through the extractor's own institution alias data, never otherwise.
        if (predicted.Kind == SpeakerKind.Institution && Lexicon.Institutions.TryGetValue(gold.Trim(), out var institution)
            && NameCanonicalizer.Key(institution) == p)
        {
            return true;
        }

        if (predicted.Kind != SpeakerKind.Person)
        {
            return false;
        }

        // Surname-only on either side: "Hawkins" and "David Hawkins" are the same person in one dispatch.
        var gt = g.Split(' ');
        var pt = p.Split(' ');
        return (gt.Length == 1 || pt.Length == 1) && gt[^1] == pt[^1];
    }

    public static string Fold(string text)
    {
        var s = text.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ').ToLowerInvariant();
        s = Spaces().Replace(s, " ").Trim();
        return s.Trim('«', '»', '"', ' ', '.', ',');
    }

    private static string Shorten(string s) => s.Length <= 70 ? s : s[..70] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
