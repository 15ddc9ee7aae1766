using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Translation;

/// <summary>A piece with its glossary spans replaced by placeholders, and the English terms to restore.</summary>
public sealed record ProtectedText(string Text, IReadOnlyList<string> Terms)
{
    public static ProtectedText Unprotected(string text) => new(text, []);
}

/// <summary>
/// Fixed renderings for names, titles, institutions, treaties and places. Each matched French span
/// is replaced by a placeholder the engines pass through unchanged ("Zxq1": an unknown, digit-
/// bearing word Apertium copies as is and neural engines keep as a name), then the English term
/// is put back after translation. Matching is case-insensitive, treats ' and ’ alike and É/E alike,
/// and only takes whole words, longest entry first.
/// </summary>
public sealed partial class Glossary
{
    public const string EmbeddedResourceName = "Verbatim.Translation.Translation.glossary.txt";

    private const string PlaceholderPrefix = "Zxq";

    private readonly IReadOnlyList<Entry> _entries;

    private Glossary(IReadOnlyList<Entry> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static Glossary Empty { get; } = new([]);

    /// <summary>The built-in glossary shipped with the service.</summary>
    public static Glossary LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {EmbeddedResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static Glossary LoadFile(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static Glossary Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash].Trim();
            }

            if (line.Length == 0)
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || bar == line.Length - 1)
            {
                throw new FormatException($"glossary line {lineNumber}: expected `french term | English term`");
            }

            var french = line[..bar].Trim().Normalize(NormalizationForm.FormC);
            var english = line[(bar + 1)..].Trim();
            entries.Add(new Entry(french, english, BuildPattern(french)));
        }

        // Honorific + name first (the name inside still gets its spelling), then longest French first
        // so "Conseil de sécurité de l'ONU" beats "Conseil de sécurité".
        return new Glossary(entries
            .OrderByDescending(e => e.French.Contains("{Name}", StringComparison.Ordinal))
            .ThenByDescending(e => e.French.Length)
            .ToList());
    }

    /// <summary>Hides every glossary span behind a numbered placeholder.</summary>
    public ProtectedText Protect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_entries.Count == 0 || text.Length == 0)
        {
            return ProtectedText.Unprotected(text);
        }

        var spans = new List<(int Start, int End, string English)>();
        foreach (var entry in _entries)
        {
            foreach (Match m in entry.Pattern.Matches(text))
            {
                if (spans.Any(s => m.Index < s.End && m.Index + m.Length > s.Start))
                {
                    continue;
                }

                spans.Add((m.Index, m.Index + m.Length, Render(entry, m)));
            }
        }

        if (spans.Count == 0)
        {
            return ProtectedText.Unprotected(text);
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(text.Length);
        var terms = new List<string>(spans.Count);
        var cursor = 0;
        foreach (var (start, end, english) in spans)
        {
            sb.Append(text, cursor, start - cursor);
            terms.Add(english);
            sb.Append(PlaceholderPrefix).Append(terms.Count.ToString(CultureInfo.InvariantCulture));
            cursor = end;
        }

        sb.Append(text, cursor, text.Length - cursor);
        return new ProtectedText(sb.ToString(), terms);
    }

    /// <summary>Puts the English terms back where the engine left the placeholders.</summary>
    public static string Restore(string translated, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(translated);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return translated;
        }

        return Placeholder().Replace(translated, m =>
        {
            var n = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            if (n < 1 || n > terms.Count)
            {
                return m.Value;
            }

            var term = terms[n - 1];
            // A lower-case term opening the sentence still starts it with a capital.
            return m.Index == 0 && term.Length > 0 ? char.ToUpperInvariant(term[0]) + term[1..] : term;
        });
    }

    private string Render(Entry entry, Match match)
    {
        if (!match.Groups["name"].Success)
        {
            return entry.English;
        }

        // Honorific + name: the name keeps its canonical English spelling if the glossary has one.
        var name = match.Groups["name"].Value;
        var inner = Protect(name);
        var english = Restore(inner.Text, inner.Terms);
        return entry.English.Replace("{Name}", english, StringComparison.Ordinal);
    }

    private static Regex BuildPattern(string french)
    {
        var hasName = french.Contains("{Name}", StringComparison.Ordinal);
        var sb = new StringBuilder(@"(?<![\p{L}\p{N}])");
        var literal = hasName ? french.Replace("{Name}", "\u0001", StringComparison.Ordinal) : french;
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            // A capitalized entry ("Vienne", "Poutine") must be capitalized in the text too, or it
            // would catch ordinary words ("qu'il vienne"); the rest of the entry ignores case.
            if (i == 0 && char.IsUpper(c))
            {
                sb.Append("(?-i:").Append(c is 'E' or 'É' ? "[EÉ]" : Regex.Escape(c.ToString())).Append(')');
                continue;
            }

            sb.Append(c switch
            {
                '\u0001' => @"(?<name>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)",
                '\'' or '’' => "['’]",
                'E' or 'É' => "[EÉ]",
                ' ' => @"\s+",
                _ => Regex.Escape(c.ToString()),
            });
        }

        sb.Append(@"(?![\p{L}\p{N}])");
        // Honorific entries stay case-sensitive: "M." must be a capital M and the name capitalized.
        // Acronyms ("UE", "CPI") too: lower-case they are other words.
        var acronym = french.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
        var options = RegexOptions.CultureInvariant | (hasName || acronym ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex(sb.ToString(), options, TimeSpan.FromSeconds(1));
    }

    private sealed record Entry(string French, string English, Regex Pattern);

    [GeneratedRegex(@"\b[Zz][Xx][Qq](\d+)\b")]
    private static partial Regex Placeholder();
}
