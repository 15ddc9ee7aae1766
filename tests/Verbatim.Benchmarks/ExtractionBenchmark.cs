using System.Diagnostics;
using System.Globalization;
using System.Text;
using Verbatim.Search.Extraction;
using Verbatim.Translation.Normalization;

namespace Verbatim.Benchmarks;

/// <summary>Speed of the pure statement extractor on our own annotated dispatches (issue 5).</summary>
internal static class ExtractionBenchmark
{
    public static string Run(int repeat)
    {
        var root = FindCorpus();
        var documents = Directory.EnumerateFiles(root, "*.txt").Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var normalized = DispatchNormalizer.Normalize(File.ReadAllText(f), DateTimeOffset.UnixEpoch);
                var segments = normalized.Sentences.Select(s => new ExtractionSegment(s.Index, s.Paragraph, s.Start, s.Text, s.Text,
                    normalized.QuotesIn(s).Select(q => new ExtractionQuote(q.Start, q.End, q.Start, q.End, q.Closed)).ToList())).ToList();
                return (Doc: new ExtractionDocument(Path.GetFileNameWithoutExtension(f), normalized.Title, segments), Words: normalized.Body.Split(' ').Length);
            })
            .ToList();
        var extractor = StatementExtractor.CreateDefault();
        foreach (var (doc, _) in documents)
        {
            extractor.Extract(doc); // warm-up
        }

        var timings = new List<double>();
        var statements = 0;
        var total = Stopwatch.StartNew();
        for (var r = 0; r < repeat; r++)
        {
            foreach (var (doc, _) in documents)
            {
                var t = Stopwatch.StartNew();
                statements += extractor.Extract(doc).Count;
                timings.Add(t.Elapsed.TotalMilliseconds);
            }
        }

        total.Stop();
        timings.Sort();
        var words = documents.Sum(d => d.Words) * repeat;
        var sb = new StringBuilder();
        sb.AppendLine("### Statement extraction speed");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{documents.Count} dispatches of our annotated corpus × {repeat}: {documents.Count * repeat / total.Elapsed.TotalSeconds:N0} dispatches/s, {words / total.Elapsed.TotalSeconds:N0} words/s on one core; per dispatch p50 {timings[timings.Count / 2]:F2} ms, p99 {timings[(int)(timings.Count * 0.99)]:F2} ms ({statements / repeat} statements per pass).");
        sb.AppendLine();
        Console.Write(sb);
        return sb.ToString();
    }

    private static string FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Microservices.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "tests", "Verbatim.Search.Tests", "Corpus", "extraction", "dispatches");
    }
}
