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
    public void Normalizing_the_output_again_changes_nothing(string input)
    {
        var reference = new DateTimeOffset(2025, 5, 21, 12, 0, 0, TimeSpan.Zero);
        var once = DispatchNormalizer.Normalize(input, reference);
        var twice = DispatchNormalizer.Normalize(once.Title.Length > 0 ? once.Title + "\n\n" + once.Body : once.Body, reference);
        Assert.Equal(once.Title, twice.Title);
        Assert.Equal(once.Body, twice.Body);
    }
}
