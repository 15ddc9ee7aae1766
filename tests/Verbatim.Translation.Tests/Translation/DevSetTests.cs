using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;
using Xunit.Abstractions;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>
/// Measures the parts around Apertium on the hand-written dev sets with real Apertium: raw engine,
/// + post-editing, + pre-editing and glossary, and every post-editing rule left out in turn, so a rule that does not help shows
/// up (and the printed table says which). Fails if the full pipeline scores below raw Apertium.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Glossary_and_post_editing_raise_the_dev_set_score()
    {
        var pairs = DevSetScorer.Load();
        var french = pairs.Select(p => p.French).ToList();
        var references = pairs.Select(p => p.English).ToList();
        using var apertium = new ApertiumEngine(Options.Create(new ApertiumOptions { PoolSize = 1 }), NullLogger<ApertiumEngine>.Instance);
        var glossary = Glossary.LoadEmbedded();
        var rules = PostEditor.LoadEmbedded().RulesFor(EngineNames.Apertium);

        var preEditing = new PreEditingEngine(apertium, SourcePreEditor.LoadEmbeddedApertium());

        var raw = await apertium.TranslateAsync(french, CancellationToken.None);
        var protectedTexts = french.Select(glossary.Protect).ToList();
        var rawProtected = await preEditing.TranslateAsync(protectedTexts.Select(p => p.Text).ToList(), CancellationToken.None);

        IReadOnlyList<string> Run(IReadOnlyList<PostEditor.Rule> ruleSet, bool withGlossary) => withGlossary
            ? rawProtected.Select((t, i) => Edit(ruleSet.Where(r => r.AfterGlossary).ToList(),
                Glossary.Restore(Edit(ruleSet.Where(r => !r.AfterGlossary).ToList(), t), protectedTexts[i].Terms))).ToList()
            : raw.Select(t => Edit(ruleSet, t)).ToList();

        var baseline = DevSetScorer.ChrF(raw, references);
        var postEdited = DevSetScorer.ChrF(Run(rules, false), references);
        var glossaryOnly = DevSetScorer.ChrF(Run([], true), references);
        var full = DevSetScorer.ChrF(Run(rules, true), references);
        output.WriteLine($"chrF raw apertium      {baseline:F2}");
        output.WriteLine($"chrF + post-editing    {postEdited:F2}");
        output.WriteLine($"chrF + pre-editing and glossary {glossaryOnly:F2}");
        output.WriteLine($"chrF + all three       {full:F2}");
        foreach (var rule in rules)
        {
            var without = DevSetScorer.ChrF(Run(rules.Where(r => r != rule).ToList(), true), references);
            output.WriteLine($"  without line {rule.Line,3} ({rule.Pattern}): {without - full:+0.00;-0.00;0.00}");
        }

        var finals = Run(rules, true);
        for (var i = 0; i < finals.Count; i++)
        {
            output.WriteLine($"{finals[i]}");
        }

        Assert.True(full > baseline, $"pre-editing + glossary + post-editing ({full:F2}) should beat raw Apertium ({baseline:F2})");
    }

    private static string Edit(IReadOnlyList<PostEditor.Rule> rules, string text)
    {
        foreach (var rule in rules)
        {
            text = rule.Apply(text);
        }

        return text;
    }
}
