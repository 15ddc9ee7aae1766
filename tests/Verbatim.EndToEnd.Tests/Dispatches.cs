namespace Verbatim.EndToEnd.Tests;

/// <summary>Test dispatches written for these tests (fictional), in wire style with debris.</summary>
internal static class Dispatches
{
    public static string Unique(string marker) => $"""
        Pêche en Atlantique : Oslo et Lisbonne veulent un accord « avant l'été »
        Dernière mise à jour à 10h42 le 14/03
        Partager
        LISBONNE (AFP) – La ministre portugaise de la Mer, Helena Carvalho, a reçu mardi son homologue norvégien pour relancer les négociations sur les quotas de pêche du cabillaud{marker}.
        « Nous voulons protéger les pêcheurs et les stocks en même temps », a déclaré Mme Carvalho lors d'une conférence de presse.
        Le ministre norvégien, Lars Eriksen, a estimé que les deux pays étaient « très proches » d'un compromis.
        « Il reste des détails techniques, mais la volonté politique est là », a-t-il ajouté.
        Lire aussi : La flotte portugaise face à la hausse du gazole
        © Joana Reis / AFP
        """;
}
