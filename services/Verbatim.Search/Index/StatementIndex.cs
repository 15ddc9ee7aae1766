using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using Verbatim.Search.Extraction;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Verbatim.Search.Index;

/// <summary>
/// The embedded Lucene.Net index of statements, on disk. Writes are committed before they return, so
/// whatever the consumer acknowledged to the broker survives a crash; searches see them at once
/// (near-real-time reader refreshed after each commit).
/// </summary>
public sealed class StatementIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] TextFields = [Fields.TextFr, Fields.TextEn, Fields.ContextFr, Fields.ContextEn];

    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();

    public StatementIndex(IOptions<IndexOptions> options)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        _analyzer = CreateAnalyzer();
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _writer.Commit(); // a fresh directory gets a segments file, so readers can open it
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    internal static class Fields
    {
        public const string StatementId = "statement_id";
        public const string DispatchId = "dispatch_id";
        public const string SpeakerId = "speaker_id";
        public const string SpeakerName = "speaker_name";
        public const string SpeakerKind = "speaker_kind";
        public const string Kind = "kind";
        public const string Cue = "cue";
        public const string TextFr = "text_fr";
        public const string TextEn = "text_en";
        public const string ContextFr = "context_fr";
        public const string ContextEn = "context_en";
        public const string PublishedAt = "published_at";
        public const string Joint = "joint";
        public const string Start = "start";
        public const string End = "end";
    }

    private static Analyzer CreateAnalyzer()
    {
        var standard = new StandardAnalyzer(Version);
        var french = new FrenchAnalyzer(Version);
        var english = new EnglishAnalyzer(Version);
        return new PerFieldAnalyzerWrapper(standard, new Dictionary<string, Analyzer>
        {
            [Fields.TextFr] = french,
            [Fields.ContextFr] = french,
            [Fields.TextEn] = english,
            [Fields.ContextEn] = english,
        });
    }

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>Replaces every statement of a dispatch (idempotent: redelivery changes nothing) and commits.</summary>
    public void ReplaceDispatch(string dispatchId, IReadOnlyCollection<IndexedStatement> statements)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(Fields.DispatchId, dispatchId));
            foreach (var statement in statements)
            {
                _writer.UpdateDocument(new Term(Fields.StatementId, statement.StatementId), ToDocument(statement));
            }

            _writer.Commit();
        }

        _searchers.MaybeRefreshBlocking();
    }

    public IndexedStatement? Get(string statementId)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(Fields.StatementId, statementId)), 1);
            return top.TotalHits == 0 ? null : FromDocument(searcher.Doc(top.ScoreDocs[0].Doc));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public StatementPage Search(StatementQuery query)
    {
        var lucene = BuildQuery(query);
        var searcher = _searchers.Acquire();
        try
        {
            var wanted = Math.Max(1, query.Offset + query.Limit);
            // Relevance, then newest first, then id: a total order, so pages never overlap or skip.
            var sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.PublishedAt, SortFieldType.INT64, true),
                new SortField(Fields.StatementId, SortFieldType.STRING));
            var top = searcher.Search(lucene, null, wanted, sort, doDocScores: true, doMaxScore: false);
            var hits = top.ScoreDocs.Skip(query.Offset).Take(query.Limit)
                .Select(sd => new StatementHit(FromDocument(searcher.Doc(sd.Doc)), float.IsNaN(sd.Score) ? 0 : sd.Score))
                .ToList();
            return new StatementPage(hits, top.TotalHits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private Query BuildQuery(StatementQuery query)
    {
        var root = new BooleanQuery();
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else
        {
            var boosts = new Dictionary<string, float>
            {
                [Fields.TextFr] = 2f, [Fields.TextEn] = 2f, [Fields.ContextFr] = 1f, [Fields.ContextEn] = 1f,
            };
            var parser = new MultiFieldQueryParser(Version, TextFields, _analyzer, boosts)
            {
                DefaultOperator = Operator.AND,
                AllowLeadingWildcard = false,
            };
            try
            {
                root.Add(parser.Parse(query.Text), Occur.MUST);
            }
            catch (ParseException ex)
            {
                throw new InvalidQueryException($"query is not valid: {FirstLine(ex.Message)}", ex);
            }
            catch (BooleanQuery.TooManyClausesException ex)
            {
                throw new InvalidQueryException("query expands to too many terms; use a longer prefix", ex);
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            var speaker = new BooleanQuery
            {
                { new TermQuery(new Term(Fields.SpeakerId, query.Speaker.Trim())), Occur.SHOULD },
            };
            var nameQuery = new QueryParser(Version, Fields.SpeakerName, _analyzer) { DefaultOperator = Operator.AND };
            speaker.Add(nameQuery.Parse(QueryParserBase.Escape(query.Speaker.Trim())), Occur.SHOULD);
            root.Add(speaker, Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(query.DispatchId))
        {
            root.Add(new TermQuery(new Term(Fields.DispatchId, query.DispatchId.Trim())), Occur.MUST);
        }

        return root;
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf('\n', StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim();
    }

    private static Document ToDocument(IndexedStatement s)
    {
        var published = s.PublishedAt.ToUnixTimeMilliseconds();
        return new Document
        {
            new StringField(Fields.StatementId, s.StatementId, Field.Store.YES),
            new SortedDocValuesField(Fields.StatementId, new BytesRef(s.StatementId)),
            new StringField(Fields.DispatchId, s.DispatchId, Field.Store.YES),
            new StringField(Fields.SpeakerId, s.SpeakerId, Field.Store.YES),
            new TextField(Fields.SpeakerName, s.SpeakerName, Field.Store.YES),
            new StringField(Fields.SpeakerKind, s.SpeakerKind.ToString(), Field.Store.YES),
            new StringField(Fields.Kind, s.Kind.ToString(), Field.Store.YES),
            new StringField(Fields.Cue, s.Cue, Field.Store.YES),
            new TextField(Fields.TextFr, s.TextFr, Field.Store.YES),
            new TextField(Fields.TextEn, s.TextEn, Field.Store.YES),
            new TextField(Fields.ContextFr, s.ContextFr, Field.Store.YES),
            new TextField(Fields.ContextEn, s.ContextEn, Field.Store.YES),
            new Int64Field(Fields.PublishedAt, published, Field.Store.YES),
            new NumericDocValuesField(Fields.PublishedAt, published),
            new StringField(Fields.Joint, s.Joint ? "true" : "false", Field.Store.YES),
            new StoredField(Fields.Start, s.Start),
            new StoredField(Fields.End, s.End),
        };
    }

    private static IndexedStatement FromDocument(Document d) => new(
        d.Get(Fields.StatementId),
        d.Get(Fields.DispatchId),
        d.Get(Fields.SpeakerId),
        d.Get(Fields.SpeakerName),
        Enum.Parse<SpeakerKind>(d.Get(Fields.SpeakerKind)),
        Enum.Parse<StatementKind>(d.Get(Fields.Kind)),
        d.Get(Fields.Cue),
        d.Get(Fields.TextFr),
        d.Get(Fields.TextEn),
        d.Get(Fields.ContextFr),
        d.Get(Fields.ContextEn),
        DateTimeOffset.FromUnixTimeMilliseconds(d.GetField(Fields.PublishedAt).GetInt64Value() ?? 0),
        d.Get(Fields.Joint) == "true",
        d.GetField(Fields.Start).GetInt32Value() ?? 0,
        d.GetField(Fields.End).GetInt32Value() ?? 0);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
