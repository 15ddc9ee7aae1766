using Verbatim.Translation.Normalization;
using Xunit.Abstractions;

namespace Verbatim.Translation.Tests.Normalization;

/// <summary>
/// Measures the normalizer on real French news articles (newstest2014, one sentence per line), which
/// live outside the repository in a shared evaluation directory. Used only to measure: no rule is
/// tuned to these texts and none of their text is copied here.
/// </summary>
public class NewstestArticlesTests(ITestOutputHelper output)
{
    private const string RelativeDir = "shared/eval/newstest2014-fr/articles";

    // A line may legitimately hold two sentences, or a headline may be joined by nothing; tolerate a
    // handful of articles off by at most one sentence, no more.
    private const double MinExactShare = 0.9;

    [Fact]
    public void Real_articles_keep_one_sentence_per_line_and_every_letter()
    {
        var dir = Locate();
        if (dir is null)
        {
            output.WriteLine($"SKIPPED: no {RelativeDir} next to the repository and VERBATIM_SHARED_DIR unset; nothing measured.");
            return;
        }

        var files = Directory.GetFiles(dir, "*.fr.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var exact = 0;
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToList();
            var dispatch = DispatchNormalizer.Normalize(string.Join("\n\n", lines), DateTimeOffset.UnixEpoch);

            // A headline-like first line becomes the title: it still counts as one of the lines.
            var count = dispatch.Sentences.Count + (dispatch.Title.Length > 0 ? 1 : 0);
            output.WriteLine($"{Path.GetFileName(file)}: lines={lines.Count} sentences={count} removed={dispatch.Removed.Count}");
            if (count == lines.Count)
            {
                exact++;
            }
            else
            {
                Assert.InRange(count, lines.Count - 1, lines.Count + 1);
            }

            var kept = Letters(dispatch.Title + dispatch.Body + string.Concat(dispatch.Removed.Select(r => r.Text)));
            Assert.Equal(Letters(Typography.Normalize(string.Join("\n", lines))), kept);
            foreach (var line in lines)
            {
                // Every line's letters are still in the story (title or body), not only in Removed.
                var story = Letters(dispatch.Title + dispatch.Body);
                Assert.True(IsSubMultiset(Letters(Typography.Normalize(line)), story), $"{Path.GetFileName(file)} lost: {line}");
            }
        }

        output.WriteLine($"{exact}/{files.Count} articles with sentence count == line count");
        Assert.True(exact >= MinExactShare * files.Count, $"only {exact}/{files.Count} articles segmented exactly");
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("VERBATIM_SHARED_DIR");
        if (!string.IsNullOrEmpty(env))
        {
            var fromEnv = Directory.Exists(Path.Combine(env, "eval/newstest2014-fr/articles"))
                ? Path.Combine(env, "eval/newstest2014-fr/articles")
                : Path.Combine(env, RelativeDir);
            return Directory.Exists(fromEnv) ? fromEnv : null;
        }

        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, RelativeDir);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Letters(string s) => new([.. s.Where(char.IsLetterOrDigit).Order()]);

    private static bool IsSubMultiset(string sortedSmall, string sortedLarge)
    {
        var j = 0;
        foreach (var c in sortedSmall)
        {
            while (j < sortedLarge.Length && sortedLarge[j] < c)
            {
                j++;
            }

            if (j == sortedLarge.Length || sortedLarge[j] != c)
            {
                return false;
            }

            j++;
        }

        return true;
    }
}
