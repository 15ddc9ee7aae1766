using Verbatim.Translation.Normalization;

namespace Verbatim.Translation.Tests.Normalization;

public class NameTests
{
    [Theory]
    [InlineData("Sergueï Lavrov", "Sergei Lavrov")]
    [InlineData("Sergeï Lavrov", "Sergey Lavrov")]
    [InlineData("Alexeï Navalny", "Alexei Navalnyi")]
    [InlineData("Aleksei Navalny", "Alexey Navalny")]
    [InlineData("Rousskiï", "Russkiy")]
    [InlineData("Mikhaïl Khodorkovski", "Mikhail Khodorkovsky")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Kemal Aydın", "Kemal Aydin")]
    public void Transliterations_fold_to_the_same_key(string a, string b) =>
        Assert.Equal(NameFolding.Key(a), NameFolding.Key(b));

    [Theory]
    [InlineData("Sergueï Lavrov", "Sergueï Ivanov")]
    [InlineData("Marie Martin", "Mario Martin")]
    [InlineData("Laurent", "Lorient")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameFolding.Key(a), NameFolding.Key(b));

    [Theory]
    [InlineData("Sergey Lavrov", "Sergueï Lavrov")]
    [InlineData("Alexei Navalny", "Alexeï Navalny")]
    [InlineData("Aleksey Navalnyy", "Alexeï Navalny")] // not listed: reached through folding only
    [InlineData("Vladimir Putin", "Vladimir Poutine")]
    public void Curated_index_resolves_spellings(string surface, string canonical) =>
        Assert.Equal(canonical, PersonNameIndex.Default.FindFullName(surface));

    [Fact]
    public void Curated_index_is_editable_data()
    {
        var index = PersonNameIndex.Parse("# comment\nIvan Petrovski | Ivan Petrovsky\n\n");
        Assert.Equal("Ivan Petrovski", index.FindFullName("Iwan Petrowskiy"));
        Assert.Equal("Ivan Petrovski", index.FindBySurname("Petrovsky"));
        Assert.Null(index.FindFullName("Ivan Petrov"));
    }

    [Fact]
    public void Finds_role_honorific_and_resolves_surname_and_variant_spellings()
    {
        const string text = "Le ministre russe des Affaires étrangères, Sergeï Lavrov, a reçu mercredi son homologue turc, Kemal Aydın. « Rien n'est réglé », a dit M. Lavrov. Sergey Lavrov a ensuite quitté Genève.";
        var names = NameFinder.Find(text);
        Assert.All(names, n => Assert.Equal(n.Surface, text[n.Start..n.End]));
        Assert.Collection(
            names,
            n => Assert.Equal(("Sergeï Lavrov", "Sergueï Lavrov", null, "Le ministre russe des Affaires étrangères"), (n.Surface, n.Canonical, n.Honorific, n.Role)),
            n => Assert.Equal(("Kemal Aydın", "Kemal Aydın", null, "son homologue turc"), (n.Surface, n.Canonical, n.Honorific, n.Role)),
            n => Assert.Equal(("Lavrov", "Sergueï Lavrov", "M."), (n.Surface, n.Canonical, n.Honorific)),
            n => Assert.Equal(("Sergey Lavrov", "Sergueï Lavrov"), (n.Surface, n.Canonical)));
    }

    [Fact]
    public void Unknown_person_is_recognised_from_role_and_surname_repeats_resolve_to_them()
    {
        const string text = "Le directeur des ressources humaines, M. Frédéric Vallat, a parlé. Selon Vallat, rien n'est décidé. Le négociateur iranien Hossein Karimi est arrivé.";
        var names = NameFinder.Find(text);
        Assert.Equal(["Frédéric Vallat", "Vallat", "Hossein Karimi"], names.Select(n => n.Surface));
        Assert.Equal("Le directeur des ressources humaines", names[0].Role);
        Assert.Equal("Frédéric Vallat", names[1].Canonical);
        Assert.Equal("Le négociateur iranien", names[2].Role);
    }

    [Theory]
    [InlineData("Le Conseil de sécurité des Nations Unies se réunit à New York.")]
    [InlineData("La Turquie et la Grèce ont signé. Selon Paris, Moscou hésite.")]
    [InlineData("La PDG de Transalpes Logistique a parlé.")]
    public void Places_and_institutions_are_not_people(string text) =>
        Assert.Empty(NameFinder.Find(text));
}
