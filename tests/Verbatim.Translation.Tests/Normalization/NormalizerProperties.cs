using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Tests.Normalization;

/// <summary>
/// Invariants of <see cref="DispatchNormalizer"/> over generated wire-like text: fragments of French
/// prose, every quote and space style, debris lines, abbreviations, invisible and control characters,
/// arbitrary unicode and very long lines.
/// </summary>
public class NormalizerProperties
{
    private static readonly DateTimeOffset Reference = new(2025, 5, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
    [
        "Le", "ministre", "a", "déclaré", "M.", "Mme", "MM.", "Dr", "St", "J.", "Lavrov", "Sergueï", "Aydın", "l'accord",
        "aujourd'hui", "2,5", "09h05", "3,5 %", "U.E.", "etc.", "Paris", "PARIS", "(AFP)", "(Reuters)", "AFP", "-", "–", "—",
        "a-t-il", "ajouté", "selon", "Le ministre russe des Affaires étrangères,", "son homologue turc,", "Nous", "n'avons",
        "jamais", "été", "aussi", "près", "d'un", "accord", "Élysée", "Ω", "😀", "e\u0301", "Ｆ", "ß", "İ",
    ];

    private static readonly string[] Marks =
    [
        ".", ",", ";", ":", "!", "?", "?!", "…", "...", "(...)", "[…]", "«", "»", "“", "”", "\"", "„", "‹", "›", "'",
        "’", "(", ")", "\u00A0", "\u202F", "\t", " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\u00AD", "\u200B",
        "\uFEFF", "\u0007", "\u0000", "\u2028", "\u0085", "\uD800", "\uDC00",
    ];

    private static readonly string[] Lines =
    [
        "\nDernière mise à jour à 09h05 le 21/05\n", "\nPartager\n", "\n• Copié\n", "\nLire aussi : Mer Noire : les tarifs\n",
        "\nRex X (à gauche) et Y. © Jean Dupont / AFP\n", "\n– Le Monde avec AFP\n", "\nAFP/VNA/CVN\n", "\n(Reuters)\n",
        "\nPARIS (AFP) - ", "\nMis à jour le 3 mars à 10h\n", "\npdh/ved\n", "\nPar Jean Dupont\n",
        "\n" + string.Concat(Enumerable.Repeat("très long mot ", 800)) + "\n",
    ];

    private static Arbitrary<string> WireText()
    {
        var piece = Gen.Frequency(
            (8, Gen.Elements(Words).Select(w => w + " ")),
            (6, Gen.Elements(Marks)),
            (1, Gen.Elements(Lines)),
            (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));
        return Gen.Sized(size => piece.ListOf().Resize(Math.Min(size, 60)).Select(string.Concat)).ToArbitrary();
    }

    private static NormalizedDispatch Run(string text) => DispatchNormalizer.Normalize(text, Reference);

    [Property(MaxTest = 400)]
    public Property Never_throws_and_offsets_are_consistent() => Prop.ForAll(WireText(), text =>
    {
        var d = Run(text);
        Assert.All(d.Sentences, s => Assert.Equal(s.Text, d.Body[s.Start..s.End]));
        Assert.All(d.Paragraphs, p => Assert.InRange(p.End, p.Start, d.Body.Length));
        Assert.All(d.Names, n => Assert.Equal(n.Surface, d.Body[n.Start..n.End]));
    });

    [Property(MaxTest = 300)]
    public Property Is_idempotent() => Prop.ForAll(WireText(), text =>
    {
        var once = Run(text);
        var twice = Run(once.Title.Length > 0 ? once.Title + "\n\n" + once.Body : once.Body);
        Assert.Equal(once.Title, twice.Title);
        Assert.Equal(once.Body, twice.Body);
        Assert.Equal(once.Sentences.Select(s => s.Text), twice.Sentences.Select(s => s.Text));
    });

    [Property(MaxTest = 300)]
    public Property Never_drops_a_story_character() => Prop.ForAll(WireText(), text =>
    {
        var d = Run(text);
        var kept = d.Title + d.Body + string.Concat(d.Removed.Select(r => r.Text));
        Assert.Equal(LettersAndDigits(Typography.Normalize(text)), LettersAndDigits(kept));
    });

    [Property(MaxTest = 300)]
    public Property Sentences_cover_the_body() => Prop.ForAll(WireText(), text =>
    {
        var d = Run(text);
        Assert.Equal(NoWhitespace(d.Body), NoWhitespace(string.Concat(d.Sentences.Select(s => s.Text))));
    });

    [Property(MaxTest = 300)]
    public Property Quote_offsets_point_between_marks() => Prop.ForAll(WireText(), text =>
    {
        var d = Run(text);
        foreach (var q in d.Quotes)
        {
            Assert.InRange(q.Start, 1, q.End - 1);
            Assert.InRange(q.End, q.Start + 1, d.Body.Length);
            var before = q.Start - 1;
            while (char.IsWhiteSpace(d.Body[before]))
            {
                before--;
            }

            Assert.Contains(d.Body[before], "«“");
            if (q.Closed)
            {
                var after = q.End;
                while (char.IsWhiteSpace(d.Body[after]))
                {
                    after++;
                }

                Assert.Equal(d.Body[before] == '«' ? '»' : '”', d.Body[after]);
            }
        }
    });

    private static string LettersAndDigits(string s) =>
        new([.. s.Where(char.IsLetterOrDigit).Order()]);

    private static string NoWhitespace(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);
}
