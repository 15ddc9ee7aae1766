using Verbatim.Search.Extraction;

namespace Verbatim.Search.Index;

/// <summary>A statement as stored in the index: the extracted statement plus its dispatch's facts.</summary>
public sealed record IndexedStatement(
    string StatementId,
    string DispatchId,
    string SpeakerId,
    string SpeakerName,
    SpeakerKind SpeakerKind,
    StatementKind Kind,
    string Cue,
    string TextFr,
    string TextEn,
    string ContextFr,
    string ContextEn,
    DateTimeOffset PublishedAt,
    bool Joint,
    int Start,
    int End,
    string? SpeakerRole = null);

public enum SortOrder { Relevance, DateDescending, DateAscending }

public enum QueryLanguage { Both, French, English }

/// <summary>A search over statements; every filter is optional.</summary>
public sealed record StatementQuery
{
    public string Text { get; init; } = "";
    public string Speaker { get; init; } = "";
    public string DispatchId { get; init; } = "";
    public IReadOnlyCollection<StatementKind> Kinds { get; init; } = [];
    public bool? Joint { get; init; }
    public DateTimeOffset? PublishedAfter { get; init; }
    public DateTimeOffset? PublishedBefore { get; init; }
    public QueryLanguage Language { get; init; }
    public SortOrder Order { get; init; }
    public bool Facets { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;

    /// <summary>Restricts matches to these statements (used to test new statements against a live filter).</summary>
    public IReadOnlyCollection<string>? StatementIds { get; init; }
}

public sealed record StatementHit(IndexedStatement Statement, float Score, string HighlightFr = "", string HighlightEn = "");

public sealed record SpeakerCount(string SpeakerId, string Name, SpeakerKind Kind, long Count);

public sealed record KindCount(StatementKind Kind, long Count);

public sealed record StatementPage(
    IReadOnlyList<StatementHit> Hits,
    long TotalHits,
    IReadOnlyList<SpeakerCount> SpeakerFacets,
    IReadOnlyList<KindCount> KindFacets);

public sealed record SpeakerSummary(string SpeakerId, string Name, SpeakerKind Kind, string? Role, IReadOnlyList<string> Aliases, long StatementCount);

/// <summary>The query text is not valid Lucene syntax; the message says where.</summary>
public sealed class InvalidQueryException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>Directory of the Lucene index (created when missing).</summary>
    public string Path { get; set; } = "data/search/index";

    /// <summary>Re-extract and re-index every stored dispatch at start-up (e.g. after changing extraction rules).</summary>
    public bool RebuildOnStart { get; set; }

    /// <summary>Speaker facets returned at most.</summary>
    public int MaxSpeakerFacets { get; set; } = 20;
}
