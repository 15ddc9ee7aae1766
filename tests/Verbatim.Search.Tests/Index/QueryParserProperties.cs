using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Options;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;

namespace Verbatim.Search.Tests.Index;

/// <summary>
/// Any query string either searches or is refused as invalid (INVALID_ARGUMENT at the API): never
/// another exception, which the API would have to report as INTERNAL.
/// </summary>
public sealed class QueryParserProperties : IDisposable
{
    private static readonly string[] Tokens =
    [
        "lavrov", "négociations", "\"", "(", ")", "AND", "OR", "NOT", "-", "+", "*", "?", "~", "~2", "^3", ":", "text_fr:", "[", "]",
        "{", "}", "TO", "\\", "/", "!", "&&", "||", " ", "é", "l'", "New START", "\"paix durable\"", "pré*", "*fix", "a*b?c",
    ];

    private static readonly StatementIndex Index = CreateIndex();

    private static StatementIndex CreateIndex()
    {
        var index = new StatementIndex(Options.Create(new IndexOptions { Path = Path.Combine(Path.GetTempPath(), "verbatim-qp-" + Guid.NewGuid().ToString("N")) }));
        index.ReplaceDispatch("d-1", [new IndexedStatement("s-1", "d-1", "p-lavrov", "Sergei Lavrov", SpeakerKind.Person, StatementKind.Direct, "dire",
            "Les négociations sur New START continuent", "The New START negotiations go on", "", "", DateTimeOffset.UnixEpoch, false, 0, 10)]);
        return index;
    }

    private static Arbitrary<string> Queries() =>
        Gen.Frequency(
                (5, Gen.Elements(Tokens)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .ListOf()
            .Select(parts => string.Join(' ', parts))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Parses_or_refuses_precisely() => Prop.ForAll(Queries(), query =>
    {
        try
        {
            Index.Search(new StatementQuery { Text = query, Facets = true, Limit = 5 });
        }
        catch (InvalidQueryException)
        {
            // The refusal the API maps to INVALID_ARGUMENT.
        }
    });

    public void Dispose()
    {
    }
}
