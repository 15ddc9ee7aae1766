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
}
