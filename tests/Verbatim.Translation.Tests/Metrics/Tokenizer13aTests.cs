using Verbatim.Benchmarks.Metrics;

namespace Verbatim.Translation.Tests.Metrics;

/// <summary>
/// Expected outputs derived by hand from sacreBLEU's 13a rules (tokenizer_13a + tokenizer_re):
/// ASCII symbols other than . , - ' are split off; . and , are split off unless between digits;
/// a dash is split off after a digit; whitespace is collapsed.
/// </summary>
public sealed class Tokenizer13aTests
{
    [Theory]
    [InlineData("Hello, world!", "Hello , world !")]
    [InlineData("It costs 3.5 euros.", "It costs 3.5 euros .")]
    [InlineData("1,000 people", "1,000 people")]
    [InlineData("It rose 3.", "It rose 3 .")]
    [InlineData("end.Start", "end . Start")]
    [InlineData("1990-2000", "1990 - 2000")]
    [InlineData("a well-known fact", "a well-known fact")]
    [InlineData("don't", "don't")]
    [InlineData("He said \"no\" (twice).", "He said \" no \" ( twice ) .")]
    [InlineData("&quot;Yes&quot; &amp; no", "\" Yes \" & no")]
    [InlineData("50% at 160km/h", "50 % at 160km / h")]
    [InlineData("  many   spaces\there  ", "many spaces here")]
    [InlineData("l'été à 20°C", "l'été à 20°C")]
    [InlineData("a<skipped>b", "ab")]
    [InlineData("", "")]
    public void Tokenizes_like_sacrebleu_13a(string input, string expected) =>
        Assert.Equal(expected, Tokenizer13a.Tokenize(input));

    [Fact]
    public void Python_whitespace_includes_ascii_separators()
    {
        Assert.Equal(["a", "b", "c"], PythonWhitespace.Split("a\u001Fb\u00A0c"));
        Assert.Equal("abc", PythonWhitespace.RemoveAll(" a\tb\nc "));
    }
}
