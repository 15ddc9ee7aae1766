namespace Verbatim.Benchmarks;

/// <summary>Line-aligned French sources and English references, with the document id of each line.</summary>
public sealed record EvalCorpus(string Origin, IReadOnlyList<string> Source, IReadOnlyList<string>? Reference, IReadOnlyList<string> DocIds)
{
    public const string RelativeDir = "shared/eval/newstest2014-fr";
    private const string Stem = "newstest2014_fr-origin";

    public bool HasReferences => Reference is not null;

    /// <summary>
    /// The evaluation set lives outside the repository (it is the publishers' research data): look
    /// in <paramref name="explicitDir"/>, then $VERBATIM_SHARED_DIR, then walk up from the working
    /// and assembly directories for shared/eval/newstest2014-fr. Null when absent.
    /// </summary>
    public static string? Locate(string? explicitDir)
    {
        if (explicitDir is not null)
        {
            return File.Exists(Path.Combine(explicitDir, Stem + ".fr")) ? explicitDir : null;
        }

        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("VERBATIM_SHARED_DIR") is { Length: > 0 } shared)
        {
            candidates.Add(Path.Combine(shared, "eval/newstest2014-fr"));
            candidates.Add(Path.Combine(shared, RelativeDir));
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                candidates.Add(Path.Combine(dir.FullName, RelativeDir));
            }
        }

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, Stem + ".fr")));
    }

    public static EvalCorpus Load(string dir, int? limit)
    {
        IReadOnlyList<string> Read(string ext)
        {
            var lines = File.ReadAllLines(Path.Combine(dir, Stem + ext));
            return limit is { } n ? lines.Take(n).ToList() : lines;
        }

        var source = Read(".fr");
        var reference = Read(".en");
        var docIds = Read(".docids").Select(l => l.Split('\t')[0]).ToList();
        if (source.Count != reference.Count || source.Count != docIds.Count)
        {
            throw new InvalidDataException($"{dir}: .fr, .en and .docids differ in length");
        }

        return new EvalCorpus(Path.GetFullPath(dir), source, reference, docIds);
    }

    /// <summary>
    /// A development set of our own: <c>French TAB English</c> per line, <c>#</c> comments (the
    /// format of tests/Verbatim.Translation.Tests/Translation/DevSet). Rules are developed on such
    /// sets and only measured on newstest.
    /// </summary>
    public static EvalCorpus LoadPairs(string path, int? limit)
    {
        var pairs = File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 2)
            .Take(limit ?? int.MaxValue)
            .ToList();
        return new EvalCorpus(Path.GetFullPath(path), pairs.Select(p => p[0]).ToList(), pairs.Select(p => p[1]).ToList(),
            pairs.Select((_, i) => $"pair-{i}").ToList());
    }

    /// <summary>
    /// Bundled synthetic French wire copy (written for this benchmark, no references), repeated to
    /// about <paramref name="targetWords"/> words: enough to measure speed when the evaluation set is
    /// absent. Each repetition is its own "document".
    /// </summary>
    public static EvalCorpus Synthetic(int targetWords)
    {
        var lines = new List<string>();
        var docs = new List<string>();
        var words = 0;
        for (var rep = 0; words < targetWords; rep++)
        {
            foreach (var line in SyntheticText.Lines)
            {
                lines.Add(line);
                docs.Add($"synthetic-{rep}");
                words += WordCount(line);
            }
        }

        return new EvalCorpus("bundled synthetic French text", lines, null, docs);
    }

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Groups consecutive lines of one document into dispatches of about <paramref name="words"/> words.</summary>
    public IReadOnlyList<string> Dispatches(int words)
    {
        var result = new List<string>();
        var current = new List<string>();
        var count = 0;
        string? doc = null;
        for (var i = 0; i < Source.Count; i++)
        {
            if ((doc is not null && DocIds[i] != doc) || count >= words)
            {
                Flush();
            }

            doc = DocIds[i];
            current.Add(Source[i]);
            count += WordCount(Source[i]);
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Count > 0)
            {
                result.Add(string.Join('\n', current));
            }

            current.Clear();
            count = 0;
        }
    }
}
