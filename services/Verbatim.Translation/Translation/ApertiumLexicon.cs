using System.Reflection;
using System.Text;

namespace Verbatim.Translation.Translation;

/// <summary>
/// Word-sense overrides inside Apertium's own stream: after a stage's bilingual lookup and lexical
/// selection, the target lemma of a unit is replaced while its tags stay, so inflection and agreement
/// still come from Apertium (a glossary placeholder would freeze the word and break agreement).
/// Data file lines: <c>stage | source-lemma&lt;pos&gt; | target-lemma[&lt;tags&gt;…]</c>, e.g.
/// <c>fr-es | enquête&lt;n&gt; | investigación</c>; tags written after the target lemma replace the
/// same number of leading tags (for a different gender). Each stage's entries become one GNU sed
/// script run in the pipeline with <c>-z -u</c>, which keeps Apertium's NUL-flush records intact.
/// </summary>
public sealed class ApertiumLexicon
{
    public const string EmbeddedResourceName = "Verbatim.Translation.Translation.lexicon-apertium.txt";

    private readonly IReadOnlyList<Entry> _entries;

    private ApertiumLexicon(IReadOnlyList<Entry> entries) => _entries = entries;

    public static ApertiumLexicon Empty { get; } = new([]);

    public int Count => _entries.Count;

    public static ApertiumLexicon LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {EmbeddedResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static ApertiumLexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || fields.Any(f => f.Length == 0))
            {
                throw new FormatException($"lexicon line {lineNumber}: expected `stage | lemma<pos> | target`");
            }

            var open = fields[1].IndexOf('<', StringComparison.Ordinal);
            if (open <= 0 || !fields[1].EndsWith('>') || fields[1].IndexOf('>', StringComparison.Ordinal) != fields[1].Length - 1)
            {
                throw new FormatException($"lexicon line {lineNumber}: the source must be a lemma and one tag, like enquête<n>");
            }

            var targetOpen = fields[2].IndexOf('<', StringComparison.Ordinal);
            var targetLemma = targetOpen < 0 ? fields[2] : fields[2][..targetOpen];
            var targetTags = targetOpen < 0 ? "" : fields[2][targetOpen..];
            if (targetLemma.Length == 0 || fields[2].IndexOfAny(['/', '^', '$']) >= 0 || (targetTags.Length > 0 && !IsTagSequence(targetTags)))
            {
                throw new FormatException($"lexicon line {lineNumber}: bad target '{fields[2]}'");
            }

            entries.Add(new Entry(fields[0], fields[1][..open], fields[1][open..], targetLemma, targetTags));
        }

        return new ApertiumLexicon(entries);
    }

    public IEnumerable<string> Stages => _entries.Select(e => e.Stage).Distinct(StringComparer.Ordinal);

    /// <summary>The GNU sed (-E) script for one stage, or null when it has no entries.</summary>
    public string? SedScript(string stage)
    {
        var lines = _entries.Where(e => e.Stage == stage).Select(e => e.ToSed()).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Inserts the stage's script after its lexical selection (or its bilingual lookup) in a pipeline
    /// built by <see cref="ApertiumModeCommand.FromModeFile"/>.
    /// </summary>
    public static string Insert(string stagePipeline, string sedScriptPath)
    {
        ArgumentNullException.ThrowIfNull(stagePipeline);
        var stages = stagePipeline.Split(" | ").ToList();
        var at = stages.FindIndex(s => s.StartsWith("lrx-proc", StringComparison.Ordinal));
        if (at < 0)
        {
            at = stages.FindIndex(s => s.StartsWith("lt-proc", StringComparison.Ordinal) && s.Contains(" -b ", StringComparison.Ordinal));
        }

        if (at < 0)
        {
            throw new InvalidOperationException("no bilingual lookup stage to attach the lexicon to");
        }

        stages.Insert(at + 1, $"sed -u -z -E -f '{sedScriptPath.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        return string.Join(" | ", stages);
    }

    private static bool IsTagSequence(string tags) =>
        tags.StartsWith('<') && tags.EndsWith('>') && tags[1..^1].Split("><").All(t => t.Length > 0 && t.All(char.IsLetterOrDigit));

    private sealed record Entry(string Stage, string Lemma, string Pos, string Target, string TargetTags)
    {
        // ^lemma<pos>…/old<tags>[/alternatives]$ → ^lemma<pos>…/target<tags>$ (first letter in either case).
        public string ToSed()
        {
            var first = Lemma[0];
            var head = char.IsLetter(first) && char.ToUpperInvariant(first) != char.ToLowerInvariant(first)
                ? $"[{char.ToUpperInvariant(first)}{char.ToLowerInvariant(first)}]"
                : EscapePattern(first.ToString());
            var source = head + EscapePattern(Lemma[1..]) + EscapePattern(Pos);
            var replaced = TargetTags.Length == 0 ? 0 : TargetTags.Split("><").Length;
            var skip = replaced == 0 ? "" : $"(<[^>]*>){{{replaced}}}";
            var rest = replaced == 0 ? 2 : 3;
            return $"s/\\^({source}[^/$]*)\\/[^<$/]*{skip}([^/$]*)(\\/[^$]*)?\\$/^\\1\\/{EscapeReplacement(Target + TargetTags)}\\{rest}$/g";
        }

        private static string EscapePattern(string s)
        {
            var sb = new StringBuilder(s.Length * 2);
            foreach (var c in s)
            {
                if (c is '\\' or '.' or '[' or ']' or '(' or ')' or '*' or '+' or '?' or '{' or '}' or '|' or '^' or '$' or '/')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }

            return sb.ToString();
        }

        private static string EscapeReplacement(string s) =>
            s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal).Replace("/", "\\/", StringComparison.Ordinal);
    }
}
