using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Translation;

/// <summary>
/// Fixes systematic errors of one engine with ordered regex rules from a data file
/// (`pattern ==> replacement`, .NET regex syntax, $1 for groups, `#` comments). Rules exist for
/// Apertium's fr→es→en pivot only: untranslated Spanish forms, the passé composé rendered as a
/// present perfect in narrative ("has declared" → "declared"), and similar. Each rule was kept
/// only if it raised the dev-set score (tests/…/Translation/DevSet).
/// </summary>
public sealed class PostEditor
{
    /// <summary>A line that starts the section of rules run after the glossary terms are restored.</summary>
    public const string AfterGlossarySection = "[after-glossary]";

    public const string ApertiumRulesResource = "Verbatim.Translation.Translation.postedit-apertium.txt";

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Rule>> _rulesByEngine;

    public PostEditor(IReadOnlyDictionary<string, IReadOnlyList<Rule>> rulesByEngine) => _rulesByEngine = rulesByEngine;

    public static PostEditor None { get; } = new(new Dictionary<string, IReadOnlyList<Rule>>());

    public static PostEditor LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ApertiumRulesResource)
                           ?? throw new InvalidOperationException($"embedded resource {ApertiumRulesResource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new PostEditor(new Dictionary<string, IReadOnlyList<Rule>>(StringComparer.Ordinal)
        {
            [EngineNames.Apertium] = ParseRules(reader.ReadToEnd()),
        });
    }

    public IReadOnlyList<Rule> RulesFor(string engine) =>
        _rulesByEngine.TryGetValue(engine, out var rules) ? rules : [];

    /// <summary>The rules that run on the engine output while glossary terms are still placeholders.</summary>
    public string Apply(string engine, string text) => Run(engine, text, afterGlossary: false);

    /// <summary>The rules of the file's <c>[after-glossary]</c> section: they read restored terms as context.</summary>
    public string ApplyAfterGlossary(string engine, string text) => Run(engine, text, afterGlossary: true);

    private string Run(string engine, string text, bool afterGlossary)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rule in RulesFor(engine))
        {
            if (rule.AfterGlossary == afterGlossary)
            {
                text = rule.Apply(text);
            }
        }

        return text;
    }

    public static IReadOnlyList<Rule> ParseRules(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new List<Rule>();
        var lineNumber = 0;
        var afterGlossary = false;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Trim() == AfterGlossarySection)
            {
                afterGlossary = true;
                continue;
            }

            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var arrow = line.IndexOf("==>", StringComparison.Ordinal);
            if (arrow <= 0)
            {
                throw new FormatException($"post-editing rule line {lineNumber}: expected `pattern ==> replacement`");
            }

            var pattern = line[..arrow].Trim();
            var replacement = line[(arrow + 3)..].Trim();
            rules.Add(new Rule(lineNumber, pattern, replacement,
                new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)))
            { AfterGlossary = afterGlossary });
        }

        return rules;
    }

    public sealed record Rule(int Line, string Pattern, string Replacement, Regex Regex)
    {
        /// <summary>True for rules of the <c>[after-glossary]</c> section.</summary>
        public bool AfterGlossary { get; init; }

        public string Apply(string text)
        {
            var result = Regex.Replace(text, Replacement);
            // Keep the first letter a capital if a rule rewrote the start of the sentence.
            return result.Length > 0 && text.Length > 0 && char.IsUpper(text[0]) && char.IsLower(result[0])
                ? char.ToUpperInvariant(result[0]) + result[1..]
                : result;
        }
    }
}
