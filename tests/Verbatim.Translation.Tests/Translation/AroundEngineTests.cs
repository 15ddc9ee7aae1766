using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Tests.Translation;

/// <summary>Glossary, post-editing and translation memory: unit level, plus the glossary through real Apertium.</summary>
public class AroundEngineTests
{
    [Theory]
    [InlineData("Le ministre des Affaires étrangères a parlé.", "Foreign Minister")]
    [InlineData("Le secrétaire d’État américain est arrivé.", "US Secretary of State")]
    [InlineData("le secrétaire d'Etat américain est arrivé.", "US Secretary of State")]
    [InlineData("selon les Nations unies", "United Nations")]
    [InlineData("l'Union européenne", "European Union")]
    [InlineData("M. Sergueï Lavrov a dit", "Mr. Sergei Lavrov")]
    [InlineData("Mme Merkel a dit", "Ms Merkel")]
    [InlineData("le Conseil de sécurité de l'ONU", "UN Security Council")]
    [InlineData("Le parquet a ouvert une enquête pour homicide involontaire.", "involuntary manslaughter")]
    [InlineData("Le parquet a ouvert une enquête.", "prosecutor's office")]
    [InlineData("une motion de censure", "no-confidence motion")]
    [InlineData("le produit intérieur brut", "gross domestic product")]
    [InlineData("la Coupe du monde", "World Cup")]
    [InlineData("au Festival de Cannes", "Cannes Film Festival")]
    [InlineData("les forces de l'ordre", "police")]
    [InlineData("le tribunal correctionnel de Lyon", "criminal court")]
    [InlineData("la zone euro", "eurozone")]
    [InlineData("au ministère des Affaires étrangères", "Foreign Ministry")]
    [InlineData("de nouveaux droits de douane", "new tariffs")]
    [InlineData("une source proche du dossier", "source close to the matter")]
    public void Glossary_protects_terms_case_and_elision_aware(string french, string english)
    {
        var glossary = Glossary.LoadEmbedded();
        var p = glossary.Protect(french);
        Assert.Contains(english, p.Terms);
        Assert.Contains("Zxq1", p.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Il faut qu'il vienne.")]   // "Vienne" is Vienna only when capitalized
    [InlineData("Une poutine au fromage.")]
    [InlineData("Le cpi reste stable.")]      // acronyms match in capitals only
    public void Glossary_leaves_ordinary_words_alone(string french) =>
        Assert.Empty(Glossary.LoadEmbedded().Protect(french).Terms);

    [Fact]
    public void Glossary_rejects_malformed_lines() =>
        Assert.Throws<FormatException>(() => Glossary.Parse("no separator here"));

    [Fact]
    public async Task Glossary_terms_survive_real_apertium()
    {
        using var apertium = new ApertiumEngine(Options.Create(new ApertiumOptions { PoolSize = 1 }), NullLogger<ApertiumEngine>.Instance);
        var glossary = Glossary.LoadEmbedded();
        var p = glossary.Protect("Le secrétaire d'Etat américain a rencontré M. Sergueï Lavrov et le ministre des Affaires étrangères à La Haye, selon les Nations unies.");
        Assert.True(p.Terms.Count >= 4);
        var english = Glossary.Restore((await apertium.TranslateAsync([p.Text], CancellationToken.None))[0], p.Terms);
        Assert.Contains("US Secretary of State", english, StringComparison.Ordinal);
        Assert.Contains("Mr. Sergei Lavrov", english, StringComparison.Ordinal);
        Assert.Contains("Foreign Minister", english, StringComparison.Ordinal);
        Assert.Contains("The Hague", english, StringComparison.Ordinal);
        Assert.Contains("United Nations", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Zxq", english, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The minister has declared that the war was over.", "The minister declared that the war was over.")]
    [InlineData("The minister has explained that the war was over.", "The minister explained that the war was over.")]
    [InlineData("He has taken the train and she has written a book.", "He took the train and she wrote a book.")]
    [InlineData("He would have taken the train.", "He would have taken the train.")]
    [InlineData("\"We are ready\", has affirmed the minister.", "\"We are ready\", affirmed the minister.")]
    [InlineData("We are ready, she declared.", "We are ready, she said.")]
    [InlineData("The summit, that had to take place in Brussels, was postponed.", "The summit, which had to take place in Brussels, was postponed.")]
    [InlineData("The minister, that directs the party, resigned.", "The minister, who directs the party, resigned.")]
    [InlineData("She found his homologous Russian.", "She found his Russian counterpart.")]
    [InlineData("A man of 34 years has had to leave near of Lyon.", "A 34-year-old man had to leave near Lyon.")]
    [InlineData("Sales progressed of the 7.4 % to the third quarter.", "Sales progressed by 7.4% in the third quarter.")]
    [InlineData("Of the thousands of people, 5 millardos of dollars.", "Thousands of people, 5 billion dollars.")]
    [InlineData("At least ten people have been killed.", "At least ten people were killed.")]
    [InlineData("It harecordado the talks in Ginebra.", "It recalled the talks in Geneva.")]
    [InlineData("The president del country, según los officials.", "The president of the country, according to the officials.")]
    [InlineData("A magnitude of 6,2.", "A magnitude of 6.2.")]
    [InlineData("Zxq1 Has affirmed it.", "Zxq1 affirmed it.")]
    [InlineData("They have restarted his talks.", "They restarted their talks.")]
    [InlineData("The prices of energy and of food rose.", "The prices of energy and food rose.")]
    [InlineData("The spokesman of the ministry and the boss of the police.", "The spokesman for the ministry and the head of the police.")]
    [InlineData("He will resign to the end of the month, in the frame of the reform.", "He will resign at the end of the month, as part of the reform.")]
    [InlineData("In spite of the rain, they met with the end to negotiate.", "Despite the rain, they met in order to negotiate.")]
    [InlineData("The town is become a symbol and the minister is arrived.", "The town became a symbol and the minister arrived.")]
    [InlineData("He is arriving and of Paris.", "He is arriving and of Paris.")]
    [InlineData("The government does not have still taken a decision.", "The government has not yet taken a decision.")]
    [InlineData("They do not have signed and he does not have the money.", "They have not signed and he does not have the money.")]
    [InlineData("The text has to still be examined in one such case.", "The text still has to be examined in such a case.")]
    [InlineData("The police seized 2 000 kilos and 1 200 000 euros, up 0.8 %.", "The police seized 2,000 kilos and 1,200,000 euros, up 0.8%.")]
    [InlineData("Prices increased of 1.5 degrees.", "Prices increased by 1.5 degrees.")]
    [InlineData("He was found died. The police are intervened.", "He was found dead. The police intervened.")]
    [InlineData("The road was closed during three hours and during all the weekend.", "The road was closed for three hours and throughout the weekend.")]
    [InlineData("The unions called to a strike of two days and the mayor called again to the calm; he was called to the scene.", "The unions called for a two-day strike and the mayor called again for calm; he was called to the scene.")]
    [InlineData("The book sold to more than a million copies.", "The book sold more than a million copies.")]
    [InlineData("The minister has not hid never his ambitions and the unions no longer are in agreement.", "The minister has never hid his ambitions and the unions are no longer in agreement.")]
    [InlineData("The scientists achieved to observe it.", "The scientists managed to observe it.")]
    [InlineData("The inflation slowed while the inflation rate and the unemployment fell.", "Inflation slowed while the inflation rate and unemployment fell.")]
    [InlineData("The rescues arrived from the 1 January.", "The emergency services arrived from 1 January.")]
    [InlineData("A warning for of the storms.", "A warning for storms.")]
    [InlineData("The prices rose, what weighed on the commercial deficit and the energetic bill of the world-wide economy.", "The prices rose, which weighed on the trade deficit and the energy bill of the global economy.")]
    [InlineData("The increase of the prices was taken in account during the next months.", "The increase in the prices was taken into account in the coming months.")]
    [InlineData("An increase of five percent and a fall of the wall.", "An increase of five percent and a fall of the wall.")]
    [InlineData("For the first time for ten years, its lowest level for two years.", "For the first time in ten years, its lowest level in two years.")]
    [InlineData("He answered that he there was not still taken his decision.", "He answered that he had not yet taken his decision.")]
    [InlineData("She declined to comment the rumours; the party came to the power and could go in in recession.", "She declined to comment on the rumours; the party came to power and could go into recession.")]
    [InlineData("From the month of June, after the weeks of talks, the voters, that are gone to the polls, left from the next month.", "From June, after weeks of talks, the voters, who went to the polls, left from next month.")]
    [InlineData("The analysts, what has surprised the youngsters, which protest.", "The analysts, which surprised the youngsters, who protest.")]
    [InlineData("The pope went to Jerusalén via Peking, Kiev and Marseilles.", "The pope went to Jerusalem via Beijing, Kyiv and Marseille.")]
    [InlineData("It lives in United States. United States voted; the president of United States.", "It lives in the United States. The United States voted; the president of the United States.")]
    [InlineData("A factory in Indian and in Indian cities, the crisis in Orient Next.", "A factory in India and in Indian cities, the crisis in the Middle East.")]
    [InlineData("The festival in Colony, then in Burdeos and Great Bretaña.", "The festival in Cologne, then in Bordeaux and Great Bretaña.")]
    [InlineData("The wounded was hospitalizado after the ralentización.", "The wounded was hospitalized after the slowdown.")]
    [InlineData("A labour group and a labour dinner; the NATO summit, the NATO condemned it.", "A working group and a working dinner; the NATO summit, NATO condemned it.")]
    [InlineData("These informations and our informations.", "This information and our information.")]
    [InlineData("It ends in mid July.", "It ends in mid-July.")]
    [InlineData("The opposition deposited a resource and deposited a bill.", "The opposition filed an appeal and filed a bill.")]
    [InlineData("The body without life was found; they marched in homage to the victim.", "The lifeless body was found; they marched in tribute to the victim.")]
    public void Post_editing_fixes_systematic_apertium_errors(string apertium, string expected) =>
        Assert.Equal(expected, PostEditor.LoadEmbedded().Apply(EngineNames.Apertium, apertium));

    [Theory]
    [InlineData("Mr. Jean Dupont, which directs the company, resigned.", "Mr. Jean Dupont, who directs the company, resigned.")]
    [InlineData("The company, which Mr. Dupont directs, resigned.", "The company, which Mr. Dupont directs, resigned.")]
    [InlineData("The candidate won 52% to the second round.", "The candidate won 52% in the second round.")]
    [InlineData("His party lost to the legislative elections.", "His party lost in the legislative elections.")]
    [InlineData("He appeared in front of the criminal court.", "He appeared before the criminal court.")]
    [InlineData("A arrest warrant and a investigation, a Interior Minister.", "An arrest warrant and an investigation, an Interior Minister.")]
    public void Rules_after_the_glossary_read_restored_terms(string restored, string expected)
    {
        var editor = PostEditor.LoadEmbedded();
        Assert.Contains(editor.RulesFor(EngineNames.Apertium), r => r.AfterGlossary);
        Assert.Equal(expected, editor.ApplyAfterGlossary(EngineNames.Apertium, restored));
        Assert.Equal(restored, editor.ApplyAfterGlossary(EngineNames.DeepL, restored));
    }

    [Fact]
    public void Post_editing_leaves_other_engines_alone() =>
        Assert.Equal("He has declared.", PostEditor.LoadEmbedded().Apply(EngineNames.DeepL, "He has declared."));

    [Fact]
    public async Task A_repeated_sentence_is_served_from_memory_without_calling_the_engine()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        long hits = 0, misses = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TranslationMemory.MeterName && instrument.Meter.Scope == meterFactory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "translation_memory_hits") { Interlocked.Add(ref hits, value); }
            if (instrument.Name == "translation_memory_misses") { Interlocked.Add(ref misses, value); }
        });
        listener.Start();

        var engine = new FakeEngine("apertium");
        var options = Opts.Of(o => o.Memory.Capacity = 100);
        var chain = new EngineChain([engine], options, TimeProvider.System, NullLogger<EngineChain>.Instance);
        var translator = new PieceTranslator(chain, new TranslationMemory(options, meterFactory), Glossary.Empty, PostEditor.None);

        var first = await translator.TranslateAsync(["La paix est fragile."], CancellationToken.None);
        var second = await translator.TranslateAsync(["La  paix est fragile. "], CancellationToken.None);

        Assert.Equal(1, engine.Calls);
        Assert.Equal(first[0].Text, second[0].Text);
        Assert.Equal("apertium", second[0].Engine);
        Assert.Equal(1, Interlocked.Read(ref hits));
        Assert.Equal(1, Interlocked.Read(ref misses));
    }

    [Fact]
    public void Memory_evicts_the_least_recently_used_entry()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var memory = new TranslationMemory(Opts.Of(o => o.Memory.Capacity = 2), services.GetRequiredService<IMeterFactory>());
        memory.Add("apertium", "a", "A");
        memory.Add("apertium", "b", "B");
        Assert.True(memory.TryGet(["apertium"], "a", out _, out _));
        memory.Add("apertium", "c", "C");
        Assert.Equal(2, memory.Count);
        Assert.False(memory.TryGet(["apertium"], "b", out _, out _));
        Assert.True(memory.TryGet(["apertium"], "a", out var a, out _));
        Assert.Equal("A", a);
    }

    [Fact]
    public async Task Fallback_label_reaches_each_piece()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var options = Opts.Of();
        var chain = new EngineChain([new FakeEngine("libretranslate") { Down = true }, new FakeEngine("apertium")], options, TimeProvider.System, NullLogger<EngineChain>.Instance);
        var translator = new PieceTranslator(chain, new TranslationMemory(options, services.GetRequiredService<IMeterFactory>()), Glossary.Empty, PostEditor.None);
        var result = await translator.TranslateAsync(["Bonjour.", "Merci."], CancellationToken.None);
        Assert.All(result, r => Assert.Equal("apertium (fallback: libretranslate unavailable)", r.Engine));
    }
}
