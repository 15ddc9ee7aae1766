using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Tests.Normalization;

public class InputTextTests
{
    [Fact]
    public void Html_pasted_from_a_page_becomes_plain_paragraphs()
    {
        const string html = "<article><h1>Grève à la SNCF</h1><p>Le trafic est &laquo;&nbsp;très perturbé&nbsp;&raquo;, a déclaré la direction.</p>"
                            + "<script>var ads = 1;</script><p>Les syndicats ont appelé à manifester.</p></article>";
        var (text, tags) = InputText.FromHtml(html);
        Assert.True(tags >= 6);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ads", text, StringComparison.Ordinal);
        Assert.Contains("« très perturbé »", text.Replace('\u00A0', ' '), StringComparison.Ordinal);

        var normalized = DispatchNormalizer.Normalize(text, DateTimeOffset.UnixEpoch);
        Assert.Equal("Grève à la SNCF", normalized.Title);
        Assert.Equal(2, normalized.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Le score est 3 < 4 et 5 > 2.")]
    [InlineData("La règle <i> n'est pas une balise fermée.")]
    public void Text_with_stray_angle_brackets_or_a_single_tag_is_left_alone(string text) =>
        Assert.Equal((text, 0), InputText.FromHtml(text));

    [Fact]
    public void Inline_markup_is_removed_but_its_text_kept() =>
        Assert.Equal(("Il a écrit Le Monde dans sa note.", 2), InputText.FromHtml("Il a écrit <i>Le Monde</i> dans sa note."));

    [Theory]
    [InlineData("The minister said on Tuesday that the government would not give in to the unions and that the reform of the pension system was necessary for the future of the country and its young people.")]
    [InlineData("Der Minister sagte am Dienstag, dass die Regierung den Gewerkschaften nicht nachgeben werde und dass die Reform des Rentensystems für die Zukunft des Landes und seiner jungen Menschen notwendig sei.")]
    public void Long_text_in_another_language_does_not_look_french(string text) => Assert.False(InputText.LooksFrench(text));

    [Theory]
    [InlineData("Le ministre a déclaré mardi que le gouvernement ne céderait pas aux syndicats et que la réforme des retraites était nécessaire pour l'avenir du pays et de sa jeunesse, selon un communiqué publié dans la soirée.")]
    [InlineData("Brexit : Londres et Bruxelles reprennent les discussions")]
    public void French_copy_and_short_headlines_pass(string text) => Assert.True(InputText.LooksFrench(text));

    [Theory]
    [InlineData("Propos recueillis par Hervé Kerjean")]
    [InlineData("Recueilli par Yves Le Goff")]
    [InlineData("Entretien réalisé par Anne Morel et Paul Roux")]
    public void An_interview_credit_line_is_a_byline(string credit)
    {
        var d = DispatchNormalizer.Normalize($"Le port doit se réinventer\n{credit}\nLa criée sera déplacée, a dit la maire.", DateTimeOffset.UnixEpoch);
        Assert.Contains(d.Removed, r => r.Kind == RemovedKinds.Byline && r.Text == credit);
        Assert.DoesNotContain(credit, d.Body, StringComparison.Ordinal);
    }
}
