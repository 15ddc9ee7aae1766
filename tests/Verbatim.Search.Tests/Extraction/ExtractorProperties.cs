using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verbatim.Search.Extraction;
using Verbatim.Search.Tests.Evaluation;

namespace Verbatim.Search.Tests.Extraction;

/// <summary>Fuzzing the extractor with wire-like noise: it never throws and its offsets stay inside the text.</summary>
public class ExtractorProperties
{
    private static readonly StatementExtractor Extractor = StatementExtractor.CreateDefault();

    private static readonly string[] Pieces =
    [
        "« ", " »", "“", "”", "\"", ", a déclaré ", ", a-t-il ajouté", " a affirmé : ", " a estimé que ", "Selon ", "M. ", "Mme ", "MM. ",
        "Sergueï Lavrov", "la chancelière allemande", "son homologue", "il", "elle", " et ", ". ", "\n", "Le ministre ", "Moscou",
        "Nous ne céderons pas", "le porte-parole", "(AFP)", "s'est dit prêt à ", "a demandé à ", " de ", "…", "!", "?", ":", ";", " ",
    ];

    private static Arbitrary<string> WireText() =>
        Gen.Frequency(
                (6, Gen.Elements(Pieces)),
                (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
                (1, Gen.Elements("\u0000", "\uFFFD", "\u202F", "«««", "»»»", "\"\"\"", "-t-", "a-t-")))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Never_throws_and_keeps_offsets_inside_the_body() => Prop.ForAll(WireText(), text =>
    {
        var document = DocumentBuilder.FromText("d-fuzz", text);
        var body = Verbatim.Translation.Normalization.DispatchNormalizer.Normalize(text, DateTimeOffset.UnixEpoch).Body;
        foreach (var statement in Extractor.Extract(document))
        {
            Assert.InRange(statement.Start, 0, body.Length);
            Assert.InRange(statement.End, statement.Start, body.Length);
            Assert.False(string.IsNullOrEmpty(statement.Speaker.Id));
        }
    });
}
