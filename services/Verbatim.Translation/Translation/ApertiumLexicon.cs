using System.Reflection;
using System.Text;

namespace Verbatim.Translation.Translation;

/// <summary>
/// Word-sense overrides inside Apertium's own stream: after a stage's bilingual lookup and lexical
/// selection, the target lemma of a unit is replaced while its tags stay, so inflection and agreement
/// still come from Apertium (a glossary placeholder would freeze the word and break agreement).
/// Data file lines: <c>stage | source-lemma&lt;pos&gt; | target-lemma[&lt;tags&gt;…]</c>, e.g.
/// <c>fr-es | enquête&lt;n&gt; | investigación</c>; tags written after the target lemma replace the
/// same number of leading tags (for a different gender). Each stage's entries become a small Perl
/// filter (perl-base is in every Debian system) inserted in the pipeline: it reads NUL-terminated
/// records, so Apertium's flush units stay intact, and autoflushes each one.
/// A fourth field makes an entry contextual: <c>before &lt;tags&gt;…[; as lemma][; not after lemma …]</c> applies it
/// only when the next unit (past one determiner « le ») carries those tags, and not when the sentence's
/// last main verb, or the noun right before, is one of the listed lemmas, nor after « de » + the same
/// kind of unit (« de Paris à Lyon »); <c>as</c> also rewrites the source lemma, for transfer rules that
/// read it (fr-es picks the Spanish preposition of « à » from the French lemma). For « à Genève »: "en"
/// unless a verb of motion went before.
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
            if (fields.Length is not (3 or 4) || fields.Any(f => f.Length == 0))
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

            var context = fields.Length == 4 ? ParseContext(fields[3], lineNumber) : null;
            entries.Add(new Entry(fields[0], fields[1][..open], fields[1][open..], targetLemma, targetTags, context));
        }

        return new ApertiumLexicon(entries);
    }

    public IEnumerable<string> Stages => _entries.Select(e => e.Stage).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The filter script (Perl) for one stage, or null when it has no entries and no extra pass.
    /// <paramref name="passes"/> (compounds, possessives) run after the overrides in the same process:
    /// one more process per pipeline stage would cost throughput.
    /// </summary>
    public string? Script(string stage, params IEnumerable<StreamPass?> passes)
    {
        var entries = _entries.Where(e => e.Stage == stage).ToList();
        var extra = passes.OfType<StreamPass>().ToList();
        if (entries.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var contextual = entries.Where(e => e.Context is not null).ToList();
        entries = entries.Where(e => e.Context is null).ToList();
        var sb = new StringBuilder();
        // One pass over the stream: every lexical unit ^source<pos>…/target<tags>[/more]$ is matched
        // once and looked up in a hash (a regex per entry cost 1 CPU-second per 1.3 MB of stream).
        sb.Append("use strict; use warnings; binmode STDIN; binmode STDOUT; $| = 1; $/ = \"\\0\";\n");
        sb.Append("my %o = (\n");
        foreach (var e in entries)
        {
            var replaced = e.TargetTags.Length == 0 ? 0 : e.TargetTags.Split("><").Length;
            // The lemma's first letter in either case (sentence-initial words keep their capital).
            foreach (var first in new[] { char.ToLowerInvariant(e.Lemma[0]), char.ToUpperInvariant(e.Lemma[0]) }.Distinct())
            {
                sb.Append("  ").Append(PerlString(first + e.Lemma[1..] + e.Pos)).Append(" => [")
                  .Append(PerlString(e.Target + e.TargetTags)).Append(", ").Append(replaced).Append("],\n");
            }
        }

        sb.Append(");\n");
        if (contextual.Count > 0)
        {
            extra.Insert(0, ContextPass(contextual));
        }

        foreach (var pass in extra)
        {
            sb.Append(pass.Code);
        }

        sb.Append("""
            sub fix {
              my ($all, $lemma, $pos, $rest, $tags) = @_;
              my $e = $o{$lemma . $pos};
              return $all unless $e;
              my ($target, $k) = @$e;
              $tags =~ s/^(?:<[^>]*>){$k}// if $k;
              return "^$lemma$pos$rest/$target$tags\$";
            }
            while (my $record = <STDIN>) {
              $record =~ s/(\^([^<\/\$\^]+)(<[^>]+>)([^\/\$]*)\/[^<\/\$]*((?:<[^>]*>)*)(?:\/[^\$]*)?\$)/fix($1, $2, $3, $4, $5)/ge if %o;
              {{PASSES}}
              print $record;
            }

            """);
        return sb.Replace("{{PASSES}}", string.Concat(extra.Select(p => $"$record = {p.Function}($record); "))).ToString();
    }

    /// <summary>
    /// Inserts the stage's filter after its lexical selection (or its bilingual lookup) in a pipeline
    /// built by <see cref="ApertiumModeCommand.FromModeFile"/>.
    /// </summary>
    public static string Insert(string stagePipeline, string scriptPath)
    {
        ArgumentNullException.ThrowIfNull(stagePipeline);
        ArgumentNullException.ThrowIfNull(scriptPath);
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

        stages.Insert(at + 1, $"perl '{scriptPath.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        return string.Join(" | ", stages);
    }

    private static Context ParseContext(string field, int lineNumber)
    {
        var parts = field.Split(';', StringSplitOptions.TrimEntries);
        string? nextTags = null, sourceAs = null;
        string[] blocked = [];
        foreach (var part in parts)
        {
            if (part.StartsWith("before ", StringComparison.Ordinal) && nextTags is null && IsTagSequence(part["before ".Length..].Trim()))
            {
                nextTags = part["before ".Length..].Trim();
            }
            else if (part.StartsWith("as ", StringComparison.Ordinal) && sourceAs is null && part.Length > 3 && part.IndexOfAny(['<', '>', '/', '^', '$']) < 0)
            {
                sourceAs = part[3..].Trim();
            }
            else if (part.StartsWith("not after ", StringComparison.Ordinal) && blocked.Length == 0)
            {
                blocked = part["not after ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            else
            {
                throw new FormatException($"lexicon line {lineNumber}: the context must read `before <tags>[; as source-lemma][; not after lemma …]`");
            }
        }

        return nextTags is null
            ? throw new FormatException($"lexicon line {lineNumber}: a context needs `before <tags>`")
            : new Context(nextTags, sourceAs, blocked);
    }

    /// <summary>
    /// Contextual overrides: the unit is rewritten only before a unit with the given tags (one « le »
    /// determiner may come between), unless the sentence so far ends in a blocked verb's clause, a blocked
    /// noun stands right before it, or « de » + the same kind of unit does (a from–to span).
    /// </summary>
    private static StreamPass ContextPass(IReadOnlyList<Entry> entries)
    {
        var sb = new StringBuilder("my @ctx = (\n");
        foreach (var e in entries)
        {
            var replaced = e.TargetTags.Length == 0 ? 0 : e.TargetTags.Split("><").Length;
            sb.Append("  [").Append(PerlString(e.Lemma)).Append(", ").Append(PerlString(e.Pos)).Append(", ").Append(PerlString(e.Target + e.TargetTags)).Append(", ")
              .Append(replaced).Append(", ").Append(PerlString(e.Context!.NextTags)).Append(", ")
              .Append(e.Context.SourceAs is null ? "undef" : PerlString(e.Context.SourceAs)).Append(", {")
              .Append(string.Join(", ", e.Context.Blocked.Select(b => PerlString(b) + " => 1"))).Append("}],\n");
        }

        sb.Append(");\n");
        sb.Append("""
            sub ctxok {
              my ($p, $next, $block) = @_;
              my $s = rindex($p, '<sent>');
              $p = substr($p, $s + 6) if $s >= 0;
              return 0 if $p =~ /\^de<pr>[^\$]*\$\s*\^[^<\/\$\^]+\Q$next\E[^\$]*\$\s*$/;
              my $verb;
              while ($p =~ /\^([^<\/\$\^]+)<vblex>/g) { $verb = $1; }
              return 0 if defined $verb && $block->{lc $verb};
              return 0 if $p =~ /\^([^<\/\$\^]+)<n>[^\$]*\$\s*(?:\^[^<\/\$\^]+<adj>[^\$]*\$\s*)?$/ && $block->{lc $1};
              return 1;
            }
            sub ctxpass {
              my ($r) = @_;
              for my $c (@ctx) {
                my ($lemma, $pos, $target, $k, $next, $as, $block) = @$c;
                $r =~ s{\^\Q$lemma\E(\Q$pos\E[^\/\$]*)\/[^<\/\$]*((?:<[^>]*>)*)\$(?=\s*(?:\^le<det>[^\$]*\$\s*)?\^[^<\/\$\^]+\Q$next\E)}{
                  my ($all, $left, $tags) = ($&, $1, $2);
                  if (ctxok(substr($r, 0, $-[0]), $next, $block)) { $tags =~ s/^(?:<[^>]*>){$k}// if $k; '^' . ($as // $lemma) . "$left/$target$tags\$" } else { $all }
                }ge;
              }
              return $r;
            }

            """);
        return new StreamPass("ctxpass", sb.ToString());
    }

    // Perl reads the script as bytes, like the stream: keys match byte for byte.
    private static string PerlString(string s) =>
        "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static bool IsTagSequence(string tags) =>
        tags.StartsWith('<') && tags.EndsWith('>') && tags[1..^1].Split("><").All(t => t.Length > 0 && t.All(char.IsLetterOrDigit));

    private sealed record Entry(string Stage, string Lemma, string Pos, string Target, string TargetTags, Context? Context = null);

    private sealed record Context(string NextTags, string? SourceAs, IReadOnlyList<string> Blocked);
}

/// <summary>Perl code defining <paramref name="Function"/>, which rewrites one NUL-delimited record of the stream.</summary>
public sealed record StreamPass(string Function, string Code);
