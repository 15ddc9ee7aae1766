namespace Verbatim.Benchmarks;

/// <summary>French news-style sentences written for this benchmark (no third-party text).</summary>
internal static class SyntheticText
{
    public static readonly string[] Lines =
    [
        "Le conseil municipal de Lyon a adopté mardi soir un plan de rénovation des écoles primaires de la ville.",
        "Le projet, estimé à 120 millions d'euros, doit s'étaler sur six ans et concerne près de 80 établissements.",
        "« Nous ne pouvons plus accueillir les enfants dans des bâtiments mal isolés », a déclaré l'adjointe chargée de l'éducation.",
        "L'opposition a dénoncé un calendrier « irréaliste » et réclamé un audit indépendant avant le début des travaux.",
        "Selon la préfecture, les premiers chantiers pourraient commencer dès l'été prochain, pendant les vacances scolaires.",
        "Les syndicats d'enseignants se disent prudents mais saluent un effort attendu depuis longtemps.",
        "À Marseille, la même question avait provoqué une longue polémique entre la mairie et l'État il y a deux ans.",
        "Le ministre de l'Éducation nationale doit se rendre sur place la semaine prochaine pour visiter une école pilote.",
        "Dans un communiqué publié mercredi, l'association des parents d'élèves a demandé à être associée aux décisions.",
        "« Les familles veulent savoir où leurs enfants seront scolarisés pendant les travaux », a expliqué sa présidente.",
        "La ville prévoit d'installer des classes provisoires dans des bâtiments modulaires, une solution jugée coûteuse.",
        "Le budget définitif sera voté en décembre, après une consultation des habitants organisée dans chaque arrondissement.",
    ];
}
