using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Tests.Normalization;

public class TypographyTests
{
    [Theory]
    [InlineData("Il a dit \"non\" hier.", "Il a dit « non » hier.")]
    [InlineData("Il a dit “non” hier.", "Il a dit « non » hier.")]
    [InlineData("Il a dit «non» hier.", "Il a dit « non » hier.")]
    [InlineData("Il a dit «\u202Fnon\u202F» hier.", "Il a dit « non » hier.")]
    [InlineData("L’accord , signé", "L'accord, signé")]
    [InlineData("Pourquoi?Parce que", "Pourquoi ?Parce que")]
    [InlineData("à 09:05 précises", "à 09:05 précises")]
    [InlineData("Attendez...", "Attendez…")]
    [InlineData("coupé (...) ici", "coupé (…) ici")]
    [InlineData("soft\u00ADhyphen and zero\u200Bwidth", "softhyphen and zerowidth")]
    [InlineData("line\r\nend", "line\nend")]
    public void Normalizes_typography(string input, string expected) =>
        Assert.Equal(expected, Typography.Normalize(input));

    [Fact]
    public void Nested_quotes_become_inner_marks()
    {
        var text = Typography.Normalize("Il a lancé : « Ils m'ont dit “jamais” hier ».");
        Assert.Equal("Il a lancé : « Ils m'ont dit “jamais” hier ».", text);
    }

    [Fact]
    public void Is_idempotent_on_its_output()
    {
        const string input = "«Nous ne céderons pas»,a-t-il dit ; “c’est clair”... Fin !";
        var once = Typography.Normalize(input);
        Assert.Equal(once, Typography.Normalize(once));
    }
}
