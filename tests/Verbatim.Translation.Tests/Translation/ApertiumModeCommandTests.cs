using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

public class ApertiumModeCommandTests
{
    [Fact]
    public void Adds_null_flush_to_every_apertium_stage_and_drops_unknown_word_marks()
    {
        const string mode = "lt-proc '/x/fr-es.automorf.bin' | apertium-tagger -g $2 '/x/fr-es.prob' | apertium-pretransfer | lt-proc $1 '/x/fr-es.autogen.bin'\n";
        Assert.Equal(
            "lt-proc -z '/x/fr-es.automorf.bin' | apertium-tagger -z -g  '/x/fr-es.prob' | apertium-pretransfer -z | lt-proc -z -n '/x/fr-es.autogen.bin'",
            ApertiumModeCommand.FromModeFile(mode));
    }

    [Fact]
    public void Leaves_stages_that_already_flush_or_are_not_apertium_tools_alone()
    {
        Assert.Equal("lt-proc -z -b 'a' | sed 's/x/y/'", ApertiumModeCommand.FromModeFile("lt-proc -z -b 'a' | sed 's/x/y/'"));
    }

    [Theory]
    [InlineData("a [b] c", @"a \[b\] c")]
    [InlineData("50$ / 3 <x> @y ^z", @"50\$ \/ 3 \<x\> \@y \^z")]
    [InlineData("line\nbreak", "line break")]
    public void Escapes_stream_format_characters(string input, string expected) =>
        Assert.Equal(expected, ApertiumModeCommand.Escape(input));

    [Theory]
    [InlineData(@"a \[b\]  c ", "a [b] c")]
    [InlineData("text[<format>]more", "textmore")]
    public void Unescapes_output_and_drops_format_blocks(string input, string expected) =>
        Assert.Equal(expected, ApertiumModeCommand.Unescape(input));

    [Fact]
    public void Batched_pieces_split_back_in_order_or_not_at_all()
    {
        var joined = ApertiumModeCommand.JoinEscaped(["un [a]", "deux"]);
        Assert.Equal(@"un \[a\] [<verbatim-piece/>] deux", joined);
        Assert.Equal(["one [a]", "two"], ApertiumModeCommand.SplitOutput(@"one \[a\] [<verbatim-piece/>] two", 2));
        Assert.Null(ApertiumModeCommand.SplitOutput("one two", 2));
    }
}
