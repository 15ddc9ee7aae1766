using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Translation;

/// <summary>French text rewritten for one engine, with the English it must carry through unchanged.</summary>
/// <remarks>
/// <see cref="LowercaseAfter"/> holds the (1-based) numbers of terms followed in the French by a
/// lower-case word, which Apertium capitalizes when the term opens the sentence.
/// </remarks>
public sealed record PreEditedText(string Text, IReadOnlyList<string> Terms, IReadOnlySet<int>? LowercaseAfter = null);

/// <summary>
/// Rewrites the French before an engine sees it, where the engine's own analysis is known to
/// fail, with ordered regex rules from a data file (`pattern ==> replacement`). A replacement may
/// hold English in ⟦…⟧: that English is hidden behind a placeholder the engine copies, and put
/// back afterwards. Apertium needs this most for what the Spanish pivot loses: subject pronouns
/// (Spanish drops them, so « il a dit » came out "It has said"), inverted incises (« a-t-il
/// déclaré » came out as one unknown word) and a few words the pivot mistranslates in every
/// context (« demain » → "mañana" → "morning").
/// </summary>
public sealed partial class SourcePreEditor
{
    public const string ApertiumRulesResource = "Verbatim.Translation.Translation.preedit-apertium.txt";

    // Distinct from the glossary's "Zxq" so both can be in one text.
    private const string PlaceholderPrefix = "Zxp";

    private readonly IReadOnlyList<PostEditor.Rule> _rules;

    public SourcePreEditor(IReadOnlyList<PostEditor.Rule> rules) => _rules = rules;

    public static SourcePreEditor None { get; } = new([]);

    public int Count => _rules.Count;

    public IReadOnlyList<PostEditor.Rule> Rules => _rules;

    /// <summary>The rules of the built-in file as text (the benchmark groups them by comment block).</summary>
    public static string EmbeddedApertiumText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ApertiumRulesResource)
                           ?? throw new InvalidOperationException($"embedded resource {ApertiumRulesResource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static SourcePreEditor LoadEmbeddedApertium()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ApertiumRulesResource)
                           ?? throw new InvalidOperationException($"embedded resource {ApertiumRulesResource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new SourcePreEditor(PostEditor.ParseRules(reader.ReadToEnd()));
    }

    public PreEditedText Apply(string french)
    {
        ArgumentNullException.ThrowIfNull(french);
        if (_rules.Count == 0 || french.Length == 0)
        {
            return new PreEditedText(french, []);
        }

        var text = french;
        foreach (var rule in _rules)
        {
            text = rule.Regex.Replace(text, rule.Replacement);
        }

        if (!text.Contains('⟦', StringComparison.Ordinal))
        {
            return new PreEditedText(text, []);
        }

        var terms = new List<string>();
        var lowercaseAfter = new HashSet<int>();
        var hidden = Protected().Replace(text, m =>
        {
            terms.Add(m.Groups[1].Value);
            var next = m.Index + m.Length;
            while (next < text.Length && text[next] is ' ' or ',')
            {
                next++;
            }

            if (next < text.Length && char.IsLower(text[next]))
            {
                lowercaseAfter.Add(terms.Count);
            }

            return PlaceholderPrefix + terms.Count.ToString(CultureInfo.InvariantCulture);
        });
        return new PreEditedText(hidden, terms, lowercaseAfter);
    }

    /// <summary>
    /// Puts the English back. Terms are written in lower case: one that opens the text or a
    /// sentence (after . ! ? or an opening quote there) gets a capital.
    /// </summary>
    public static string Restore(string translated, IReadOnlyList<string> terms, IReadOnlySet<int>? lowercaseAfter = null)
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
            var opens = OpensSentence(translated, m.Index);
            var tail = m.Value[(m.Groups[1].Index + m.Groups[1].Length - m.Index)..];
            // Apertium capitalizes the word after a capitalized unknown word ("As for The unions").
            // The same happens after a run of terms opening the sentence ("If it Rains": two terms, then the verb).
            var opensRun = opens || FollowsOpeningPlaceholders(translated, m.Index);
            if (opensRun && m.Groups[2].Success && (CapitalizedFunctionWords.Contains(m.Groups[2].Value) || lowercaseAfter?.Contains(n) == true))
            {
                tail = tail[..^m.Groups[2].Length] + m.Groups[2].Value.ToLowerInvariant();
            }

            return (opens && term.Length > 0 ? char.ToUpperInvariant(term[0]) + term[1..] : term) + tail;
        });
    }

    private static readonly HashSet<string> CapitalizedFunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Of", "To", "In", "On", "At", "For", "With", "From", "By", "Has", "Have", "Had",
        "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "That", "Which", "And", "But", "Or",
        "Its", "His", "Her", "Their", "He", "She", "They", "It", "We",
    };

    private static bool FollowsOpeningPlaceholders(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var m = LeadingPlaceholder().Match(before);
        return m.Success && (OpensSentence(before, m.Index) || FollowsOpeningPlaceholders(before, m.Index));
    }

    [GeneratedRegex(@"\b[Zz][Xx][Pp]\d+$")]
    private static partial Regex LeadingPlaceholder();

    private static bool OpensSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '«' or '(' or '\'' or '‘'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?';
    }

    [GeneratedRegex(@"⟦([^⟦⟧]*)⟧")]
    private static partial Regex Protected();

    [GeneratedRegex(@"\b[Zz][Xx][Pp](\d+)\b(?:,? (\p{Lu}\p{Ll}*)\b)?")]
    private static partial Regex Placeholder();
}

/// <summary>An engine whose input goes through <see cref="SourcePreEditor"/> first; same name as the engine it wraps.</summary>
public sealed class PreEditingEngine(ITranslationEngine inner, SourcePreEditor preEditor) : ITranslationEngine
{
    public string Name => inner.Name;

    public ITranslationEngine Inner => inner;

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var edited = texts.Select(preEditor.Apply).ToList();
        var translated = await inner.TranslateAsync(edited.Select(e => e.Text).ToList(), cancellationToken).ConfigureAwait(false);
        return translated.Select((t, i) => CapitalizeLike(texts[i], SourcePreEditor.Restore(t, edited[i].Terms, edited[i].LowercaseAfter))).ToList();
    }

    // A rewrite can move a lower-case word to the front (« Faut-il » → « il faut »).
    private static string CapitalizeLike(string french, string english)
    {
        var first = french.FirstOrDefault(char.IsLetter);
        var index = english.AsSpan().IndexOfAnyExcept(" \"“«(");
        return first != default && char.IsUpper(first) && index >= 0 && char.IsLower(english[index])
            ? string.Concat(english.AsSpan(0, index), char.ToUpperInvariant(english[index]).ToString(), english.AsSpan(index + 1))
            : english;
    }
}
