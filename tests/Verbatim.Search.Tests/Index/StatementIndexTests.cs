using Microsoft.Extensions.Options;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;

namespace Verbatim.Search.Tests.Index;

public sealed class StatementIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "verbatim-index-" + Guid.NewGuid().ToString("N"));
    private StatementIndex _index;

    public StatementIndexTests() => _index = Open();

    private StatementIndex Open() => new(Options.Create(new IndexOptions { Path = _path }));

    private static IndexedStatement Statement(string id, string dispatch, string speakerId, string speaker, string fr, string en, int day = 1) =>
        new(id, dispatch, speakerId, speaker, SpeakerKind.Person, StatementKind.Direct, "déclarer", fr, en, fr, en,
            new DateTimeOffset(2025, 3, day, 12, 0, 0, TimeSpan.Zero), false, 0, fr.Length);

    [Fact]
    public void Finds_statements_by_stemmed_and_accent_folded_french_and_english_terms()
    {
        _index.ReplaceDispatch("d-1", [
            Statement("s-1", "d-1", "p-lavrov", "Sergei Lavrov", "Les négociations continueront à Genève", "The negotiations will continue in Geneva"),
            Statement("s-2", "d-1", "p-wang", "Wang Yi", "Nous refusons toute sanction", "We refuse any sanction"),
        ]);

        Assert.Equal("s-1", Assert.Single(_index.Search(new StatementQuery { Text = "negociation", Limit = 10 }).Hits).Statement.StatementId);
        Assert.Equal("s-1", Assert.Single(_index.Search(new StatementQuery { Text = "negotiating", Limit = 10 }).Hits).Statement.StatementId);
        Assert.Equal("s-2", Assert.Single(_index.Search(new StatementQuery { Text = "sanctions", Limit = 10 }).Hits).Statement.StatementId);
        Assert.Empty(_index.Search(new StatementQuery { Text = "\"refuse sanction\" AND Geneva", Limit = 10 }).Hits);
    }

    [Fact]
    public void Filters_by_speaker_id_or_name_and_by_dispatch()
    {
        _index.ReplaceDispatch("d-1", [Statement("s-1", "d-1", "p-lavrov", "Sergei Lavrov", "Texte un", "Text one")]);
        _index.ReplaceDispatch("d-2", [Statement("s-2", "d-2", "p-wang", "Wang Yi", "Texte deux", "Text two")]);

        Assert.Equal("s-1", Assert.Single(_index.Search(new StatementQuery { Speaker = "p-lavrov", Limit = 10 }).Hits).Statement.StatementId);
        Assert.Equal("s-1", Assert.Single(_index.Search(new StatementQuery { Speaker = "lavrov", Limit = 10 }).Hits).Statement.StatementId);
        Assert.Equal("s-2", Assert.Single(_index.Search(new StatementQuery { Text = "texte", DispatchId = "d-2", Limit = 10 }).Hits).Statement.StatementId);
        Assert.Equal(2, _index.Search(new StatementQuery { Limit = 10 }).TotalHits);
    }

    [Fact]
    public void Replacing_a_dispatch_is_idempotent_and_drops_statements_no_longer_extracted()
    {
        var first = Statement("s-1", "d-1", "p-a", "A", "Premier", "First");
        var second = Statement("s-2", "d-1", "p-a", "A", "Second", "Second");
        _index.ReplaceDispatch("d-1", [first, second]);
        _index.ReplaceDispatch("d-1", [first, second]);
        Assert.Equal(2, _index.Count);

        _index.ReplaceDispatch("d-1", [first]);
        Assert.Equal(1, _index.Count);
        Assert.Null(_index.Get("s-2"));
        Assert.Equal("Premier", _index.Get("s-1")!.TextFr);
    }

    [Fact]
    public void Committed_statements_survive_reopening_the_index()
    {
        _index.ReplaceDispatch("d-1", [Statement("s-1", "d-1", "p-a", "A", "Durable", "Durable")]);
        _index.Dispose();
        _index = Open();
        var statement = _index.Get("s-1");
        Assert.NotNull(statement);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), statement.PublishedAt);
    }

    [Fact]
    public void Pages_never_overlap_and_cover_every_hit()
    {
        var statements = Enumerable.Range(1, 25)
            .Select(i => Statement($"s-{i:00}", "d-1", "p-a", "A", "Même texte", "Same text", day: 1 + (i % 5)))
            .ToList();
        _index.ReplaceDispatch("d-1", statements);

        var seen = new List<string>();
        for (var offset = 0; offset < 25; offset += 10)
        {
            seen.AddRange(_index.Search(new StatementQuery { Text = "texte", Offset = offset, Limit = 10 }).Hits.Select(h => h.Statement.StatementId));
        }

        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("AND")]
    [InlineData("(a OR")]
    [InlineData("*leading")]
    [InlineData("/unclosed[class/")] // a malformed regular expression: Lucene throws ArgumentException
    public void Malformed_queries_raise_a_precise_exception(string query)
    {
        var ex = Assert.Throws<InvalidQueryException>(() => _index.Search(new StatementQuery { Text = query, Limit = 10 }));
        Assert.StartsWith("query is not valid", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
