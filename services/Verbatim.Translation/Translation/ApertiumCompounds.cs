using System.Reflection;
using System.Text;

namespace Verbatim.Translation.Translation;

/// <summary>
/// Noun compounds inside Apertium's Spanish→English stream. French (and the Spanish pivot) writes
/// « accord de coopération », « caméras de surveillance »: noun, « de », bare noun. English puts the
/// modifier first ("cooperation agreement", "surveillance cameras"), but the pivot's transfer rules
/// have no such rule and write "agreement of cooperation". Before transfer, this pass reorders
/// <c>N1 de N2 [ADJ]</c> (no determiner before N2) into <c>[ADJ] N2 N1</c> and makes N2 singular, so
/// Apertium's own rules then place articles and adjectives around the compound.
/// Heads that name a quantity, a part or a time (« millions de … », « fin de … », « années de … ») and
/// a few fixed phrases keep "of"; the data file lists them. N2 followed by another « de » is left
/// alone, so chains are not scrambled; a capitalized N2 is a name, not a modifier.
/// </summary>
public sealed class ApertiumCompounds
{
    public const string EmbeddedResourceName = "Verbatim.Translation.Translation.compounds-apertium.txt";

    private ApertiumCompounds(string? stage, IReadOnlySet<string> keepHeads, IReadOnlySet<string> keepModifiers)
    {
        Stage = stage;
        KeepHeads = keepHeads;
        KeepModifiers = keepModifiers;
    }

    public static ApertiumCompounds None { get; } = new(null, new HashSet<string>(), new HashSet<string>());

    /// <summary>The Apertium mode whose stream is reordered (null: none).</summary>
    public string? Stage { get; }

    public IReadOnlySet<string> KeepHeads { get; }

    public IReadOnlySet<string> KeepModifiers { get; }

    public static ApertiumCompounds LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {EmbeddedResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Lines <c>stage: mode</c>, <c>keep-head: lemma …</c>, <c>keep-modifier: lemma …</c>; # comments.</summary>
    public static ApertiumCompounds Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? stage = null;
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"compounds line {lineNumber}: expected `key: values`");
            }

            var values = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (values.Any(v => v.IndexOfAny(['<', '>', '^', '$', '/', '\'', '\\']) >= 0))
            {
                throw new FormatException($"compounds line {lineNumber}: lemmas cannot contain stream or quote characters");
            }

            switch (line[..colon].Trim())
            {
                case "stage" when values.Length == 1:
                    stage = values[0];
                    break;
                case "keep-head":
                    heads.UnionWith(values);
                    break;
                case "keep-modifier":
                    modifiers.UnionWith(values);
                    break;
                default:
                    throw new FormatException($"compounds line {lineNumber}: unknown key or wrong value count");
            }
        }

        return new ApertiumCompounds(stage, heads, modifiers);
    }

    /// <summary>
    /// Perl statements that reorder compounds in <c>$record</c> for this stage, or null. They run in
    /// the same filter process as the lexicon (one more process per pipeline would cost throughput).
    /// </summary>
    public StreamPass? PerlPass(string stage)
    {
        if (Stage is null || !string.Equals(stage, Stage, StringComparison.Ordinal))
        {
            return null;
        }

        static string Set(string name, IEnumerable<string> lemmas) =>
            $"my %{name} = map {{ $_ => 1 }} ({string.Join(", ", lemmas.Order(StringComparer.Ordinal).Select(l => "'" + l + "'"))});\n";

        var sb = new StringBuilder();
        sb.Append(Set("compound_keep_head", KeepHeads));
        sb.Append(Set("compound_keep_modifier", KeepModifiers));
        sb.Append("""
            sub compound {
              my ($all, $n1, $l1, $n2, $l2, $adj) = @_;
              return $all if $compound_keep_head{lc $l1} || $compound_keep_modifier{lc $l2} || $l2 =~ /^(?:[A-Z]|\xc3[\x80-\x9e])/;
              $n2 =~ s/<pl>/<sg>/g;
              # A sentence-initial head hands its capital to the word now first.
              if ($l1 =~ /^[A-Z]/ && $adj eq '') { $n1 =~ s/(\^|\/)([A-Z])/$1\l$2/g; $n2 =~ s/(\^|\/)([a-z])/$1\u$2/g; }
              $adj =~ s/^\s+//;
              return ($adj ne '' ? "$adj " : '') . "$n2 $n1";
            }
            sub compounds {
              my ($r) = @_;
              $r =~ s/(\^([^<\^\$\/]+)<n>[^\$]*\$)\s+\^de<pr>[^\$]*\$\s+(\^([^<\^\$\/]+)<n>[^\$]*\$)((?:\s+\^[^<\^\$\/]+<adj>[^\$]*\$)?)(?!\s+\^de<pr>)/compound($&, $1, $2, $3, $4, $5)/ge;
              return $r;
            }

            """);
        return new StreamPass("compounds", sb.ToString());
    }
}
