using Verbatim.Search.Extraction;
using Xunit.Abstractions;

namespace Verbatim.Search.Tests.Evaluation;

/// <summary>Prints the extractor's output for one corpus file: set VERBATIM_DUMP=path to enable.</summary>
public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("VERBATIM_DUMP") is not { Length: > 0 } path)
        {
            return;
        }

        var doc = DocumentBuilder.FromText("dump", File.ReadAllText(path));
        foreach (var seg in doc.Segments)
        {
            output.WriteLine($"[{seg.Index}] {seg.TextFr} | quotes: {string.Join(';', seg.Quotes.Select(q => $"{q.StartFr}-{q.EndFr}"))}");
        }

        foreach (var s in StatementExtractor.CreateDefault().Extract(doc))
        {
            output.WriteLine($"s{s.SegmentIndex} {s.Kind} [{s.Speaker.Name}/{s.Speaker.Kind}/{s.Speaker.Role}] cue={s.Cue} joint={s.Joint} «{s.TextFr}»");
        }
    }

    /// <summary>
    /// Extracts every article of a directory of one-sentence-per-line files (VERBATIM_SNAPSHOT_IN) into one file
    /// (VERBATIM_SNAPSHOT_OUT): diffing two snapshots shows whether a refactoring changed any output.
    /// </summary>
    [Fact]
    public void Snapshot()
    {
        if (Environment.GetEnvironmentVariable("VERBATIM_SNAPSHOT_IN") is not { Length: > 0 } input
            || Environment.GetEnvironmentVariable("VERBATIM_SNAPSHOT_OUT") is not { Length: > 0 } target)
        {
            return;
        }

        var extractor = StatementExtractor.CreateDefault();
        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var document = DocumentBuilder.FromLines(id, File.ReadAllLines(file));
            lines.AddRange(extractor.Extract(document).Select(s =>
                $"{id}\t{s.StatementId}\t{s.Kind}\t{s.Speaker.Id}\t{s.Speaker.Name}\t{s.Speaker.Kind}\t{s.Speaker.Role}\t{s.Cue}\t{s.Joint}\t{s.Start}-{s.End}\t{s.TextFr}"));
        }

        File.WriteAllLines(target, lines);
        output.WriteLine($"{lines.Count} statements written to {target}");
    }
}
