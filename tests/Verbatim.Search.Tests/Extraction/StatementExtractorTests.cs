using Verbatim.Search.Extraction;
using Verbatim.Search.Tests.Evaluation;

namespace Verbatim.Search.Tests.Extraction;

public sealed class StatementExtractorTests
{
    private static readonly StatementExtractor Extractor = StatementExtractor.CreateDefault();

    private static IReadOnlyList<ExtractedStatement> Run(string text) =>
        Extractor.Extract(DocumentBuilder.FromText("d-test", text));

    private static ExtractedStatement Single(string text, string containing)
    {
        var found = Run(text).Where(s => s.TextFr.Contains(containing, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"expected one statement containing «{containing}», got {found.Count}: " +
                                      string.Join(" | ", Run(text).Select(s => $"{s.Speaker.Name}: {s.TextFr}")));
        return found[0];
    }

    [Theory]
    [InlineData("Le ministre des Finances, Paul Garnier, était à Lyon.\n\n« Nous tiendrons l'objectif », a déclaré M. Garnier.", "Nous tiendrons", "Paul Garnier", StatementKind.Direct, "déclarer")]
    [InlineData("Le ministre des Finances, Paul Garnier, était à Lyon.\n\n« Nous tiendrons l'objectif », a-t-il dit.", "Nous tiendrons", "Paul Garnier", StatementKind.Direct, "dire")]
    [InlineData("Mme Katrin Vogel a affirmé : « L'Europe ne peut plus attendre. »", "L'Europe ne peut", "Katrin Vogel", StatementKind.Direct, "affirmer")]
    [InlineData("M. Kemal Aydın a dit vouloir « tourner la page » des rivalités.", "tourner la page", "Kemal Aydın", StatementKind.Partial, "dire")]
    [InlineData("Le président, Henri Dufour, a qualifié d'« irresponsable » la motion.", "irresponsable", "Henri Dufour", StatementKind.Partial, "qualifier")]
    public void Direct_and_partial_quotes_are_attributed(string text, string containing, string speaker, StatementKind kind, string cue)
    {
        var s = Single(text, containing);
        Assert.Equal(speaker, s.Speaker.Name);
        Assert.Equal(kind, s.Kind);
        Assert.Equal(cue, s.Cue);
    }

    [Theory]
    [InlineData("Le secrétaire général adjoint, Tomas Lindqvist, a dressé un tableau sombre. « Plus de huit millions de personnes ont fui, a-t-il rappelé, et la famine menace. »", "Tomas Lindqvist")]
    [InlineData("Me Hélène Garnier a parlé. « C'est une décision incompréhensible, ajoute-t-elle, qui laisse la famille sans réponse. »", "Hélène Garnier")]
    [InlineData("« Les taux ont cessé de monter, a déclaré M. Pierre Blanc, et les acheteurs reviennent. »", "Pierre Blanc")]
    public void Attribution_inside_the_quote_is_an_incise(string text, string speaker)
    {
        var s = Assert.Single(Run(text));
        Assert.Equal(speaker, s.Speaker.Name);
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.DoesNotContain("-t-", s.TextFr, StringComparison.Ordinal);
        Assert.DoesNotContain("a déclaré", s.TextFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_resolves_to_the_subject_of_the_previous_sentence_not_the_last_speaker()
    {
        const string text = "« La crise est grave », a déclaré M. Paul Durand.\n\n" +
                            "Le secrétaire général adjoint, Tomas Lindqvist, a dressé un tableau sombre. « Plus de huit millions de personnes ont fui, a-t-il rappelé, et la famine menace. »";
        Assert.Equal("Tomas Lindqvist", Single(text, "huit millions").Speaker.Name);
    }

    [Fact]
    public void Pronoun_never_resolves_to_a_person_named_later_in_the_sentence()
    {
        const string text = "M. Marc Olivier a pris la parole.\n\nIl a affirmé que la réforme était prête avant de saluer M. Jean Petit.";
        Assert.Equal("Marc Olivier", Single(text, "réforme").Speaker.Name);
    }

    [Fact]
    public void Female_pronoun_skips_male_speakers()
    {
        const string text = "M. Bernard Lacaze a reçu Mme Carole Duval. « Le conseil a tranché », a-t-il déclaré.\n\n« Nous respectons ce choix », a-t-elle répondu.";
        Assert.Equal("Carole Duval", Single(text, "Nous respectons").Speaker.Name);
        Assert.Equal("Bernard Lacaze", Single(text, "Le conseil a tranché").Speaker.Name);
    }

    [Fact]
    public void Split_quote_keeps_the_speaker_for_its_second_part()
    {
        var all = Run("Le syndicaliste Marc Olivier était présent. « Nous ne céderons pas », a-t-il lancé. « La direction doit revenir à la table. »");
        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Equal("Marc Olivier", s.Speaker.Name));
    }

    [Fact]
    public void Quote_continued_in_the_next_paragraph_keeps_its_speaker()
    {
        var all = Run("Le PDG, Éric Fontaine, a parlé. « Le marché s'est effondré », a-t-il déclaré.\n\n« Nous devons adapter nos capacités. »");
        Assert.Equal("Éric Fontaine", Single("Le PDG, Éric Fontaine, a parlé. « Le marché s'est effondré », a-t-il déclaré.\n\n« Nous devons adapter nos capacités. »", "adapter").Speaker.Name);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public void Story_opening_with_a_quote_names_its_speaker_later()
    {
        var s = Single("Nucléaire : Téhéran durcit sa position\n\n« Nous n'accepterons aucune inspection supplémentaire. »\n\nC'est en ces termes que le chef de la diplomatie iranienne, Abbas Araghchi, a résumé mardi la position de son pays.", "inspection");
        Assert.Equal("Abbas Araghchi", s.Speaker.Name);
    }

    [Theory]
    [InlineData("Le ministre de la Santé, Julien Mercier, a déclaré vendredi que mille infirmiers seraient recrutés.", "Julien Mercier", "mille infirmiers", "déclarer")]
    [InlineData("Le président ukrainien, Volodymyr Zelensky, s'est dit prêt à rencontrer son homologue.", "Volodymyr Zelensky", "prêt à rencontrer", "se dire")]
    [InlineData("Selon la présidente de l'autorité, Anne Lefort, les tarifs baisseront de 5 %.", "Anne Lefort", "les tarifs baisseront", "selon")]
    [InlineData("Interrogé, le maire de Lyon, Gérard Lemoine, a répondu qu'il n'avait rien à se reprocher.", "Gérard Lemoine", "rien à se reprocher", "répondre")]
    [InlineData("Le secrétaire général, Antonio Guterres, a demandé aux belligérants de respecter le droit humanitaire.", "Antonio Guterres", "respecter le droit", "demander")]
    [InlineData("M. Thierry Lambert a rappelé à son homologue que les commandes devaient être accélérées.", "Thierry Lambert", "les commandes devaient", "rappeler")]
    [InlineData("La présidente du Medef, Nathalie Caron, a averti dans un entretien que les entreprises souffraient.", "Nathalie Caron", "les entreprises souffraient", "avertir")]
    public void Reported_speech_without_quote_marks(string text, string speaker, string containing, string cue)
    {
        var s = Single(text, containing);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal(speaker, s.Speaker.Name);
        Assert.Equal(cue, s.Cue);
    }

    [Fact]
    public void Unquoted_words_with_an_inverted_attribution_are_reported_speech()
    {
        var s = Single("Le ministre, Rob Nicholson, était à Ottawa.\n\nTous les soldats blessés reçoivent les soins appropriés, a-t-il affirmé.", "soldats blessés");
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Rob Nicholson", s.Speaker.Name);
    }

    [Fact]
    public void Joint_statement_is_attributed_to_each_speaker()
    {
        var all = Run("MM. Laurent Martin et Hans Keller ont salué jeudi « une étape décisive » pour l'industrie.");
        Assert.Equal(["Laurent Martin", "Hans Keller"], all.Select(s => s.Speaker.Name).ToArray());
        Assert.All(all, s => Assert.True(s.Joint));
        Assert.NotEqual(all[0].StatementId, all[1].StatementId);
    }

    [Theory]
    [InlineData("Moscou a averti mardi que de nouvelles sanctions entraîneraient une riposte.", "Moscow")]
    [InlineData("« Les États-Unis ne resteront pas les bras croisés », a averti Washington dans un communiqué.", "Washington")]
    [InlineData("Le ministère des Affaires étrangères a dénoncé une « provocation délibérée » de la marine.", "Foreign Ministry")]
    public void Institutions_are_their_own_speaker_kind(string text, string name)
    {
        var s = Assert.Single(Run(text));
        Assert.Equal(SpeakerKind.Institution, s.Speaker.Kind);
        Assert.Equal(name, s.Speaker.Name);
    }

    [Theory]
    [InlineData("Culture : le « phénomène » des librairies\n\nLes librairies ont connu une année record, portées par le roman « La Mer intérieure ».")]
    [InlineData("« Nous ne lâcherons rien » : la colère des agriculteurs\n\nPlusieurs centaines d'agriculteurs ont bloqué l'autoroute.")]
    [InlineData("La Bourse a terminé en baisse dans un marché « nerveux ».")]
    [InlineData("Le film « Les Jours heureux » a attiré un million de spectateurs.")]
    public void Scare_quotes_headlines_and_titles_are_not_statements(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("Le chef de la diplomatie chinoise, Wang Yi, a reçu M. Antony Blinken.\n\n« La Chine ne tolérera aucune ingérence », a prévenu le chef de la diplomatie chinoise.", "Wang Yi")]
    [InlineData("Le porte-parole du Kremlin, Dmitri Peskov, a parlé jeudi.\n\n« Aucune rencontre n'est prévue », a indiqué le porte-parole.", "Dmitry Peskov")]
    [InlineData("La ministre de l'Éducation, Sophie Renard, était à Lille.\n\nLa ministre a indiqué que la réforme entrerait en vigueur en 2027.", "Sophie Renard")]
    [InlineData("Le ministre, M. Thierry Lambert, a reçu son homologue italien, Giorgio Ferri.\n\nSon homologue a assuré que Rome tiendrait ses engagements.", "Giorgio Ferri")]
    public void Role_phrases_resolve_to_the_person_introduced_earlier(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Last().Speaker.Name);

    [Fact]
    public void Transliterations_share_one_speaker_id()
    {
        var a = Single("« Il n'y a pas de solution militaire », a souligné Sergueï Lavrov.", "solution");
        var b = Single("« Il n'y a pas de solution militaire », a souligné Sergeï Lavrov.", "solution");
        var c = Single("« Il n'y a pas de solution militaire », a souligné Sergey Lavrov.", "solution");
        Assert.Equal(a.Speaker.Id, b.Speaker.Id);
        Assert.Equal(a.Speaker.Id, c.Speaker.Id);
        Assert.Equal("Sergei Lavrov", a.Speaker.Name);
    }

    [Fact]
    public void Statement_ids_are_deterministic_and_offsets_point_into_the_body()
    {
        const string text = "« Nous tiendrons l'objectif de déficit », a déclaré M. Paul Garnier.";
        var first = Run(text);
        var second = Run(text);
        Assert.Equal(first.Select(s => s.StatementId), second.Select(s => s.StatementId));
        var body = Verbatim.Translation.Normalization.DispatchNormalizer.Normalize(text, DateTimeOffset.UnixEpoch).Body;
        var s = Assert.Single(first);
        Assert.Equal(s.TextFr, body[s.Start..s.End]);
        Assert.Equal(s.TextFr, s.TextEn);
        Assert.Equal(0, s.SegmentIndex);
    }

    [Fact]
    public void Speaker_carries_role_and_country_when_the_text_gives_them()
    {
        var s = Single("Le ministre russe des Affaires étrangères, Sergueï Lavrov, était à Genève.\n\n« Nous avons eu une discussion franche », a déclaré M. Lavrov.", "discussion franche");
        Assert.Equal("Sergei Lavrov", s.Speaker.Name);
        Assert.Equal("ministre", s.Speaker.Role);
        Assert.Equal("Russia", s.Speaker.Country);
    }

    [Theory]
    [InlineData("Les autorités ont annoncé jeudi qu'un cas de rage avait été détecté.", "autorités")]
    [InlineData("« Les forces de l'ordre sont sur place », précise l'aéroport sur son compte Twitter.", "aéroport")]
    [InlineData("De son côté, l'entreprise DCNS assure que ses équipes interviennent sur le navire.", "DCNS")]
    [InlineData("RBS a précisé que cette restructuration libérerait du capital.", "RBS")]
    public void Organizations_speak_as_institutions(string text, string name)
    {
        var s = Assert.Single(Run(text));
        Assert.Equal(SpeakerKind.Institution, s.Speaker.Kind);
        Assert.Equal(name, s.Speaker.Name);
    }

    [Fact]
    public void Communique_speaks_for_the_body_that_issued_it()
    {
        var all = Run("Le ministère de la Santé a annoncé que cinq personnes étaient traitées.\n\n« Le traitement préventif est très efficace », précise le communiqué.");
        Assert.Equal(2, all.Count);
        Assert.Equal(all[0].Speaker.Id, all[1].Speaker.Id);
    }

    [Fact]
    public void First_person_sentence_after_a_quote_continues_it_when_marks_were_dropped()
    {
        var all = Run("Le caporal David Hawkins a témoigné.\n\n« Je leur ai dit que je n'étais pas prêt », a-t-il affirmé.\n\nJ'ai demandé pendant des mois s'il y avait un moyen de rester.");
        var s = Single("Le caporal David Hawkins a témoigné.\n\n« Je leur ai dit que je n'étais pas prêt », a-t-il affirmé.\n\nJ'ai demandé pendant des mois s'il y avait un moyen de rester.", "pendant des mois");
        Assert.Equal("David Hawkins", s.Speaker.Name);
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public void Selon_with_a_pronoun_refers_back()
    {
        var s = Single("« Les taux ont cessé de monter », a déclaré M. Pierre Blanc.\n\nSelon lui, les prix resteront stables cette année.", "les prix resteront");
        Assert.Equal("Pierre Blanc", s.Speaker.Name);
        Assert.Equal("selon", s.Cue);
    }

    [Fact]
    public void Role_with_nobody_to_refer_to_is_an_unresolved_speaker()
    {
        var s = Single("« La loi fédérale s'applique partout », a rappelé le ministre à New York.", "loi fédérale");
        Assert.Equal(SpeakerKind.Unresolved, s.Speaker.Kind);
        Assert.Equal("le ministre", s.Speaker.Name);
    }

    [Fact]
    public void Joint_statement_by_institutions_is_attributed_to_each()
    {
        var all = Run("Paris et Berlin ont affirmé mardi que l'accord serait signé avant l'été.");
        Assert.Equal(["Paris", "Berlin"], all.Select(s => s.Speaker.Name).ToArray());
        Assert.All(all, s => Assert.True(s.Joint && s.Speaker.Kind == SpeakerKind.Institution));
    }

    [Fact]
    public void Two_reported_clauses_in_one_sentence_are_two_statements()
    {
        const string text = "Le ministre de la Défense, Rob Nicholson, a insisté pour dire que les soldats blessés n'étaient pas libérés, et a souligné qu'un processus de transition était suivi.";
        var all = Run(text);
        Assert.Equal(2, all.Count);
        Assert.Equal(["insister", "souligner"], all.Select(s => s.Cue).ToArray());
        Assert.All(all, s => Assert.Equal("Rob Nicholson", s.Speaker.Name));
        var body = Verbatim.Translation.Normalization.DispatchNormalizer.Normalize(text, DateTimeOffset.UnixEpoch).Body;
        Assert.All(all, s => Assert.Equal(s.TextFr, body[s.Start..s.End].Trim()));
    }

    [Fact]
    public void Inverted_attribution_may_follow_a_short_complement()
    {
        var s = Single("M. Chuck Hagel était à New York.\n\n« Certains États refusent de délivrer ces cartes » dans leurs casernes, a-t-il dénoncé.", "Certains États");
        Assert.Equal("Chuck Hagel", s.Speaker.Name);
        Assert.Equal(StatementKind.Direct, s.Kind);
    }

    [Fact]
    public void Homologue_with_another_nationality_is_not_someone_named_earlier()
    {
        var s = Single("Le secrétaire général adjoint, Tomas Lindqvist, a parlé.\n\nMme Catherine Hale a estimé que le Conseil devait agir. Son homologue chinois a, lui, dit vouloir « respecter pleinement la souveraineté » du pays.", "souveraineté");
        Assert.Equal(SpeakerKind.Unresolved, s.Speaker.Kind);
        Assert.Equal("China", s.Speaker.Country);
    }

    [Fact]
    public void Passive_subject_is_not_a_speaker()
    {
        Assert.Empty(Run("Kiev n'a pas été invité à la rencontre de Genève, ce que plusieurs capitales ont regretté."));
    }

    [Fact]
    public void Nationality_conflict_overrides_shared_role_words()
    {
        const string text = "Le ministre russe des Affaires étrangères, Sergueï Lavrov, et son homologue turc, Kemal Aydın, se sont retrouvés à Genève.\n\n" +
                            "Le chef de la diplomatie turque a dit vouloir « tourner la page » des mois de blocage.";
        Assert.Equal("Kemal Aydın", Single(text, "tourner la page").Speaker.Name);
    }

    [Theory]
    [InlineData("Le syndicat des cheminots, la FGC, affirme ainsi que la grève sera reconduite.", "FGC")]
    [InlineData("M. Paul Garnier a expliqué aussi que le budget serait voté en juin.", "Paul Garnier")]
    public void Adverb_right_after_the_cue_is_not_ainsi_que_as_well_as(string text, string speaker)
    {
        var s = Assert.Single(Run(text));
        Assert.Equal(speaker, s.Speaker.Name);
        Assert.Equal(StatementKind.Indirect, s.Kind);
    }

    [Fact]
    public void Ainsi_que_after_a_complement_still_joins_nouns_not_a_clause() =>
        Assert.Empty(Run("M. Paul Garnier a salué les pompiers ainsi que les bénévoles qui ont aidé les sinistrés."));

    [Fact]
    public void Inverted_subject_ends_where_a_new_clause_starts()
    {
        const string text = "« Le virus ne passe pas à l'homme », rappellent les services vétérinaires et il n'existe aucun vaccin.";
        var s = Assert.Single(Run(text));
        Assert.Equal("services vétérinaires", s.Speaker.Name);
        Assert.Equal("rappeler", s.Cue);
    }

    [Fact]
    public void Time_adverb_with_an_apostrophe_may_precede_an_inverted_subject()
    {
        const string text = "Des traces de plomb ont été relevées dans des jouets en bois, a annoncé aujourd'hui l'agence chargée des consommateurs.\n\n" +
                            "« Ces produits sont dangereux », a ajouté l'agence française.";
        var statements = Run(text);
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("agence chargée des consommateurs", s.Speaker.Name));
    }

    [Fact]
    public void Sentence_opening_with_a_quote_then_narration_continues_the_last_speaker()
    {
        const string text = "« Deux cents personnes ont été relogées », a déclaré M. Alain Kerbrat.\n\n" +
                            "« Aucune victime n'est à déplorer » et les pompiers restent mobilisés.";
        Assert.Equal("Alain Kerbrat", Single(text, "Aucune victime").Speaker.Name);
    }

    [Fact]
    public void Quote_opening_a_sentence_with_its_own_cue_after_is_not_a_continuation()
    {
        const string text = "« Deux cents personnes ont été relogées », a déclaré M. Alain Kerbrat.\n\n" +
                            "« La digue a tenu » et le maire, Jean Petit, a salué les secours.";
        Assert.DoesNotContain(Run(text), s => s.TextFr.Contains("La digue", StringComparison.Ordinal));
    }

    [Fact]
    public void Trailing_selon_gives_the_source_of_unquoted_words()
    {
        var s = Assert.Single(Run("Trois chalutiers ont été arraisonnés jeudi au large de la Galice, selon un responsable des garde-côtes."));
        Assert.Equal(SpeakerKind.Unresolved, s.Speaker.Kind);
        Assert.Equal("selon", s.Cue);
        Assert.StartsWith("Trois chalutiers", s.TextFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_selon_with_data_is_not_a_statement() =>
        Assert.Empty(Run("Les équipages ont été relâchés dans la soirée, selon les données publiées par le port."));

    [Fact]
    public void Second_quote_a_few_words_after_an_attributed_one_has_the_same_speaker()
    {
        var statements = Run("La direction de la SNCF a confirmé « des retards importants » sur la ligne jusqu'à « la fin de la semaine ».");
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("SNCF", s.Speaker.Name));
        Assert.All(statements, s => Assert.Equal(StatementKind.Partial, s.Kind));
    }

    [Fact]
    public void Indefinite_noun_named_in_apposition_is_that_person()
    {
        var s = Assert.Single(Run("« J'ai vu les flammes », a témoigné une voisine, Josiane Perrin, 72 ans, au quotidien régional."));
        Assert.Equal("Josiane Perrin", s.Speaker.Name);
    }

    [Theory]
    [InlineData("Plusieurs économistes ont estimé que la hausse des taux freinerait l'investissement.", "plusieurs économistes", StatementKind.Indirect)]
    [InlineData("Des agriculteurs réunis devant la préfecture ont affirmé avoir perdu « la moitié de leur récolte ».", "des agriculteurs", StatementKind.Partial)]
    [InlineData("Des diplomates ont assuré que les négociations reprendraient lundi.", "des diplomates", StatementKind.Indirect)]
    public void Unnamed_group_of_people_is_an_anonymous_speaker(string text, string name, StatementKind kind)
    {
        var s = Assert.Single(Run(text));
        Assert.Equal(SpeakerKind.Unresolved, s.Speaker.Kind);
        Assert.Equal(name, s.Speaker.Name);
        Assert.Equal(kind, s.Kind);
    }

    [Theory]
    [InlineData("Des relevés effectués en juillet ont révélé que la nappe phréatique était au plus bas.")]
    [InlineData("Des milliers de manifestants ont défilé samedi dans les rues de Rennes.")]
    public void Things_that_reveal_and_crowds_that_march_are_not_speakers(string text) => Assert.Empty(Run(text));

    [Fact]
    public void One_word_term_inside_a_reported_clause_leaves_the_clause_as_the_statement()
    {
        var s = Assert.Single(Run("Plusieurs analystes ont indiqué que la banque avait été pénalisée mardi par le « downgrade » de sa note."));
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.StartsWith("la banque avait été pénalisée", s.TextFr, StringComparison.Ordinal);
    }

    [Fact]
    public void One_word_quote_governed_by_the_cue_stays_a_partial()
    {
        var s = Assert.Single(Run("Le directeur financier, Marc Aubert, a jugé la sanction « excessive »."));
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal("excessive", s.TextFr);
    }

    [Fact]
    public void Body_described_first_takes_the_proper_name_given_later_for_all_its_statements()
    {
        const string text = "Le syndicat des pilotes français a appelé mardi ses membres à refuser les vols de nuit.\n\n" +
                            "« Le Syndicat national des pilotes de ligne demande l'ouverture de négociations », écrit-il.";
        var statements = Run(text);
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Syndicat national des pilotes de ligne", s.Speaker.Name));
        Assert.All(statements, s => Assert.Equal(SpeakerKind.Institution, s.Speaker.Kind));
        Assert.Single(statements.Select(s => s.Speaker.Id).Distinct());
    }

    [Fact]
    public void Proper_name_sharing_too_little_with_the_description_is_another_body()
    {
        const string text = "Le syndicat des pilotes français a appelé mardi ses membres à refuser les vols de nuit.\n\n" +
                            "La Fédération nationale des contrôleurs aériens soutient le mouvement.";
        Assert.Equal("syndicat des pilotes français", Single(text, "refuser").Speaker.Name);
    }

    [Fact]
    public void Hypernym_refers_to_the_organization_named_last_by_its_acronym()
    {
        const string text = "La Caisse régionale d'assurance des artisans (CRAA) a relevé les cotisations.\n\n" +
                            "L'organisme a seulement indiqué que la hausse servirait à financer la prévention.";
        var s = Single(text, "la hausse servirait");
        // The acronym spells the full name given with it: one speaker, under the full name.
        Assert.Equal("Caisse régionale d'assurance des artisans", s.Speaker.Name);
        Assert.Equal(SpeakerKind.Institution, s.Speaker.Kind);
    }

    [Theory]
    // The full name after an elided lowercase article, mid-sentence.
    [InlineData("Les pourparlers ont repris entre le gouvernement et les délégués de l'Union des pêcheurs du Ponant (UPP) à Brest.\n\n" +
                "L'UPP a affirmé que les quotas restaient inacceptables.", "Union des pêcheurs du Ponant")]
    // An acronym drops accents: « électorale » gives E.
    [InlineData("La Commission nationale électorale (CNE), qui n'a pas fini le dépouillement, a jugé que le scrutin était régulier.\n\n" +
                "La CNE a ajouté que les résultats seraient connus vendredi.", "Commission nationale électorale")]
    public void An_acronym_takes_the_full_name_given_with_it(string text, string fullName)
    {
        var found = Run(text);
        Assert.NotEmpty(found);
        Assert.All(found, s => Assert.Equal((fullName, SpeakerKind.Institution), (s.Speaker.Name, s.Speaker.Kind)));
    }

    [Fact]
    public void Surname_in_the_headline_is_the_person_the_story_calls_by_role()
    {
        const string text = "Hôpital : Morel réclame un plan pour les urgences\n\n" +
                            "« Les urgences ne tiennent plus qu'à un fil », a averti le ministre à Saint-Nazaire.";
        var s = Assert.Single(Run(text));
        Assert.Equal("Morel", s.Speaker.Name);
        Assert.Equal(SpeakerKind.Person, s.Speaker.Kind);
    }

    [Theory]
    [InlineData("Bourse : Ferrand plombé par ses résultats\n\n« Les urgences ne tiennent plus », a averti le ministre à Lille.")]
    [InlineData("Hôpital : Lille dans l'attente\n\n« Les urgences ne tiennent plus », a averti le ministre à Lille.")]
    public void Headline_word_before_a_participle_or_preposition_is_no_speaker(string text) =>
        Assert.Equal(SpeakerKind.Unresolved, Assert.Single(Run(text)).Speaker.Kind);

    [Fact]
    public void First_line_without_final_punctuation_is_read_as_a_headline()
    {
        var document = DocumentBuilder.FromLines("d-lines", ["Morel réclame un plan pour les urgences", "« Les urgences ne tiennent plus », a averti le ministre."]);
        Assert.Equal("Morel", Assert.Single(Extractor.Extract(document)).Speaker.Name);
    }

    [Theory]
    [InlineData("L'association des riverains demande la démission du directeur des travaux.", "association des riverains", "la démission du directeur", "demander")]
    [InlineData("M. Julien Marchal a réclamé jeudi la suspension immédiate du chantier.", "Julien Marchal", "la suspension immédiate", "réclamer")]
    [InlineData("L'Insee estime le nombre d'emplois liés au chantier à près de deux mille.", "Insee", "le nombre d'emplois", "estimer")]
    public void Demand_or_estimate_with_a_definite_noun_object_is_reported_speech(string text, string speaker, string containing, string cue)
    {
        var s = Single(text, containing);
        Assert.Equal(speaker, s.Speaker.Name);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal(cue, s.Cue);
    }

    [Theory]
    [InlineData("Le club de rugby local exige des joueurs un certificat médical avant chaque saison.")]
    [InlineData("La société concessionnaire a annoncé un recrutement de cent ouvriers dans la région.")]
    [InlineData("L'Insee estime la situation préoccupante.")]
    public void Indefinite_objects_announcements_and_opinions_without_figures_are_not_noun_object_statements(string text) =>
        Assert.Empty(Run(text));

    [Fact]
    public void Clause_before_a_contrast_is_a_statement_beside_the_quote_after_it()
    {
        var statements = Run("M. Julien Marchal a réclamé jeudi la suspension du chantier, tandis que la maire, Mme Sophie Guérin, a dénoncé « un gâchis ».");
        Assert.Equal(2, statements.Count);
        Assert.Equal(("Julien Marchal", StatementKind.Indirect), (statements[0].Speaker.Name, statements[0].Kind));
        Assert.Equal("la suspension du chantier", statements[0].TextFr);
        Assert.Equal(("Sophie Guérin", StatementKind.Partial), (statements[1].Speaker.Name, statements[1].Kind));
    }

    private static IReadOnlyList<ExtractedStatement> RunLines(params string[] lines) =>
        Extractor.Extract(DocumentBuilder.FromLines("d-lines", lines));

    [Fact]
    public void Indefinite_role_in_a_headline_is_the_person_the_story_introduces_with_that_role()
    {
        var statements = RunLines("Expulsions : un député exige la démission du préfet",
            "Le député écologiste Marc Lenoir a dénoncé mardi une « chasse aux pauvres ».");
        Assert.Equal("Marc Lenoir", Single(statements, "la démission du préfet").Speaker.Name);
    }

    [Fact]
    public void Maitre_makes_a_lawyer_for_a_headline_avocat()
    {
        var statements = RunLines("Le dossier a été mal instruit, affirme un avocat",
            "Me Hélène Garnier a dit vouloir saisir la cour d'appel.");
        Assert.Equal("Hélène Garnier", Single(statements, "mal instruit").Speaker.Name);
    }

    [Fact]
    public void Person_named_in_the_headline_is_not_its_indefinite_speaker()
    {
        var statements = RunLines("Un député demande la démission de Paul Henry",
            "Le député libéral Paul Henry a refusé de répondre.");
        var s = Single(statements, "la démission de Paul Henry");
        Assert.Equal(SpeakerKind.Unresolved, s.Speaker.Kind);
        Assert.Equal("un député", s.Speaker.Name, ignoreCase: true);
    }

    [Fact]
    public void Indefinite_role_in_the_body_stays_anonymous()
    {
        var statements = RunLines("Un diplomate a affirmé que les négociations reprendraient lundi.",
            "Le diplomate français Marc Roux a quitté Genève.");
        Assert.Equal(SpeakerKind.Unresolved, Single(statements, "les négociations").Speaker.Kind);
    }

    private static ExtractedStatement Single(IReadOnlyList<ExtractedStatement> statements, string containing) =>
        Assert.Single(statements, s => s.TextFr.Contains(containing, StringComparison.Ordinal));

    [Fact]
    public void Term_quoted_again_is_a_mention_and_the_reported_clause_is_the_statement()
    {
        const string text = "La banque créera une structure de défaisance (« bad bank ») pour ses actifs risqués.\n\n" +
                            "Le Trésor et la banque ont souligné que la « bad bank » permettrait de tourner la page.";
        var statements = Run(text);
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal(StatementKind.Indirect, s.Kind));
        Assert.All(statements, s => Assert.Contains("permettrait de tourner la page", s.TextFr, StringComparison.Ordinal));
    }

    [Fact]
    public void Headline_quote_repeated_in_the_body_is_still_the_quote()
    {
        const string text = "Budget : une motion « irresponsable »\n\nLe président, Henri Dufour, a qualifié d'« irresponsable » la motion.";
        Assert.Equal(StatementKind.Partial, Assert.Single(Run(text)).Kind);
    }

    [Fact]
    public void Narrative_infinitive_reports_its_subject()
    {
        var s = Assert.Single(Run("Et le syndicat des dockers de répliquer que « la grève continuera »."));
        Assert.Equal("syndicat des dockers", s.Speaker.Name);
        Assert.Equal("répliquer", s.Cue);
        Assert.Equal(StatementKind.Partial, s.Kind);
    }

    [Fact]
    public void Body_named_in_passing_is_what_a_later_bare_head_means()
    {
        const string text = "La compagnie régionale Transbreizh ouvrira trois lignes en janvier.\n\n" +
                            "La compagnie a assuré que les tarifs resteraient inchangés.";
        Assert.Equal("Transbreizh", Single(text, "les tarifs").Speaker.Name);
    }

    [Fact]
    public void Coordinated_name_after_a_head_is_another_body()
    {
        const string text = "La banque et Londres ont souligné que la réforme était nécessaire.";
        var names = Run(text).Select(s => s.Speaker.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["London", "banque"], names);
    }

    [Fact]
    public void Two_que_clauses_under_one_cue_are_two_statements()
    {
        var statements = Run("M. Gaël Le Bihan a affirmé que les travaux commenceraient en mai et que la rue serait fermée deux semaines.");
        Assert.Equal(2, statements.Count);
        Assert.Equal("les travaux commenceraient en mai", statements[0].TextFr);
        Assert.StartsWith("la rue serait fermée", statements[1].TextFr, StringComparison.Ordinal);
        Assert.All(statements, s => Assert.Equal(("Gaël Le Bihan", StatementKind.Indirect, "affirmer"), (s.Speaker.Name, s.Kind, s.Cue)));
    }

    [Fact]
    public void Quoted_second_que_clause_is_a_partial_beside_the_reported_first()
    {
        var statements = Run("Le ministère de la Santé précise que le dernier cas remonte à 2019 et que « la couverture atteint 95 % ».");
        Assert.Equal(2, statements.Count);
        Assert.Equal((StatementKind.Indirect, "le dernier cas remonte à 2019"), (statements[0].Kind, statements[0].TextFr));
        Assert.Equal((StatementKind.Partial, "la couverture atteint 95 %"), (statements[1].Kind, statements[1].TextFr));
        Assert.All(statements, s => Assert.Equal("ministère de la Santé", s.Speaker.Name));
    }

    [Fact]
    public void Quote_after_an_earlier_quote_in_a_second_que_clause_is_a_partial()
    {
        var statements = Run("Le ministère de la Santé précise que le dernier cas « importé » remonte à 2019 et que « la couverture atteint 95 % ».");
        Assert.Contains(statements, s => s.Kind == StatementKind.Partial && s.TextFr == "la couverture atteint 95 %");
        Assert.Contains(statements, s => s.Kind == StatementKind.Indirect && s.TextFr.StartsWith("le dernier cas", StringComparison.Ordinal));
    }

    [Fact]
    public void First_que_after_the_cue_opens_the_reported_clause()
    {
        var s = Assert.Single(Run("M. Paul Garnier a estimé que la réforme, que le Sénat examine, serait votée en juin."));
        Assert.StartsWith("la réforme", s.TextFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_with_long_addressees_is_reported_speech()
    {
        var s = Assert.Single(Run("La préfecture invite les habitants des communes riveraines, en particulier ceux qui possèdent un puits ou une citerne, à faire analyser leur eau."));
        Assert.Equal(("inviter", StatementKind.Indirect), (s.Cue, s.Kind));
        Assert.Contains("à faire analyser leur eau", s.TextFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_phrase_before_a_to_infinitive_is_no_invitation_for_other_cues() =>
        Assert.Empty(Run("Le maire a annoncé les travaux des communes riveraines, en particulier ceux du port et des quais, à partir de lundi."));

    [Theory]
    [InlineData("Tremblay a assuré que les appareils seraient livrés en 2027.", "les appareils")]
    [InlineData("« Nos équipages attendent », a ajouté Tremblay devant les militaires.", "Nos équipages")]
    public void Surname_alone_refers_to_the_person_named_in_full_earlier(string second, string containing)
    {
        var text = "Le ministre canadien de la Défense, Marc Tremblay, était à Halifax.\n\n" + second;
        Assert.Equal("Marc Tremblay", Single(text, containing).Speaker.Name);
    }

    [Fact]
    public void Capitalized_word_that_is_nobody_known_is_no_speaker() =>
        Assert.Empty(Run("Le ministre canadien de la Défense, Marc Tremblay, était à Halifax.\n\nHalifax a assuré que les appareils seraient livrés."));

    [Fact]
    public void Contrast_with_nothing_reported_before_it_adds_nothing()
    {
        var s = Assert.Single(Run("Le maire était absent, tandis que son adjoint, M. Paul Henry, a dénoncé « un gâchis »."));
        Assert.Equal(("Paul Henry", StatementKind.Partial), (s.Speaker.Name, s.Kind));
    }

    [Theory]
    [InlineData("« La dette reste soutenable », explique Brandt & Weiss dans une note.", "dette reste", "Brandt & Weiss")]
    [InlineData("Selon le Berlin Kurier, les négociations ont été suspendues jeudi soir.", "négociations ont été", "Berlin Kurier")]
    [InlineData("La centrale de Niort a cessé de fonctionner samedi, a annoncé l'Autorité de la concurrence.", "centrale de Niort", "Autorité de la concurrence")]
    [InlineData("L'armée turque a renforcé ses positions.\n\n« Aucun tir n'a été signalé », a précisé l'armée.", "Aucun tir", "armée turque")]
    public void A_body_name_is_not_cut_to_its_first_word(string text, string containing, string speaker) =>
        Assert.Equal(speaker, Single(text, containing).Speaker.Name);

    [Theory]
    [InlineData("« Le pont est coupé depuis hier », a indiqué à l'AFP un habitant de la ville.", SpeakerKind.Unresolved, "habitant de la ville")]
    [InlineData("« Le pont est coupé depuis hier », a déclaré à Reuters le maire, Paul Garnier.", SpeakerKind.Person, "Paul Garnier")]
    [InlineData("« Le pont est coupé depuis hier », a confié au journal Le Soir une infirmière.", SpeakerKind.Unresolved, "infirmière")]
    public void The_agency_told_is_not_the_speaker(string text, SpeakerKind kind, string name)
    {
        var s = Single(text, "Le pont est coupé");
        Assert.Equal(kind, s.Speaker.Kind);
        Assert.Contains(name, s.Speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void First_person_words_after_an_incise_without_hyphen_are_direct()
    {
        var s = Single("Léa Morel, maire de Pontivy, se représente.\n\nJe ne changerai rien à notre programme, indique t-elle.", "Je ne changerai");
        Assert.Equal("Léa Morel", s.Speaker.Name);
        Assert.Equal(StatementKind.Direct, s.Kind);
    }

    [Fact]
    public void An_incise_before_the_quote_takes_its_subject_after_the_cue()
    {
        const string text = "Léa Morel, maire de Pontivy, se représente.\n\nEt, a assuré Léa Morel devant la presse, « rien ne sera décidé sans les habitants ».";
        Assert.Equal("Léa Morel", Single(text, "rien ne sera décidé").Speaker.Name);
    }

    [Fact]
    public void First_person_continuation_skips_third_person_narration()
    {
        const string text = "« Le port rouvrira lundi », a déclaré Léa Morel.\n\nNous avons réparé la digue en une semaine.\n\nLa ville compte douze mille habitants.";
        Assert.Equal("Léa Morel", Single(text, "réparé la digue").Speaker.Name);
        Assert.DoesNotContain(Run(text), s => s.TextFr.Contains("douze mille", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Le pont de Gien restera fermé tout l'hiver, a annoncé mardi 3 décembre la société Routes du Centre.", "pont de Gien", "Routes du Centre")]
    [InlineData("La directrice de l'école, Claire Vasseur, croit que les travaux seront finis en juin.", "travaux seront finis", "Claire Vasseur")]
    public void A_dated_inversion_and_a_belief_are_attributed(string text, string containing, string speaker) =>
        Assert.Equal(speaker, Single(text, containing).Speaker.Name);

    [Fact]
    public void Every_quoted_fragment_of_reported_speech_is_a_partial_of_the_same_speaker()
    {
        const string text = "Le Conseil d'État a constaté que « les délais » étaient « trop longs », tout en relevant « des efforts réels ».";
        var found = Run(text);
        Assert.Equal(3, found.Count);
        Assert.All(found, s => Assert.Equal(StatementKind.Partial, s.Kind));
        Assert.All(found, s => Assert.Equal(found[0].Speaker.Id, s.Speaker.Id));
    }

    [Fact]
    public void Free_direct_speech_goes_on_over_the_next_lines_while_they_sound_spoken()
    {
        string[] lines =
        [
            "Les marchés couverts rouvrent à Vierzon",
            "La halle Saint-Éloi a rouvert ses portes samedi après huit mois de travaux.",
            "On a tenu les délais malgré l'hiver, explique Bastien Ferrand, le chef de chantier.",
            "Il n'y avait pas de marge pour un retard de plus.",
            "Nous avons gardé la charpente d'origine.",
            "La halle accueille une quarantaine de commerçants chaque samedi.",
            "Nous reviendrons l'an prochain pour la façade.",
        ];
        var found = Extractor.Extract(DocumentBuilder.FromLines("d-lines", lines));
        Assert.All(found, s => Assert.Equal("Bastien Ferrand", s.Speaker.Name));
        Assert.All(found, s => Assert.Equal(StatementKind.Direct, s.Kind));
        Assert.Equal([2, 3, 4], found.Select(s => s.SegmentIndex).Order().ToArray());
    }

    [Fact]
    public void Interview_answers_are_the_interviewees_and_questions_are_no_statements()
    {
        string[] lines =
        [
            "Pour la directrice du chantier naval, « les commandes reviennent »",
            "Anne-Sophie Rivière, la directrice du chantier naval de Lorient, a repris en mars un carnet de commandes vide.",
            "Vous avez annoncé quarante embauches. Est-ce bien raisonnable ?",
            "Nous avons signé trois contrats de patrouilleurs depuis l'été.",
            "Les soudeurs manquent dans toute la région.",
            "Le maire, Paul Kerlo, a dit que la ville céderait un terrain. Le confirmez-vous ?",
            "Je l'ai rencontré mardi et l'accord est presque bouclé.",
        ];
        // Segments: 0 headline, 1 introduction, 2–3 question, 4 and 5 answer, 6–7 question, 8 answer.
        var found = RunLines(lines);
        Assert.Equal([0, 4, 5, 6, 8], found.Select(s => s.SegmentIndex).Order().ToArray());
        Assert.All(found.Where(s => s.SegmentIndex is 4 or 5 or 8), s => Assert.Equal(("Anne-Sophie Rivière", StatementKind.Direct), (s.Speaker.Name, s.Kind)));
        Assert.Equal("Paul Kerlo", found.Single(s => s.SegmentIndex == 6).Speaker.Name);
        Assert.Equal("Anne-Sophie Rivière", found.Single(s => s.SegmentIndex == 0).Speaker.Name); // the headline's role, named in the story
    }

    [Fact]
    public void The_journalist_credited_with_an_interview_is_never_the_interviewee()
    {
        string[] lines =
        [
            "Maëlle Josse : « Le port doit se réinventer »",
            "Propos recueillis par Thomas Guérin à Brest, le 3 mars 2026.",
            "Economiste en chef de la Banque du Léon et professeure à l'université de Brest, Maëlle Josse livre son diagnostic sur le port.",
            "Vous proposez de fermer la criée. N'est-ce pas brutal ?",
            "Je propose de la déplacer, pas de la fermer.",
            "Les chalutiers ne débarquent plus que deux jours par semaine.",
            "Les pêcheurs vous suivront-ils ?",
            "Nous en parlons chaque semaine et la plupart sont d'accord.",
        ];
        // The credit carries a place and date, so it stays in the story: it is the first line to name anyone.
        var found = Run(string.Join("\n", lines));
        Assert.Equal(3, found.Count(s => s.TextFr.StartsWith("Je propose", StringComparison.Ordinal)
                                         || s.TextFr.StartsWith("Les chalutiers", StringComparison.Ordinal)
                                         || s.TextFr.StartsWith("Nous en parlons", StringComparison.Ordinal)));
        Assert.All(found, s => Assert.Equal(("Maëlle Josse", "répondre"), (s.Speaker.Name, s.Cue)));
    }

    [Fact]
    public void Two_rhetorical_questions_do_not_make_an_interview()
    {
        var found = Run("Le prix du lait a encore baissé. Faut-il s'en inquiéter ?\n\nLes éleveurs ont manifesté lundi.\n\nLa laiterie a-t-elle les moyens de payer plus ?\n\nNous verrons au printemps, disent les comptables.");
        Assert.DoesNotContain(found, s => s.TextFr.Contains("manifesté", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_left_open_at_a_paragraph_end_goes_on_until_it_closes()
    {
        const string text = "Le maire, Yves Tanguy, a parlé devant le conseil.\n\n« Nous ne laisserons pas fermer l'école, a déclaré M. Tanguy. Les parents ont raison.\n\nLe rectorat doit revoir sa copie. »\n\nLa séance a été levée à minuit.";
        var found = Run(text);
        Assert.Contains(found, s => s.TextFr.StartsWith("Le rectorat doit revoir sa copie", StringComparison.Ordinal) && s.Speaker.Name == "Yves Tanguy" && s.Kind == StatementKind.Direct);
        Assert.DoesNotContain(found, s => s.TextFr.Contains("séance", StringComparison.Ordinal));
    }

    [Fact]
    public void A_persons_quote_ending_a_line_goes_on_over_spoken_lines()
    {
        var found = RunLines("Le romancier Jules Marchetti publie son dernier livre.", "Jules Marchetti l'a dit : « Ce livre est le dernier. »",
            "Il n'y aura pas de suite.", "La Maison des écrivains n'a pas voulu commenter.");
        Assert.Equal([1, 2], found.Select(s => s.SegmentIndex).Order().ToArray());
        Assert.All(found, s => Assert.Equal("Jules Marchetti", s.Speaker.Name));
    }

    [Theory]
    [InlineData("Oslo accuse Reykjavik de pillage des stocks de maquereau", "accuse Reykjavik de pillage", "Oslo")]
    [InlineData("Le ministre, Karl Berg, a accusé l'opposition d'ingérence.", "l'opposition d'ingérence", "Karl Berg")]
    [InlineData("Moscou met en cause les services de renseignement étrangers.", "met en cause les services", "Moscow")]
    public void An_accusation_with_a_noun_object_is_reported_speech(string line, string containing, string speaker)
    {
        var s = Assert.Single(RunLines(line, "Une enquête est en cours."));
        Assert.Contains(containing, s.TextFr, StringComparison.Ordinal);
        Assert.Equal((speaker, StatementKind.Indirect), (s.Speaker.Name, s.Kind));
    }

    [Theory]
    [InlineData("La coopérative accuse le coup après une saison difficile.")]
    [InlineData("Le groupe Nordal accuse une perte de douze millions d'euros.")]
    [InlineData("Le maire, mis en cause dans l'enquête, a démissionné.")]
    [InlineData("Elle a répondu aux questions de notre rédaction.")]
    public void Suffering_a_blow_or_being_accused_is_no_statement(string text) => Assert.Empty(Run(text));

    [Fact]
    public void A_cue_of_going_on_refers_to_the_last_speaker_not_to_a_name_in_a_complement()
    {
        var found = RunLines("Aux yeux de Maël Guihard, qui l'a fondé, le club doit rester ouvert à tous.",
            "Je veux des équipes mixtes dans chaque catégorie, justifie-t-il.",
            "Formé à Cholet par Rémi Lebreton, il a dirigé trois équipes de jeunes.",
            "Je ne recruterai pas de joueurs étrangers, poursuit-il.");
        Assert.Equal(2, found.Count);
        Assert.All(found, s => Assert.Equal("Maël Guihard", s.Speaker.Name));
    }

    [Theory]
    [InlineData("La sélectionneuse des Bleues, Corinne Diacre, a changé sa défense.\n\nLa gardienne Laure Ravel a été ménagée.\n\n« Nous avons manqué de rythme », a regretté l'entraîneuse.", "Corinne Diacre")]
    [InlineData("Le ministre des Affaires étrangères, Ivo Radić, a reçu la délégation.\n\nLe député Marko Kovač a quitté la salle.\n\nLe chef de la diplomatie a assuré que le traité serait signé.", "Ivo Radić")]
    [InlineData("Le président, Petr Holub, a visité l'usine avec le préfet, Jan Novak.\n\nLe chef de l'État a affirmé que les emplois seraient sauvés.", "Petr Holub")]
    public void A_role_said_in_other_words_refers_to_the_holder_of_the_office(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Run(text)).Speaker.Name);

    [Fact]
    public void A_role_that_spoke_before_anyone_held_it_is_the_person_named_next()
    {
        var found = RunLines("Le chef de la police fluviale a accusé les passeurs d'avoir saboté les bouées.",
            "Les bouées ont été retrouvées à la dérive mardi.",
            "Anton Varga, membre du conseil de sécurité, s'exprimait devant la presse.");
        Assert.Equal("Anton Varga", Assert.Single(found).Speaker.Name);
    }

    [Fact]
    public void A_quote_without_cue_right_after_a_persons_quote_is_theirs_and_not_further()
    {
        var found = RunLines("« Tous les présidents aiment le fromage », assure Hervé Colin, le chef.",
            "Son successeur avait certes « un goût plus sucré ».",
            "Le restaurant a reçu « trois toques dorées » l'an dernier.");
        Assert.Equal([0, 1], found.Select(s => s.SegmentIndex).ToArray());
        Assert.Equal(("Hervé Colin", StatementKind.Partial), (found[1].Speaker.Name, found[1].Kind));
    }

    [Fact]
    public void A_headlines_surname_is_the_person_the_story_names_in_full()
    {
        var found = RunLines("Pêche : les quotas sont « trop bas », admet Lindqvist",
            "Les quotas de cabillaud sont « trop bas », a reconnu la commissaire Maria Lindqvist jeudi.");
        Assert.All(found, s => Assert.Equal("Maria Lindqvist", s.Speaker.Name));
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Spoken_lines_just_before_a_persons_quote_line_open_that_quotation()
    {
        var found = RunLines("Les pompiers luttaient encore jeudi contre le feu de forêt de Lacanau.",
            "Les renforts venus de Gironde sont arrivés dans la nuit.",
            "Cette nuit, nous avons tenu la ligne de la départementale.",
            "Le vent devrait faiblir dans la soirée.",
            "« Le plus dur est derrière nous », a indiqué à l'AFP le colonel Marc Dufau.");
        Assert.Equal([2, 3, 4], found.Select(s => s.SegmentIndex).ToArray());
        Assert.All(found, s => Assert.Equal(("Marc Dufau", StatementKind.Direct), (s.Speaker.Name, s.Kind)));
    }

    [Fact]
    public void A_short_incise_between_the_cue_and_what_was_said_is_skipped()
    {
        var s = Single("Le patron du chantier, Yves Le Gall, se déclare, cette semaine, prêt à reprendre quarante salariés.", "prêt à reprendre");
        Assert.Equal(("Yves Le Gall", StatementKind.Indirect), (s.Speaker.Name, s.Kind));
    }

    [Fact]
    public void A_line_ending_on_a_persons_partial_after_their_quote_leaves_their_voice_open()
    {
        var found = RunLines("« On ne soignera plus les blessés ici », dénonce Alain Morvan pour qui cette fermeture est « une faute grave ».",
            "On devra faire une heure de route de plus pour accoucher.");
        Assert.True(found.Count == 3, string.Join(" | ", found.Select(s => $"{s.SegmentIndex} {s.Kind} {s.Speaker.Name}: {s.TextFr}")));
        Assert.All(found, s => Assert.Equal("Alain Morvan", s.Speaker.Name));
        Assert.Equal(StatementKind.Direct, found.Single(s => s.SegmentIndex == 1).Kind);
    }

    [Theory]
    [InlineData("Le porte-parole du gouvernement, Lucien Marot, a aussitôt rejeté ces accusations.", "rejeté ces accusations", "Lucien Marot")]
    [InlineData("La députée Aline Forestier conteste la méthodologie de l'étude.", "conteste la méthodologie", "Aline Forestier")]
    [InlineData("Le maire de Figeac, Hervé Castan, a réclamé un moratoire sur les fermetures de classes.", "réclamé un moratoire", "Hervé Castan")]
    [InlineData("La ministre de l'Agriculture, Sonia Legrand, a de nouveau défendu sa loi devant les sénateurs.", "a de nouveau défendu sa loi", "Sonia Legrand")]
    [InlineData("Le virologue Marc Thénard recommande le port du masque dans les transports.", "recommande le port du masque", "Marc Thénard")]
    public void A_position_verb_with_a_noun_object_is_reported_speech(string text, string containing, string speaker)
    {
        var s = Single(text, containing);
        Assert.Equal((speaker, StatementKind.Indirect), (s.Speaker.Name, s.Kind));
    }

    [Theory]
    [InlineData("Le conseil municipal de Figeac a rejeté la motion par quinze voix contre dix.")]
    [InlineData("Le tribunal administratif de Lyon a rejeté le recours de l'association.")]
    [InlineData("Le champion du monde, Karl Anders, a défendu son titre à Oslo.")]
    [InlineData("La motion, rejetée la semaine dernière, revient devant le conseil.")]
    [InlineData("Le groupe centriste rejette lui aussi le projet de budget.")]
    public void A_vote_a_ruling_or_a_title_defended_is_not_speech(string text) => Assert.Empty(Run(text));

    [Fact]
    public void A_quotation_over_several_paragraphs_belongs_to_the_attribution_where_it_closes()
    {
        const string text = "« La criée fermera en mars », a annoncé le maire, Paul Le Goff.\n\n" +
                            "La patronne pêcheuse Anne Kerhervé a vendu son bateau en 2020.\n\n" +
                            "« Je ne regrette rien. Mon père m'avait tout appris.\n\n" +
                            "« La mer est devenue trop dure pour nous », dit-elle.";
        var found = Run(text).Where(s => s.SegmentIndex >= 2).ToList();
        Assert.Equal(3, found.Count);
        Assert.All(found, s => Assert.Equal(("Anne Kerhervé", StatementKind.Direct), (s.Speaker.Name, s.Kind)));
    }

    [Fact]
    public void A_quotation_that_closes_without_attribution_keeps_the_last_speaker()
    {
        const string text = "« La criée fermera en mars », a annoncé le maire, Paul Le Goff.\n\n" +
                            "« Nous chercherons un repreneur. Rien n'est perdu.\n\n« Les quais resteront ouverts. »";
        Assert.All(Run(text), s => Assert.Equal("Paul Le Goff", s.Speaker.Name));
    }

    [Theory]
    [InlineData("La préfecture du Gers a indiqué que la route resterait fermée.", "la route resterait fermée", "préfecture du Gers")]
    [InlineData("La cour d'appel de Douai a estimé que le contrat était nul.", "le contrat était nul", "cour d'appel de Douai")]
    [InlineData("La préfecture du Gers a fermé la route.\n\nLa préfecture a précisé que les travaux dureraient un mois.", "les travaux dureraient", "préfecture du Gers")]
    [InlineData("La compagnie régionale Transbreizh a indiqué que les trains circuleraient.", "les trains circuleraient", "Transbreizh")]
    public void A_body_named_with_a_place_keeps_the_whole_phrase(string text, string containing, string speaker) =>
        Assert.Equal(speaker, Single(text, containing).Speaker.Name);

    [Fact]
    public void A_hypernym_refers_to_the_ngo_named_before_and_a_circumstance_is_not_the_subject()
    {
        const string text = "Les stocks de thon baissent, selon un rapport publié lundi par l'ONG Mer Bleue.\n\n" +
                            "La pêche industrielle en est la cause, selon l'organisation.\n\n" +
                            "« Il faut des quotas », a déclaré lors d'une conférence de presse la directrice de l'ONG, Lise Marchal.";
        Assert.Equal(("Mer Bleue", SpeakerKind.Institution), (Single(text, "stocks de thon").Speaker.Name, Single(text, "stocks de thon").Speaker.Kind));
        Assert.Equal("Mer Bleue", Single(text, "pêche industrielle").Speaker.Name);
        Assert.Equal("Lise Marchal", Single(text, "des quotas").Speaker.Name);
    }

    [Theory]
    [InlineData("Deux randonneurs ont été secourus dimanche dans le massif du Sancy, a-t-on appris de source préfectorale.", "Deux randonneurs")]
    [InlineData("Selon une source diplomatique, le sommet pourrait être reporté à janvier.", "le sommet pourrait")]
    [InlineData("Les organisateurs ont dénoncé un manque de moyens pour la sécurité du festival.", "un manque de moyens")]
    [InlineData("« Le bruit était terrible, les vitres ont tremblé », a raconté une voisine, qui a requis l'anonymat.", "Le bruit était terrible")]
    public void Anonymous_sources_are_unresolved_speakers(string text, string containing) =>
        Assert.Equal(SpeakerKind.Unresolved, Single(text, containing).Speaker.Kind);

    [Fact]
    public void A_source_learned_from_by_the_newsroom_is_the_speaker()
    {
        var s = Single("La route restera fermée jusqu'à lundi, a-t-on appris auprès de la préfecture du Gers.", "La route restera fermée");
        Assert.Equal(("préfecture du Gers", StatementKind.Indirect), (s.Speaker.Name, s.Kind));
    }

    [Theory]
    [InlineData("Les passagers ont attendu trois heures sur le quai avant de repartir.")]
    [InlineData("La mairie a invité les habitants à limiter leurs déplacements, a-t-on constaté sur place.")]
    public void Plural_people_as_the_object_of_the_news_are_not_sources(string text) =>
        Assert.DoesNotContain(Run(text), s => s.Speaker.Name.StartsWith("les ", StringComparison.Ordinal));

    [Theory]
    [InlineData("La ministre Hélène Morel a mis en garde jeudi contre toute « complaisance » envers les fraudeurs.", "complaisance", "Hélène Morel")]
    [InlineData("Le sénateur Paul Vernet a décrit à la tribune une administration « paralysée » par les normes.", "paralysée", "Paul Vernet")]
    public void A_one_word_quote_governed_by_a_cue_earlier_in_the_clause_is_partial(string text, string containing, string speaker)
    {
        var s = Single(text, containing);
        Assert.Equal((speaker, StatementKind.Partial), (s.Speaker.Name, s.Kind));
    }

    [Fact]
    public void A_word_set_off_after_a_noun_in_a_reported_clause_is_a_term()
    {
        var found = Run("Le préfet Alain Vidal a précisé que le dernier foyer « importé » datait de mai.");
        Assert.Equal(StatementKind.Indirect, Assert.Single(found).Kind);
    }

    [Fact]
    public void The_que_of_a_comparison_opens_no_reported_clause() =>
        Assert.DoesNotContain(Run("Le directeur, Yann Rolland, a décrit une saison bien plus longue que prévu."), s => s.TextFr.StartsWith("prévu", StringComparison.Ordinal));

    [Fact]
    public void Direct_words_of_several_sentences_are_one_statement_per_sentence()
    {
        const string text = "« Le toit a cédé vers minuit. M. Roux dormait encore ! Personne n'est blessé », a raconté la gardienne, Sylvie Morin.";
        var found = Run(text);
        Assert.Equal(["Le toit a cédé vers minuit.", "M. Roux dormait encore !", "Personne n'est blessé"], found.Select(s => s.TextFr).ToArray());
        Assert.All(found, s => Assert.Equal(("Sylvie Morin", StatementKind.Direct), (s.Speaker.Name, s.Kind)));
        Assert.Equal(found.Count, found.Select(s => s.StatementId).Distinct().Count());
        Assert.All(found, s => Assert.Equal(s.TextFr, text.Substring(s.Start, s.End - s.Start)));
    }

    [Fact]
    public void Opening_first_person_words_belong_to_the_person_the_next_sentence_names()
    {
        const string text = "« Je ne pensais pas revoir ce pont debout un jour. » Trente ans après la crue, Marcel Dufresne est revenu à Vaison.";
        Assert.Equal("Marcel Dufresne", Single(text, "revoir ce pont").Speaker.Name);
    }

    [Fact]
    public void Opening_words_not_in_the_first_person_are_not_given_to_the_next_name() =>
        Assert.Empty(Run("« Le pont de la Crue » est le titre du livre. Trente ans après, Marcel Dufresne est revenu à Vaison."));

    [Theory]
    [InlineData("La chimiste Ondine Ferrat a présenté ses travaux. Selon Mme Ferrat, la molécule reste stable à 90 degrés.", "la molécule reste stable", "Ondine Ferrat")]
    [InlineData("Le club a fait appel. Pour Me Gaspard Tellier, les joueurs n'ont rien à se reprocher dans cette affaire.", "rien à se reprocher", "Gaspard Tellier")]
    public void An_honorific_after_a_capitalized_word_is_no_first_name(string text, string containing, string speaker) =>
        Assert.Equal(speaker, Single(text, containing).Speaker.Name);

    [Fact]
    public void Prosecutors_offices_keep_their_place()
    {
        var found = Run("Un suspect a été écroué, a indiqué le parquet de Nîmes. Une enquête a été ouverte, a précisé le parquet d'Alès.");
        Assert.Equal(["parquet de Nîmes", "parquet d'Alès"], found.Select(s => s.Speaker.Name).ToArray());
        Assert.NotEqual(found[0].Speaker.Id, found[1].Speaker.Id);
    }

    [Theory]
    [InlineData("L'association Terre vivante s'est dite « inquiète » pour les haies.", "inquiète", "Terre vivante")]
    [InlineData("L'association Rivières propres, partie civile, a dénoncé « un scandale sanitaire ».", "un scandale sanitaire", "Rivières propres")]
    [InlineData("Selon L'Écho, le club a trouvé un repreneur.", "le club a trouvé", "L'Écho")]
    public void A_body_keeps_the_lowercase_words_and_the_article_of_its_name(string text, string containing, string speaker) =>
        Assert.Equal(speaker, Single(text, containing).Speaker.Name);

    [Fact]
    public void A_regional_branch_after_the_acronym_stays_in_the_name_and_the_bare_head_refers_to_it()
    {
        var found = Run("Le service fermera la nuit, a annoncé l'Agence régionale de santé (ARS) Normandie. Selon l'agence, trois médecins sont partis.");
        Assert.Equal(["Agence régionale de santé Normandie", "Agence régionale de santé Normandie"], found.Select(s => s.Speaker.Name).ToArray());
    }

    [Fact]
    public void A_role_named_in_apposition_in_the_same_sentence_is_that_person()
    {
        const string text = "Le préfet, Marc Dubreuil, était présent. Le bilan reste « très lourd », selon le directeur des secours, Paul Esnault, qui évoque « une nuit noire ».";
        Assert.Equal("Paul Esnault", Single(text, "très lourd").Speaker.Name);
    }

    [Fact]
    public void A_place_after_a_role_is_no_apposition() =>
        Assert.NotEqual("New York", Single("Le ministre Jean Corre était en visite. « Rien n'est joué », a rappelé le ministre à New York.", "Rien n'est joué").Speaker.Name);
}
