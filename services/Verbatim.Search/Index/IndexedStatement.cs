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
    int End);

public sealed record StatementQuery(string Text, string Speaker, string DispatchId, int Offset, int Limit);

public sealed record StatementHit(IndexedStatement Statement, float Score);

public sealed record StatementPage(IReadOnlyList<StatementHit> Hits, long TotalHits);

/// <summary>The query text is not valid Lucene syntax; the message says where.</summary>
public sealed class InvalidQueryException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>Directory of the Lucene index (created when missing).</summary>
    public string Path { get; set; } = "data/search/index";
}
