using System.Text.Json;
using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Tests.Normalization;

/// <summary>
/// Hand-written dispatches (Corpus/normalization/NN-name.txt) with their expected normalized form
/// (NN-name.expected.json), written by reasoning about the right output rather than recorded from it.
/// </summary>
public class CorpusTests
{
    private static readonly DateTimeOffset PublishedAt = new(2025, 5, 21, 12, 0, 0, TimeSpan.Zero);

    private static string CorpusDir => Path.Combine(AppContext.BaseDirectory, "Corpus", "normalization");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDir, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Corpus_has_at_least_thirty_dispatches_each_with_expectations()
    {
        var inputs = Directory.GetFiles(CorpusDir, "*.txt");
        Assert.True(inputs.Length >= 30, $"only {inputs.Length} corpus dispatches");
        Assert.All(inputs, f => Assert.True(File.Exists(Path.ChangeExtension(f, ".expected.json")), f));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dispatch_normalizes_as_expected(string name)
    {
        var input = File.ReadAllText(Path.Combine(CorpusDir, name + ".txt"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDir, name + ".expected.json")));
        var e = expected.RootElement;
        var d = DispatchNormalizer.Normalize(input, PublishedAt);

        Assert.Equal(e.GetProperty("title").GetString(), d.Title);
        if (e.TryGetProperty("lead", out var lead))
        {
            Assert.Equal(lead.GetString(), d.Lead);
        }

        Assert.Equal(Strings(e.GetProperty("agencies")).Order(), d.Agencies.Order());

        var updated = e.GetProperty("updated_at");
        Assert.Equal(
            updated.ValueKind == JsonValueKind.Null ? null : DateTimeOffset.Parse(updated.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            d.UpdatedAt);

        // Removal order is an implementation detail; what was removed, and as what, is not.
        var removed = e.GetProperty("removed").EnumerateArray()
            .Select(r => $"{r.GetProperty("kind").GetString()}: {r.GetProperty("text").GetString()}").Order();
        Assert.Equal(removed, d.Removed.Select(r => $"{r.Kind}: {r.Text}").Order());

        Assert.Equal(Strings(e.GetProperty("sentences")), d.Sentences.Select(s => s.Text));
        Assert.Equal(Strings(e.GetProperty("quotes")), d.Quotes.Select(q => d.Body[q.Start..q.End]));

        if (e.TryGetProperty("names", out var names))
        {
            var expectedNames = names.EnumerateArray().ToList();
            Assert.Equal(
                expectedNames.Select(n => $"{n.GetProperty("surface").GetString()} → {n.GetProperty("canonical").GetString()}"),
                d.Names.Select(n => $"{n.Surface} → {n.Canonical}"));
            for (var i = 0; i < expectedNames.Count; i++)
            {
                if (expectedNames[i].TryGetProperty("honorific", out var honorific))
                {
                    Assert.Equal(honorific.GetString(), d.Names[i].Honorific);
                }

                if (expectedNames[i].TryGetProperty("role", out var role))
                {
                    Assert.Equal(role.GetString(), d.Names[i].Role);
                }
            }
        }
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString());
}
