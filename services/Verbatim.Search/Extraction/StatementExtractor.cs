using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

/// <summary>
/// Finds who said what in a translated dispatch: direct quotes (attribution before, after, around or
/// in a later sentence), partial quotes inside reported speech, and reported speech without quote
/// marks. Speakers are resolved to persons introduced in the dispatch (names, honorifics, pronouns,
/// role phrases) or to institutions. Pure: no I/O, deterministic ids.
/// </summary>
public sealed partial class StatementExtractor
{
    /// <summary>Cues that take « Y à + infinitive » as reported speech (« a invité ses adhérents à cesser »).</summary>
    private static readonly HashSet<string> InvitingCues = new(StringComparer.Ordinal) { "inviter", "appeler", "exhorter", "encourager" };

    /// <summary>Cues of opinion: words they introduce after an incise are the speaker's own view, not reported news.</summary>
    private static readonly HashSet<string> OpinionCues = new(StringComparer.Ordinal) { "estimer", "juger", "penser", "croire", "considérer", "trouver" };

    private const string Pronouns = "il|elle|ils|elles|on";
    private const string Aux = "a|ont|avait|avaient|aurait|auraient|aura|va|vont";
    private const string Adverbs = "encore|aussi|également|alors|ensuite|ainsi|notamment|pourtant|cependant|toutefois|déjà|enfin|d'ailleurs|plus tard|pour sa part|de son côté|quant à lui|quant à elle|lui-même|elle-même|récemment|hier|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|publiquement|clairement|fermement|vivement";

    // Right after the verb these are adverbs, not the start of « ainsi que » (as well as): « estime ainsi que … ».
    private const string VerbAdverbs = "ainsi|aussi|également|encore|enfin|notamment|d'ailleurs|par ailleurs|toutefois|cependant|pourtant|donc";

    private readonly CueLexicon _cues;
    private readonly NameCanonicalizer _names;
    private readonly SpeakerLexicon _speakers;
    private readonly Regex _postAttribution;
    private readonly Regex _preAttribution;
    private readonly Regex _reportedThat;
    private readonly Regex _reportedInfinitive;
    private readonly Regex _anyCue;
    private readonly Regex _cueForm;
    private readonly Regex _roleHead;
    private readonly Regex _incise;
    private readonly Regex _trailingIncise;
    private readonly Regex _coordinatedThat;
    private readonly Regex _demandObject;
    private readonly Regex _estimateObject;
    private readonly Regex _invitation;
    private readonly Regex _accusation;
    private readonly Regex _accusationObject;
    private readonly Regex _narrativeCue;
    private readonly Regex _sayingInfinitive;
    private readonly CueLexicon _positions;
    private readonly Regex _positionForm;
    private readonly Regex _positionObject;
    private readonly IReadOnlyDictionary<string, HashSet<string>> _positionHeads = CueLexicon.LoadPositionObjects();

    public StatementExtractor(CueLexicon cues, NameCanonicalizer names, SpeakerLexicon speakers, CueLexicon? positions = null)
    {
        _cues = cues;
        _positions = positions ?? CueLexicon.LoadPositions();
        _names = names;
        _speakers = speakers;
        var forms = cues.FormPattern;
        // Built once per extractor and run on every sentence: compiled is worth its start-up cost.
        const RegexOptions opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

        // « … », a déclaré M. X / a-t-il ajouté / ajoute-t-elle / estime le ministre
        _postAttribution = new Regex(
            $@"^[\s,.;!?…—–-]*(?:(?:(?<aux>{Aux})(?:-t-(?<p1>{Pronouns}))?|(?<refl>s'est|se sont)(?:-(?<p1>{Pronouns}))?)\s+)?(?:(?:{Adverbs})\s+)*(?:(?<refl>s'|se\s+))?(?<verb>{forms})(?:(?:-|\s)t(?=-))?(?:-(?<p2>{Pronouns}))?(?![\p{{L}}'-])(?<rest>[^«“]*)",
            opts);
        // X a déclaré : « … » / X a dit vouloir « … » (the cue nearest the quote wins)
        _preAttribution = new Regex(
            $@"(?:^|(?<=[;:«»“”]))(?<subj>[^;:«»“”]*)\s+(?:(?:{Aux}|(?<refl>s'est|se sont|s'était))\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{forms})(?![\p{{L}}'-])(?<after>[^«“]*)$",
            opts);
        // X a déclaré (à Y) que … — the complement is tried last, so the first « que » after the verb opens the clause.
        _reportedThat = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?<![\p{{L}}'’-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{forms})(?![\p{{L}}'-])(?:\s+(?:{VerbAdverbs})\s+|(?:\s+[^;:«»]{{1,80}}?)??\s*,?\s+(?<!\b(?:ce|alors|parce|bien|tandis|ainsi|avant|pour|sans|dès|après|plus|moins|autant|tant|même|tel|telle)\s+))(?:que(?![\p{{L}}])|qu')\s*(?<content>.+)$",
            opts);
        // X a dit vouloir / s'est dit prêt à / a demandé à Y de … — a short incise may stand after the verb (« se déclare,
        // aujourd'hui, prêt à … »).
        _reportedInfinitive = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?:{Aux}|(?<refl>s'est|se sont|s'était))\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{forms})(?![\p{{L}}'-])(?:\s*,\s*[^,;:«»]{{1,40}}?\s*,)?\s+(?<content>(?:(?:ne pas |ne plus |n')?(?:vouloir|être|avoir|pouvoir|souhaiter|espérer|craindre|refuser|compter|devoir|prêt|prête|prêts|prêtes|favorable|favorables|opposé|opposée|opposés|convaincu|convaincue|inquiet|inquiète|confiant|confiante|disposé|disposée|satisfait|satisfaite|déterminé|déterminée|croire|penser|choqué|choquée|choqués|surpris|surprise|heureux|heureuse)\b|(?:à|aux?)\s+[^,;:]{{1,80}}?\s+(?:de\s+|d')(?!(?:notre|votre|leur|leurs|son|sa|ses|la|le|les|l'|un|une|des)(?![\p{{L}}'-]))|(?<invite>(?:[^,;:]{{1,60}}?\s)?à\s+(?:ne\s+pas\s+)?\p{{Ll}}+(?:er|ir|re)\b)).+)$",
            opts);
        // « Plus de huit millions ont fui, a-t-il rappelé, et la famine menace » — attribution inside the quote.
        _incise = new Regex(
            $@",\s*(?:(?:(?<aux>{Aux})(?:-t-(?<p1>{Pronouns}))?|(?<refl>s'est|se sont)(?:-(?<p1>{Pronouns}))?)\s+)?(?:(?:{Adverbs})\s+)*(?:(?<refl>s'|se\s+))?(?<verb>{forms})(?:(?:-|\s)t(?=-))?(?:-(?<p2>{Pronouns}))?(?![\p{{L}}'-])(?<rest>(?:[^,.;!?«»“”]|(?<=\b(?:M|MM|Me|Dr|Pr))\.){{0,80}})(?:,|[.!?…]?\s*$)",
            opts);
        // Tous les soldats … sont soignés, a-t-il affirmé. — unquoted words with an inverted attribution.
        _trailingIncise = new Regex(
            $@"^(?<content>.{{20,}}?),\s*(?:(?:(?<aux>{Aux})(?:-t-(?<p1>{Pronouns}))?|(?<refl>s'est|se sont)(?:-(?<p1>{Pronouns}))?)\s+)?(?:(?:{Adverbs})\s+)*(?:(?<refl>s'|se\s+))?(?<verb>{forms})(?:(?:-|\s)t(?=-))?(?:-(?<p2>{Pronouns}))?(?![\p{{L}}'-])(?<rest>[^«“]*?)\s*[.!?…]?\s*$",
            opts);
        // … qu'ils n'étaient pas libérés, et a souligné qu'un processus était suivi / … remonte à 2019 et que « … » — a second
        // reported clause, with its own cue or under the first one.
        _coordinatedThat = new Regex(
            $@"^(?<first>.+?),?\s+et\s+(?:(?:(?:{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<verb>{forms})(?![\p{{L}}'-])(?:\s+[^;:«»]{{1,60}}?)??\s*,?\s+)?(?:que|qu')\s*(?<second>.+)$",
            opts);
        // X a dit (vendredi) n'avoir reçu aucune objection / affirme ignorer le calendrier: a verb of saying with an infinitive
        // reports what the subject said of itself. Only these verbs (« a souhaité partir » is a wish, « a annoncé vouloir »
        // is in _reportedInfinitive), and words ending like an infinitive that are not verbs are excluded.
        _sayingInfinitive = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?<![\p{{L}}'’-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{cues.FormsOf("déclarer", "affirmer", "dire", "estimer", "assurer", "reconnaître", "nier", "démentir", "admettre", "prétendre", "soutenir", "confirmer", "indiquer", "préciser", "expliquer")})(?![\p{{L}}'-])(?:\s+(?:{Adverbs}|aujourd'hui|soir|matin))*\s+(?<content>(?:ne\s+pas\s+|ne\s+plus\s+|n['’])?(?!(?:entre|contre|outre|autre|notre|votre|lettre|titre|nombre|ordre|membre|centre|libre|propre|premier|dernier|hier|cher|super|leader)(?![\p{{L}}'-]))\p{{Ll}}+(?:er|ir|re|oir)(?![\p{{L}}'-]).*)$",
            opts);
        // X a réclamé (jeudi) la suspension du chantier / exige la démission de … — a demand whose object is what was said.
        // Only a definite object: « exige des joueurs un certificat » states a rule, « a annoncé un recrutement » news.
        _demandObject = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?<![\p{{L}}'’-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{cues.FormsOf("demander", "réclamer", "exiger")})(?![\p{{L}}'-])(?:\s+(?:{Adverbs}|aujourd'hui))*\s+(?<content>(?:la|le|les|l')\s*\p{{L}}[^;«»]*)$",
            opts);
        // X estime le nombre de … à près de deux mille — an estimate is a statement of the figure.
        _estimateObject = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?<![\p{{L}}'’-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{cues.FormsOf("estimer")})(?![\p{{L}}'-])\s+(?<content>(?:la|le|les|l')\s*\p{{L}}[^;,«»]{{1,120}}?\sà\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+|moins\s+de\s+|quelque\s+)?(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille)(?![\p{{L}}'-])[^«»]*)$",
            opts);
        // X invite les habitants des communes riveraines, en particulier ceux qui …, à faire analyser leur eau — an invitation
        // whose addressees are a long phrase (the short case is in _reportedInfinitive).
        _invitation = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?<![\p{{L}}'’-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}'-])(?<verb>{cues.FormsOf([.. InvitingCues])})(?![\p{{L}}'-])\s+(?<content>[^;:«»]{{1,300}}?\sà\s+(?:ne\s+pas\s+)?\p{{Ll}}+(?:er|ir|re)(?![\p{{L}}'-]).*)$",
            opts);
        // X accuse Y de + infinitive / X, qui l'accuse de ne pas avoir payé … — the charge is what X said. The object may
        // stand before the verb as a clitic (« l' », « les »), which the other patterns' word boundary excludes.
        _accusation = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?:l['’]|(?:les|le|la|nous|vous)\s+))?(?:(?<![\p{{L}}-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<![\p{{L}}-])(?<verb>{cues.FormsOf("accuser")})(?![\p{{L}}'-])\s+(?<content>(?:[^,;:«»]{{1,80}}?\s+)?(?:de\s+|d['’])(?:ne\s+pas\s+|ne\s+plus\s+|n['’])?(?:\p{{Ll}}+(?:er|ir|re|oir))(?![\p{{L}}'-]).*)$",
            opts);
        // X accuse Y d'ingérence / de l'attaque / Pékin met en cause un mouvement …: a charge with a noun object. The statement
        // is the charge with its verb (« accuse un groupe de l'attaque »: the object alone does not say what was said). Not
        // « accuser le coup », « accuser réception », « accuse une perte de douze millions » (to suffer, to post a figure).
        _accusationObject = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?:(?<![\p{{L}}-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs})\s+)*(?<content>(?<![\p{{L}}-])(?:(?<verb>{cues.FormsOf("accuser")})(?![\p{{L}}'-])\s+(?!(?:le\s+coup|réception|(?:une?|des|le|la|les|l['’])\s*(?:baisse|hausse|perte|pertes|recul|repli|chute|retard|déficit|progression|bénéfice|bond|léger|lourd|lourde|nette?)(?![\p{{L}}'-])))[^,;:«»]{{1,80}}?\s+(?:de\s+|d['’])(?!\d)\p{{L}}|(?<verb>{cues.FormsOf("mettre en cause")})(?![\p{{L}}'-])\s+(?:(?:{Adverbs}|de\s+son\s+côté|à\s+son\s+tour)\s+)*(?:le|la|les|l['’]|un|une|des|\p{{Lu}})).*)$",
            opts);
        // X a rejeté ces accusations / conteste la méthodologie du rapport / a réclamé un moratoire: a speech act whose noun
        // object is the position taken (`Data/position-verbs.txt`). The statement is the verb with its object; a few words
        // may stand between the auxiliary and the verb (« a aussitôt rejeté », « a de nouveau défendu »).
        var notPositions = string.Join('|', EmbeddedData.ReadLines("not-positions.txt").Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Regex.Escape));
        _positionForm = new Regex($"(?:{_positions.FormPattern})", opts);
        _positionObject = new Regex(
            $@"(?:^|(?<=[;:«»]))(?<subj>[^;:«»]*?)\s*(?<content>(?:(?<![\p{{L}}'’-])(?<aux>{Aux})\s+)?(?:(?:{Adverbs}|aussitôt|immédiatement|vivement|de\s+nouveau|à\s+nouveau|une\s+nouvelle\s+fois|de\s+son\s+côté|pour\s+sa\s+part)\s+)*(?<![\p{{L}}'-])(?<verb>{_positions.FormPattern})(?![\p{{L}}'-])(?:\s+(?:{Adverbs}|aujourd'hui|aussitôt|de\s+nouveau|à\s+nouveau|depuis\s+des\s+(?:mois|années|semaines)|de\s+son\s+côté|pour\s+sa\s+part))*\s+(?:la|le|les|l'|l’|ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une|\d)(?:\s+|(?<=['’]))(?!(?:{notPositions})(?![\p{{L}}'-]))\p{{L}}[^;«»]*)$",
            opts);
        // « Le maire a annoncé un plan »: a cue in the compound past is the narrator reporting, never a speaker going on.
        _narrativeCue = new Regex($@"(?<![\p{{L}}'-])(?:a|ont|avait|avaient)\s+(?:(?:{Adverbs})\s+)*(?:{forms})(?![\p{{L}}'-])", opts);
        // Any cue form anywhere, even inside a word: every subject-led pattern needs one, so without it they cannot match
        // and are not run (one pass over the text instead of several).
        _cueForm = new Regex($"(?:{forms})", opts);
        _anyCue = new Regex($@"(?<![\p{{L}}'-])(?:{forms})(?![\p{{L}}'-])", opts);
        var roles = string.Join('|', speakers.Roles.Keys.OrderByDescending(r => r.Length).Select(Regex.Escape));
        _roleHead = new Regex($@"(?<![\p{{L}}'-])(?<det>(?i:le|la|l'|les|son|sa|ses|leur|leurs|ce|cet|cette|un|une))\s*(?:(?:nouveau|nouvelle|ancien|ancienne|futur|future|premier|première|haut|haute|puissant|puissante|influent|influente)\s+)?(?<role>{roles})(?![\p{{L}}'-])(?<qual>(?:\s+(?!(?:a|ont|avait|avaient|est|sont|était|va|vont|s'est|se|qui|que|qu')(?![\p{{L}}'-]))(?:(?:d'|l')?[\p{{L}}][\p{{Ll}}'-]*(?:-\p{{Lu}}[\p{{Ll}}]*)?|d'|l')){{0,6}})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static StatementExtractor CreateDefault() =>
        new(CueLexicon.LoadDefault(), NameCanonicalizer.LoadDefault(), SpeakerLexicon.LoadDefault());

    public IReadOnlyList<ExtractedStatement> Extract(ExtractionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var state = new DocumentState(this)
        {
            LineMode = document.Segments.Count > 1 && document.Segments.Select(s => s.Paragraph).Distinct().Count() == document.Segments.Count,
        };
        var results = new List<ExtractedStatement>();
        var interview = FindInterview(document);
        state.CollectAcronyms(document.Segments.Select(s => s.TextFr).Prepend(document.Title));
        state.ObserveHeadline(document.Title, -1);
        for (var si = 0; si < document.Segments.Count; si++)
        {
            var segment = document.Segments[si];
            state.BeginSegment(si);
            state.InHeadline = si == 0 && IsHeadline(segment.TextFr);
            if (si == 0 && IsHeadline(segment.TextFr))
            {
                state.ObserveHeadline(segment.TextFr, 0); // articles given line by line start with their headline
            }

            state.Observe(segment.TextFr);
            var found = ExtractFromSegment(document, si, state);
            // An interview's answer is the interviewee's own words, whoever spoke last; a sentence that carries its own
            // attribution (a quote of someone else, reported speech) keeps it.
            if (interview is { } qa && qa.Answers.Contains(si) && found.All(f => f.Kind == StatementKind.Direct && f.TextFr == segment.TextFr.Trim())
                && state.FirstPersonBefore(qa.FirstQuestion, seg => !InterviewCredit().IsMatch(document.Segments[seg].TextFr)) is { } interviewee)
            {
                found = [Make(document, segment, StatementKind.Direct, interviewee, "répondre", segment.TextFr, segment.TextEn, 0, segment.TextFr.Length, false)];
                state.NoteSpeaker(interviewee);
            }

            results.AddRange(found);
            CarryOpenQuote(document, si, found, state);
            if (found.Count > 0)
            {
                state.LastSpeakerSegment = si;
                state.LastKind = found[^1].Kind;
            }
        }

        if (state.LineMode)
        {
            results = SpokenLinesBefore(document, results, state);
        }

        // A body described first and named later speaks under its name throughout; a headline's « un député » is the
        // deputy the story names.
        var headline = document.Segments.Count > 0 && IsHeadline(document.Segments[0].TextFr);
        return results.SelectMany(s => BySentence(document, s))
            .Select(s => s with { Speaker = state.PersonForSurname(headline && s.SegmentIndex == 0 ? Cataphora(s.Speaker, state) : state.Final(s.Speaker)) }).ToList();
    }

    /// <summary>
    /// « « On a entendu des détonations. Tout le monde s'est jeté par terre », a témoigné une habitante. »: the normalizer keeps a
    /// quotation in one segment, but a statement is a sentence, as in copy given line by line; direct words that hold several
    /// sentences are one statement per sentence (same speaker and cue). The English stays whole unless it splits alike.
    /// </summary>
    private static IEnumerable<ExtractedStatement> BySentence(ExtractionDocument document, ExtractedStatement statement)
    {
        if (statement.Kind != StatementKind.Direct || !QuoteSentenceBreak().IsMatch(statement.TextFr))
        {
            return [statement];
        }

        var segment = document.Segments[statement.SegmentIndex];
        var relative = statement.Start - segment.Start;
        var text = statement.TextFr;
        var offset = segment.TextFr.IndexOf(text, Math.Max(0, relative), StringComparison.Ordinal);
        if (offset < 0)
        {
            return [statement];
        }

        var french = Split(text);
        var english = Split(statement.TextEn);
        var parts = new List<ExtractedStatement>();
        var position = 0;
        for (var i = 0; i < french.Count; i++)
        {
            var start = text.IndexOf(french[i], position, StringComparison.Ordinal);
            position = start + french[i].Length;
            var en = english.Count == french.Count ? english[i] : statement.TextEn;
            parts.Add(Make(document, segment, statement.Kind, statement.Speaker, statement.Cue, french[i], en, offset + start, offset + position, statement.Joint));
        }

        return parts;

        static List<string> Split(string t) =>
            QuoteSentenceBreak().Split(t).Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
    }

    private List<ExtractedStatement> ExtractFromSegment(ExtractionDocument document, int si, DocumentState state)
    {
        var segment = document.Segments[si];
        var text = segment.TextFr;
        var results = new List<ExtractedStatement>();
        var quotes = segment.Quotes.Where(q => q.EndFr > q.StartFr).OrderBy(q => q.StartFr).ToList();
        var attributedQuote = false;
        if (InsideCarriedQuote(document, si, quotes, state) is { } carried)
        {
            return [carried];
        }

        for (var qi = 0; qi < quotes.Count; qi++)
        {
            var q = quotes[qi];
            var quoteText = text[q.StartFr..q.EndFr];
            var before = text[(qi == 0 ? 0 : OpenMarkEnd(text, quotes[qi - 1].EndFr))..OpenMarkStart(text, q.StartFr)];
            var after = text[CloseMarkEnd(text, q.EndFr)..(qi + 1 < quotes.Count ? OpenMarkStart(text, quotes[qi + 1].StartFr) : text.Length)];
            var startsLikeUtterance = quoteText.Length > 0 && (char.IsUpper(quoteText[0]) || char.IsDigit(quoteText[0]) || quoteText[0] is '(' or '.');

            if (startsLikeUtterance && !FullClause().IsMatch(quoteText) && quoteText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
                && TitleLead().IsMatch(before))
            {
                continue; // « la publication de « SAS à Istanbul » », « dans « Le Chemin de Damas » », « le mot « FIN » »: a title, a word
            }

            if (state.RepeatsTerm(quoteText) && !startsLikeUtterance)
            {
                continue; // « la « bad bank » » after « une structure (« bad bank ») »: the term again, not someone's words
            }

            var afterStart = CloseMarkEnd(text, q.EndFr);
            state.Cursor = afterStart;
            Attribution? attribution = MatchPost(after, state) ?? MatchPostAfterComplement(after, state);
            if (attribution is null)
            {
                state.Cursor = q.StartFr;
                attribution = MatchPre(before, state);
            }

            if (attribution is null && MatchIncise(quoteText, q.StartFr, state) is { } incise)
            {
                attribution = incise.Attribution;
                quoteText = incise.Text;
            }
            // « Et, a-t-elle insisté, « aucune classe ne fermera … » »: a lowercase quote that is a whole clause ending the
            // sentence after a comma-led frame is the speaker's sentence, not a fragment of the narrator's.
            var fullClause = !startsLikeUtterance && qi == 0 && FullClauseFrame().IsMatch(before) && !RelativeFrame().IsMatch(before)
                             && SentenceEnd().IsMatch(after) && FullClause().IsMatch(quoteText) && quoteText.Split(' ').Length >= 4;
            var kind = startsLikeUtterance || fullClause ? StatementKind.Direct : StatementKind.Partial;

            if (attribution is null && qi > 0 && results.Count > 0 && results[^1].SegmentIndex == segment.Index
                && (startsLikeUtterance || _anyCue.IsMatch(before) || before.Trim().Length <= 3 || ShortGap().IsMatch(before)))
            {
                // « … », a-t-il dit. « … » — the second part continues the same speaker; so does a quote a few
                // words after an attributed one (« a confirmé « des retards » jusqu'à « la fin de la semaine » »).
                var last = results[^1];
                attribution = new Attribution([last.Speaker], last.Cue, false);
            }

            if (attribution is null && startsLikeUtterance && (IsMostlyQuote(text, quoteText) || OpensWithQuote(text, quoteText, after)))
            {
                attribution = AttributionAtQuotationEnd(document, si, q, state) ?? Continuation(si, state) ?? LookAhead(document, si, state, quoteText);
            }

            if (attribution is null && !startsLikeUtterance && quoteText.Trim().Contains(' ', StringComparison.Ordinal) && !_anyCue.IsMatch(text)
                && state.LastSpeaker is { Kind: SpeakerKind.Person } quoted && state.LastSpeakerSegment == si - 1
                && state.LastKind is StatementKind.Direct or StatementKind.Partial && state.BorrowedQuoteSegment != si - 1)
            {
                // « « Tous sont gourmands », dit X. » then « Y avait certes « un appétit plus développé ». »: words quoted
                // without a cue right after a person's attributed quotes are more of them — one sentence, not a chain.
                attribution = new Attribution([quoted], state.LastCue ?? "déclarer", false);
                state.BorrowedQuoteSegment = si;
            }

            if (attribution is null)
            {
                continue; // scare quotes, titles of works, unattributed fragments
            }

            if (!startsLikeUtterance && !quoteText.Trim().Contains(' ', StringComparison.Ordinal) && !GovernsSingleWord().IsMatch(before)
                && !_anyCue.IsMatch(before))
            {
                continue; // « le dernier cas « autochtone » »: a word set off, not words reported
            }

            if (!startsLikeUtterance && !quoteText.Trim().Contains(' ', StringComparison.Ordinal) && TermInReportedClause().IsMatch(before))
            {
                continue; // « ont indiqué que … par le « downgrade » »: a term set off inside the reported clause, which is the statement
            }

            if (!startsLikeUtterance && !quoteText.Contains(' ', StringComparison.Ordinal) && attribution.Speakers.Count > 0 && attribution.Cue == "selon")
            {
                continue;
            }

            attributedQuote = true;
            var en = SafeSlice(segment.TextEn, q.StartEn, q.EndEn);
            foreach (var speaker in attribution.Speakers)
            {
                results.Add(Make(document, segment, kind, speaker, attribution.Cue, quoteText, en,
                    q.StartFr, q.EndFr, attribution.Speakers.Count > 1));
                state.NoteSpeaker(speaker);
            }
        }

        if (attributedQuote && PourQui().Match(text[CloseMarkEnd(text, quotes[^1].EndFr)..]) is { Success: true } pourQui && results.Count > 0)
        {
            // « « … », a déclaré la maire, pour qui la santé passe avant l'emploi »: her opinion, reported without quotes.
            var content = pourQui.Groups["content"];
            var start = CloseMarkEnd(text, quotes[^1].EndFr) + content.Index;
            var speaker = results[^1].Speaker;
            results.Add(Make(document, segment, StatementKind.Indirect, speaker, results[^1].Cue, content.Value, segment.TextEn,
                start, start + content.Length, false));
        }

        if (attributedQuote && ContrastBreak().Matches(text[..quotes[0].StartFr]).LastOrDefault() is { } contrast
            && !QuoteMark().IsMatch(text.AsSpan(0, contrast.Index)) && MatchReported(text[..contrast.Index], state) is ({ } prior, var priorText, var priorStart))
        {
            // « X a réclamé la suspension du chantier, tandis que Y a dénoncé « … » »: the clause before the quotes is a
            // statement of its own. Its speaker is not noted, so that « il » next still means the speaker quoted last.
            results.InsertRange(0, prior.Speakers.Select(speaker => Make(document, segment, StatementKind.Indirect, speaker, prior.Cue,
                priorText, segment.TextEn, priorStart, contrast.Index, prior.Speakers.Count > 1)));
        }

        if (attributedQuote && _reportedThat.Match(text) is { Success: true } that && _coordinatedThat.Match(that.Groups["content"].Value) is { Success: true } pair
            && !pair.Groups["verb"].Success && !QuoteMark().IsMatch(pair.Groups["first"].Value) && QuotedClause().IsMatch(pair.Groups["second"].Value))
        {
            // « précise que le dernier cas remonte à 2019 et que « … » »: the quote was attributed; its unquoted sister clause
            // is reported speech of the same speakers.
            var first = pair.Groups["first"];
            var firstStart = that.Groups["content"].Index + first.Index;
            var speakers = results.Select(r => r.Speaker).DistinctBy(r => r.Id).ToList();
            results.InsertRange(0, speakers.Select(speaker => Make(document, segment, StatementKind.Indirect, speaker, CueOf(that),
                first.Value, segment.TextEn, firstStart, firstStart + first.Length, speakers.Count > 1)));
        }

        if (!attributedQuote)
        {
            var reported = MatchReported(text, state);
            // « On n'a pas eu le choix, explique X. », « L'affaire est exagérée, estime X. »: unquoted words then an inverted
            // incise, with no « que », are free direct speech when they speak in the first person or colloquially (« on »,
            // « ça ») or give the speaker's opinion; then the sentences after them may go on in that voice. An announcement
            // (« Trois vols sont annulés, a annoncé la compagnie ») is reported news, indirect, and starts no voice.
            var free = false;
            if (reported is null && MatchTrailingIncise(text, state) is { } incise)
            {
                reported = incise;
                free = incise.Attribution.Cue != "selon" && (SpokenVoice().IsMatch(incise.Content) || OpinionCues.Contains(incise.Attribution.Cue));
            }

            if (reported is null && quotes.Count == 0
                && (FreeSpeechContinuation(text, segment, state) ?? FirstPersonContinuation(text, si, state) ?? DiscourseContinuation(text, si, state)) is { } voice)
            {
                // Copy that dropped its quote marks: « J'ai demandé pendant des mois … » right after a statement.
                results.Add(Make(document, segment, StatementKind.Direct, voice.Speakers[0], voice.Cue, text, segment.TextEn, 0, text.Length, false));
                if (state.Voice is { } v && v.Speaker.Id == voice.Speakers[0].Id)
                {
                    state.Voice = v with { Segment = si, Count = v.Count + 1 };
                }

                return results;
            }

            if (reported is not null)
            {
                var (attribution, content, start) = reported.Value;
                // « J'ai choisi ce logo, justifie-t-il »: unquoted words in the first person, then an incise, are the speaker's own.
                var firstPersonWords = start == 0 && attribution.Cue != "selon" && FirstPerson().IsMatch(content);
                var clauses = new List<(string Cue, string Text, int Start, int End)> { (attribution.Cue, content, start, text.Length) };
                var second = _coordinatedThat.Match(content);
                if (second.Success)
                {
                    var offset = Math.Max(start, text.IndexOf(content, start, StringComparison.Ordinal));
                    clauses[0] = (attribution.Cue, second.Groups["first"].Value, start, offset + second.Groups["first"].Length);
                    clauses.Add((second.Groups["verb"].Success ? CueOf(second) : attribution.Cue, second.Groups["second"].Value,
                        offset + second.Groups["second"].Index, text.Length));
                }

                foreach (var (cue, clause, clauseStart, clauseEnd) in clauses)
                {
                    // « … et que « la France est déclarée indemne » »: a clause that is all quote is a partial quote.
                    var quoted = QuotedClause().Match(clause);
                    var kind = quoted.Success ? StatementKind.Partial : firstPersonWords || free ? StatementKind.Direct : StatementKind.Indirect;
                    var words = quoted.Success ? quoted.Groups["q"].Value : clause;
                    foreach (var speaker in attribution.Speakers)
                    {
                        results.Add(Make(document, segment, kind, speaker, cue, words, segment.TextEn,
                            clauseStart, clauseEnd, attribution.Speakers.Count > 1));
                        state.NoteSpeaker(speaker);
                    }
                }

                if (free && start == 0 && attribution.Speakers is [{ Kind: not SpeakerKind.Institution }])
                {
                    state.Voice = new DocumentState.FreeVoice(attribution.Speakers[0], attribution.Cue, si, segment.Paragraph, 0);
                }
            }
        }

        return results;
    }

    private sealed record Attribution(IReadOnlyList<SpeakerRef> Speakers, string Cue, bool FromPronoun);

    /// <summary>Cues that say a speaker goes on: « poursuit-il », « ajoute-t-elle » refer to whoever spoke last.</summary>
    private static readonly HashSet<string> ContinuingCues = new(StringComparer.Ordinal) { "poursuivre", "ajouter", "conclure", "renchérir", "insister" };

    /// <summary>
    /// « il » in an inverted incise: with a cue of going on, the speaker of the last few sentences, even when a sentence in
    /// between names someone else in a complement (« Militant aux côtés de X, il a soutenu … » then « …, poursuit-il »).
    /// </summary>
    private static SpeakerRef? ResolveIncisePronoun(string pronoun, string cue, DocumentState state)
    {
        var recent = ContinuingCues.Contains(cue) ? state.RecentSpeaker(pronoun) : null;
        // « ajoute-t-elle » after an archaeologist of unknown gender spoke and a woman was introduced since: she goes on.
        if (recent is not null && pronoun is "il" or "elle" && state.GenderOf(recent) == 'x'
            && state.ResolvePronoun(pronoun) is { Kind: SpeakerKind.Person } named && named.Id != recent.Id && state.GenderOf(named) != 'x')
        {
            return named;
        }

        return recent ?? state.ResolvePronoun(pronoun);
    }

    /// <summary>
    /// After a segment: a direct quotation still open when its paragraph ends (no closing mark) goes on in the next
    /// paragraphs, whether they reopen with « (French convention) or not; a closed one ends the carry. In copy given
    /// line by line the marks of a quotation cut into lines are lost: a person's direct words ending a line start a voice
    /// that the next lines may continue when they still sound spoken (see <see cref="FreeSpeechContinuation"/>).
    /// </summary>
    private static void CarryOpenQuote(ExtractionDocument document, int si, List<ExtractedStatement> found, DocumentState state)
    {
        var segment = document.Segments[si];
        var lastOfParagraph = si + 1 == document.Segments.Count || document.Segments[si + 1].Paragraph != segment.Paragraph;
        var lastQuote = segment.Quotes.Where(q => q.EndFr > q.StartFr).OrderBy(q => q.StartFr).LastOrDefault();
        var fromLastQuote = lastQuote is null ? null
            : found.LastOrDefault(f => f.Kind == StatementKind.Direct && f.Start == segment.Start + lastQuote.StartFr);
        if (lastQuote is { Closed: false } && lastOfParagraph && fromLastQuote is not null && !state.LineMode)
        {
            var paragraphs = state.Carried is { } c && c.Speaker.Id == fromLastQuote.Speaker.Id ? c.Paragraphs + 1 : 1;
            state.Carried = new DocumentState.OpenQuote(fromLastQuote.Speaker, fromLastQuote.Cue, segment.Paragraph, paragraphs);
        }
        else if (lastQuote is not null && state.Carried?.Paragraph != segment.Paragraph)
        {
            state.Carried = null;
        }

        // A line that quotes a person directly and ends on their words, whole or partial (« « Où va-t-on ? », s'interroge X, pour
        // qui c'est une « régression » »), leaves their voice open.
        var lastWords = lastQuote is null ? null
            : found.LastOrDefault(f => f.Kind is StatementKind.Direct or StatementKind.Partial && f.Start == segment.Start + lastQuote.StartFr);
        if (state.LineMode && lastWords is { Speaker.Kind: SpeakerKind.Person }
            && found.Any(f => f.Kind == StatementKind.Direct && f.Speaker.Id == lastWords.Speaker.Id) && (state.Voice is null || state.Voice.Segment != si))
        {
            state.Voice = new DocumentState.FreeVoice(lastWords.Speaker, lastWords.Cue, si, segment.Paragraph, 0);
        }
    }

    /// <summary>
    /// Line-by-line copy loses the opening mark of a quotation cut into lines: « Hier, nous avons pris la colline. » …
    /// « « Celle de Chanzu n'est pas stratégique », a indiqué X. » — the lines just before a line that opens with a
    /// person's attributed quote, with no statement or quote of their own, are the start of that quotation while they
    /// sound spoken (first person, « on », a negation, the conditional or future) and do not read as narration. Four at most.
    /// </summary>
    private List<ExtractedStatement> SpokenLinesBefore(ExtractionDocument document, List<ExtractedStatement> results, DocumentState state)
    {
        var taken = results.Select(r => r.SegmentIndex).ToHashSet();
        var added = new List<ExtractedStatement>();
        foreach (var quote in results.Where(r => r.Kind == StatementKind.Direct && r.Speaker.Kind == SpeakerKind.Person).DistinctBy(r => r.SegmentIndex))
        {
            var opening = document.Segments[quote.SegmentIndex].Quotes.Where(q => q.EndFr > q.StartFr).Select(q => q.StartFr).DefaultIfEmpty(int.MaxValue).Min();
            if (opening > 2)
            {
                continue;
            }

            for (var j = quote.SegmentIndex - 1; j >= 0 && j >= quote.SegmentIndex - 4 && !taken.Contains(j); j--)
            {
                var previous = document.Segments[j];
                var text = previous.TextFr;
                if (previous.Quotes.Count > 0 || IsHeadline(text) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4
                    || !(SpokenVoice().IsMatch(text) || SpokenMarker().IsMatch(text) || DiscourseMarker().IsMatch(text))
                    || NarrativeOpening().IsMatch(text) || ThirdPersonNarrative().IsMatch(text) || _narrativeCue.IsMatch(text) || _anyCue.IsMatch(text)
                    || NamedBodySubject().IsMatch(text) || (state.MentionsSomeone(j) && !FirstPerson().IsMatch(text)))
                {
                    break;
                }

                added.Add(Make(document, previous, StatementKind.Direct, quote.Speaker, quote.Cue, text, previous.TextEn, 0, text.Length, false));
                taken.Add(j);
            }
        }

        return added.Count == 0 ? results : [.. results.Concat(added).OrderBy(r => r.SegmentIndex)];
    }

    /// <summary>
    /// A sentence of a paragraph that follows one whose quotation was left open, with no quotation of its own: the
    /// speaker's direct words, up to a closing mark if it has one (which ends the quotation). Three paragraphs at most, so
    /// a mark the writer forgot to close does not swallow the story.
    /// </summary>
    private static ExtractedStatement? InsideCarriedQuote(ExtractionDocument document, int si, List<ExtractionQuote> quotes, DocumentState state)
    {
        var segment = document.Segments[si];
        if (state.Carried is not { } carried || carried.Paragraph == segment.Paragraph || quotes.Count > 0)
        {
            return null;
        }

        var text = segment.TextFr;
        var close = text.IndexOfAny(['»', '”']);
        if (carried.Paragraphs > 3 || (close < 0 && IsHeadline(text)))
        {
            state.Carried = null;
            return null;
        }

        var end = close >= 0 ? close : text.Length;
        if (close >= 0 || (si + 1 < document.Segments.Count && document.Segments[si + 1].Paragraph != segment.Paragraph))
        {
            // Closed here, or the paragraph ends still open: then the next one goes on (one more paragraph counted).
            state.Carried = close >= 0 ? null : carried with { Paragraph = segment.Paragraph, Paragraphs = carried.Paragraphs + 1 };
        }

        state.NoteSpeaker(carried.Speaker);
        return Make(document, segment, StatementKind.Direct, carried.Speaker, carried.Cue, text[..end], segment.TextEn, 0, end, false);
    }

    private Attribution? MatchPost(string after, DocumentState state)
    {
        var selon = Selon().Match(after);
        if (selon.Success)
        {
            var speakers = state.ResolveSubject(selon.Groups["subj"].Value, preferPerson: true);
            return speakers.Count > 0 ? new Attribution(speakers, "selon", false) : null;
        }

        var m = _postAttribution.Match(after);
        if (!m.Success)
        {
            return null;
        }

        var cue = CueOf(m);
        var pronoun = m.Groups["p1"].Success ? m.Groups["p1"].Value : m.Groups["p2"].Success ? m.Groups["p2"].Value : null;
        if (pronoun is not null)
        {
            var speaker = ResolveIncisePronoun(pronoun, cue, state);
            return speaker is null ? null : new Attribution([speaker], cue, true);
        }

        var resolved = ResolvePostVerbal(m.Groups["rest"].Value, state);
        return resolved.Count > 0 ? new Attribution(resolved, cue, false) : null;
    }

    /// <summary>« « … » implantées sur leur territoire, a-t-il dénoncé »: an inverted attribution after a short complement.</summary>
    private Attribution? MatchPostAfterComplement(string after, DocumentState state)
    {
        var lead = ShortComplement().Match(after);
        if (!lead.Success)
        {
            return null;
        }

        // A named subject only after an absolute clause (« « … », les élections étant prévues en 2015, relève l'expert »):
        // after any other complement « …, a salué Lavrov » may be the narrator's own sentence.
        var m = _postAttribution.Match(after[lead.Length..]);
        return m.Success && (m.Groups["p1"].Success || m.Groups["p2"].Success || AbsoluteClause().IsMatch(lead.Value)) ? InvertedAttribution(m, state) : null;
    }

    private Attribution? MatchPre(string before, DocumentState state)
    {
        var selon = SelonPrefix().Match(before);
        if (selon.Success)
        {
            var speakers = state.ResolveSubject(selon.Groups["subj"].Value, preferPerson: true);
            if (speakers.Count > 0)
            {
                return new Attribution(speakers, "selon", false);
            }
        }

        if (PourBeforeQuote().Match(before) is { Success: true } pour && OpinionHolder(pour.Groups["subj"].Value, state) is { } holder)
        {
            return new Attribution([holder], "selon", false);
        }

        // « Et, a-t-elle insisté devant eux, « … » »: an inverted incise before the quote.
        if (IncidentalStart().Match(before) is { Success: true } lead && _postAttribution.Match(before[lead.Length..]) is { Success: true } inverted
            && (inverted.Groups["p1"].Success || inverted.Groups["p2"].Success) && !QuoteMark().IsMatch(inverted.Groups["rest"].Value)
            && FullClauseFrame().IsMatch(before))
        {
            state.Cursor = inverted.Groups["verb"].Index;
            if (InvertedAttribution(inverted, state) is { } incise)
            {
                return incise;
            }
        }

        var m = HasCueForm(before) ? _preAttribution.Match(before) : Match.Empty;
        if (!m.Success)
        {
            return null;
        }

        var cue = CueOf(m);
        var subject = m.Groups["subj"].Value;
        state.Cursor = m.Groups["verb"].Index;
        var resolved = ResolveClauses(subject, state, preferPerson: true);
        if (resolved.Count == 0 && IncidentalLead().IsMatch(subject) && PostVerbalSubject().IsMatch(m.Groups["after"].Value.TrimStart()))
        {
            // « Et, a affirmé X devant ses soutiens, « … » »: an incise before the quote, its subject after the cue.
            resolved = ResolvePostVerbal(m.Groups["after"].Value, state);
        }

        return resolved.Count > 0 ? new Attribution(resolved, cue, false) : null;
    }

    private (Attribution Attribution, string Content, int Start)? MatchReported(string text, DocumentState state)
    {
        var selon = SelonPrefix().Match(text);
        if (selon.Success && selon.Index == 0)
        {
            var speakers = state.ResolveSubject(selon.Groups["subj"].Value, preferPerson: false);
            if (speakers.Count > 0)
            {
                var start = selon.Length;
                return (new Attribution(speakers, "selon", false), text[start..].Trim(), start);
            }
        }

        var cueForms = HasCueForm(text);
        foreach (var regex in cueForms ? [_reportedThat, _reportedInfinitive, _sayingInfinitive, _demandObject, _estimateObject, _invitation, _accusation, _accusationObject] : Array.Empty<Regex>())
        {
            var m = regex.Match(text);
            if (!m.Success)
            {
                continue;
            }

            if (Passive().IsMatch(text.AsSpan(0, m.Groups["verb"].Index)))
            {
                continue; // « Kiev n'a pas été invité à la rencontre de … »: the subject did not speak
            }

            if (ReferenceEquals(regex, _reportedThat) && ComparativeQue().IsMatch(text.AsSpan(0, m.Groups["content"].Index)))
            {
                continue; // « décrit un processus bien plus rapide que prévu »: a comparison, not a reported clause
            }

            var cue = CueOf(m);
            state.Cursor = m.Groups["verb"].Index;
            var speakers = ResolveClauses(m.Groups["subj"].Value, state, preferPerson: false);
            if (speakers.Count == 0)
            {
                continue;
            }

            if ((ReferenceEquals(regex, _accusation) || ReferenceEquals(regex, _accusationObject)) && !m.Groups["aux"].Success
                && (BareParticiple().IsMatch(m.Groups["verb"].Value) || m.Groups["verb"].Value.StartsWith("mis", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // « Le maire, accusé d'avoir menti, … », « mis en cause dans l'affaire »: the accused, not an accuser
            }

            if (m.Groups["invite"].Success && !InvitingCues.Contains(cue))
            {
                continue; // « a lancé un projet consistant à repeindre » is not « a invité Y à … »
            }

            var content = m.Groups["content"];
            return (new Attribution(speakers, cue, false), content.Value.Trim(), content.Index);
        }

        if (PositionObject(text, state) is { } position)
        {
            return position;
        }

        // « Trois chalutiers ont été arraisonnés, selon un responsable des garde-côtes. »: a source given last.
        var trailing = TrailingSelon().Match(text);
        if (trailing.Success)
        {
            state.Cursor = trailing.Groups["subj"].Index;
            // « …, selon une porte-parole de l'association, Maryse X. »: the name in apposition is the source.
            var speakers = trailing.Groups["name"].Success ? ResolvePostVerbal(trailing.Groups["subj"].Value + ", " + trailing.Groups["name"].Value, state)
                : state.ResolveSubject(trailing.Groups["subj"].Value, preferPerson: false);
            if (speakers.Count == 0 && BareProperName().IsMatch(trailing.Groups["subj"].Value))
            {
                speakers = [state.NamedSource(trailing.Groups["subj"].Value.Trim())];
            }

            if (speakers.Count > 0)
            {
                return (new Attribution(speakers, "selon", false), trailing.Groups["content"].Value.Trim(), 0);
            }
        }

        // « Un entrepôt a brûlé, a-t-on appris de source préfectorale / auprès des pompiers »: the source a newsroom learned it from.
        var learned = LearnedFrom().Match(text);
        if (learned.Success)
        {
            var anonymous = learned.Groups["anon"];
            var from = anonymous.Success ? anonymous : learned.Groups["src"];
            state.Cursor = from.Index;
            // « de source policière » → source policière; « auprès des pompiers » → les pompiers, « du parquet » → le parquet.
            var source = anonymous.Success ? from.Value.Trim()[3..].Trim() : PartitiveLead().Replace(from.Value.Trim(), p => p.Value.Trim().ToLowerInvariant() switch
            {
                "du" => "le ",
                "des" => "les ",
                "de la" => "la ",
                "de" => "",
                _ => "l'",
            }, 1);
            IReadOnlyList<SpeakerRef> speakers = anonymous.Success
                ? [new SpeakerRef("u-" + NameCanonicalizer.Key(source).Replace(' ', '-'), source, SpeakerKind.Unresolved, "source")]
                : state.ResolveSubject(source, preferPerson: false);
            if (speakers.Count > 0)
            {
                return (new Attribution(speakers, "apprendre", false), learned.Groups["content"].Value.Trim(), 0);
            }
        }

        // « … le marché s'est établi à 15,3 millions selon les estimations d'Adam X, analyste de … »: without a comma, only a
        // person's figures (« selon leur âge », « selon les régions » are no sources).
        var figures = SelonFigures().Match(text);
        if (figures.Success)
        {
            state.Cursor = figures.Groups["subj"].Index;
            if (state.ResolveSubject(figures.Groups["subj"].Value, preferPerson: true) is [{ Kind: SpeakerKind.Person } person])
            {
                return (new Attribution([person], "selon", false), figures.Groups["content"].Value.Trim(), 0);
            }
        }

        // « Les travaux, selon le maire, Karim X, dureront deux ans »: the source set between commas inside the sentence.
        var inner = InnerSelon().Match(text);
        if (inner.Success)
        {
            state.Cursor = inner.Groups["subj"].Index;
            var subject = inner.Groups["subj"].Value + (inner.Groups["name"].Success ? ", " + inner.Groups["name"].Value : "");
            var speakers = ResolvePostVerbal(subject, state);
            if (speakers.Count == 0 && BareProperName().IsMatch(subject))
            {
                speakers = [state.NamedSource(subject.Trim())]; // « d'après Météo-France »: a source named without article
            }

            if (speakers.Count > 0)
            {
                return (new Attribution(speakers, "selon", false), inner.Groups["pre"].Value.Trim() + " " + inner.Groups["post"].Value.Trim(), 0);
            }
        }

        // « Pour l'économiste Lucie X, le coût pourrait doubler »: « pour » a person is that person's opinion.
        var pour = PourOpinion().Match(text);
        if (pour.Success && OpinionHolder(pour.Groups["subj"].Value, state) is { } holder)
        {
            var content = pour.Groups["content"];
            return (new Attribution([holder], "selon", false), content.Value.Trim(), content.Index);
        }

        return null;
    }

    /// <summary>
    /// « X a rejeté ces accusations », « Les syndicats dénoncent un manque de personnel »: a position verb with a noun object,
    /// said by someone the subject names. Not a vote (« par douze voix », « à l'unanimité »), nor a bare participle
    /// (« la motion, rejetée la veille, … »), nor a passive.
    /// </summary>
    private (Attribution Attribution, string Content, int Start)? PositionObject(string text, DocumentState state)
    {
        if (state.InHeadline || !_positionForm.IsMatch(text))
        {
            // A headline's « Morel réclame un plan » sums up the story that follows; its sentences carry the statements.
            return null;
        }

        var m = _positionObject.Match(text);
        if (!m.Success || Passive().IsMatch(text.AsSpan(0, m.Groups["verb"].Index)) || VoteTail().IsMatch(m.Groups["content"].Value)
            || (!m.Groups["aux"].Success && BareParticiple().IsMatch(m.Groups["verb"].Value)))
        {
            return null;
        }

        state.Cursor = m.Groups["verb"].Index;
        var speakers = ResolveClauses(m.Groups["subj"].Value, state, preferPerson: false);
        if (speakers.Count == 0)
        {
            return null;
        }

        var form = m.Groups["verb"].Value;
        var cue = _positions.LemmaOf(form) ?? _cues.LemmaOf(form) ?? form.ToLowerInvariant();
        if (_positionHeads.TryGetValue(cue, out var heads)
            && !heads.Contains(ObjectHead().Match(text, m.Groups["verb"].Index + form.Length).Groups["head"].Value))
        {
            return null; // « rejette le projet de loi »: a deed as often as speech; only « rejette ces accusations » is read
        }

        var content = m.Groups["content"];
        return (new Attribution(speakers, cue, false), content.Value.Trim(), content.Index);
    }

    /// <summary>Whose opinion « pour X » gives: a person, a pronoun or a role, never a body, a group or a thing.</summary>
    private static SpeakerRef? OpinionHolder(string subject, DocumentState state) =>
        subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
        && state.ResolveSubject(subject, preferPerson: true) is [{ } one]
        && (one.Kind == SpeakerKind.Person || (one.Kind == SpeakerKind.Unresolved && one.Role is not null && !one.Id.StartsWith("u-des-", StringComparison.Ordinal)))
            ? one
            : null;

    /// <summary>
    /// Who a subject phrase designates, reading its comma-separated clauses from the verb backwards:
    /// « Interrogé sur X, le maire de Lyon, Gérard Lemoine, a répondu » → the nearest clause that names
    /// someone. At most three clauses back, so a distant adverbial never supplies the speaker.
    /// </summary>
    private static IReadOnlyList<SpeakerRef> ResolveClauses(string subject, DocumentState state, bool preferPerson)
    {
        var clauses = ClauseBreak().Split(subject);
        for (var i = clauses.Length - 1; i >= 0 && i >= clauses.Length - 4; i--)
        {
            var clause = clauses[i];
            if (clause.Trim().Length == 0)
            {
                continue;
            }

            if (EmphaticPronoun().IsMatch(clause))
            {
                continue; // « Son homologue a, lui, dit … »: the emphatic pronoun repeats the subject before it
            }

            if (i > 0 && ParticipleApposition().IsMatch(clause))
            {
                continue; // « X, né le 8 décembre 1929 à Paris, assurait … »: an apposition about the subject, not the subject
            }

            var pronoun = PronounSubject().Match(clause);
            if (pronoun.Success)
            {
                return state.ResolvePronoun(pronoun.Groups["p"].Value) is { } p ? [p] : [];
            }

            if (RelativeSubject().IsMatch(clause))
            {
                // « … porté plainte contre le groupe Chloralp, qui les accuse de … »: « qui » is the phrase just before it,
                // not the subject of the main clause.
                return i > 0 ? Antecedent(clauses[i - 1], state, preferPerson) : [];
            }

            var found = state.ResolveSubject(clause, preferPerson);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The antecedent of a relative « qui »: the shortest phrase at the end of the clause before it that names someone.</summary>
    private static IReadOnlyList<SpeakerRef> Antecedent(string clause, DocumentState state, bool preferPerson)
    {
        foreach (Match start in PhraseStart().Matches(clause).Reverse())
        {
            var found = state.ResolveSubject(clause[start.Index..], preferPerson);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>
    /// A subject placed after the verb, with the name that may follow it in apposition:
    /// « a déclaré le ministre des Finances, Paul Garnier, devant … » is Paul Garnier.
    /// </summary>
    private static IReadOnlyList<SpeakerRef> ResolvePostVerbal(string rest, DocumentState state)
    {
        // « a indiqué à l'AFP un habitant », « a confié au journal Le Soir le maire »: the addressee is never the speaker.
        rest = Addressee().Replace(rest, "", 1);
        // « a annoncé lundi 4 novembre la compagnie X », « a précisé dimanche soir l'aéroport »: the date is not the subject.
        rest = DateLead().Replace(rest, "", 1);
        // « a déclaré lors d'une conférence de presse la responsable … », « a indiqué dans un communiqué le ministère »: the
        // circumstance is not the subject.
        rest = ComplementLead().Replace(rest, "", 1);
        // « rappellent les ministères et il n'existe … »: a new clause ends the subject.
        var clause = NewClauseAfterSubject().Match(rest);
        if (clause.Success)
        {
            rest = rest[..clause.Index];
        }

        var first = FirstClause(rest);
        var resolved = ResolveClauses(first, state, preferPerson: true);
        // « a déclaré la maire, Sophie Guérin, … »: the name in apposition says who holds the role, whoever held it before.
        if (resolved.Count > 0 && DefiniteRoleLead().IsMatch(first) && first.Length < rest.Length
            && FirstClause(rest[(first.Length + 1)..]) is var apposition && LeadingName().IsMatch(apposition)
            && state.ResolveSubject(apposition, preferPerson: true) is [{ Kind: SpeakerKind.Person } apposed])
        {
            return [apposed];
        }

        // « a témoigné une voisine, Josiane Perrin, 72 ans », « a assuré la gardienne, Sylvie Roux »: a noun outside the role
        // lexicon, named in apposition.
        if ((resolved is [{ Kind: SpeakerKind.Unresolved }] || (resolved.Count == 0 && (IndefiniteNoun().IsMatch(first) || DefiniteNoun().IsMatch(first))))
            && first.Length < rest.Length)
        {
            var second = FirstClause(rest[(first.Length + 1)..]);
            if (state.ResolveSubject(second, preferPerson: true) is [{ Kind: SpeakerKind.Person } named])
            {
                return [named];
            }
        }

        return resolved;
    }

    private sealed record Incise(Attribution Attribution, string Text);

    /// <summary>An attribution set inside the quote: « A, a-t-il rappelé, B » → speaker, and the words A B.</summary>
    private Incise? MatchIncise(string quote, int quoteStart, DocumentState state)
    {
        foreach (Match m in _incise.Matches(quote))
        {
            if (m.Index == 0)
            {
                continue;
            }

            state.Cursor = quoteStart + m.Index;
            var attribution = InvertedAttribution(m, state);
            if (attribution is null)
            {
                continue;
            }

            var left = quote[..m.Index].TrimEnd();
            var right = quote[(m.Index + m.Length)..].Trim();
            var text = right.Length == 0 ? left : left + ", " + right;
            return new Incise(attribution, text);
        }

        return null;
    }

    /// <summary>Unquoted words followed by an inverted attribution: « …, a-t-il affirmé. », « …, affirme M. X. »</summary>
    private (Attribution Attribution, string Content, int Start)? MatchTrailingIncise(string text, DocumentState state)
    {
        var m = HasCueForm(text) ? _trailingIncise.Match(text) : Match.Empty;
        if (!m.Success || m.Groups["content"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 5)
        {
            return null;
        }

        var rest = ComplementLead().Replace(m.Groups["rest"].Value, "", 1).TrimStart();
        var inverted = m.Groups["p1"].Success || m.Groups["p2"].Success;
        // Only a subject placed after the verb makes this an attribution (« …, a salué Lavrov » is not one).
        if (!inverted && !PostVerbalSubject().IsMatch(rest))
        {
            return null;
        }

        state.Cursor = m.Groups["verb"].Index;
        var attribution = InvertedAttribution(m, state);
        return attribution is null ? null : (attribution, m.Groups["content"].Value.Trim(), 0);
    }

    private Attribution? InvertedAttribution(Match m, DocumentState state)
    {
        var cue = CueOf(m);
        var pronoun = m.Groups["p1"].Success ? m.Groups["p1"].Value : m.Groups["p2"].Success ? m.Groups["p2"].Value : null;
        if (pronoun is not null)
        {
            return ResolveIncisePronoun(pronoun, cue, state) is { } speaker ? new Attribution([speaker], cue, true) : null;
        }

        var rest = m.Groups["rest"].Value;
        if (!PostVerbalSubject().IsMatch(ComplementLead().Replace(rest, "", 1).TrimStart()))
        {
            return null;
        }

        var resolved = ResolvePostVerbal(rest, state);
        return resolved.Count > 0 ? new Attribution(resolved, cue, false) : null;
    }

    /// <summary>
    /// « Les dégâts sont surestimés, affirme X. Nous avons remplacé les gouttières. Les travaux commenceront au printemps. »:
    /// after free direct speech the sentences that follow go on in the speaker's voice, in the same paragraph — or on the next
    /// lines when the source gives one sentence per line, as long as each still sounds spoken (first person, « on », a
    /// negation, « il y a », the conditional or future: « La commune compte cinquante mille habitants » is the narrator) — until a headline, a date-led or narrative sentence, a sentence
    /// naming someone without speaking in the first person, or a narrative cue (« le maire a annoncé ») ends it.
    /// </summary>
    private Attribution? FreeSpeechContinuation(string text, ExtractionSegment segment, DocumentState state)
    {
        if (state.Voice is not { } voice || voice.Segment != segment.Index - 1 || voice.Count >= 6
            || (voice.Paragraph != segment.Paragraph && (!state.LineMode || !(SpokenVoice().IsMatch(text) || SpokenMarker().IsMatch(text) || DiscourseMarker().IsMatch(text))))
            || IsHeadline(text) || NarrativeOpening().IsMatch(text) || ThirdPersonNarrative().IsMatch(text) || _narrativeCue.IsMatch(text)
            || NamedBodySubject().IsMatch(text)
            || (state.MentionsSomeone(segment.Index) && !FirstPerson().IsMatch(text))
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
        {
            return null;
        }

        return new Attribution([voice.Speaker], voice.Cue, false);
    }

    private Attribution? FirstPersonContinuation(string text, int si, DocumentState state)
    {
        if (state.LastSpeaker is not { Kind: SpeakerKind.Person } || state.LastSpeakerSegment != si - 1
            || !FirstPerson().IsMatch(text))
        {
            return null;
        }

        return new Attribution([state.LastSpeaker], state.LastCue ?? "déclarer", false);
    }

    /// <summary>
    /// « « … », prévient X. Ce serait la fin d'un savoir-faire. »: right after a person's direct words, a sentence that names
    /// nobody, has no cue and speaks in the conditional, the future or « il faut », « c'est » goes on with those words.
    /// Narration (figures, « Or … », « Par ailleurs … ») rarely takes these forms right after a quote.
    /// </summary>
    private Attribution? DiscourseContinuation(string text, int si, DocumentState state)
    {
        if (state.LastSpeaker is not { Kind: SpeakerKind.Person } || state.LastSpeakerSegment != si - 1 || state.LastKind != StatementKind.Direct
            || !DiscourseMarker().IsMatch(text) || NarrativeOpening().IsMatch(text) || _anyCue.IsMatch(text) || state.MentionsSomeone(si)
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is < 4 or > 40)
        {
            return null;
        }

        return new Attribution([state.LastSpeaker], state.LastCue ?? "déclarer", false);
    }

    /// <summary>
    /// « « Nous cherchions … » then « « Il a fallu tout reprendre … » then « « Ce n'est que le début », prévient l'archéologue. »: a
    /// quotation left open here runs on, sentence after sentence and paragraph after paragraph (each reopening with « or
    /// not), to the closing mark; the attribution after that mark names the speaker of all of it, before any guess from who
    /// spoke last. Twelve sentences at most; a sentence that does not open inside the quotation ends the search.
    /// </summary>
    private Attribution? AttributionAtQuotationEnd(ExtractionDocument document, int si, ExtractionQuote quote, DocumentState state)
    {
        if (quote.Closed || state.LineMode)
        {
            return null;
        }

        for (var j = si + 1; j < document.Segments.Count && j <= si + 12; j++)
        {
            var next = document.Segments[j];
            var quotes = next.Quotes.Where(x => x.EndFr > x.StartFr).OrderBy(x => x.StartFr).ToList();
            if (quotes.Count == 0 || quotes[0].StartFr > 2)
            {
                return null;
            }

            if (!quotes[0].Closed)
            {
                continue;
            }

            var text = next.TextFr;
            var afterStart = CloseMarkEnd(text, quotes[0].EndFr);
            var after = text[afterStart..(quotes.Count > 1 ? OpenMarkStart(text, quotes[1].StartFr) : text.Length)];
            var cursor = state.Cursor;
            var attribution = MatchPost(after, state) ?? MatchPostAfterComplement(after, state);
            state.Cursor = cursor;
            return attribution;
        }

        return null;
    }

    private Attribution? Continuation(int si, DocumentState state)
    {
        // A quote with no attribution right after a statement continues that speaker's words.
        if (state.LastSpeaker is null || state.LastSpeakerSegment is null || si - state.LastSpeakerSegment > 2)
        {
            return null;
        }

        return new Attribution([state.LastSpeaker], state.LastCue ?? "déclarer", false);
    }

    private Attribution? LookAhead(ExtractionDocument document, int si, DocumentState state, string quote)
    {
        // A story opening with a quote names the speaker in the next sentence.
        if (si + 1 >= document.Segments.Count || state.LastSpeaker is not null)
        {
            return null;
        }

        var next = document.Segments[si + 1].TextFr;
        var cue = _anyCue.Match(next);
        if (!cue.Success)
        {
            // « « La première fois que je suis monté à bord, j'avais quatorze ans. » Cinquante ans plus tard, Job X a débarqué … »:
            // without a cue, only words in the first person opening the story, and a next sentence naming one person in full.
            var first = si == 0 || document.Segments.Take(si).All(seg => seg.Quotes.Count == 0 && !HeadlineEnd().IsMatch(seg.TextFr));
            if (!first || !FirstPerson().IsMatch(quote) || next.Contains('«') || next.Contains('“'))
            {
                return null;
            }

            var named = new DocumentState(this);
            named.Observe(next);
            var persons = named.ResolveSubject(FullNameInSentence().Match(next).Value, preferPerson: true);
            return FullNameInSentence().Matches(next).Count == 1 && persons is [{ Kind: SpeakerKind.Person } person]
                ? new Attribution([person], "déclarer", false)
                : null;
        }

        var probe = new DocumentState(this);
        probe.Observe(next);
        var speakers = probe.ResolveSubject(next, preferPerson: true);
        return speakers.Count > 0
            ? new Attribution([speakers[0]], _cues.LemmaOf(cue.Value) ?? cue.Value.ToLowerInvariant(), false)
            : null;
    }

    /// <summary>The cue's lemma; after « s'est », « se sont » the pronominal entry wins (« s'est dit » → se dire).</summary>
    private string CueOf(Match m)
    {
        var form = m.Groups["verb"].Value;
        var lemma = m.Groups["refl"].Success ? _cues.ReflexiveLemmaOf(form) ?? _cues.LemmaOf(form) : _cues.LemmaOf(form);
        return lemma ?? form.ToLowerInvariant();
    }

    /// <summary>« Un avocat dénonce … », « le PDG de Titan » in a headline: the person the story then introduces with that role, if any.</summary>
    private static SpeakerRef Cataphora(SpeakerRef speaker, DocumentState state) =>
        speaker is { Kind: SpeakerKind.Unresolved, Role: { } role } && HeadlineRole().IsMatch(speaker.Name)
            ? state.PersonWithRole(role, 0) ?? speaker
            : state.Final(speaker);

    private bool HasCueForm(string text) => _cueForm.IsMatch(text);

    /// <summary>A first line without closing punctuation is a headline, not a sentence.</summary>
    private static bool IsHeadline(string text) => !HeadlineEnd().IsMatch(text);

    private static bool IsMostlyQuote(string sentence, string quote) =>
        sentence.Count(char.IsLetter) - quote.Count(char.IsLetter) <= 3;

    /// <summary>
    /// « « Aucune victime n'est à déplorer » et les pompiers restent mobilisés. », « « Elle venait en cuisine », au point
    /// qu'elle … »: a sentence opening with a quote that is a whole clause, the rest a narrative coordination or a comma-led
    /// tail without a cue or a quote of its own.
    /// </summary>
    private bool OpensWithQuote(string sentence, string quote, string after) =>
        sentence.IndexOf(quote, StringComparison.Ordinal) is >= 0 and <= 2
        && (NarrativeCoordination().IsMatch(after) || (after.TrimStart().StartsWith(',') && FullClause().IsMatch(quote) && quote.Split(' ').Length >= 4))
        && !_anyCue.IsMatch(after) && !QuoteMark().IsMatch(after);

    private static string FirstClause(string rest)
    {
        var cut = ClauseBreak().Match(rest);
        return cut.Success ? rest[..cut.Index] : rest;
    }

    private static int OpenMarkStart(string text, int contentStart)
    {
        var i = contentStart;
        while (i > 0 && (text[i - 1] == ' ' || text[i - 1] is '«' or '“' or '"'))
        {
            i--;
            if (text[i] is '«' or '“' or '"')
            {
                break;
            }
        }

        return i;
    }

    private static int OpenMarkEnd(string text, int previousContentEnd) => CloseMarkEnd(text, previousContentEnd);

    private static int CloseMarkEnd(string text, int contentEnd)
    {
        var i = contentEnd;
        while (i < text.Length && (text[i] == ' ' || text[i] is '»' or '”' or '"'))
        {
            i++;
            if (text[i - 1] is '»' or '”' or '"')
            {
                break;
            }
        }

        return i;
    }

    private static string SafeSlice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && end > start ? text[start..end] : text;

    private static ExtractedStatement Make(ExtractionDocument document, ExtractionSegment segment, StatementKind kind,
        SpeakerRef speaker, string cue, string textFr, string textEn, int start, int end, bool joint)
    {
        var key = $"{document.DispatchId}|{segment.Index}|{start}|{(int)kind}|{speaker.Id}";
        var id = "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12));
        return new ExtractedStatement(id, kind, speaker, cue, textFr.Trim(), textEn.Trim(), segment.TextFr, segment.TextEn,
            segment.Index, segment.Start + start, segment.Start + end, joint);
    }

    // « Propos recueillis par X », « Entretien réalisé par X », « Par X »: X asked the questions, never answered them.
    [GeneratedRegex(@"^\s*(?:(?:(?:Propos|Entretien|Interview)\s+)?(?:[Rr]ecueilli|[Rr]éalisé|[Mm]ené|[Cc]onduit)e?s?\s+par|Par)\s+\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex InterviewCredit();

    [GeneratedRegex(@"^[\s,.;]*(?:selon|d'après)\s+(?<subj>(?:[^,.;]|(?<=\b(?:M|MM|Me|Dr|Pr))\.)+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Selon();

    [GeneratedRegex(@"(?:^|[,.;:]\s*)(?:selon|d'après)\s+(?<subj>[^,;]+),\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelonPrefix();

    [GeneratedRegex(@"^[\s,]*(?:et|mais|puis|or)?[\s,]*(?:(?<=,\s*)(?:a|ont|avait|avaient))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncidentalLead();

    [GeneratedRegex(@"(?:^|\s)(?:(?:je|nous|me|mon|ma|mes|notre|nos|moi)(?=\s)|j'|m')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    // What may stand right before a one-word quote that reports words: a cue or copula, « de », « comme ».
    [GeneratedRegex(@"(?:\b(?:juge|jugé|jugée|juge|jugent|qualifie|qualifié|qualifiée|qualifient|estime|estimé|dénonce|dénoncé|parle|parlé|évoque|évoqué|est|était|sont|étaient|soit|reste|restait|semble|semblait|serait|sera|être|la|le|les|une|un|de|d'|du|des|comme|en|a|ont)\s*|d')$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GovernsSingleWord();

    // The last three words before a quote: a cue among them governs it (« a jugé la situation « intenable » »).
    [GeneratedRegex(@"(?:\S+\s+){0,2}\S+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NearCue();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\s)(?:mais\s+|et\s+|or\s+|cependant\s*,?\s*)?pour\s+(?<subj>(?!qui\b)[^,;:«»“”]+?)(?:,\s*(?<app>(?:du|de\s+la|de\s+l'|des|de)\s+[^,;:«»“”]+?))?\s*,\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PourBeforeQuote();

    [GeneratedRegex(@"^\s*(?:(?:mais|et|or|cependant|toutefois|en revanche)\s*,?\s+)?pour\s+(?<subj>(?!qui\b)[^,;:«»“”]+),\s*(?<content>[^«»“”]{10,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PourOpinion();

    [GeneratedRegex(@"^[^«»“”]*?[\s,]pour\s+qui\s*,?\s+(?<content>[^«»“”]{10,}?)\s*[.!?…]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PourQui();

    [GeneratedRegex(@"^(?<pre>[^«»“”,;]{3,}?),\s*(?:selon|d'après)\s+(?<subj>[^,;«»“”]+?)(?:,\s*(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}))?,\s+(?<post>\p{Ll}[^«»“”]{8,})$", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSelon();

    // Before a lowercase quote that is a whole clause: a comma or colon (an incise, « Pour X, », « Selon X, »).
    [GeneratedRegex(@"[,:]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FullClauseFrame();

    // « … pour qui, le 4 novembre, « … » »: inside a relative clause the quote stays a fragment.
    [GeneratedRegex(@"(?<![\p{L}'-])(?:qui|que|qu')(?![\p{L}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeFrame();

    [GeneratedRegex(@"^[\s»”""]*[.!?…]?[\s»”""]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // A clause: a subject pronoun first, or a finite verb (auxiliary, copula, modal, negation) somewhere in it.
    [GeneratedRegex(@"^\s*(?:je|j'|nous|vous|on|il|elle|ils|elles|c'|ce|cela|ça)(?![\p{L}-])|(?<![\p{L}'-])(?:est|sont|était|étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|auraient|va|vont|doit|doivent|peut|peuvent|faut|ne)(?![\p{L}-])|(?<![\p{L}'-])n'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullClause();

    [GeneratedRegex(@"^\s*(?:et|mais|puis|or)\s*(?=,)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncidentalStart();

    // One to three capitalized words, no article: after « selon » that is a named source (a body, a newspaper).
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’.&-]+(?:\s+\p{Lu}[\p{L}'’.&-]+){0,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareProperName();

    // Conditional, future, « il faut », « c'est »: how a speaker goes on, rarely how the narrator resumes after a quote.
    [GeneratedRegex(@"(?<![\p{L}'-])(?:c'est|ce\s+n'est|il\s+est\s+(?:grand\s+)?temps|il\s+faut|faut-il|serait|seraient|sera|seront|devrait|devraient|pourrait|pourraient|faudrait|faudra|restera|resteront|va|vont)(?![\p{L}'-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiscourseMarker();

    [GeneratedRegex(@"^\s*(?:or|par ailleurs|en outre|de plus|selon|d'après|de son côté|depuis|lors|dès|entre-temps|le lendemain|la veille|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en \d|le \d|à \d|au total|pour sa part)(?![\p{L}'-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeOpening();

    // « La préfète a visité la résidence », « Il a quitté la salle »: a third party (a definite noun phrase or a pronoun) as
    // subject of a verb in the compound or simple past — the narrator speaking again.
    [GeneratedRegex(@"^\s*(?:(?:le|la|les|l['’])\s*[\p{L}-]+(?:\s+(?!(?:a|ont|avait|avaient)\s)[\p{L}'’-]+){0,5}|il|elle|ils|elles)\s+(?:a|ont|avait|avaient)\s+(?:(?:déjà|ensuite|alors|aussi|également|enfin)\s+)?\p{Ll}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us)(?![\p{L}'-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonNarrative();

    // What governs a title or a word cited as such: a preposition or article right before the quote, « le mot », « intitulé ».
    [GeneratedRegex(@"(?:^|[\s'’])(?:de|du|des|d['’]|le|la|les|l['’]|dans|intitulée?s?|mot|titre)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLead();

    // A clause opening with a past participle or « âgé de »: « né le … à Paris », « installé à Lyon », « entourée de ses enfants ».
    [GeneratedRegex(@"^\s*(?:né|née|nés|nées|âgé|âgée|âgés|\p{Ll}{3,}(?:é|ée|és|ées))\s+(?:le|la|les|l['’]|à|au|aux|en|de|d['’]|du|des|par|depuis|dans|sur)(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleApposition();

    [GeneratedRegex(@"(?<![\p{L}'’-])(?:étant|ayant)(?![\p{L}'’-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteClause();

    // « La Commission scolaire … n'a pas voulu commenter »: a body named by its proper name as subject — the narrator again.
    [GeneratedRegex(@"^\s*(?:Le|La|Les|L['’])\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NamedBodySubject();

    // First person, or the spoken « on » and « ça » (« On n'a pas eu recours au dépannage », « ça va mieux »).
    [GeneratedRegex(@"(?:^|\s)(?:(?:je|nous|me|mon|ma|mes|notre|nos|moi|on|ça)(?=[\s,.])|j'|m')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenVoice();

    // Spoken turns a narrator's fact rarely takes: a negation, « il y (en) a », « qu'on ».
    [GeneratedRegex(@"(?<![\p{L}'-])(?:(?:ne|n')\s*[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:pas|plus|jamais|rien|personne)(?![\p{L}'-])|il\s+y\s+(?:en\s+)?a(?![\p{L}'-])|qu'on(?![\p{L}'-]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenMarker();

    [GeneratedRegex(@"^\s*qui\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeSubject();

    // Where a phrase that may name someone begins: a determiner, an honorific or a capitalized word.
    [GeneratedRegex(@"(?<![\p{L}'’-])(?:(?i:le|la|les|du|des|au|aux|son|sa|ses|leur|leurs|ce|cet|cette)(?![\p{L}'’-])|(?i:l['’])|(?:M\.|Mme|Me|Dr)(?![\p{L}'’-])|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseStart();

    [GeneratedRegex(@"(?:é|ée|és|ées)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareParticiple();

    [GeneratedRegex(@"^\s*(?:le|la|l['’])\s*\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteRoleLead();

    [GeneratedRegex(@"^\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}[\p{Ll}'-]+)+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"^\s*(?:(?:lui|eux)(?:-mêmes?)?|(?:elle|elles)-mêmes?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmphaticPronoun();

    [GeneratedRegex(@"(?:^|\s)(?:été|être|étant)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    // The complement may be set off by commas (« « … », les élections étant prévues en 2015, relève l'expert »).
    [GeneratedRegex(@"^[\s,]*[^,.;:«»“”]{1,60},", RegexOptions.CultureInvariant)]
    private static partial Regex ShortComplement();

    // Clause boundaries; the dot of an honorific or initial (« M. », « J. ») is not one.
    [GeneratedRegex(@"[,;():]|(?<!\b(?:M|MM|Me|Dr|Pr|\p{Lu}))\.", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    // After the verb: a time adverb or complement may come first (« a déclaré mardi le ministre », « a dit à l'AFP un porte-parole »,
    // « a annoncé aujourd'hui l'agence »).
    [GeneratedRegex(@"^(?:(?:\p{Ll}+(?:'\p{Ll}+)?|\d{1,4}(?:er)?|à\s+l'\p{L}+|à\s+\p{L}+|au\s+\p{L}+)\s+){0,3}(?:M\.|MM\.|Mme|Mmes|Me|Dr|le|la|les|l'|l’|un|une|son|sa|ses|leur|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PostVerbalSubject();

    // An acronym ends the addressee: « a indiqué à l'AFP Imelda X » — the name after it is the speaker.
    [GeneratedRegex(@"^\s*(?:(?:à|a)\s+(?:l'|l’|la\s+|les\s+)?|au\s+|aux\s+)(?:(?:journal|quotidien|hebdomadaire|magazine|radio|télévision|chaîne|site|agence|micro)\s+(?:de\s+|d')?)?(?:(?:Le|La|Les|L')\s*)?(?:\p{Lu}{2,}(?![\p{L}.&'’-])|\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)\s*,?", RegexOptions.CultureInvariant)]
    private static partial Regex Addressee();

    // A circumstance between an inverted cue and its subject: « lors d'une conférence de presse », « dans un communiqué »,
    // « devant les journalistes », « en marge du sommet » — one to five lowercase words up to a determiner or a capital.
    [GeneratedRegex(@"^\s*(?:lors|au\s+cours|à\s+l['’]issue|en\s+marge|dans|devant|pendant)\s+(?:[\p{Ll}'’-]+\s+){1,5}?(?=(?:M\.|Mme|Me|Dr|le|la|les|l['’]|un|une|son|sa|ses|leur)\s|l['’]|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ComplementLead();

    [GeneratedRegex(@"^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|matin|soir|après-midi|midi|dernier|dernière|\d{1,4}(?:er)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+|$))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"^\s*(?:et\s+|mais\s+|puis\s+)?(?<p>il|elle|ils|elles)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\s+(?:et|mais)\s+(?:il|elle|ils|elles|on)(?![\p{L}'-])", RegexOptions.CultureInvariant)]
    private static partial Regex NewClauseAfterSubject();

    [GeneratedRegex(@"^\s*(?:un|une)\s+\p{Ll}[\p{Ll}-]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IndefiniteNoun();

    [GeneratedRegex(@"^\s*(?:le|la|l['’])\s*\p{Ll}[\p{Ll}-]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteNoun();

    // Between two quotes of one speaker: a few words, no clause break (« « des retards » sur la ligne jusqu'à « … » »).
    [GeneratedRegex(@"^[\s,]*(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortGap();

    [GeneratedRegex(@"^\s*(?:et|mais|puis)\s", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeCoordination();

    [GeneratedRegex(@"^(?<content>[^«»“”]{20,}?),\s*(?:selon|d'après)\s+(?<subj>[^,;«»“”]+?)(?:,\s*(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}))?\s*[.!?…]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSelon();

    [GeneratedRegex(@"^(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartitiveLead();

    // « …, a-t-on appris de source policière », « …, apprend-on auprès de la mairie », « …, a appris l'AFP de sources concordantes ».
    [GeneratedRegex(@"^(?<content>[^«»“”]{20,}?),\s*(?:a-t-on\s+appris|apprend-on|avons-nous\s+appris|a\s+appris\s+l['’]AFP)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jeudi|hier|aujourd'hui|soir|matin))*\s+(?:(?<anon>de\s+sources?\s+[\p{L}'’ -]+?)|auprès\s+(?<src>(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[^,;«»“”]+?))\s*(?:,[^«»“”]*)?[.!?…]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LearnedFrom();

    [GeneratedRegex(@"^(?<content>[^«»“”]{20,}?)\s+(?:selon|d'après)\s+(?:les|des|ses|leurs)\s+(?:estimations|calculs|chiffres|prévisions|données)\s+(?:de\s+|d['’])(?<subj>[^,;«»“”]+?)(?:,[^«»“”]*)?\s*[.!?…]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SelonFigures();

    // Before a one-word quote: a reported clause already open (« que … ») and a determiner governing the word or its noun.
    // A noun may stand between the determiner and the word (« que le dernier cas « autochtone » remonte à … »).
    [GeneratedRegex(@"(?:^|\s)(?:que\s|qu')(?:.*\s)?(?:le|la|les|l'|un|une|du|des|d')\s*(?:[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermInReportedClause();

    [GeneratedRegex(@"[.!?…][\s»”""]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineEnd();

    // Where a sentence turns to a second speaker: « …, tandis que Y … », « …, alors que Y … », « …; Y … ».
    [GeneratedRegex(@",\s*(?:tandis\s+qu(?:e\s|')|alors\s+qu(?:e\s|'))|;\s", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastBreak();

    [GeneratedRegex(@"[«»“”""]", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMark();

    // The head noun of the object after a position verb: « rejeté mardi ces accusations » → accusations.
    [GeneratedRegex(@"\G(?:\s+[\p{Ll}'’]+)*?\s+(?:(?:la|le|les|ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une|\d\S*)\s+|l['’]\s*)(?<head>[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHead();

    // « plus rapide que », « moins cher qu' »: the « que » of a comparison.
    [GeneratedRegex(@"(?<![\p{L}'-])(?:plus|moins|aussi|autant|mieux|pire)\s+(?:[\p{L}'’-]+\s+){1,2}(?:que|qu['’])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparativeQue();

    // Between two sentences of a quotation: the end mark stays with the first (« … rapprochées. | Tout le monde … »); not
    // after an honorific or an initial (« M. », « J. »).
    [GeneratedRegex(@"(?<=(?<!\b(?:M|MM|Mme|Me|Dr|Pr|St|\p{Lu}))[.!?…])\s+(?=[«“""]?\s*\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteSentenceBreak();

    // A person's full name: two or three capitalized words, the later ones possibly with a particle (« Job Le Berre »).
    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:Le|La|De|Du|Van|Von|de|du|van|von)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex FullNameInSentence();

    // A vote, not speech: « a rejeté la motion par douze voix contre huit », « a adopté … à l'unanimité ».
    [GeneratedRegex(@"(?<![\p{L}'-])(?:par\s+[\p{L}\d-]+\s+voix|à\s+l['’]unanimité|à\s+main\s+levée)(?![\p{L}'-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteTail();

    // « Un député dénonce … », « Pour le PDG de Titan, « … » »: a headline's role, indefinite or definite, before the story names who holds it.
    [GeneratedRegex(@"^(?:un|une|le|la|l['’])\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineRole();

    [GeneratedRegex(@"^\s*[«“""]\s*(?<q>[^«»“”""]+?)\s*[»”""]\s*[.!?…]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedClause();
}
