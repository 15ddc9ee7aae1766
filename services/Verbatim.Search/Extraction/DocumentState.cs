using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

public sealed partial class StatementExtractor
{
    /// <summary>People and institutions met so far in one dispatch, for resolving later references.</summary>
    private sealed partial class DocumentState(StatementExtractor owner)
    {
        private readonly List<Person> _persons = [];
        private readonly List<Person> _recent = [];
        private readonly List<(int Segment, int Position, Person Person)> _mentions = [];
        private readonly List<(int Segment, SpeakerRef Speaker)> _speakers = [];
        private int _segment;

        /// <summary>Where in the current sentence the reference being resolved sits: only what comes before counts.</summary>
        public int Cursor { get; set; } = int.MaxValue;

        public void BeginSegment(int segment)
        {
            _segment = segment;
            Cursor = int.MaxValue;
        }

        public SpeakerRef? LastSpeaker { get; private set; }
        public string? LastCue { get; private set; }
        public int? LastSpeakerSegment { get; set; }
        public StatementKind? LastKind { get; set; }

        /// <summary>A speaker's free direct speech (words then an inverted incise) that the next sentences may continue.</summary>
        public sealed record FreeVoice(SpeakerRef Speaker, string Cue, int Segment, int Paragraph, int Count);

        public FreeVoice? Voice { get; set; }

        /// <summary>A direct quotation left open at the end of a paragraph: the next paragraphs are inside it until it closes.</summary>
        public sealed record OpenQuote(SpeakerRef Speaker, string Cue, int Paragraph, int Paragraphs);

        public OpenQuote? Carried { get; set; }

        /// <summary>The sentence whose cue-less quote was given to the previous speaker: the next sentence may not borrow again.</summary>
        public int? BorrowedQuoteSegment { get; set; }

        /// <summary>The source gives one sentence per paragraph (line-by-line articles): paragraphs say nothing of who speaks.</summary>
        public bool LineMode { get; set; }

        /// <summary>Whether a sentence names a person (quote-less continuations name nobody new).</summary>
        public bool MentionsSomeone(int segment) => _mentions.Any(m => m.Segment == segment);

        public void NoteSpeaker(SpeakerRef speaker)
        {
            LastSpeaker = speaker;
            _speakers.Add((_segment, speaker));
            var person = _persons.FirstOrDefault(p => p.Ref.Id == speaker.Id);
            if (person is not null)
            {
                Touch(person);
            }
        }

        /// <summary>Registers the people a sentence mentions, with roles given in apposition.</summary>
        public void Observe(string sentence)
        {
            _sentences.Add(sentence);
            ObserveTitles(sentence);
            ObserveOrganizations(sentence);
            var mentions = FindPersons(sentence);
            var roles = owner._roleHead.Matches(sentence).Cast<Match>().ToList();
            foreach (var mention in mentions)
            {
                var known = _persons.Count;
                var person = Register(mention);
                if (_persons.Count > known)
                {
                    NameUnnamedRole(person, sentence, mention);
                }

                if (mention.Honorific == "Me")
                {
                    person.AddRole(Role.Lawyer); // « Me Clayton Ruby »: Maître is how French names a lawyer
                }

                // "le ministre russe des Affaires étrangères(,) Sergueï Lavrov" / "Sergueï Lavrov, le ministre …"
                foreach (var role in roles)
                {
                    var roleEnd = role.Groups["role"].Index + role.Groups["role"].Length;
                    var before = role.Index <= mention.Start && mention.Start >= role.Index + role.Length && mention.Start >= roleEnd
                                 && Apposition().IsMatch(sentence.AsSpan(role.Index + role.Length, mention.Start - role.Index - role.Length));
                    var inside = mention.Start >= roleEnd && mention.Start < role.Index + role.Length;
                    var after = role.Index >= mention.End && role.Index - mention.End <= 3;
                    // « son homologue britannique X, le chef de la diplomatie américaine, … »: a role of another country
                    // after the name begins a new phrase, it is not X's.
                    // « son épouse Laurie Anderson dans une lettre »: the words after the name inside the match are no qualifiers.
                    var candidate = Role.From(role, owner._speakers, inside ? mention.Start : null);
                    if ((before || inside || after) && !(candidate.Country is not null && person.Ref.Country is not null && candidate.Country != person.Ref.Country))
                    {
                        person.AddRole(candidate);
                    }
                }

                _mentions.Add((_segment, mention.Start, person));
                Touch(person);
            }
        }

        /// <summary>
        /// Headlines name people by surname alone (« Morel réclame un plan »), and the story may then only say
        /// « le ministre »: a capitalized word opening the headline (after an optional « Topic : »), followed by a
        /// verb that is not a participle (« Renault plombé en Bourse » is no agent), is a person's surname.
        /// </summary>
        public void ObserveHeadline(string headline, int segment)
        {
            var m = HeadlineSurname().Match(headline);
            if (!m.Success)
            {
                return;
            }

            var surname = m.Groups["name"].Value;
            var verb = m.Groups["verb"].Value;
            if (NotNames.Contains(surname) || owner._speakers.Institutions.ContainsKey(surname) || owner._speakers.Countries.ContainsKey(surname)
                || owner._speakers.Organizations.ContainsKey(surname) || HeadlineNotVerb.Contains(verb) || Participle().IsMatch(verb))
            {
                return;
            }

            var person = Register(new PersonMention("", surname, 'x', m.Groups["name"].Index, m.Groups["name"].Index + surname.Length));
            _mentions.Add((segment, m.Groups["name"].Index, person));
            Touch(person);
        }

        private static readonly HashSet<string> HeadlineNotVerb = new(StringComparer.Ordinal)
        {
            "de", "du", "des", "d", "et", "ou", "en", "à", "au", "aux", "la", "le", "les", "l", "un", "une", "sur", "dans", "pour", "par",
            "avec", "sans", "contre", "entre", "chez", "vers", "après", "avant", "selon", "face", "sous",
        };

        /// <summary>
        /// « …, admet Kerry » in a headline, before the story says « John Kerry »: a one-word source taken for a body is
        /// the person the dispatch names with that surname.
        /// </summary>
        public SpeakerRef PersonForSurname(SpeakerRef speaker) =>
            speaker.Kind == SpeakerKind.Institution && !speaker.Name.Contains(' ', StringComparison.Ordinal)
            && _persons.LastOrDefault(p => p.SurnameKey == NameCanonicalizer.Key(speaker.Name)) is { } person
                ? person.Ref
                : speaker;

        private string? SubsidiaryName(string parent) =>
            _persons.Select(p => p.Ref.Name).Concat(_organizations.Select(o => o.Ref.Name))
                .FirstOrDefault(n => n.StartsWith(parent + " ", StringComparison.Ordinal));

        /// <summary>Definite roles that spoke before anyone held them (« Le chef de la sécurité intérieure a accusé … »).</summary>
        private readonly List<(int Segment, Role Role, SpeakerRef Speaker)> _unnamedRoles = [];

        /// <summary>
        /// News names the holder of a role it opened with in the next sentences (« Le chef de la sécurité a accusé … » …
        /// « Meng X, membre du Bureau politique, … »): the first person introduced within two sentences after a definite role
        /// that spoke unnamed is that role, unless the text gives them another role of the lexicon or another gender.
        /// </summary>
        private void NameUnnamedRole(Person person, string sentence, PersonMention mention)
        {
            var pending = _unnamedRoles.FindIndex(u => u.Segment < _segment && u.Segment >= _segment - 2);
            if (pending < 0)
            {
                return;
            }

            var (_, role, speaker) = _unnamedRoles[pending];
            _unnamedRoles.RemoveAt(pending);
            var otherRole = owner._roleHead.Matches(sentence).Any(r => Math.Abs(r.Index - mention.End) <= 3 || (r.Index < mention.Start && mention.Start - (r.Index + r.Length) <= 2))
                            && !person.HasRole(role.Head);
            var gender = mention.Gender != 'x' ? mention.Gender : person.Gender;
            if (otherRole || (gender != 'x' && role.Gender != 'x' && gender != role.Gender))
            {
                return;
            }

            person.AddRole(role);
            Renamed[speaker.Id] = person.Ref;
        }

        /// <summary>The first person named before a segment: an interview's introduction names the interviewee first.</summary>
        /// <param name="segment">The interview's first question.</param>
        /// <param name="eligible">False for segments whose people cannot be the interviewee (the interviewer's credit line).</param>
        public SpeakerRef? FirstPersonBefore(int segment, Func<int, bool> eligible) =>
            // Introduced with a role (« X, le PDG de … ») beats a name met first in a headline's quote.
            (_mentions.FirstOrDefault(m => m.Segment < segment && eligible(m.Segment) && m.Person.HasAnyRole).Person
             ?? _mentions.FirstOrDefault(m => m.Segment < segment && eligible(m.Segment)).Person)?.Ref;

        /// <summary>
        /// The first person the dispatch describes by a role head (« le député bruxellois X », « Me X » for « avocat »):
        /// who a headline's « un député » turns out to be. Whoever the headline names is someone else (« un député demande
        /// la démission de X »: X is not the deputy).
        /// </summary>
        public SpeakerRef? PersonWithRole(string head, int headlineSegment) =>
            _persons.FirstOrDefault(p => p.HasRole(head) && !_mentions.Any(m => m.Person == p && m.Segment == headlineSegment))?.Ref;

        /// <summary>
        /// The referent of « il »/« elle »: going back sentence by sentence from the pronoun, the speaker of
        /// that sentence if it has one, else its first compatible person (the subject, in news style);
        /// in the pronoun's own sentence only what precedes it counts.
        /// </summary>
        public SpeakerRef? ResolvePronoun(string pronoun)
        {
            var gender = pronoun.ToLowerInvariant() switch { "il" or "ils" or "lui" or "eux" => 'm', "elle" or "elles" => 'f', _ => 'x' };
            for (var seg = _segment; seg >= 0 && seg >= _segment - 4; seg--)
            {
                var speaker = _speakers.LastOrDefault(s => s.Segment == seg && Compatible(s.Speaker, gender)).Speaker;
                if (speaker is not null)
                {
                    return speaker;
                }

                var mention = _mentions.FirstOrDefault(m => m.Segment == seg && (seg < _segment || m.Position < Cursor)
                                                            && Compatible(m.Person.Ref, gender)).Person;
                if (mention is not null)
                {
                    return mention.Ref;
                }
            }

            if (LastSpeaker is not null && Compatible(LastSpeaker, gender))
            {
                return LastSpeaker;
            }

            for (var i = _recent.Count - 1; i >= 0; i--)
            {
                if (_recent[i].Gender == 'x' || gender == 'x' || _recent[i].Gender == gender)
                {
                    return _recent[i].Ref;
                }
            }

            return LastSpeaker;
        }

        /// <summary>The last speaker of this sentence or the four before it that the pronoun can designate, if any.</summary>
        public SpeakerRef? RecentSpeaker(string pronoun)
        {
            var gender = pronoun.ToLowerInvariant() switch { "il" or "ils" => 'm', "elle" or "elles" => 'f', _ => 'x' };
            return _speakers.LastOrDefault(s => s.Segment >= _segment - 4 && s.Speaker.Kind == SpeakerKind.Person && Compatible(s.Speaker, gender)).Speaker;
        }

        /// <summary>A person's grammatical gender as the dispatch gives it (m, f), or x when nothing tells.</summary>
        public char GenderOf(SpeakerRef speaker) =>
            speaker.Kind == SpeakerKind.Person ? _persons.FirstOrDefault(p => p.Ref.Id == speaker.Id)?.Gender ?? 'x' : _genders.GetValueOrDefault(speaker.Id, 'x');

        private bool Compatible(SpeakerRef speaker, char gender)
        {
            if (speaker.Kind != SpeakerKind.Person)
            {
                // « il » for a ministry or a capital; « elle » only for a feminine body (« la fédération »).
                var own = _genders.GetValueOrDefault(speaker.Id, 'm');
                return gender == 'x' || own == 'x' || own == gender;
            }

            var person = _persons.FirstOrDefault(p => p.Ref.Id == speaker.Id);
            return person is null || person.Gender == 'x' || gender == 'x' || person.Gender == gender;
        }

        /// <summary>Who a subject phrase designates: named people (several when joint), a pronoun, a role, an institution.</summary>
        public IReadOnlyList<SpeakerRef> ResolveSubject(string phrase, bool preferPerson)
        {
            // « Et la Marine de certifier que … »: the narrative infinitive's subject, without « et » and « de ».
            var text = NarrativeInfinitiveFrame().Replace(phrase.Trim(), "");
            if (text.Length == 0)
            {
                return [];
            }

            // « Dumont & Laval », « Standard & Poor's »: names joined by « & » are one firm, never a person cut at the first name.
            var firm = FirmName().Match(text);
            if (firm.Success && firm.Index <= 12)
            {
                var name = firm.Value.Trim();
                // « S&P » after « Standard & Poor's »: the initials of a firm named before are that firm.
                var firmRef = _organizations.LastOrDefault(o => o.Ref.Name == name || Initials(o.Ref.Name) == name).Ref;
                return [firmRef ?? RegisterOrganization("", name, 'x')];
            }

            var mentions = FindPersons(text);
            var leadingRole = owner._roleHead.Match(text);
            var roleEnd = leadingRole.Groups["role"].Index + leadingRole.Groups["role"].Length;
            if (leadingRole.Success && leadingRole.Index <= 3 && mentions.Count > 0 && mentions[0].Start > roleEnd
                && Complement().IsMatch(text[roleEnd..mentions[0].Start]))
            {
                // « le ministre à New York »: the role is the subject, the later name a complement.
                return ResolveRole(leadingRole) is { } lr ? [lr] : [];
            }

            // « selon un rapport de l'ONG Forêts Vivantes »: two capitalized words the dispatch named as a body are that body.
            if (mentions.Count > 0 && _organizations.FirstOrDefault(o => o.Ref.Name == $"{mentions[0].FirstNames} {mentions[0].Surname}").Ref is { } body)
            {
                return [body];
            }

            if (mentions.Count > 0)
            {
                var joint = mentions.Count > 1 && JointConnector().IsMatch(text);
                var chosen = joint ? mentions : [mentions[0]];
                return chosen.Select(m => Register(m).Ref).Distinct().ToList();
            }

            var pronoun = LeadingPronoun().Match(text);
            if (pronoun.Success)
            {
                return ResolvePronoun(pronoun.Groups["p"].Value) is { } p ? [p] : [];
            }

            // « Tremblay a assuré que … » after « Marc Tremblay »: a surname alone names someone already introduced.
            var surname = LeadingSurname().Match(text);
            if (surname.Success && _persons.LastOrDefault(p => p.SurnameKey == NameCanonicalizer.Key(surname.Groups["s"].Value)) is { } known
                && MentionedBeforeCursor(known))
            {
                return [known.Ref];
            }

            if (JointConnector().IsMatch(text))
            {
                // « La banque et Londres ont souligné … »: a joint statement by bodies.
                // « Aerolux et Skyvia ont dit … »: bodies named bare, without article, are named sources too.
                var parts = JointConnector().Split(text).Select(part => ResolveSingle(part) ?? BareName(part)).ToList();
                if (parts.Count > 1 && parts.All(p => p is not null))
                {
                    return parts.Select(p => p!).DistinctBy(p => p.Id).ToList();
                }
            }

            if (ResolveSingle(text) is { } single)
            {
                return [single];
            }

            // « Du côté des résultats, Cogeco a indiqué … » after « Cogeco Câble »: one capitalized word alone as the subject of
            // a cue is a named source when the dispatch used it as the head of a longer name before, or in a headline (which
            // names by surname: « …, admet Kerry »). A word met only as a place (« était à Halifax ») is nobody.
            var word = text.Trim();
            return SingleCapitalized().IsMatch(text) && !NotNames.Contains(word)
                   && (InHeadline || _sentences.Any(seen => NameHead(seen, word)))
                ? [NamedSource(word)]
                : [];
        }

        /// <summary>The sentence being read is an article's headline line.</summary>
        public bool InHeadline { get; set; }

        private readonly List<string> _sentences = [];

        private static bool NameHead(string sentence, string word)
        {
            for (var i = sentence.IndexOf(word + " ", StringComparison.Ordinal); i >= 0; i = sentence.IndexOf(word + " ", i + 1, StringComparison.Ordinal))
            {
                var next = i + word.Length + 1;
                if ((i == 0 || !char.IsLetter(sentence[i - 1])) && next < sentence.Length && char.IsUpper(sentence[next]))
                {
                    return true;
                }
            }

            return false;
        }

        [GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}][\p{L}'’&-]+\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex SingleCapitalized();

        /// <summary>One or two capitalized words and nothing else (« Skyvia »): a person if known as one, else a body.</summary>
        private SpeakerRef? BareName(string part) =>
            BareCapitalized().IsMatch(part) && !NotNames.Contains(part.Trim()) ? NamedSource(part.Trim()) : null;

        [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’.&-]+(?:\s+\p{Lu}[\p{L}'’.&-]+)?\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex BareCapitalized();

        private SpeakerRef? ResolveSingle(string phrase)
        {
            var text = phrase.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            var role = owner._roleHead.Match(text);
            if (role.Success && role.Index <= 12)
            {
                return ResolveRole(role);
            }

            var known = owner._speakers.InstitutionPattern.Match(text);
            // « le Tokyo Herald », « le Washington Post »: a city's name followed by another capitalized word is a longer name.
            if (known.Success && !CapitalizedNext().IsMatch(text.AsSpan(known.Index + known.Length)))
            {
                return Institution(owner._speakers.Institutions[known.Value], 'm');
            }

            if (DocumentReference().IsMatch(text) && LastSpeaker is not null)
            {
                return LastSpeaker; // « précise le communiqué » speaks for whoever issued it
            }

            return ResolveOrganization(text);
        }

        /// <summary>Organizations that spoke; descriptive ones (« le syndicat des journalistes allemands ») may get a proper name later.</summary>
        private readonly List<(string Head, SpeakerRef Ref, bool Descriptive)> _organizations = [];

        /// <summary>
        /// « la Marine nationale », « l'entreprise DCNS », « l'agence chargée de … », « RBS », « Le L.A. Times »:
        /// an organization named by its proper name when the phrase has one, else by its head noun and
        /// complements; a later bare « l'agence » refers back to the earlier one with the same head.
        /// </summary>
        private SpeakerRef? ResolveOrganization(string text)
        {
            if (LinkedBody(text) is { } linked)
            {
                return linked;
            }

            var m = OrganizationPhrase().Match(text);
            if (m.Success && m.Index <= 12)
            {
                var head = m.Groups["head"].Value.ToLowerInvariant();
                if (owner._speakers.Organizations.TryGetValue(head, out var gender))
                {
                    var qual = TrailingTime().Replace(m.Groups["qual"].Value, "").Trim();
                    // A ministry is named by its portfolio (« ministère de la Santé »), not by the capitalized word alone.
                    var proper = ProperName().Match(qual);
                    if (proper.Success && head == "filiale" && SubsidiaryName(proper.Value.Trim()) is { } subsidiary)
                    {
                        // « Les abonnés de Cogeco Câble … » then « La filiale de Cogeco a indiqué »: a subsidiary is named
                        // after its parent, so a longer name starting with the parent's, met before, is the subsidiary.
                        return RegisterOrganization(head, subsidiary, gender);
                    }

                    if (proper.Success && !head.StartsWith("ministère", StringComparison.Ordinal))
                    {
                        return RegisterOrganization(head, BodyName(m.Groups["head"].Value, qual, proper), gender);
                    }

                    var earlier = _organizations.LastOrDefault(o => o.Head == head).Ref;
                    // « l'armée israélienne » first seen: the nationality is part of its name (later, « l'agence américaine »
                    // refers back to the agency named before).
                    if (earlier is null && NationalBody(head, qual) is { } national)
                    {
                        return RegisterOrganization(head, national, gender);
                    }

                    if (earlier is not null && (qual.Length == 0 || !char.IsLower(qual[0]) || qual.Split(' ').Length <= 1))
                    {
                        return earlier;
                    }

                    if (qual.Length == 0 && LastNamedOrganization(head) is { } lastNamed)
                    {
                        return lastNamed;
                    }

                    // « l'Agence régionale de santé (ARS) Occitanie » … « selon l'agence »: a bare head is the body named
                    // last whose name begins with it.
                    if (qual.Length == 0 && earlier is null && NamedWithHead(head) is { } withHead)
                    {
                        return withHead;
                    }

                    return RegisterOrganization(head, (head + " " + qual).Trim(), gender, descriptive: qual.Length > 0);
                }
            }

            // A capitalized name behind an article is a body or a newspaper, not a person: « Le L.A. Times ».
            var named = ArticleProperName().Match(text);
            if (named.Success && named.Index <= 3)
            {
                var name = named.Groups["name"].Value.Trim();
                // « La Vigie affirme … » after « selon La Vigie »: a newspaper keeps the article of its title.
                var title = _titles.GetValueOrDefault(name) ?? name;
                return RegisterOrganization("", title, named.Groups["det"].Value.ToLowerInvariant() == "la" ? 'f' : 'm');
            }

            var acronym = Acronym().Match(text);
            if (acronym.Success && acronym.Index <= 12)
            {
                return RegisterOrganization("", acronym.Value, 'x');
            }

            // « Plusieurs traders », « des habitants interrogés par l'AFP »: people who stay anonymous as a group.
            var group = GroupSubject().Match(text);
            if (group.Success && owner._speakers.Groups.Contains(group.Groups["noun"].Value)
                && (!group.Groups["det"].Value.Equals("les", StringComparison.OrdinalIgnoreCase) || owner._speakers.DefiniteGroups.Contains(group.Groups["noun"].Value)))
            {
                var name = (group.Groups["det"].Value + " " + group.Groups["noun"].Value).ToLowerInvariant();
                return new SpeakerRef("u-" + NameCanonicalizer.Key(name).Replace(' ', '-'), name, SpeakerKind.Unresolved, group.Groups["noun"].Value.ToLowerInvariant());
            }

            return null;
        }

        private SpeakerRef RegisterOrganization(string head, string name, char gender, bool descriptive = false)
        {
            var speaker = Institution(name, gender);
            _organizations.Add((head, speaker, descriptive));
            _genders[speaker.Id] = gender;
            return speaker;
        }

        private readonly Dictionary<string, char> _genders = new(StringComparer.Ordinal);

        private static SpeakerRef Institution(string name, char gender) =>
            new("i-" + NameCanonicalizer.Key(name).Replace(' ', '-'), name, SpeakerKind.Institution);

        private SpeakerRef? ResolveRole(Match match)
        {
            var role = Role.From(match, owner._speakers);
            var det = match.Groups["det"].Value.ToLowerInvariant();
            if (det is "un" or "une")
            {
                // An anonymous source is its own (unresolved) speaker, never someone named earlier.
                var name = match.Value.Trim();
                return new SpeakerRef("u-" + NameCanonicalizer.Key(name).Replace(' ', '-'), name, SpeakerKind.Unresolved, role.Head, role.Country);
            }

            // « a ajouté cet homme »: a demonstrative epithet points at whoever just spoke, named or not.
            if (det is "ce" or "cet" or "cette" && Epithets.Contains(role.Head) && LastSpeaker is { Kind: not SpeakerKind.Institution } last
                && Compatible(last, role.Gender))
            {
                return last;
            }

            var recent = _recent.Where(MentionedBeforeCursor).ToList();
            if (role.Head.Equals("homologue", StringComparison.OrdinalIgnoreCase) && role.Country is not null)
            {
                // « son homologue chinois »: someone already known as Chinese, else an unnamed speaker.
                var sameCountry = recent.LastOrDefault(p => p.Ref.Country == role.Country && p.Ref.Id != LastSpeaker?.Id);
                return sameCountry?.Ref ?? new SpeakerRef("u-" + NameCanonicalizer.Key(match.Value).Replace(' ', '-'), match.Value.Trim(),
                    SpeakerKind.Unresolved, role.Head, role.Country);
            }

            if (role.Head.Equals("homologue", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = recent.Count - 1; i >= 0; i--)
                {
                    if (LastSpeaker is null || recent[i].Ref.Id != LastSpeaker.Id)
                    {
                        return recent[i].Ref;
                    }
                }
            }

            // Best: a person already described with the same role (and the same qualifiers, e.g. "russe").
            Person? best = null;
            var bestScore = 0;
            for (var i = recent.Count - 1; i >= 0; i--)
            {
                var score = recent[i].RoleScore(role);
                if (score > bestScore)
                {
                    best = recent[i];
                    bestScore = score;
                }
            }

            if (best is not null)
            {
                return best.Ref;
            }

            // « selon le procureur de la République, Étienne Sarlat, qui … »: the holder named in apposition in this very
            // sentence (the role was given to them when the sentence was read) beats a guess by gender.
            // « le ministre à New York » is no apposition: the name must follow the role phrase after a comma.
            var rolePhrase = match.Value.Trim();
            var sentence = _sentences.Count > 0 ? _sentences[^1] : "";
            if (_mentions.FirstOrDefault(m => m.Segment == _segment && m.Person.RoleScore(role) > 0 && m.Position <= sentence.Length
                                             && sentence[..m.Position].TrimEnd() is var lead && lead.EndsWith(',')
                                             && lead.TrimEnd(',', ' ').EndsWith(rolePhrase, StringComparison.Ordinal)).Person is { } apposed)
            {
                return apposed.Ref;
            }

            // Otherwise the most recent person of compatible gender: news style refers back by role.
            for (var i = recent.Count - 1; i >= 0; i--)
            {
                if ((role.Gender == 'x' || recent[i].Gender == 'x' || recent[i].Gender == role.Gender) && !recent[i].Conflicts(role))
                {
                    recent[i].AddRole(role);
                    return recent[i].Ref;
                }
            }

            // Nobody to refer to: the role itself speaks (« le ministre », « la porte-parole »).
            var complement = Complement().Match(match.Value);
            var phrase = (complement.Success ? match.Value[..complement.Index] : match.Value).Trim();
            var unnamed = new SpeakerRef("u-" + NameCanonicalizer.Key(phrase).Replace(' ', '-'), phrase, SpeakerKind.Unresolved, role.Head, role.Country);
            if (det is "le" or "la" or "l'" or "l’")
            {
                _unnamedRoles.Add((_segment, role, unnamed));
            }

            return unnamed;
        }

        /// <summary>Known from an earlier sentence, or earlier in this one than the reference being resolved.</summary>
        private bool MentionedBeforeCursor(Person person) =>
            _mentions.Any(m => m.Person == person && (m.Segment < _segment || m.Position < Cursor))
            || _speakers.Any(s => s.Speaker.Id == person.Ref.Id);

        private Person Register(PersonMention mention)
        {
            var surnameKey = NameCanonicalizer.Key(mention.Surname);
            var full = mention.FirstNames.Length > 0 ? mention.FirstNames + " " + mention.Surname : mention.Surname;
            Person? existing = null;
            if (mention.FirstNames.Length > 0)
            {
                var canonical = owner._names.Canonical(full);
                existing = _persons.FirstOrDefault(p => p.FullKey == NameCanonicalizer.Key(canonical))
                           ?? _persons.FirstOrDefault(p => p.SurnameKey == surnameKey && p.FullKey == p.SurnameKey);
                if (existing is not null && existing.FullKey == existing.SurnameKey)
                {
                    existing.Upgrade(canonical, owner._names.SpeakerId(full));
                }
            }
            else
            {
                existing = _persons.LastOrDefault(p => p.SurnameKey == surnameKey);
            }

            if (existing is null)
            {
                var canonical = owner._names.Canonical(full);
                existing = new Person(canonical, surnameKey, owner._names.SpeakerId(full));
                _persons.Add(existing);
            }

            if (mention.Gender != 'x')
            {
                existing.Gender = mention.Gender;
            }

            return existing;
        }

        private void Touch(Person person)
        {
            _recent.Remove(person);
            _recent.Add(person);
        }

        private static readonly HashSet<string> HonorificWords = new(StringComparer.Ordinal) { "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr" };

        private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
        {
            "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Ce", "Cette", "Ces", "Il", "Elle", "Ils", "Elles",
            "Selon", "Mais", "Pour", "Dans", "En", "Au", "Aux", "À", "A", "Et", "Ou", "Si", "Lors", "Après", "Avant",
            "Depuis", "Pendant", "Sur", "Sous", "Par", "Avec", "Sans", "Son", "Sa", "Ses", "Leur", "Leurs", "Nous", "Vous",
            "Je", "On", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier", "Février",
            "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "Cet",
            "Quant", "Toutefois", "Cependant", "Pourtant", "Ainsi", "Enfin", "Puis", "Alors", "C", "Ici", "Là", "Dès",
            "Face", "Outre", "Entre", "Contre", "Vers", "Chez", "Tandis", "Alors", "Comme", "Lorsque", "Quand", "Malgré",
            "Conseil", "Union", "Etat", "État", "Etats", "États", "Nations", "Affaires", "Assemblée", "Parlement",
            "Sénat", "Cour", "Tribunal", "Ministère", "Commission", "Gouvernement", "Maison", "Blanche", "Kremlin",
            "Monsieur", "Madame", "Premier", "Première", "Président", "Présidente", "Ministre", "Chef", "Porte",
            "AFP", "Reuters", "Nord", "Sud", "Est", "Ouest", "Moyen", "Orient", "Proche", "Unies", "Uni",
        };

        private List<PersonMention> FindPersons(string text)
        {
            var result = new List<PersonMention>();
            foreach (Match m in PersonName().Matches(text))
            {
                var tokens = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                var start = m.Groups["name"].Index;
                while (tokens.Count > 0 && (NotNames.Contains(tokens[0].TrimEnd('\'')) || ElidedArticle().IsMatch(tokens[0])))
                {
                    start += tokens[0].Length + 1;
                    tokens.RemoveAt(0);
                }

                while (tokens.Count > 0 && NotNames.Contains(tokens[^1]))
                {
                    tokens.RemoveAt(tokens.Count - 1);
                }

                var honorific = m.Groups["hon"].Success ? m.Groups["hon"].Value.Trim() : "";
                // « Selon Mme Valadier », « Pour Me Lucie Hamon »: a capitalized word before the honorific made the match start
                // early; once that word is dropped, the honorific is an honorific, not a first name.
                if (honorific.Length == 0 && tokens.Count > 1 && HonorificWords.Contains(tokens[0]))
                {
                    honorific = tokens[0];
                    start += tokens[0].Length + 1;
                    tokens.RemoveAt(0);
                }

                if (honorific.Length == 0 && (ArticleBefore().IsMatch(text.AsSpan(0, m.Groups["name"].Index))
                                              || (start > m.Groups["name"].Index && ArticleToken().IsMatch(m.Groups["name"].Value))))
                {
                    continue; // « La Presse Canadienne », « le Los Angeles Times »: not a person
                }

                var capitalized = tokens.Count(t => char.IsUpper(t[0]));
                if (tokens.Count == 0 || (honorific.Length == 0 && capitalized < 2) || tokens.Any(t => owner._speakers.Institutions.ContainsKey(t)))
                {
                    continue;
                }

                var gender = honorific switch { "M." or "MM." => 'm', "Mme" or "Mmes" or "Mlle" => 'f', _ => 'x' };
                var joint = honorific is "MM." or "Mmes";
                var surname = tokens[^1];
                var first = honorific.Length > 0 && tokens.Count == 1 ? "" : string.Join(' ', tokens[..^1]);
                // Particles belong to the surname: "Ursula von der Leyen".
                var parts = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                while (parts.Count > 0 && char.IsLower(parts[^1][0]))
                {
                    surname = parts[^1] + " " + surname;
                    parts.RemoveAt(parts.Count - 1);
                }

                if (result.Count > 0 && start < result[^1].End)
                {
                    continue; // already taken as the second half of « MM. X et Y »
                }

                if (honorific.Length == 0 && start > 0 && text[start - 1] == '(' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ')')
                {
                    continue; // « leur maison de Springs (Long Island) »: a name in parentheses glosses a place
                }

                result.Add(new PersonMention(string.Join(' ', parts), surname, gender, start, m.Index + m.Length, honorific));
                if (joint)
                {
                    // "MM. Lavrov et Wang", "MM. Laurent Martin et Hans Keller": the honorific covers the second name too.
                    var rest = text[(m.Index + m.Length)..];
                    var second = JointSurname().Match(rest);
                    if (second.Success)
                    {
                        var names = second.Groups["s"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        result.Add(new PersonMention(string.Join(' ', names[..^1]), names[^1], 'm', m.Index + m.Length + second.Groups["s"].Index, m.Index + m.Length + second.Length));
                    }
                }
            }

            return result;
        }

        // A name may follow an elided « d' » (« dans l'esprit d'Abdel-Malik X »), never another letter, apostrophe or hyphen.
        [GeneratedRegex(@"(?<hon>(?<![\p{L}])(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s+)?(?<name>(?:(?<=(?<![\p{L}])[dD]['’])|(?<![\p{L}'’-]))\p{Lu}[\p{Ll}\p{Lu}ïëöüéèêâîôçñ'-]*[\p{Ll}ïëé](?:\s+(?:(?:de|du|des|von|van|der|den|al|el|ben|bin|da|di|dos|le|la)\s+)?\p{Lu}[\p{Ll}ïëöüéèêâîôçñ'-]*\p{Lu}?[\p{Ll}ïëöüéèêâîôçñ'-]+){0,3})", RegexOptions.CultureInvariant)]
        private static partial Regex PersonName();

        [GeneratedRegex(@"^\s*(?:le|ce|leur|son|dans\s+un|dans\s+son|dans\s+le)\s+(?:communiqué|texte|document)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex DocumentReference();

        [GeneratedRegex(@"(?<![\p{L}'])(?:(?i:les|le|la)\s+|(?i:l')\s*)(?<head>[\p{Ll}é-]+|\p{Lu}{2,4}(?![\p{L}'’-]))(?<qual>(?:\s+(?!(?:sur|dans|à|au|aux|pour|par|avec|en|lors|devant|selon|après|avant|depuis|qui|que|qu'|dont|a|ont|est|sont|était|veut|veulent|peut|peuvent|doit|doivent|va|vont|fait|font|vient|viennent)\b)(?:[\p{L}'’.-]+|&)){0,7})", RegexOptions.CultureInvariant)]
        private static partial Regex OrganizationPhrase();

        [GeneratedRegex(@"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|également|aussi|encore|ainsi|notamment|cependant|toutefois|pourtant)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex TrailingTime();

        // « Transbreizh », « Marine nationale », « Standard & Poor's »; a sentence's final dot is not part of it (« Al-Arabiya. »).
        // It may follow an elided « d' » (« la filiale d'Armorinet »).
        [GeneratedRegex(@"(?:(?<=(?<![\p{L}])[dD]['’])|(?<![\p{L}']))(?:\p{Lu}[\p{L}.&'-]*(?<!\p{Ll}\.))(?:\s+(?:&\s+)?(?:\p{Lu}[\p{L}.&'-]*(?<!\p{Ll}\.)|nationale?s?|générale?s?|fédérale?s?))*", RegexOptions.CultureInvariant)]
        private static partial Regex ProperName();

        [GeneratedRegex(@"^\s*(?<det>(?i:le|la|l'))\s*(?<name>\p{Lu}[\p{L}.&-]*(?:\s+(?:\p{Lu}[\p{L}.&-]*|(?:nationale|générale|fédérale|européenne|internationale|centrale)s?))*(?:\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')\p{Ll}[\p{Ll}-]{2,}(?![\p{L}'-])|(?:\s+\p{Ll}[\p{Ll}-]{2,}){1,2}\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])\p{Lu}[\p{L}-]+)?)", RegexOptions.CultureInvariant)]
        // « la Gendarmerie royale du Canada », « la Sûreté municipale de Hull »: lowercase adjectives then « de » + a proper noun
        // still belong to the name.
        private static partial Regex ArticleProperName();

        [GeneratedRegex(@"(?<![\p{L}'-])\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*&\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*", RegexOptions.CultureInvariant)]
        private static partial Regex FirmName();

        [GeneratedRegex(@"^\s+\p{Lu}\p{L}", RegexOptions.CultureInvariant)]
        private static partial Regex CapitalizedNext();

        private static string? Initials(string firm) =>
            firm.Contains('&', StringComparison.Ordinal) && firm.Contains(' ', StringComparison.Ordinal)
                ? string.Join('&', firm.Split('&').Select(part => string.Concat(part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]))))
                : null;

        /// <summary>« armée » + « israélienne » → « armée israélienne »: a body qualified by a nationality adjective alone.</summary>
        private string? NationalBody(string head, string qual)
        {
            // Only the adjective: « l'agence britannique chargée de … » is named by its whole description.
            var words = qual.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 1 && owner._speakers.Countries.ContainsKey(words[0]) ? head + " " + words[0] : null;
        }

        [GeneratedRegex(@"(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])", RegexOptions.CultureInvariant)]
        private static partial Regex Acronym();

        // A plural at the head of the subject: a quantifier or « les », then the noun (« les organisateurs », « des témoins »).
        [GeneratedRegex(@"^\s*(?:(?:et|mais)\s+)?(?<det>(?i:les|des|plusieurs|certains|certaines|quelques|de\s+nombreux|de\s+nombreuses|nombre\s+de|d'autres|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))\s+(?<noun>\p{Ll}[\p{Ll}-]*)(?![\p{L}'-])", RegexOptions.CultureInvariant)]
        private static partial Regex GroupSubject();

        [GeneratedRegex(@"(?:^|\s)(?:à|au|aux|en|dans|devant|lors|chez|pour|sur|avec)\s", RegexOptions.CultureInvariant)]
        private static partial Regex Complement();

        [GeneratedRegex(@"(?:^|\s)(?:le|la|les|du|des|au|aux|l')\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex ArticleBefore();

        [GeneratedRegex(@"^(?:Le|La|Les|L')(?:\s|$)", RegexOptions.CultureInvariant)]
        private static partial Regex ArticleToken();

        // Between a role and the name it describes: a comma, maybe an honorific (« L'ambassadrice, Mme Hale »).
        [GeneratedRegex(@"^\s*,?\s*(?:(?:M\.|MM\.|Mme|Mmes|Me|Dr|Pr)\s*)?$", RegexOptions.CultureInvariant)]
        private static partial Regex Apposition();

        [GeneratedRegex(@"^\p{Lu}'\p{Ll}", RegexOptions.CultureInvariant)]
        private static partial Regex ElidedArticle();

        [GeneratedRegex(@"^\s*(?:[^:«»""]{1,40}:\s*)?(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?<verb>\p{Ll}+)(?![\p{L}'-])", RegexOptions.CultureInvariant)]
        private static partial Regex HeadlineSurname();

        [GeneratedRegex(@"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$", RegexOptions.CultureInvariant)]
        private static partial Regex Participle();

        [GeneratedRegex(@"^(?:Et|Mais)\s+(?=(?:le|la|les|l')\s*\p{L})|\s+(?:de|d')$", RegexOptions.CultureInvariant)]
        private static partial Regex NarrativeInfinitiveFrame();

        /// <summary>Short quotes met so far in the body, folded: quoting one again mentions a term (a headline's quote is the quote).</summary>
        private readonly HashSet<string> _quotedTerms = new(StringComparer.Ordinal);

        /// <summary>True when this short quote was already quoted earlier in the dispatch; remembers it either way.</summary>
        public bool RepeatsTerm(string quote)
        {
            var key = NameCanonicalizer.Key(quote);
            return key.Split(' ').Length <= 4 && !_quotedTerms.Add(key);
        }

        [GeneratedRegex(@"^\s+et\s+(?<s>\p{Lu}[\p{Ll}ïëéèç'-]+(?:\s+\p{Lu}[\p{Ll}ïëéèç'-]+){0,2})", RegexOptions.CultureInvariant)]
        private static partial Regex JointSurname();

        [GeneratedRegex(@"\s(?:et|ainsi que)\s", RegexOptions.CultureInvariant)]
        private static partial Regex JointConnector();

        [GeneratedRegex(@"^(?<s>\p{Lu}[\p{Ll}ïëöüéèêâîôçñ'-]+)(?![\p{L}'-])", RegexOptions.CultureInvariant)]
        private static partial Regex LeadingSurname();

        [GeneratedRegex(@"^(?:et\s+|mais\s+)?(?<p>il|elle|ils|elles|lui|eux)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex LeadingPronoun();
    }

    private sealed record PersonMention(string FirstNames, string Surname, char Gender, int Start, int End, string Honorific = "");

    private sealed record Role(string Head, char Gender, IReadOnlySet<string> Qualifiers, string? Country)
    {
        private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase) { "de", "du", "des", "d'", "la", "l'", "le", "les" };

        public static Role Lawyer { get; } = new("avocat", 'x', new HashSet<string>(), null);

        public static Role From(Match match, SpeakerLexicon lexicon, int? qualifiersEnd = null)
        {
            var head = match.Groups["role"].Value;
            var det = match.Groups["det"].Value.ToLowerInvariant();
            var gender = lexicon.Roles.GetValueOrDefault(head, 'x');
            if (gender == 'x')
            {
                gender = det switch { "le" or "ce" or "un" => 'm', "la" or "cette" or "une" => 'f', _ => 'x' };
            }

            var qual = match.Groups["qual"];
            var qualText = qualifiersEnd is { } end && end < qual.Index + qual.Length ? qual.Value[..Math.Max(0, end - qual.Index)] : qual.Value;
            var qualifiers = qualText
                .Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Stop.Contains(w) && char.IsLower(w[0]) && w.Length > 1) // « l'État » split at the apostrophe leaves « l »
                .Select(w => w.ToLowerInvariant())
                .ToHashSet();
            // « chef de la diplomatie » is how French news says « foreign minister », « le sélectionneur » the coach
            // (Data/role-equivalences.txt): read as the canonical role, a later mention in other words finds the same person.
            // Capitalized complements count here (« chef de l'État »), though they are no qualifiers.
            var words = match.Groups["qual"].Value.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet();
            var equivalence = lexicon.RoleEquivalences.FirstOrDefault(e => e.Head.Equals(head, StringComparison.OrdinalIgnoreCase)
                                                                            && (e.Qualifier is null || words.Contains(e.Qualifier)));
            if (equivalence is not null)
            {
                if (equivalence.Qualifier is not null)
                {
                    qualifiers.Remove(equivalence.Qualifier);
                }

                head = equivalence.CanonicalHead;
                if (equivalence.CanonicalQualifier is not null)
                {
                    qualifiers.Add(equivalence.CanonicalQualifier);
                }
            }

            var country = qualifiers.Select(q => lexicon.Countries.GetValueOrDefault(q)).FirstOrDefault(c => c is not null);
            return new Role(head.ToLowerInvariant(), gender, qualifiers, country);
        }
    }

    private sealed class Person(string canonical, string surnameKey, string id)
    {
        private readonly List<Role> _roles = [];

        public string SurnameKey { get; } = surnameKey;
        public string FullKey { get; private set; } = NameCanonicalizer.Key(canonical);
        public char Gender { get; set; } = 'x';
        public SpeakerRef Ref { get; private set; } = new(id, canonical, SpeakerKind.Person);

        public void Upgrade(string canonical, string newId)
        {
            FullKey = NameCanonicalizer.Key(canonical);
            Ref = new SpeakerRef(newId, canonical, SpeakerKind.Person, Ref.Role, Ref.Country);
        }

        public bool HasAnyRole => _roles.Count > 0;

        public bool HasRole(string head) => _roles.Any(r => r.Head.Equals(head, StringComparison.OrdinalIgnoreCase));

        public void AddRole(Role role)
        {
            _roles.Add(role);
            if (Gender == 'x' && role.Gender != 'x')
            {
                Gender = role.Gender;
            }

            Ref = Ref with { Role = Ref.Role ?? role.Head, Country = Ref.Country ?? role.Country };
        }

        /// <summary>Already described by the same role with other qualifiers (« ministre allemande » vs « ministre française »).</summary>
        public bool Conflicts(Role wanted) =>
            wanted.Qualifiers.Count > 0 && _roles.Any(r => r.Qualifiers.Count > 0 && !r.Qualifiers.Overlaps(wanted.Qualifiers)
                                                          && (r.Head == wanted.Head || r.Head == "homologue"));

        public int RoleScore(Role wanted)
        {
            var best = 0;
            foreach (var r in _roles)
            {
                if (wanted.Country is not null && r.Country is not null)
                {
                    // « le chef de la diplomatie turque » is not the Russian minister, whatever else they share.
                    if (wanted.Country != r.Country)
                    {
                        continue;
                    }

                    if (r.Head == "homologue")
                    {
                        best = Math.Max(best, 2);
                        continue;
                    }
                }

                if (r.Head != wanted.Head)
                {
                    continue;
                }

                var overlap = r.Qualifiers.Intersect(wanted.Qualifiers).Count();
                var conflict = wanted.Qualifiers.Count > 0 && r.Qualifiers.Count > 0 && overlap == 0;
                var score = conflict ? 0 : 1 + overlap;
                best = Math.Max(best, score);
            }

            return best;
        }
    }
}
