using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

public class SegmentPlanTests
{
    [Fact]
    public void Sends_each_quotation_to_the_engine_as_its_own_unit()
    {
        const string sentence = "« Nous ne céderons pas », a déclaré M. Lavrov.";
        var plan = SegmentPlan.Create(sentence, [(2, 22, true)]);
        Assert.Equal(["Nous ne céderons pas", ", a déclaré M. Lavrov."], plan.EngineInputs);
    }

    [Fact]
    public void Assembles_english_quotation_marks_and_exact_english_offsets()
    {
        const string sentence = "Il a dit vouloir « tourner la page » et « avancer ».";
        var first = sentence.IndexOf("tourner", StringComparison.Ordinal);
        var second = sentence.IndexOf("avancer", StringComparison.Ordinal);
        var plan = SegmentPlan.Create(sentence, [(first, first + "tourner la page".Length, true), (second, second + "avancer".Length, true)]);
        Assert.Equal(["Il a dit vouloir", "tourner la page", "et", "avancer"], plan.EngineInputs);

        var (english, quotes) = plan.Assemble(["He said he wanted", "to turn the page", "and", "to move on"]);
        Assert.Equal("He said he wanted \"to turn the page\" and \"to move on\".", english);
        Assert.Equal("to turn the page", english[quotes[0].StartEn..quotes[0].EndEn]);
        Assert.Equal("to move on", english[quotes[1].StartEn..quotes[1].EndEn]);
        Assert.Equal("tourner la page", sentence[quotes[0].StartFr..quotes[0].EndFr]);
    }

    [Theory]
    [InlineData(", declared Mr. Lavrov.", "\"We will not give in,\" declared Mr. Lavrov.")]
    [InlineData(".", "\"We will not give in.\"")]
    [InlineData(": it is final.", "\"We will not give in\": it is final.")]
    public void A_comma_or_full_stop_after_a_quotation_goes_inside_the_closing_mark(string after, string expected)
    {
        const string sentence = "« Nous ne céderons pas », a déclaré M. Lavrov.";
        var plan = SegmentPlan.Create(sentence, [(2, 22, true)]);
        var (english, quotes) = plan.Assemble(["We will not give in", after]);
        Assert.Equal(expected, english);
        Assert.Equal("We will not give in", english[quotes[0].StartEn..quotes[0].EndEn]);
    }

    [Fact]
    public void A_quoted_fragment_keeps_the_full_stop_outside()
    {
        const string sentence = "Il a dénoncé « une honte ».";
        var q = sentence.IndexOf("une", StringComparison.Ordinal);
        var plan = SegmentPlan.Create(sentence, [(q, q + "une honte".Length, true)]);
        var (english, _) = plan.Assemble(["He denounced", "a shame", "."]);
        Assert.Equal("He denounced \"a shame\".", english);
    }

    [Fact]
    public void A_quotation_ending_in_a_question_mark_keeps_it_and_drops_the_comma()
    {
        const string sentence = "« Pourquoi pas ? », a-t-il demandé.";
        var plan = SegmentPlan.Create(sentence, [(2, 15, true)]);
        var (english, _) = plan.Assemble(["Why not?", ", he asked."]);
        Assert.Equal("\"Why not?\" he asked.", english);
    }

    [Fact]
    public void An_unclosed_quotation_gets_no_closing_mark()
    {
        const string sentence = "Il a lancé : « Nous irons jusqu'au bout";
        var plan = SegmentPlan.Create(sentence, [(sentence.IndexOf("Nous", StringComparison.Ordinal), sentence.Length, false)]);
        var (english, quotes) = plan.Assemble(["He launched :", "We will go until the end"]);
        Assert.Equal("He launched : \"We will go until the end", english);
        Assert.False(quotes[0].Closed);
    }

    [Fact]
    public void Pieces_after_the_first_keep_the_lowercase_start_of_their_french_source()
    {
        const string sentence = "Il a dénoncé « une pratique honteuse » de l'armée, selon le ministre.";
        var q = sentence.IndexOf("une", StringComparison.Ordinal);
        var plan = SegmentPlan.Create(sentence, [(q, q + "une pratique honteuse".Length, true)]);
        var (english, _) = plan.Assemble(["It has denounced", "A shameful practice", "Of the army, according to the minister."]);
        Assert.Equal("It has denounced \"a shameful practice\" of the army, according to the minister.", english);
    }

    [Fact]
    public void Acronyms_and_the_pronoun_I_keep_their_capitals()
    {
        const string sentence = "Il a dit « je pars » et « l'ONU agira ».";
        var a = sentence.IndexOf("je", StringComparison.Ordinal);
        var b = sentence.IndexOf("l'ONU", StringComparison.Ordinal);
        var plan = SegmentPlan.Create(sentence, [(a, a + "je pars".Length, true), (b, b + "l'ONU agira".Length, true)]);
        var (english, _) = plan.Assemble(["He said", "I leave", "and", "UN will act"]);
        Assert.Equal("He said \"I leave\" and \"UN will act.\"", english);
    }

    [Fact]
    public void Punctuation_only_pieces_bypass_the_engine()
    {
        var plan = SegmentPlan.Create("« Non ! »", [(2, 7, true)]);
        Assert.Equal(["Non !"], plan.EngineInputs);
    }
}
