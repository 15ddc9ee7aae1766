using System.Diagnostics;
using System.Globalization;
using System.Text;
using Verbatim.Benchmarks;
using Verbatim.Benchmarks.Metrics;
using Verbatim.Translation.Translation;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Verbatim.Benchmarks [quality|speed|all|ablation|search|extraction] [--statements N] [--limit N] [--repeat N] [--data DIR | --pairs FILE.tsv] [--no-unknown-words] [--report FILE] [--out-dir DIR]");
    return 2;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

var report = new StringBuilder();
var machine = Machine.Describe();
report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: `dotnet run -c Release --project tests/Verbatim.Benchmarks -- {string.Join(' ', args)}`");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {machine.Cores} cores, {machine.Cpu}, {machine.Memory} RAM, {machine.Os}");
report.AppendLine(CultureInfo.InvariantCulture, $"- Runtime: {machine.Dotnet}");
report.AppendLine(CultureInfo.InvariantCulture, $"- Load average at start (1/5/15 min): {LoadAverage()} (the machine is shared: other builds add noise to timings)");
report.AppendLine(CultureInfo.InvariantCulture, $"- Apertium packages: {string.Join(", ", machine.ApertiumPackages)}");

var dataDir = options.PairsPath is null ? EvalCorpus.Locate(options.DataDir) : null;
EvalCorpus corpus;
if (options.PairsPath is not null)
{
    corpus = EvalCorpus.LoadPairs(options.PairsPath, options.Limit);
}
else if (dataDir is null)
{
    Console.WriteLine($"Evaluation set not found ({EvalCorpus.RelativeDir} above the working directory, or $VERBATIM_SHARED_DIR): "
                      + "quality is not measured, speed runs on bundled synthetic French text.");
    corpus = EvalCorpus.Synthetic(options.Limit is { } l ? l * 25 : 30_000);
}
else
{
    corpus = EvalCorpus.Load(dataDir, options.Limit);
}

var words = corpus.Source.Sum(EvalCorpus.WordCount);
report.AppendLine(CultureInfo.InvariantCulture, $"- Text: {corpus.Origin}, {corpus.Source.Count} lines, {words:N0} French words");
report.AppendLine();
Console.Write(report);

Directory.CreateDirectory(options.OutDir);
if (options.Mode is "quality" or "all")
{
    if (corpus.HasReferences)
    {
        report.Append(await QualityBenchmark.RunAsync(corpus, options, cts.Token));
    }
    else
    {
        const string note = "Quality: not measured (no evaluation set with references was found).\n\n";
        Console.Write(note);
        report.Append(note);
    }
}

if (options.Mode is "speed" or "all")
{
    report.Append(await SpeedBenchmark.RunAsync(corpus, options, cts.Token));
}

if (options.Mode is "ablation" && corpus.HasReferences)
{
    report.Append(await AblationBenchmark.RunAsync(corpus, options, cts.Token));
}

if (options.Mode is "extraction")
{
    report.Append(ExtractionBenchmark.Run(options.Repeat * 20));
}

if (options.Mode is "search")
{
    report.Append(SearchBenchmark.Run(options.Statements, cts.Token));
}

report.AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {LoadAverage()}.");
Console.WriteLine($"Load average at the end: {LoadAverage()}.");

if (options.ReportPath is not null)
{
    await File.WriteAllTextAsync(options.ReportPath, report.ToString(), cts.Token);
    Console.WriteLine($"Report written to {options.ReportPath}");
}

return 0;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

/// <summary>Command line: mode, --limit N lines, --repeat N timed runs, --data DIR, --report FILE, --out-dir DIR.</summary>
public sealed record BenchOptions(string Mode, int? Limit, int Repeat, string? DataDir, string? ReportPath, string OutDir)
{
    /// <summary>Turns on Apertium's second pivot for unknown words (fra-cat, cat-eng).</summary>
    public bool UnknownWords { get; init; } = true;

    /// <summary>A TAB-separated French/English development file to measure instead of newstest.</summary>
    public string? PairsPath { get; init; }

    /// <summary>Synthetic statements indexed by the search benchmark.</summary>
    public int Statements { get; init; } = 1_000_000;

    public static BenchOptions? Parse(string[] args)
    {
        var o = new BenchOptions("all", null, 3, null, null, Path.Combine(Path.GetTempPath(), "verbatim-bench"));
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--statements":
                    o = o with { Statements = int.Parse(Next(), CultureInfo.InvariantCulture) };
                    break;
                case "quality" or "speed" or "all" or "ablation" or "search" or "extraction":
                    o = o with { Mode = args[i] };
                    break;
                case "--limit":
                    o = o with { Limit = int.Parse(Next(), CultureInfo.InvariantCulture) };
                    break;
                case "--repeat":
                    o = o with { Repeat = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)) };
                    break;
                case "--unknown-words":
                    o = o with { UnknownWords = true };
                    break;
                case "--no-unknown-words":
                    o = o with { UnknownWords = false };
                    break;
                case "--pairs":
                    o = o with { PairsPath = Next() };
                    break;
                case "--data":
                    o = o with { DataDir = Next() };
                    break;
                case "--report":
                    o = o with { ReportPath = Next() };
                    break;
                case "--out-dir":
                    o = o with { OutDir = Next() };
                    break;
                default:
                    return null;
            }
        }

        return o;
    }
}

/// <summary>
/// What each post-editing rule is worth on the measured set: the service pipeline with every rule,
/// then with each rule left out in turn (engine outputs come from the translation memory after the
/// first pass, so only normalization and the rules run again). The issue's policy is to keep a rule
/// only if it helps the held-out score; this is the measurement behind that.
/// </summary>
public static class AblationBenchmark
{
    public static async Task<string> RunAsync(EvalCorpus corpus, BenchOptions options, CancellationToken ct)
    {
        var refs = corpus.Reference!;
        using var pipeline = new ServicePipeline(Environment.ProcessorCount, options.UnknownWords, memoryCapacity: 1_000_000);
        var rules = PostEditor.LoadEmbedded().RulesFor(EngineNames.Apertium);
        async Task<(double Bleu, double ChrF)> Score(IReadOnlyList<PostEditor.Rule> set)
        {
            var editor = new PostEditor(new Dictionary<string, IReadOnlyList<PostEditor.Rule>> { [EngineNames.Apertium] = set });
            var (results, _) = await pipeline.RunAllAsync(corpus.Source, pipeline.WithPostEditor(editor), pipeline.PoolSize, ct);
            var hyp = results.Select(r => r.English).ToList();
            return (Bleu.Corpus(hyp, refs).Score, ChrF.Corpus(hyp, refs).Score);
        }

        Console.WriteLine("ablation: full pipeline (fills the translation memory) ...");
        var full = await Score(rules);
        var none = await Score([]);
        var sb = new StringBuilder("### Post-editing rules, each left out in turn\n\n");
        sb.AppendLine(CultureInfo.InvariantCulture, $"All {rules.Count} rules: BLEU {full.Bleu:F2}, chrF2 {full.ChrF:F2}; none: BLEU {none.Bleu:F2}, chrF2 {none.ChrF:F2}.");
        sb.AppendLine();
        sb.AppendLine("| line | rule | BLEU without − with | chrF2 without − with |");
        sb.AppendLine("| ---: | --- | ---: | ---: |");
        foreach (var rule in rules)
        {
            var without = await Score(rules.Where(r => r != rule).ToList());
            var (db, dc) = (without.Bleu - full.Bleu, without.ChrF - full.ChrF);
            if (Math.Abs(db) < 0.005 && Math.Abs(dc) < 0.005)
            {
                continue;
            }

            var pattern = rule.Pattern.Length > 70 ? rule.Pattern[..70] + "…" : rule.Pattern;
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {rule.Line} | `{pattern.Replace("|", "\\|", StringComparison.Ordinal)}` | {db:+0.00;-0.00;0.00} | {dc:+0.00;-0.00;0.00} |");
        }

        sb.AppendLine();
        sb.AppendLine("Rules not listed change neither score by 0.005 or more on this set.");
        sb.AppendLine();
        sb.Append(await PreEditingGroupsAsync(corpus, options, ct));
        Console.Write(sb);
        return sb.ToString();
    }

    /// <summary>
    /// Pre-editing runs before the engine (and its memory), so each variant retranslates the set:
    /// rules are left out by group (the rules under one comment block), not one by one.
    /// </summary>
    private static async Task<string> PreEditingGroupsAsync(EvalCorpus corpus, BenchOptions options, CancellationToken ct)
    {
        var refs = corpus.Reference!;
        var all = PostEditor.ParseRules(SourcePreEditor.EmbeddedApertiumText());
        var groups = new List<(string Title, List<int> Lines)>();
        string? title = null;
        var lineNumber = 0;
        var previousWasRule = true;
        foreach (var line in SourcePreEditor.EmbeddedApertiumText().Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                if (previousWasRule)
                {
                    title = line.TrimStart('#', ' ');
                    groups.Add((title, []));
                }

                previousWasRule = false;
            }
            else if (line.Trim().Length > 0 && groups.Count > 0)
            {
                groups[^1].Lines.Add(lineNumber);
                previousWasRule = true;
            }
        }

        async Task<(double Bleu, double ChrF)> Score(IReadOnlyList<PostEditor.Rule> rules)
        {
            using var pipeline = new ServicePipeline(Environment.ProcessorCount, options.UnknownWords, preEditor: new SourcePreEditor(rules));
            var (results, _) = await pipeline.RunAllAsync(corpus.Source, pipeline.TranslateAsync, pipeline.PoolSize, ct);
            var hyp = results.Select(r => r.English).ToList();
            return (Bleu.Corpus(hyp, refs).Score, ChrF.Corpus(hyp, refs).Score);
        }

        Console.WriteLine("ablation: pre-editing groups ...");
        var full = await Score(all);
        var none = await Score([]);
        var sb = new StringBuilder("### Pre-editing rule groups, each left out in turn\n\n");
        sb.AppendLine(CultureInfo.InvariantCulture, $"All {all.Count} rules: BLEU {full.Bleu:F2}, chrF2 {full.ChrF:F2}; none: BLEU {none.Bleu:F2}, chrF2 {none.ChrF:F2}.");
        sb.AppendLine();
        sb.AppendLine("| group (first comment line) | lines | BLEU without − with | chrF2 without − with |");
        sb.AppendLine("| --- | --- | ---: | ---: |");
        foreach (var (groupTitle, lines) in groups.Where(g => g.Lines.Count > 0))
        {
            var without = await Score(all.Where(r => !lines.Contains(r.Line)).ToList());
            var shortTitle = groupTitle.Length > 60 ? groupTitle[..60] + "…" : groupTitle;
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {shortTitle.Replace("|", "\\|", StringComparison.Ordinal)} | {lines[0]}–{lines[^1]} | {without.Bleu - full.Bleu:+0.00;-0.00;0.00} | {without.ChrF - full.ChrF:+0.00;-0.00;0.00} |");
            Console.WriteLine($"  {shortTitle}: {without.Bleu - full.Bleu:+0.00;-0.00;0.00} / {without.ChrF - full.ChrF:+0.00;-0.00;0.00}");
        }

        sb.AppendLine();
        return sb.ToString();
    }
}

public static class QualityBenchmark
{
    public static async Task<string> RunAsync(EvalCorpus corpus, BenchOptions options, CancellationToken ct)
    {
        var refs = corpus.Reference!;
        var sb = new StringBuilder("### Quality (corpus BLEU, 13a, and chrF2, sacreBLEU definitions)\n\n");
        var rows = new List<(string Tag, string Name, IReadOnlyList<string> Hyp)>();

        Console.WriteLine("quality: raw Apertium CLI ...");
        var raw = await RawApertiumCli.TranslateAsync(corpus.Source, ct);
        rows.Add(("a", $"(a) raw CLI `{RawApertiumCli.Command}` (baseline)", raw));

        using var pipeline = new ServicePipeline(Environment.ProcessorCount, options.UnknownWords);
        Console.WriteLine("quality: service pipeline (normalize + plan + resident engine), one dispatch per line ...");
        var (service, _) = await pipeline.RunAllAsync(corpus.Source, pipeline.TranslateAsync, pipeline.PoolSize, ct);
        rows.Add(("b", "(b) service pipeline: DispatchNormalizer + DispatchTranslator + ApertiumEngine", service.Select(r => r.English).ToList()));

        // Diagnostics: where does a difference between (a) and (b) come from?
        Console.WriteLine("quality: diagnostics ...");
        var (engineOnly, _) = await pipeline.RunAllAsync(corpus.Source,
            async (line, token) => (await pipeline.Engine.TranslateAsync([line], token))[0], pipeline.PoolSize, ct);
        rows.Add(("c", "(c) diagnostic: ApertiumEngine alone on each raw line (resident pipelines with the word-sense lexicon; no normalization, quote units or pre/post-editing)", engineOnly));
        // The normalizer's typography (curly quotes, the ellipsis character) is not what the ASCII
        // references use, and 13a splits only ASCII punctuation: how much of (b)'s loss is that alone?
        rows.Add(("b-ascii", "(b′) diagnostic: (b) with “ ” « » mapped to \" and … to ... before scoring", service.Select(r => AsciiTypography(r.English)).ToList()));
        var marked = await RawApertiumCli.TranslateAsync(corpus.Source, ct, "apertium fr-es | apertium spa-eng");
        rows.Add(("d", "(d) diagnostic: raw CLI with unknown-word marks kept (`apertium fr-es | apertium spa-eng`)", marked));

        sb.AppendLine("| system | BLEU | chrF2 | BLEU 1/2/3/4-gram precision, BP, hyp/ref length | BLEU lowercased (diagnostic) |");
        sb.AppendLine("| --- | ---: | ---: | --- | ---: |");
        var lowerRefs = refs.Select(r => r.ToLowerInvariant()).ToList();
        var scores = new List<(BleuScore Bleu, ChrFScore ChrF)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (tag, name, hyp) = rows[i];
            var bleu = Bleu.Corpus(hyp, refs);
            var chrf = ChrF.Corpus(hyp, refs);
            // Case-insensitive BLEU (sacreBLEU -lc) separates casing errors from word errors.
            var lowercased = Bleu.Corpus(hyp.Select(h => h.ToLowerInvariant()).ToList(), lowerRefs);
            scores.Add((bleu, chrf));
            var prec = string.Join('/', bleu.Precisions.Select(p => p.ToString("F1", CultureInfo.InvariantCulture)));
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name.Replace("|", "\\|", StringComparison.Ordinal)} | {bleu.Score:F2} | {chrf.Score:F2} | {prec}, BP {bleu.BrevityPenalty:F3}, {bleu.HypothesisLength}/{bleu.ReferenceLength} | {lowercased.Score:F2} |");
            await File.WriteAllLinesAsync(Path.Combine(options.OutDir, $"hyp-{tag}.en"), hyp, ct);
        }

        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Service pipeline minus raw CLI: BLEU {scores[1].Bleu.Score - scores[0].Bleu.Score:+0.00;-0.00}, chrF2 {scores[1].ChrF.Score - scores[0].ChrF.Score:+0.00;-0.00}.");
        var differing = Enumerable.Range(0, refs.Count).Count(i => Squash(raw[i]) != Squash(service[i].English));
        var engineDiffers = Enumerable.Range(0, refs.Count).Count(i => Squash(raw[i]) != Squash(engineOnly[i]));
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Lines whose output differs (ignoring spacing): (b) vs (a) {differing} of {refs.Count}; (c) vs (a) {engineDiffers}. "
            + $"Lines where the normalizer removed text: {service.Count(r => r.RemovedPieces > 0)}; lines with quotations: {service.Count(r => r.Quotes > 0)}; "
            + $"empty outputs: {service.Count(r => r.English.Length == 0)}. Hypotheses written to {options.OutDir}/hyp-*.en.");
        sb.AppendLine();
        Console.Write(sb);
        return sb.ToString();
    }

    private static string AsciiTypography(string s) =>
        s.Replace('“', '"').Replace('”', '"').Replace('«', '"').Replace('»', '"').Replace("…", "...", StringComparison.Ordinal);

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}

public static class SpeedBenchmark
{
    public const int DispatchWords = 300;

    public static async Task<string> RunAsync(EvalCorpus corpus, BenchOptions options, CancellationToken ct)
    {
        var words = corpus.Source.Sum(EvalCorpus.WordCount);
        var dispatches = corpus.Dispatches(DispatchWords);
        var cores = Environment.ProcessorCount;
        var sb = new StringBuilder($"### Speed ({options.Repeat} interleaved timed runs each, after a warm-up; medians)\n\n");

        Console.WriteLine("speed: warm-up ...");
        await RawApertiumCli.TranslateAsync(corpus.Source.Take(50).ToList(), ct);
        using var pipeline = new ServicePipeline(cores, options.UnknownWords);
        // Fill every pool slot and page in the dictionaries.
        await pipeline.RunAllAsync(dispatches.Take(cores * 2).ToList(), pipeline.TranslateAsync, cores, ct);

        // Interleaved (raw, service, raw, service, ...) so both see the same background load.
        var rawTimes = new List<double>();
        var rawCpu = new List<double>();
        var serviceTimes = new List<double>();
        var serviceCpu = new List<double>();
        IReadOnlyList<TimeSpan> loaded = [];
        for (var r = 0; r < options.Repeat; r++)
        {
            Console.WriteLine($"speed: run {r + 1}/{options.Repeat}: raw CLI, then service pipeline ({dispatches.Count} dispatches, {cores} at a time) ...");
            var cpu = CpuClock.Now();
            var start = Stopwatch.GetTimestamp();
            await RawApertiumCli.TranslateAsync(corpus.Source, ct);
            rawTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            rawCpu.Add((CpuClock.Now() - cpu).TotalSeconds);

            cpu = CpuClock.Now();
            start = Stopwatch.GetTimestamp();
            (_, loaded) = await pipeline.RunAllAsync(dispatches, pipeline.TranslateAsync, cores, ct);
            serviceTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            serviceCpu.Add((CpuClock.Now() - cpu).TotalSeconds);
        }

        Console.WriteLine("speed: sequential latency run ...");
        var (_, sequential) = await pipeline.RunAllAsync(dispatches, pipeline.TranslateAsync, 1, ct);
        var memory = MemorySnapshot.Take();

        var rawSeconds = Median(rawTimes);
        var serviceSeconds = Median(serviceTimes);
        var rawWps = words / rawSeconds;
        var serviceWps = words / serviceSeconds;
        var rawWpc = words / Median(rawCpu);
        var serviceWpc = words / Median(serviceCpu);
        var dispatchWords = dispatches.Select(EvalCorpus.WordCount).ToList();

        sb.AppendLine("| system | wall time | words/s (wall) | vs raw | CPU time (all processes) | words per CPU-second | vs raw |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| raw CLI `{RawApertiumCli.Command.Replace("|", "\\|", StringComparison.Ordinal)}`, whole text in one process chain | {rawSeconds:F2} s | {rawWps:N0} | 1.00× | {Median(rawCpu):F2} s | {rawWpc:N0} | 1.00× |");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| service pipeline, pool of {cores} resident pipelines, {cores} dispatches in flight | {serviceSeconds:F2} s | {serviceWps:N0} | {serviceWps / rawWps:F2}× | {Median(serviceCpu):F2} s | {serviceWpc:N0} | {serviceWpc / rawWpc:F2}× |");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Runs, wall (s): raw CLI {Join(rawTimes)}; service {Join(serviceTimes)}. CPU (s): raw CLI {Join(rawCpu)}; service {Join(serviceCpu)}.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Latency per dispatch ({dispatches.Count} dispatches of consecutive same-document lines, median {Median(dispatchWords.Select(w => (double)w).ToList()):F0} words, max {dispatchWords.Max()}): normalize + translate, end to end.");
        sb.AppendLine();
        sb.AppendLine("| load | p50 | p90 | p99 | max |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        sb.AppendLine(LatencyRow("one dispatch at a time", sequential));
        sb.AppendLine(LatencyRow($"{cores} in flight (last throughput run)", loaded));
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Memory after the runs: benchmark process RSS {memory.ProcessRssBytes / 1048576.0:F0} MiB (managed heap {memory.ManagedHeapBytes / 1048576.0:F0} MiB); "
            + $"{memory.ChildProcesses} Apertium child processes (bash + pipeline stages of {cores} pipelines) RSS {memory.ChildrenRssBytes / 1048576.0:F0} MiB in total.");
        sb.AppendLine();
        Console.Write(sb);
        return sb.ToString();
    }

    private static string LatencyRow(string name, IReadOnlyList<TimeSpan> latencies)
    {
        var ms = latencies.Select(l => l.TotalMilliseconds).Order().ToList();
        return FormattableString.Invariant($"| {name} | {Percentile(ms, 50):F0} ms | {Percentile(ms, 90):F0} ms | {Percentile(ms, 99):F0} ms | {ms[^1]:F0} ms |");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Join(IEnumerable<double> values) =>
        string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));

    private static double Median(List<double> values)
    {
        var s = values.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
