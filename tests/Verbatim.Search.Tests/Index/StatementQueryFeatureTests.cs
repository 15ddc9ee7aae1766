using Microsoft.Extensions.Options;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;

namespace Verbatim.Search.Tests.Index;

/// <summary>Filters, sort orders, facets, highlights, speaker listing and the live feed on a small corpus.</summary>
public sealed class StatementQueryFeatureTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "verbatim-features-" + Guid.NewGuid().ToString("N"));
    private readonly StatementIndex _index;

    public StatementQueryFeatureTests()
    {
        _index = new StatementIndex(Options.Create(new IndexOptions { Path = _path }));
        _index.ReplaceDispatch("d-1", [
            S("s-1", "p-lavrov", "Sergei Lavrov", StatementKind.Direct, "Les sanctions contre l'Iran sont illégales", "The sanctions against Iran are illegal", 3, role: "ministre"),
            S("s-2", "p-lavrov", "Sergueï Lavrov", StatementKind.Indirect, "les négociations sur New START doivent reprendre", "the negotiations on New START must resume", 5),
            S("s-3", "p-wang", "Wang Yi", StatementKind.Partial, "dialogue constructif", "constructive dialogue", 10, joint: true),
            S("s-4", "p-blinken", "Antony Blinken", StatementKind.Direct, "Nous soutenons les négociations", "We support the negotiations", 12, joint: true),
            S("s-5", "i-moscow", "Moscow", StatementKind.Indirect, "l'Iran a le droit de se défendre", "Iran has the right to defend itself", 20, speakerKind: SpeakerKind.Institution),
        ]);
    }

    private static IndexedStatement S(string id, string speakerId, string speaker, StatementKind kind, string fr, string en, int day,
        bool joint = false, SpeakerKind speakerKind = SpeakerKind.Person, string? role = null) =>
        new(id, "d-1", speakerId, speaker, speakerKind, kind, "déclarer", fr, en, fr, en,
            new DateTimeOffset(2025, 3, day, 8, 0, 0, TimeSpan.Zero), joint, 0, fr.Length, role);

    private List<string> Ids(StatementQuery q) => _index.Search(q with { Limit = 50 }).Hits.Select(h => h.Statement.StatementId).ToList();

    [Fact]
    public void Filters_by_kind_joint_flag_and_date_range()
    {
        Assert.Equal(["s-2", "s-5"], Ids(new StatementQuery { Kinds = [StatementKind.Indirect], Order = SortOrder.DateAscending }));
        Assert.Equal(["s-3", "s-4"], Ids(new StatementQuery { Joint = true, Order = SortOrder.DateAscending }));
        Assert.Equal(["s-2", "s-3"], Ids(new StatementQuery
        {
            PublishedAfter = new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero),
            PublishedBefore = new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero),
            Order = SortOrder.DateAscending,
        }));
    }

    [Fact]
    public void Sorts_by_date_both_ways()
    {
        Assert.Equal(["s-5", "s-4", "s-3", "s-2", "s-1"], Ids(new StatementQuery { Order = SortOrder.DateDescending }));
        Assert.Equal(["s-1", "s-2", "s-3", "s-4", "s-5"], Ids(new StatementQuery { Order = SortOrder.DateAscending }));
    }

    [Fact]
    public void Restricts_matching_to_one_language_on_request()
    {
        // "negotiations" is English; the French analyzer does not reduce it to the French stem.
        Assert.Equal(["s-2", "s-4"], Ids(new StatementQuery { Text = "negotiations", Language = QueryLanguage.English, Order = SortOrder.DateAscending }));
        Assert.Empty(Ids(new StatementQuery { Text = "support", Language = QueryLanguage.French }));
        Assert.Equal(["s-4"], Ids(new StatementQuery { Text = "soutenons", Language = QueryLanguage.French }));
    }

    [Fact]
    public void Supports_phrases_boolean_operators_exclusion_and_prefixes()
    {
        Assert.Equal(["s-2"], Ids(new StatementQuery { Text = "\"New START\"" }));
        Assert.Equal(["s-1", "s-5"], Ids(new StatementQuery { Text = "iran -START", Order = SortOrder.DateAscending }));
        Assert.Equal(["s-1", "s-3"], Ids(new StatementQuery { Text = "sanctions OR constructive", Order = SortOrder.DateAscending }));
        Assert.Equal(["s-3"], Ids(new StatementQuery { Text = "construct*" }));
    }

    [Fact]
    public void Counts_speaker_and_kind_facets_over_all_matches()
    {
        var page = _index.Search(new StatementQuery { Facets = true, Limit = 1 });
        Assert.Single(page.Hits);
        Assert.Equal(5, page.TotalHits);
        Assert.Equal(("p-lavrov", 2L), (page.SpeakerFacets[0].SpeakerId, page.SpeakerFacets[0].Count));
        Assert.Equal(4, page.SpeakerFacets.Count);
        Assert.Contains(page.SpeakerFacets, f => f is { SpeakerId: "i-moscow", Kind: SpeakerKind.Institution, Count: 1 });
        Assert.Equal(2, page.KindFacets.Single(k => k.Kind == StatementKind.Indirect).Count);
        Assert.Equal(2, page.KindFacets.Single(k => k.Kind == StatementKind.Direct).Count);
    }

    [Fact]
    public void Highlights_matched_words_in_both_languages()
    {
        var hit = _index.Search(new StatementQuery { Text = "négociation" }).Hits.First(h => h.Statement.StatementId == "s-4");
        Assert.Equal("Nous soutenons les <em>négociations</em>", hit.HighlightFr);

        var en = _index.Search(new StatementQuery { Text = "illegally" }).Hits.Single();
        Assert.Equal("The sanctions against Iran are <em>illegal</em>", en.HighlightEn);
        Assert.Equal("", en.HighlightFr);
    }

    [Fact]
    public void Lists_speakers_with_counts_aliases_and_roles()
    {
        var speakers = _index.ListSpeakers();
        var lavrov = speakers.Single(s => s.SpeakerId == "p-lavrov");
        Assert.Equal(2, lavrov.StatementCount);
        Assert.Equal(["Sergei Lavrov", "Sergueï Lavrov"], lavrov.Aliases);
        Assert.Equal(5, speakers.Sum(s => s.StatementCount));
    }

    [Fact]
    public async Task The_live_feed_delivers_only_new_statements_matching_the_filter()
    {
        var feed = new StatementFeed(_index);
        using var lavrov = feed.Subscribe(new StatementQuery { Speaker = "lavrov" }, capacity: 10);
        using var everything = feed.Subscribe(new StatementQuery(), capacity: 10);

        var fresh = new[]
        {
            S("s-6", "p-lavrov", "Sergei Lavrov", StatementKind.Direct, "Nouvelle déclaration", "New statement", 25),
            S("s-7", "p-wang", "Wang Yi", StatementKind.Direct, "Autre déclaration", "Other statement", 25),
        };
        _index.ReplaceDispatch("d-2", fresh.Select(s => s with { DispatchId = "d-2" }).ToList());
        feed.Publish(fresh);

        Assert.Equal("s-6", (await lavrov.Reader.ReadAsync()).StatementId);
        Assert.False(lavrov.Reader.TryRead(out _));
        Assert.Equal(["s-6", "s-7"], new[] { (await everything.Reader.ReadAsync()).StatementId, (await everything.Reader.ReadAsync()).StatementId }.Order());
    }

    [Fact]
    public void A_subscriber_that_falls_behind_is_closed_rather_than_buffering_without_bound()
    {
        var feed = new StatementFeed(_index);
        using var slow = feed.Subscribe(new StatementQuery(), capacity: 1);
        var fresh = Enumerable.Range(10, 3).Select(i => S($"s-{i}", "p-x", "X", StatementKind.Direct, "Texte", "Text", 26) with { DispatchId = "d-3" }).ToList();
        _index.ReplaceDispatch("d-3", fresh);
        feed.Publish(fresh);
        Assert.True(slow.Overflowed);
        Assert.True(slow.Reader.Completion.IsCompleted || slow.Reader.Count == 1);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
