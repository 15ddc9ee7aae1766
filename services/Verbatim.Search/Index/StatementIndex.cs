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

    private readonly int _maxSpeakerFacets;

    public StatementIndex(IOptions<IndexOptions> options)
    {
        _maxSpeakerFacets = options.Value.MaxSpeakerFacets;
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
        public const string SpeakerRole = "speaker_role";
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

    /// <summary>Replaces several dispatches with one commit: the bulk path (rebuilds, batched consumers).</summary>
    public void ReplaceDispatches(IEnumerable<(string DispatchId, IReadOnlyCollection<IndexedStatement> Statements)> batch)
    {
        lock (_writeLock)
        {
            foreach (var (dispatchId, statements) in batch)
            {
                _writer.DeleteDocuments(new Term(Fields.DispatchId, dispatchId));
                foreach (var statement in statements)
                {
                    _writer.UpdateDocument(new Term(Fields.StatementId, statement.StatementId), ToDocument(statement));
                }
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
        var (lucene, textQuery) = BuildQuery(query);
        var searcher = _searchers.Acquire();
        try
        {
            var wanted = Math.Max(1, query.Offset + query.Limit);
            var collector = TopFieldCollector.Create(SortFor(query.Order), wanted, fillFields: true,
                trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var facets = query.Facets ? new FacetCollector(Fields.SpeakerId, Fields.Kind) : null;
            try
            {
                searcher.Search(lucene, facets is null ? collector : MultiCollector.Wrap(collector, facets));
            }
            catch (BooleanQuery.TooManyClausesException ex)
            {
                // Prefix and wildcard terms expand at search time, against the terms actually indexed.
                throw new InvalidQueryException($"query expands to more than {BooleanQuery.MaxClauseCount} terms; use a longer prefix", ex);
            }

            var top = collector.GetTopDocs();
            var (termsFr, termsEn) = HighlightTerms(searcher, textQuery);
            var hits = top.ScoreDocs.Skip(query.Offset).Take(query.Limit)
                .Select(sd =>
                {
                    var statement = FromDocument(searcher.Doc(sd.Doc));
                    return new StatementHit(
                        statement,
                        float.IsNaN(sd.Score) ? 0 : sd.Score,
                        Highlighter.Mark(_analyzer, Fields.TextFr, statement.TextFr, termsFr),
                        Highlighter.Mark(_analyzer, Fields.TextEn, statement.TextEn, termsEn));
                })
                .ToList();
            return new StatementPage(hits, top.TotalHits, SpeakerFacets(searcher, facets), KindFacets(facets));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Every speaker in the index with counts and the names they appear under.</summary>
    public IReadOnlyList<SpeakerSummary> ListSpeakers()
    {
        var searcher = _searchers.Acquire();
        try
        {
            var collector = new FacetCollector(Fields.SpeakerId);
            searcher.Search(new MatchAllDocsQuery(), collector);
            var result = new List<SpeakerSummary>();
            foreach (var (id, count) in collector.Counts(0))
            {
                var docs = searcher.Search(new TermQuery(new Term(Fields.SpeakerId, id)), 50);
                var names = docs.ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
                var first = FromDocument(names[0]);
                var aliases = names.Select(d => d.Get(Fields.SpeakerName)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                result.Add(new SpeakerSummary(id, first.SpeakerName, first.SpeakerKind, first.SpeakerRole, aliases, count));
            }

            return result;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static Sort SortFor(SortOrder order) => order switch
    {
        // Each order ends with the statement id: a total order, so pages never overlap or skip.
        SortOrder.DateDescending => new Sort(new SortField(Fields.PublishedAt, SortFieldType.INT64, true), new SortField(Fields.StatementId, SortFieldType.STRING)),
        SortOrder.DateAscending => new Sort(new SortField(Fields.PublishedAt, SortFieldType.INT64, false), new SortField(Fields.StatementId, SortFieldType.STRING)),
        _ => new Sort(SortField.FIELD_SCORE, new SortField(Fields.PublishedAt, SortFieldType.INT64, true), new SortField(Fields.StatementId, SortFieldType.STRING)),
    };

    private IReadOnlyList<SpeakerCount> SpeakerFacets(IndexSearcher searcher, FacetCollector? facets)
    {
        if (facets is null)
        {
            return [];
        }

        return facets.Counts(0)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(_maxSpeakerFacets)
            .Select(kv =>
            {
                var top = searcher.Search(new TermQuery(new Term(Fields.SpeakerId, kv.Key)), 1);
                var doc = searcher.Doc(top.ScoreDocs[0].Doc);
                return new SpeakerCount(kv.Key, doc.Get(Fields.SpeakerName), Enum.Parse<SpeakerKind>(doc.Get(Fields.SpeakerKind)), kv.Value);
            })
            .ToList();
    }

    private static IReadOnlyList<KindCount> KindFacets(FacetCollector? facets) =>
        facets is null
            ? []
            : facets.Counts(1).OrderByDescending(kv => kv.Value)
                .Select(kv => new KindCount(Enum.Parse<StatementKind>(kv.Key), kv.Value)).ToList();

    /// <summary>Analyzed query terms per language, prefix and fuzzy terms expanded, for highlighting.</summary>
    private static (IReadOnlySet<string> Fr, IReadOnlySet<string> En) HighlightTerms(IndexSearcher searcher, Query? textQuery)
    {
        var fr = new HashSet<string>(StringComparer.Ordinal);
        var en = new HashSet<string>(StringComparer.Ordinal);
        if (textQuery is null)
        {
            return (fr, en);
        }

        try
        {
            var terms = new HashSet<Term>();
            searcher.Rewrite(textQuery).ExtractTerms(terms);
            foreach (var term in terms)
            {
                if (term.Field is Fields.TextFr or Fields.ContextFr)
                {
                    fr.Add(term.Text);
                }
                else if (term.Field is Fields.TextEn or Fields.ContextEn)
                {
                    en.Add(term.Text);
                }
            }
        }
        catch (Exception ex) when (ex is BooleanQuery.TooManyClausesException or NotSupportedException or InvalidOperationException)
        {
            // A very broad prefix: results are still right, they just come without highlights.
        }

        return (fr, en);
    }

    private (Query Root, Query? Text) BuildQuery(StatementQuery query)
    {
        var root = new BooleanQuery();
        Query? textQuery = null;
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else
        {
            string[] fields = query.Language switch
            {
                QueryLanguage.French => [Fields.TextFr, Fields.ContextFr],
                QueryLanguage.English => [Fields.TextEn, Fields.ContextEn],
                _ => TextFields,
            };
            var boosts = new Dictionary<string, float>
            {
                [Fields.TextFr] = 2f, [Fields.TextEn] = 2f, [Fields.ContextFr] = 1f, [Fields.ContextEn] = 1f,
            };
            var parser = new MultiFieldQueryParser(Version, fields, _analyzer, boosts)
            {
                DefaultOperator = Operator.AND,
                AllowLeadingWildcard = false,
                // Prefix terms expand to real terms, so they can be highlighted.
                MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
            };
            try
            {
                textQuery = parser.Parse(query.Text);
                root.Add(textQuery, Occur.MUST);
            }
            catch (ParseException ex)
            {
                throw new InvalidQueryException($"query is not valid: {FirstLine(ex.Message)}", ex);
            }
            catch (BooleanQuery.TooManyClausesException ex)
            {
                throw new InvalidQueryException("query expands to too many terms; use a longer prefix", ex);
            }
            catch (ArgumentException ex)
            {
                // Lucene reports some syntax errors this way, e.g. a malformed /regular expression/.
                throw new InvalidQueryException($"query is not valid: {FirstLine(ex.Message)}", ex);
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

        if (query.Kinds.Count > 0)
        {
            var kinds = new BooleanQuery();
            foreach (var kind in query.Kinds.Distinct())
            {
                kinds.Add(new TermQuery(new Term(Fields.Kind, kind.ToString())), Occur.SHOULD);
            }

            root.Add(kinds, Occur.MUST);
        }

        if (query.Joint is { } joint)
        {
            root.Add(new TermQuery(new Term(Fields.Joint, joint ? "true" : "false")), Occur.MUST);
        }

        if (query.PublishedAfter is not null || query.PublishedBefore is not null)
        {
            root.Add(NumericRangeQuery.NewInt64Range(Fields.PublishedAt,
                query.PublishedAfter?.ToUnixTimeMilliseconds(), query.PublishedBefore?.ToUnixTimeMilliseconds(),
                minInclusive: true, maxInclusive: false), Occur.MUST);
        }

        if (query.StatementIds is { } ids)
        {
            var only = new BooleanQuery();
            foreach (var id in ids)
            {
                only.Add(new TermQuery(new Term(Fields.StatementId, id)), Occur.SHOULD);
            }

            root.Add(only, Occur.MUST);
        }

        return (root, textQuery);
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
            new SortedDocValuesField(Fields.SpeakerId, new BytesRef(s.SpeakerId)),
            new TextField(Fields.SpeakerName, s.SpeakerName, Field.Store.YES),
            new StringField(Fields.SpeakerKind, s.SpeakerKind.ToString(), Field.Store.YES),
            new StoredField(Fields.SpeakerRole, s.SpeakerRole ?? ""),
            new StringField(Fields.Kind, s.Kind.ToString(), Field.Store.YES),
            new SortedDocValuesField(Fields.Kind, new BytesRef(s.Kind.ToString())),
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
        d.GetField(Fields.End).GetInt32Value() ?? 0,
        d.Get(Fields.SpeakerRole) is { Length: > 0 } role ? role : null);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
