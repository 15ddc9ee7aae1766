using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>
/// Apertium's source-side pre-editing: the rewritten French (pure), the restoration of the English
/// it carries, and whole sentences through real Apertium.
/// </summary>
public class PreEditingTests
{
    private static readonly SourcePreEditor Editor = SourcePreEditor.LoadEmbeddedApertium();

    [Theory]
    [InlineData("Il a dit qu'il viendrait demain.", "Zxp1 a dit qu'Zxp2 viendrait Zxp3.", "he|he|tomorrow")]
    [InlineData("« Oui », a-t-elle ajouté.", "« Oui », Zxp1 a ajouté.", "she")]
    [InlineData("Ont-ils répondu ?", "Zxp1 Ont répondu ?", "they")]
    [InlineData("Elles ont voté et elle a signé.", "Zxp1 ont voté et Zxp2 a signé.", "they|she")]
    [InlineData("Il est difficile de conclure.", "Zxp1 est difficile de conclure.", "it")]
    [InlineData("Il semble que le vote soit reporté.", "Zxp1 semble que le vote soit reporté.", "it")]
    [InlineData("Il y a des risques.", "Il y a des risques.", "")]
    [InlineData("Il y a deux ans, la ville a voté.", "deux ans Zxp1, la ville a voté.", "ago")]
    [InlineData("Il faut agir vite.", "Il est nécessaire d'agir vite.", "")]
    [InlineData("Il faut revoir le texte.", "Il est nécessaire de revoir le texte.", "")]
    [InlineData("Il s'agit d'une erreur.", "c'est une erreur.", "")]
    [InlineData("Il n'a qu'une voiture.", "Zxp1 a seulement une voiture.", "he")]
    [InlineData("Le maire ne parle que de cela.", "Le maire parle seulement de cela.", "")]
    [InlineData("Il l'a dit pour elle, avec elle et sans elles.", "Zxp1 l'a dit pour elle, avec elle et sans elles.", "he")]
    [InlineData("Elle a déclaré mardi soir que", "Zxp1 a déclaré Zxp2 que", "she|on Tuesday evening")]
    [InlineData("La réunion de mardi, prévue depuis jeudi, a lieu le vendredi.", "La réunion de mardi, prévue depuis jeudi, a lieu le vendredi.", "")]
    [InlineData("Selon elle, il viendra.", "Selon elle, Zxp1 viendra.", "he")]
    [InlineData("Quant aux syndicats", "Zxp1 les syndicats", "as for")]
    [InlineData("Le président a rencontré son homologue.", "Le président a Zxp1 son homologue.", "met")]
    [InlineData("Le conseil a-t-il voté ?", "Le conseil a voté ?", "")]
    [InlineData("Pourquoi les prix augmentent-ils ?", "Zxp1 les prix augmentent ?", "why")]
    [InlineData("Que dit-il ?", "Que Zxp1 dit ?", "he")]
    [InlineData("D'ailleurs, il partira d'ici 2026, près de 300 jours.", "Zxp1, Zxp2 partira Zxp3 2026, Zxp4 300 jours.", "moreover|he|by|nearly")]
    [InlineData("L'an dernier, le suspect a été mis en examen.", "Zxp1, le suspect a été Zxp2.", "last year|charged")]
    [InlineData("Il a fallu attendre la fin.", "Il a été nécessaire d'attendre la fin.", "")]
    [InlineData("Il s'agit du troisième cas.", "c'est le troisième cas.", "")]
    [InlineData("La ministre s'est rendue à Berlin.", "La ministre est allée à Berlin.", "")]
    [InlineData("Ils se sont rendus sur place mais se rendent compte du risque.", "Zxp1 sont allés sur place mais se rendent compte du risque.", "they")]
    [InlineData("Combien de personnes ? Combien de temps ?", "Zxp1 personnes ? Zxp2 ?", "how many|how long")]
    [InlineData("Au total, des critiques de la part de l'opposition.", "Zxp1, des critiques Zxp2 l'opposition.", "in total|from")]
    [InlineData("Il n'y a pas eu de victimes.", "Zxp1 victimes.", "there were no")]
    [InlineData("Le chanteur est mort à 80 ans.", "Le chanteur est mort Zxp1.", "at the age of 80")]
    public void Rewrites_what_the_pivot_loses(string french, string expected, string terms)
    {
        var edited = Editor.Apply(french);
        Assert.Equal(expected, edited.Text);
        Assert.Equal(terms, string.Join('|', edited.Terms));
    }

    [Theory]
    [InlineData("Zxp1 has said.", "he", "He has said.")]
    [InlineData("Then zxp1 left. Zxp1 returned.", "she", "Then she left. She returned.")]
    [InlineData("\"Yes\", Zxp1 added.", "he", "\"Yes\", he added.")]
    [InlineData("Zxp1 The unions refused.", "as for", "As for the unions refused.")]
    [InlineData("Zxp1, The unions refused.", "as for", "As for, the unions refused.")]
    [InlineData("The Zxp1 Paris meeting", "big", "The big Paris meeting")]
    [InlineData("Zxp7 stays.", "he", "Zxp7 stays.")]
    public void Restores_the_carried_english_with_sentence_case(string translated, string term, string expected) =>
        Assert.Equal(expected, SourcePreEditor.Restore(translated, [term]));

    [Fact]
    public void A_word_the_engine_capitalized_after_an_opening_term_gets_its_french_case_back()
    {
        var edited = Editor.Apply("Il n'y a pas eu de victimes à Paris.");
        Assert.Equal("There were no victims in Paris.", SourcePreEditor.Restore("Zxp1 Victims in Paris.", edited.Terms, edited.LowercaseAfter));
        Assert.Equal("There were no Victims.", SourcePreEditor.Restore("Zxp1 Victims.", edited.Terms));
    }

    [Fact]
    public void Text_without_a_rule_to_apply_is_unchanged() =>
        Assert.Equal("La réunion a été reportée.", Editor.Apply("La réunion a été reportée.").Text);

    [Fact]
    public async Task Pronouns_incises_and_adverbials_come_through_real_apertium()
    {
        using var apertium = new ApertiumEngine(Options.Create(new ApertiumOptions { PoolSize = 1 }), NullLogger<ApertiumEngine>.Instance);
        var engine = new PreEditingEngine(apertium, Editor);
        var english = await engine.TranslateAsync(
        [
            "Il a dit qu'il viendrait demain.",
            "Nous sommes prêts, a-t-elle déclaré.",
            "Faut-il revoir le texte ?",
            "Il y a deux ans, le maire avait promis une réforme.",
        ], CancellationToken.None);

        Assert.Equal("apertium", engine.Name);
        Assert.StartsWith("He ", english[0], StringComparison.Ordinal);
        Assert.Contains("he would come tomorrow", english[0], StringComparison.Ordinal);
        Assert.Contains(", she ", english[1], StringComparison.Ordinal);
        Assert.DoesNotContain("-", english[1], StringComparison.Ordinal);
        Assert.StartsWith("It is necessary", english[2], StringComparison.Ordinal);
        Assert.StartsWith("Two years ago, ", english[3], StringComparison.Ordinal);
        Assert.All(english, e => Assert.DoesNotContain("Zxp", e, StringComparison.OrdinalIgnoreCase));
    }
}
