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

    public string Apply(string engine, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rule in RulesFor(engine))
        {
            text = rule.Apply(text);
        }

        return text;
    }

    public static IReadOnlyList<Rule> ParseRules(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new List<Rule>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
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
                new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
        }

        return rules;
    }

    public sealed record Rule(int Line, string Pattern, string Replacement, Regex Regex)
    {
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
