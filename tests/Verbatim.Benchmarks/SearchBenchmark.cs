using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Verbatim.Search.Extraction;
using Verbatim.Search.Index;

namespace Verbatim.Benchmarks;

/// <summary>
/// Issue 6's index benchmark: N synthetic bilingual statements (deterministic), indexing rate and
/// index size, then p50/p99 latency of term, phrase, filtered and faceted queries.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly string[] NounsFr = ["négociations", "sanctions", "accord", "traité", "frontière", "élections", "budget", "réforme", "guerre", "paix", "énergie", "climat", "dette", "grève", "salaires", "sécurité", "migration", "nucléaire", "commerce", "douanes", "vaccins", "réfugiés", "armée", "justice", "impôts"];
    private static readonly string[] NounsEn = ["negotiations", "sanctions", "agreement", "treaty", "border", "elections", "budget", "reform", "war", "peace", "energy", "climate", "debt", "strike", "wages", "security", "migration", "nuclear", "trade", "customs", "vaccines", "refugees", "army", "justice", "taxes"];
    private static readonly string[] VerbsFr = ["nous soutenons", "nous refusons", "il faut relancer", "nous condamnons", "personne ne veut", "nous examinerons", "il est temps de revoir", "nous défendrons"];
    private static readonly string[] VerbsEn = ["we support", "we refuse", "we must relaunch", "we condemn", "nobody wants", "we will examine", "it is time to review", "we will defend"];
    private static readonly string[] AdjFr = ["européen", "historique", "fragile", "nécessaire", "inacceptable", "durable", "ambitieux", "urgent"];
    private static readonly string[] AdjEn = ["European", "historic", "fragile", "necessary", "unacceptable", "lasting", "ambitious", "urgent"];

    public static string Run(int count, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "verbatim-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var sb = new StringBuilder();
        try
        {
            using var index = new StatementIndex(Options.Create(new IndexOptions { Path = path }));
            var random = new Random(20261123);
            var speakers = Enumerable.Range(0, 2_000).Select(i => ($"p-speaker-{i}", $"Speaker{i} Name{i % 97}")).ToArray();
            var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
            const int perDispatch = 10;
            const int dispatchesPerCommit = 1_000;

            Console.WriteLine($"search: indexing {count:N0} synthetic statements ...");
            var watch = Stopwatch.StartNew();
            var batch = new List<(string, IReadOnlyCollection<IndexedStatement>)>(dispatchesPerCommit);
            for (var d = 0; d * perDispatch < count; d++)
            {
                ct.ThrowIfCancellationRequested();
                var dispatchId = $"d-{d:x8}";
                var published = start.AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
                var statements = new List<IndexedStatement>(perDispatch);
                for (var s = 0; s < perDispatch && (d * perDispatch) + s < count; s++)
                {
                    var (fr, en) = Sentence(random);
                    var (speakerId, speakerName) = speakers[random.Next(speakers.Length)];
                    statements.Add(new IndexedStatement($"s-{d:x8}-{s}", dispatchId, speakerId, speakerName, SpeakerKind.Person,
                        (StatementKind)(1 + random.Next(3)), "déclarer", fr, en, fr, en, published, random.Next(20) == 0, 0, fr.Length));
                }

                batch.Add((dispatchId, statements));
                if (batch.Count == dispatchesPerCommit)
                {
                    index.ReplaceDispatches(batch);
                    batch.Clear();
                }
            }

            index.ReplaceDispatches(batch);
            watch.Stop();
            var size = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
            var bulkRate = count / watch.Elapsed.TotalSeconds;

            // The consumer's path: one commit per dispatch (durable before the broker ack).
            var single = Stopwatch.StartNew();
            const int singleDispatches = 300;
            for (var d = 0; d < singleDispatches; d++)
            {
                var (fr, en) = Sentence(random);
                index.ReplaceDispatch($"d-single-{d}", [new IndexedStatement($"s-single-{d}", $"d-single-{d}", "p-x", "X", SpeakerKind.Person,
                    StatementKind.Direct, "dire", fr, en, fr, en, start, false, 0, fr.Length)]);
            }

            single.Stop();

            sb.AppendLine(CultureInfo.InvariantCulture, $"### Search index: {count:N0} synthetic statements");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Bulk indexing (1,000 dispatches of {perDispatch} statements per commit): {watch.Elapsed.TotalSeconds:F1} s, **{bulkRate:N0} statements/s**");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Consumer path (one commit per dispatch, {singleDispatches} dispatches): {singleDispatches / single.Elapsed.TotalSeconds:N0} dispatches/s ({single.Elapsed.TotalMilliseconds / singleDispatches:F1} ms per commit)");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Index size on disk: {size / (1024.0 * 1024):N0} MiB ({(double)size / count:N0} bytes per statement)");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Managed heap after indexing: {GC.GetGCMemoryInfo().HeapSizeBytes / (1024.0 * 1024):N0} MiB; process RSS {Environment.WorkingSet / (1024.0 * 1024):N0} MiB");
            sb.AppendLine();
            sb.AppendLine("| query | example | p50 ms | p99 ms | mean hits |");
            sb.AppendLine("| --- | --- | ---: | ---: | ---: |");

            var queries = new (string Name, Func<Random, StatementQuery> Make)[]
            {
                ("term", r => new StatementQuery { Text = NounsFr[r.Next(NounsFr.Length)] }),
                ("phrase", r => new StatementQuery { Text = $"\"{VerbsEn[r.Next(VerbsEn.Length)]}\"" }),
                ("filtered (term + speaker + 90-day range + kind)", r =>
                {
                    var from = start.AddDays(r.Next(0, 3 * 365 - 90));
                    return new StatementQuery
                    {
                        Text = NounsEn[r.Next(NounsEn.Length)], Speaker = speakers[r.Next(speakers.Length)].Item1,
                        PublishedAfter = from, PublishedBefore = from.AddDays(90), Kinds = [StatementKind.Direct],
                    };
                }),
                ("faceted (term, speaker + kind facets)", r => new StatementQuery { Text = NounsFr[r.Next(NounsFr.Length)], Facets = true }),
                ("date-sorted term", r => new StatementQuery { Text = NounsEn[r.Next(NounsEn.Length)], Order = SortOrder.DateDescending }),
            };

            foreach (var (name, make) in queries)
            {
                var r = new Random(name.Length);
                for (var i = 0; i < 20; i++)
                {
                    index.Search(make(r)); // warm-up
                }

                var timings = new List<double>();
                long hits = 0;
                for (var i = 0; i < 200; i++)
                {
                    var q = make(r);
                    var t = Stopwatch.StartNew();
                    hits += index.Search(q).TotalHits;
                    timings.Add(t.Elapsed.TotalMilliseconds);
                }

                timings.Sort();
                var example = make(new Random(1));
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | `{example.Text}` | {timings[timings.Count / 2]:F1} | {timings[(int)(timings.Count * 0.99)]:F1} | {hits / 200:N0} |");
            }

            sb.AppendLine();
            Console.Write(sb);
            return sb.ToString();
        }
        finally
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (string Fr, string En) Sentence(Random random)
    {
        var v = random.Next(VerbsFr.Length);
        var n = random.Next(NounsFr.Length);
        var a = random.Next(AdjFr.Length);
        var n2 = random.Next(NounsFr.Length);
        return ($"{VerbsFr[v]} les {NounsFr[n]} et un cadre {AdjFr[a]} pour {NounsFr[n2]}",
                $"{VerbsEn[v]} the {NounsEn[n]} and a {AdjEn[a]} framework for {NounsEn[n2]}");
    }
}
