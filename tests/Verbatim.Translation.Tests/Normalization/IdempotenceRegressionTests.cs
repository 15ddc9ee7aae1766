using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Tests.Normalization;

/// <summary>Inputs property tests once falsified, kept so they stay fixed.</summary>
public class IdempotenceRegressionTests
{
    [Theory]
    // An unbalanced headline used to shift quote depth into the body, so a second pass read the
    // body's marks differently once debris lines were gone.
    [InlineData("a-t-il  Élysée ““ (AFP) son homologue turc, été etc. Nous gU.E. »Lavrov - \"0été \"jamais !aujourd'hui Mme ...près \"été \nPARIS (AFP) - ‹`\n— gQété Lavrov Y!(Reuters) aussi \" ")]
    [InlineData("« Titre ouvert\nPartager « \nLe ministre a dit « non ».")]
    // Everything after the headline was debris, so the first pass kept a title over an empty body that
    // a second pass (one lone line) read as the body.
    [InlineData("accord son homologue turc, 3,5 % ( l'accord déclaré «a-t-il \u0019 - \nPartager\nAFP (Reuters) ")]
    // A second dateline behind the first used to survive to the next pass.
    [InlineData("d'un  GP\nPARIS (AFP) - (Reuters) – 😀 (n'avons \npdh/ved\n\u0012J")]
    // A paragraph equal to the headline only once its agency tail was off.
    [InlineData("“\n\n„(AFP)  ")]
    // Spaced periods closed up into a new "..." that only a second pass folded into an ellipsis.
    [InlineData("Lavrov Paris (Reuters) a déclaré l'accord MM. . .:09h05 ajouté [. . .] fin")]
    public void Normalizing_the_output_again_changes_nothing(string input)
    {
        var reference = new DateTimeOffset(2025, 5, 21, 12, 0, 0, TimeSpan.Zero);
        var once = DispatchNormalizer.Normalize(input, reference);
        var twice = DispatchNormalizer.Normalize(once.Title.Length > 0 ? once.Title + "\n\n" + once.Body : once.Body, reference);
        Assert.Equal(once.Title, twice.Title);
        Assert.Equal(once.Body, twice.Body);
    }
}
