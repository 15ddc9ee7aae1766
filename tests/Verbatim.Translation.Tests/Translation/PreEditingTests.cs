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
    [InlineData("La réunion de mardi, prévue depuis jeudi, a lieu le vendredi.", "La réunion de mardi, prévue Zxp1, a lieu le vendredi.", "since Thursday")]
    [InlineData("Selon elle, il viendra.", "Zxp1, Zxp2 viendra.", "according to her|he")]
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
    [InlineData("Ils se sont rendus sur place mais se rendent compte du risque.", "Zxp1 sont allés Zxp2 mais se rendent compte du risque.", "they|at the scene")]
    [InlineData("Combien de personnes ? Combien de temps ?", "Zxp1 personnes ? Zxp2 ?", "how many|how long")]
    [InlineData("Au total, des critiques de la part de l'opposition.", "Zxp1, des critiques Zxp2 l'opposition.", "in total|from")]
    [InlineData("Il n'y a pas eu de victimes.", "Zxp1 victimes.", "there were no")]
    [InlineData("Le chanteur est mort à 80 ans.", "Le chanteur Zxp1 Zxp2.", "died|at the age of 80")]
    [InlineData("L'explosion a fait plus de 20 morts.", "L'explosion Zxp1 Zxp2 20 Zxp3.", "killed|more than|people")]
    [InlineData("L'accident a fait deux blessés.", "L'accident Zxp1 deux Zxp2.", "injured|people")]
    [InlineData("La police a agi sans faire de victimes.", "La police a agi Zxp1.", "without causing any casualties")]
    [InlineData("Aucune victime n'est à déplorer, les secours sont sur place.", "Zxp1, les secours sont Zxp2.", "no casualties were reported|at the scene")]
    [InlineData("Il y a eu des heurts et il y avait un risque.", "Zxp1 des heurts et Zxp2 un risque.", "there were|there was")]
    [InlineData("Cette année, le chômage a fortement augmenté depuis le début de la crise.", "Zxp1, le chômage a Zxp2 augmenté Zxp3 le début de la crise.", "this year|sharply|since")]
    [InlineData("Il est en grève depuis trois semaines, depuis 2019 et depuis mardi.", "Zxp1 est Zxp2 Zxp3 trois semaines, Zxp4 2019 et Zxp5.", "he|on strike|for|since|since Tuesday")]
    [InlineData("La victime a été retrouvée à son domicile dans la nuit de samedi à dimanche.", "La victime a été retrouvée Zxp1 Zxp2.", "at home|overnight from Saturday to Sunday")]
    [InlineData("Le sommet se réunira en urgence à minuit.", "Le sommet Zxp1 Zxp2 Zxp3.", "will meet|urgently|at midnight")]
    [InlineData("Grâce aux aides, au sein du parti, tandis qu'il part.", "Zxp1 les aides, Zxp2 le parti, Zxp3 Zxp4 part.", "thanks to|within|while|he")]
    [InlineData("A l'issue de la réunion, le ministre s'est exprimé.", "Zxp1 la réunion, le ministre Zxp2.", "at the end of|spoke")]
    [InlineData("Les prix ont augmenté de 2 % sur un an, selon de nombreux experts.", "Les prix ont augmenté de 2 % Zxp1, selon Zxp2 experts.", "year on year|many")]
    [InlineData("Le festival a rencontré un grand succès auprès des jeunes.", "Le festival Zxp1 Zxp2 les jeunes.", "enjoyed great success|with")]
    [InlineData("Des manifestants ont défilé.", "manifestants ont défilé.", "")]
    [InlineData("A Paris, plus de 500 personnes.", "À Paris, Zxp1 500 personnes.", "more than")]
    [InlineData("Le CAC 40 était en forte hausse à l'ouverture, l'euro s'échangeait à 1,08 dollar.", "Le CAC 40 était Zxp1 Zxp2, l'euro Zxp3 1,08 dollar.", "sharply higher|at the opening|was trading at")]
    [InlineData("Les députés ont voté par 320 voix contre 210, avec 52 voix d'écart.", "Les députés ont voté par Zxp1, avec 52 Zxp2 d'écart.", "320 votes to 210|votes")]
    [InlineData("Il a été condamné à cinq ans de prison ferme et a porté plainte.", "Zxp1 a été Zxp2 cinq Zxp3 et Zxp4.", "he|sentenced to|years in prison|filed a complaint")]
    [InlineData("Il a été condamné à deux ans de prison avec sursis.", "Zxp1 a été Zxp2 deux ans Zxp3.", "he|sentenced to|in prison, suspended")]
    [InlineData("Le suspect, soupçonné d'avoir volé, comparaît devant le tribunal.", "Le suspect, soupçonné Zxp1 volé, comparaît Zxp2 le tribunal.", "of having|before")]
    [InlineData("Le gouvernement a mis en place un plan pour faire face à la crise.", "Le gouvernement Zxp1 un plan Zxp2 la crise.", "set up|to face")]
    [InlineData("La réunion a pris fin et l'entreprise a fait l'objet d'une enquête.", "La réunion Zxp1 et l'entreprise Zxp2 une enquête.", "ended|was the subject of")]
    [InlineData("Ils ont eu recours à la force et ont tenu compte des critiques.", "Zxp1 Zxp2 la force et Zxp3 les critiques.", "they|resorted to|took into account")]
    [InlineData("Le test a permis de détecter le virus, mais il ne peut se permettre d'attendre.", "Le test Zxp1 détecter le virus, mais Zxp2 ne peut se permettre d'attendre.", "made it possible to|he")]
    [InlineData("Les travaux doivent encore être validés pour mettre fin aux retards.", "Les travaux Zxp1 doivent être validés Zxp2 les retards.", "still|to end")]
    [InlineData("Le texte vise à réduire les coûts et va permettre de les baisser.", "Le texte Zxp1 réduire les coûts et Zxp2 Zxp3 les baisser.", "aims to|will|make it possible to")]
    [InlineData("Il compte réduire le déficit du compte courant.", "Zxp1 Zxp2 réduire le déficit du compte courant.", "he|intends to")]
    [InlineData("Le compte bancaire a été fermé.", "Le compte bancaire a été fermé.", "")]
    [InlineData("Le Var est en vigilance orange.", "Le Var est Zxp1.", "on orange alert")]
    [InlineData("Le joueur s'est blessé au genou, son club s'est qualifié pour la finale.", "Le joueur Zxp1 au genou, son club Zxp2 la finale.", "suffered an injury|qualified for")]
    [InlineData("Le PSG s'est imposé 2-0 face à Lyon.", "Le PSG Zxp1 2-0 Zxp2 Lyon.", "won|against")]
    [InlineData("Le maire vient d'être élu et s'est réuni avec les élus.", "Le maire Zxp1 élu et Zxp2 avec les élus.", "has just been|met")]
    [InlineData("Il craint que la situation ne s'aggrave, avant que l'Etat n'intervienne.", "Zxp1 craint que la situation s'aggrave, avant que l'Etat intervienne.", "he")]
    [InlineData("Il craint que le gouvernement ne puisse pas agir.", "Zxp1 craint que le gouvernement ne puisse pas agir.", "he")]
    [InlineData("Même s'il pleut, il viendra si Paris le demande.", "Zxp1 Zxp2 pleut, Zxp3 viendra Zxp4 Paris le demande.", "even if|it|he|if")]
    [InlineData("Il est peu probable qu'il parte.", "Zxp1 est peu probable qu'Zxp2 parte.", "it|he")]
    [InlineData("Il est parti tôt.", "Zxp1 est parti tôt.", "he")]
    [InlineData("Selon lui, les ventes ont baissé par rapport au mois précédent, mieux que prévu.", "Zxp1, les ventes ont baissé Zxp2 le mois précédent, mieux Zxp3.", "according to him|compared with|than expected")]
    [InlineData("Le FMI a revu à la baisse ses prévisions et le yen est à son plus bas niveau.", "Le FMI Zxp1 ses prévisions et le yen est à Zxp2.", "revised down|its lowest level")]
    [InlineData("Les analystes s'attendent à ce que la banque baisse ses taux et sont parvenus à un accord.", "Les analystes Zxp1 la banque baisse ses taux et Zxp2 un accord.", "expect that|reached")]
    [InlineData("Il a mis en garde contre une crise et les deux pays se sont mis d'accord.", "Zxp1 Zxp2 une crise et les deux pays Zxp3.", "he|warned against|agreed")]
    [InlineData("L'entreprise a du mal à recruter et n'a pas souhaité commenter.", "L'entreprise Zxp1 recruter et Zxp2 commenter.", "is struggling to|declined to")]
    [InlineData("Face à la crise, le parti au pouvoir est arrivé au pouvoir dans le calme.", "Zxp1 la crise, le parti Zxp2 est arrivé au pouvoir Zxp3.", "faced with|in power|peacefully")]
    [InlineData("Le taux n'a atteint que 45 % et les résultats ne seront publiés que lundi.", "Le taux a atteint seulement 45 % et les résultats seront publiés seulement Zxp1.", "on Monday")]
    [InlineData("Il n'a pas dit que le texte passerait.", "Zxp1 n'a pas dit que le texte passerait.", "he")]
    [InlineData("L'ancienne ministre et un ancien policier ont visité le bâtiment ancien.", "L'Zxp1 ministre et un Zxp2 Zxp3 ont visité le bâtiment ancien.", "former|former|police officer")]
    [InlineData("Les travaux s'achèveront à la mi-juillet, ou fin 2025, après la mi-mars.", "Les travaux s'achèveront Zxp1 juillet, ou Zxp2 2025, après Zxp3 mars.", "in mid|at the end of|mid")]
    [InlineData("Le vote aura lieu début mars, depuis début 2024 et jusqu'à fin juin.", "Le vote aura lieu Zxp1 mars, depuis Zxp2 2024 et jusqu'à Zxp3 juin.", "in early|early|the end of")]
    [InlineData("Les syndicats ont refusé de signer et la direction refuse d'en parler.", "Les syndicats Zxp1 signer et la direction Zxp2 en parler.", "refused to|refuses to")]
    [InlineData("Le préfet a fait le point, mettant fin aux rumeurs : le texte ne passera pas en l'état.", "Le préfet Zxp1, Zxp2 les rumeurs : le texte ne passera pas Zxp3.", "took stock|ending|as it stands")]
    [InlineData("La police a dû recourir à la force ; le ministre ne s'est pas exprimé.", "La police a dû Zxp1 la force ; le ministre Zxp2.", "resort to|has not spoken")]
    [InlineData("L'entraîneur a été limogé, selon un communiqué ; il a communiqué les chiffres.", "L'entraîneur a été Zxp1, selon un Zxp2 ; Zxp3 a communiqué les chiffres.", "dismissed|statement|he")]
    [InlineData("Les maires réclament davantage de moyens.", "Les maires réclament Zxp1.", "more resources")]
    [InlineData("La délégation est arrivée au Caire, la capitale de l'Egypte ; il est allé au Caire.", "La délégation est arrivée en Zxp1, la capitale de l'Egypte ; Zxp2 est allé Zxp3.", "Cairo|he|to Cairo")]
    [InlineData("Un prix compris entre 800 et 900 euros, deux jours par semaine ; le prévenu et les prévenus.", "Un prix Zxp1 800 et 900 euros, deux jours Zxp2 ; le Zxp3 et les Zxp4.", "between|a week|defendant|defendants")]
    [InlineData("Il a prévenu que la semaine serait longue.", "Zxp1 a prévenu que la semaine serait longue.", "he")]
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
    public void A_word_capitalized_after_a_run_of_opening_terms_gets_its_french_case_back() =>
        Assert.Equal("If it rains, Paris stays.", SourcePreEditor.Restore("Zxp1 Zxp2 Rains, Paris stays.", ["if", "it"], new HashSet<int> { 2 }));

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
