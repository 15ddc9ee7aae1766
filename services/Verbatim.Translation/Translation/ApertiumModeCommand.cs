using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Translation;

/// <summary>
/// Builds a null-flush shell pipeline from Apertium .mode files. The stock `apertium` wrapper's text
/// deformatter does not flush on NUL, so we run the mode's own programs with -z and do the (tiny)
/// txt escaping ourselves.
/// </summary>
public static partial class ApertiumModeCommand
{
    private static readonly HashSet<string> NullFlushPrograms = new(StringComparer.Ordinal)
    {
        "lt-proc", "apertium-tagger", "apertium-pretransfer", "lrx-proc", "apertium-transfer",
        "apertium-interchunk", "apertium-postchunk", "cg-proc", "apertium-lex-tools", "rtx-proc",
        "apertium-anaphora", "lsx-proc", "hfst-proc",
    };

    /// <summary>
    /// Rewrites one .mode file body so every stage flushes on NUL and, unless
    /// <paramref name="markUnknown"/>, marks no unknown words (with it, they come out as <c>*word</c>).
    /// </summary>
    public static string FromModeFile(string modeText, bool markUnknown = false)
    {
        ArgumentNullException.ThrowIfNull(modeText);
        var line = modeText.ReplaceLineEndings(" ").Trim();
        // $1 is the generator's option (-g marks unknown words, -n does not); $2 is the tagger's.
        line = line.Replace("$1", markUnknown ? "-g" : "-n", StringComparison.Ordinal).Replace("$2", "", StringComparison.Ordinal);
        var stages = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var rebuilt = new List<string>(stages.Length);
        foreach (var stage in stages)
        {
            var program = stage.Split(' ', 2)[0];
            var hasZ = ZFlag().IsMatch(stage);
            rebuilt.Add(NullFlushPrograms.Contains(program) && !hasZ
                ? program + " -z" + stage[program.Length..]
                : stage);
        }

        return string.Join(" | ", rebuilt);
    }

    /// <summary>Escapes the characters Apertium's stream format reserves, as apertium-destxt would.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '^' or '$' or '/' or '<' or '>' or '@' or '{' or '}' or '*' or '#')
            {
                sb.Append('\\');
            }

            // NUL is our flush marker and newlines would be read as superblanks: neither may pass.
            sb.Append(c is '\0' or '\n' or '\r' ? ' ' : c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A superblank between pieces sent in one round trip: Apertium passes format blocks through
    /// untouched and in order, so the output splits back into the same pieces.
    /// </summary>
    public const string PieceSeparator = "[<verbatim-piece/>]";

    public static string JoinEscaped(IEnumerable<string> texts) =>
        string.Join(" " + PieceSeparator + " ", texts.Select(Escape));

    /// <summary>Splits a batched output back into pieces, or null when the count does not match.</summary>
    public static IReadOnlyList<string>? SplitOutput(string raw, int expected)
    {
        var parts = raw.Split(PieceSeparator);
        return parts.Length == expected ? parts.Select(Unescape).ToList() : null;
    }

    /// <summary>Undoes the escaping and drops format blocks, as apertium-retxt would.</summary>
    public static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        var inBlank = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                if (inBlank == 0)
                {
                    sb.Append(text[i + 1]);
                }

                i++;
                continue;
            }

            if (c == '[')
            {
                inBlank++;
                continue;
            }

            if (c == ']' && inBlank > 0)
            {
                inBlank--;
                continue;
            }

            if (inBlank == 0)
            {
                sb.Append(c);
            }
        }

        return MultiSpace().Replace(sb.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"(^|\s)-z(\s|$)")]
    private static partial Regex ZFlag();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
