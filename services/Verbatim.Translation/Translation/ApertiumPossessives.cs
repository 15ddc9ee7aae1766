using System.Reflection;
using System.Text;

namespace Verbatim.Translation.Translation;

/// <summary>
/// English possessive determiners inside Apertium's Spanish→English stream. French « son, sa, ses,
/// leur » become Spanish « su », which the pivot always renders "his": "The company published his
/// results", "The countries defend his sovereignty". Before transfer, this pass reads the clause
/// subject the possessive most likely refers to — the nearest preceding third-person finite verb in
/// the sentence, and the head noun of the noun phrase in front of it — and chooses:
/// a plural verb → "their"; a place or organization, an acronym, or a noun that does not name a person
/// → "its"; a feminine person noun or female first name (« la ministre ») → "her"; otherwise "his"
/// stays. Unknown words and glossary placeholders (names, titles) are left to "his", the pivot's
/// own choice. The data file lists the English nouns that name people.
/// </summary>
public sealed class ApertiumPossessives
{
    public const string EmbeddedResourceName = "Verbatim.Translation.Translation.possessives-apertium.txt";

    private ApertiumPossessives(string? stage, IReadOnlySet<string> personNouns)
    {
        Stage = stage;
        PersonNouns = personNouns;
    }

    public static ApertiumPossessives None { get; } = new(null, new HashSet<string>());

    public string? Stage { get; }

    /// <summary>English lemmas (lowercase) of nouns that name people ("minister", "driver").</summary>
    public IReadOnlySet<string> PersonNouns { get; }

    public static ApertiumPossessives LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {EmbeddedResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Lines <c>stage: mode</c> and <c>person: noun …</c>; # comments.</summary>
    public static ApertiumPossessives Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? stage = null;
        var persons = new HashSet<string>(StringComparer.Ordinal);
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
            var values = colon <= 0 ? [] : line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (values.Any(v => v.IndexOfAny(['<', '>', '^', '$', '/', '\'', '\\']) >= 0 || v.Any(char.IsUpper)))
            {
                throw new FormatException($"possessives line {lineNumber}: nouns are lowercase lemmas without stream or quote characters");
            }

            switch (colon <= 0 ? "" : line[..colon].Trim())
            {
                case "stage" when values.Length == 1:
                    stage = values[0];
                    break;
                case "person":
                    persons.UnionWith(values);
                    break;
                default:
                    throw new FormatException($"possessives line {lineNumber}: expected `stage: mode` or `person: noun …`");
            }
        }

        return new ApertiumPossessives(stage, persons);
    }

    /// <summary>Perl code that fixes possessives in one record of this stage's stream, or null.</summary>
    public StreamPass? PerlPass(string stage)
    {
        if (Stage is null || !string.Equals(stage, Stage, StringComparison.Ordinal))
        {
            return null;
        }

        var sb = new StringBuilder();
        sb.Append("my %possessive_person = map { $_ => 1 } (")
          .AppendJoin(", ", PersonNouns.Order(StringComparer.Ordinal).Select(n => "'" + n + "'"))
          .Append(");\n");
        sb.Append("""
            sub possessive_target {
              my ($p, $i) = @_;
              my $v;
              for (my $j = $i - 2; $j >= 1; $j -= 2) {
                my $u = $p->[$j];
                # Another piece of a batched round trip (a superblank) or sentence: no antecedent.
                return undef if $u =~ /<sent>/ || $p->[$j + 1] =~ /\[/;
                if ($u =~ /^\^[^\/]*<(?:vblex|vbser|vbhaver|vbmod|vaux)>[^\/]*<p3><(?:sg|pl)>/) { $v = $j; last; }
                return undef if $u =~ /^\^[^\/]*<(?:vblex|vbser|vbhaver|vbmod|vaux)>[^\/]*<p[12]>/;
              }
              return undef unless defined $v;
              return 'their' if $p->[$v] =~ /<p3><pl>/;
              # The subject: the first noun of the noun phrase (with its « de » complements) before the verb.
              my $head;
              for (my $j = $v - 2; $j >= 1; $j -= 2) {
                my $u = $p->[$j];
                last if $p->[$j + 1] =~ /\[/;
                if ($u =~ /^\^[^\/]*<(?:n|np|prn)>/ || $u =~ /^\^\*/) { $head = $u; next; }
                next if $u =~ /^\^[^\/]*<(?:det|adj|num|adv|predet)>/ || $u =~ /^\^de<pr>/;
                last;
              }
              return undef unless defined $head;
              return 'its' if $head =~ /^\^\*[A-Z]{2,}[\/\$]/;
              return undef if $head =~ /^\^\*/ || $head =~ /^\^[^\/]*Zx[pq]/;
              return 'her' if $head =~ /^\^[^\/]*<np><ant><f>/;
              return undef if $head =~ /^\^[^\/]*<np><(?:ant|cog)>/;
              return 'its' if $head =~ /^\^[^\/]*<np>/;
              return ($head =~ /^\^(?:ella|Ella)<prn>/ ? 'her' : undef) if $head =~ /^\^[^\/]*<prn>/;
              my ($tl) = $head =~ /\/([^<\/]+)</;
              return undef unless defined $tl;
              $tl =~ s/.*[ #]//;
              return 'its' unless $possessive_person{lc $tl};
              return $head =~ /^\^[^\/]*<n><f>/ ? 'her' : undef;
            }
            sub possessives {
              my ($r) = @_;
              return $r unless $r =~ /\^[Ss]uyo<det><pos>/;
              my @p = split /(\^[^\$]*\$)/, $r;
              for my $i (1 .. $#p) {
                next unless $i % 2 == 1 && $p[$i] =~ /^\^[Ss]uyo<det><pos>[^\/]*\/[Hh]is</;
                my $target = possessive_target(\@p, $i);
                next unless defined $target;
                $target = ucfirst $target if $p[$i] =~ /\/His</;
                $p[$i] =~ s/\/[Hh]is</\/$target</;
              }
              return join '', @p;
            }

            """);
        return new StreamPass("possessives", sb.ToString());
    }
}
