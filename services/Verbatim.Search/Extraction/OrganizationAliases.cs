using System.Text;
using System.Text.RegularExpressions;

namespace Verbatim.Search.Extraction;

public sealed partial class StatementExtractor
{
    private sealed partial class DocumentState
    {
        private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase) { "de", "des", "du", "d'", "la", "l'", "le", "les", "et" };

        // After these a proper name has ended: the verb before them was its predicate (« … des journalistes recommande aux … »).
        private static readonly HashSet<string> ObjectStart = new(StringComparer.OrdinalIgnoreCase)
        {
            "le", "la", "les", "l'", "un", "une", "aux", "au", "à", "que", "qu'", "ses", "sa", "son", "leur", "leurs", "ce", "cette",
            "sur", "dans", "pour", "par", "avec", "a", "ont", "est", "sont", "qui",
        };

        /// <summary>
        /// The name of a body whose phrase holds a proper name: « la compagnie régionale Transbreizh » → Transbreizh, but « la
        /// préfecture de la Mayenne » → préfecture de la Mayenne (a place in a « de » complement says where the body sits).
        /// </summary>
        private static string BodyName(string head, string qual, Match proper)
        {
            var lead = qual[..proper.Index];
            if (!PlaceComplement().IsMatch(lead) || RelationHeads.Contains(head))
            {
                var rest = qual[(proper.Index + proper.Length)..];
                return proper.Value.Trim() + (BranchSuffix(rest) is { Length: > 0 } branch ? branch : LowercaseTail(rest));
            }

            var elided = lead.TrimEnd().EndsWith('\'') || lead.TrimEnd().EndsWith('’');
            return $"{head} {lead.Trim()}{(elided ? "" : " ")}{proper.Value.Trim()}";
        }

        /// <summary>
        /// « l'association Souffle commun s'est félicitée », « l'association Transparence citoyenne, à l'origine … »: one or two
        /// lowercase words after a body's capitalized name belong to it when the phrase ends there (the verb or a comma follows);
        /// « la compagnie Transbreizh lancera un … » keeps its name alone.
        /// </summary>
        private static string LowercaseTail(string rest)
        {
            var m = NameTail().Match(rest);
            return m.Success && !m.Groups["w"].Captures.Any(c => NotTail.Contains(c.Value) || c.Value.EndsWith("ment", StringComparison.Ordinal))
                ? " " + string.Join(' ', m.Groups["w"].Captures.Select(c => c.Value))
                : "";
        }

        /// <summary>
        /// « l'Agence régionale de santé (ARS) Occitanie », « France Nature Environnement (FNE) 66 »: a region or a number after
        /// the acronym names the branch, which keeps it (the agency of one region is not the agency of another).
        /// </summary>
        private static string BranchSuffix(string rest)
        {
            var m = AcronymThenBranch().Match(rest);
            return m.Success && !NotNames.Contains(m.Groups["b"].Value) ? " " + m.Groups["b"].Value : "";
        }

        [GeneratedRegex(@"^\s*\(\p{Lu}{2,8}\)\s+(?<b>\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)*|\d{1,3})(?![\p{L}\d'’-])", RegexOptions.CultureInvariant)]
        private static partial Regex AcronymThenBranch();

        [GeneratedRegex(@"\s*\(\p{Lu}{2,8}\)", RegexOptions.CultureInvariant)]
        private static partial Regex AcronymInName();

        private static readonly HashSet<string> NotTail = new(StringComparer.OrdinalIgnoreCase)
        {
            "lui", "elle", "eux", "même", "seul", "seule", "déjà", "aussi", "encore", "donc", "alors", "enfin", "ensuite", "hier", "qui", "que",
            "dont", "où", "de", "du", "des", "la", "le", "les", "et", "ou", "a", "ont", "est", "sont", "en", "y",
        };

        [GeneratedRegex(@"^(?:\s+(?<w>\p{Ll}[\p{Ll}-]{2,}))(?:\s+(?<w>\p{Ll}[\p{Ll}-]{2,}))?\s*(?:$|(?=[,;:)])|\s+(?=(?:s['’]|se\s|n['’]|ne\s)))", RegexOptions.CultureInvariant)]
        private static partial Regex NameTail();

        /// <summary>Heads whose « de X » complement is the company itself (« la filiale d'Armorinet », « la direction de Renault »).</summary>
        private static readonly HashSet<string> RelationHeads = new(StringComparer.OrdinalIgnoreCase) { "filiale", "direction", "géant", "service", "services" };

        /// <summary>Hypernyms that refer back to whichever organization was named last (« l'organisme », « l'organisation »).</summary>
        private static readonly HashSet<string> Hypernyms = new(StringComparer.OrdinalIgnoreCase) { "organisation", "organisme", "institution" };

        /// <summary>Organizations named in the text so far, by proper name or acronym, most recent last.</summary>
        private readonly List<SpeakerRef> _named = [];

        /// <summary>Speakers first known by a description, then by a proper name: old id → the named speaker.</summary>
        public Dictionary<string, SpeakerRef> Renamed { get; } = new(StringComparer.Ordinal);

        /// <summary>The final identity of a speaker once the dispatch is read.</summary>
        public SpeakerRef Final(SpeakerRef speaker)
        {
            while (Renamed.TryGetValue(speaker.Id, out var renamed) && renamed.Id != speaker.Id)
            {
                speaker = renamed;
            }

            return speaker;
        }

        /// <summary>
        /// Organizations a sentence names: « Commission scolaire de la région (CSRS) » is known by its acronym; a proper
        /// name (« La Fédération allemande des journalistes ») that shares two content words with a body described
        /// earlier (« le syndicat des journalistes allemands ») is that body's name from now on, and for its earlier words.
        /// </summary>
        private void ObserveOrganizations(string sentence)
        {
            LinkAcronyms(sentence);
            foreach (Match m in AcronymInParentheses().Matches(sentence))
            {
                Name(Institution(m.Groups["acr"].Value, 'x'));
            }

            // « la compagnie régionale Transbreizh lancera … »: a body named in passing is what a later « la compagnie » means.
            foreach (Match m in OrganizationPhrase().Matches(sentence))
            {
                var head = m.Groups["head"].Value.ToLowerInvariant();
                if (!owner._speakers.Organizations.TryGetValue(head, out var gender))
                {
                    continue;
                }

                // « la banque et Londres »: a coordinated name is another body.
                var qual = CoordinatedRest().Replace(TrailingTime().Replace(m.Groups["qual"].Value, ""), "").Trim();
                var proper = ProperName().Match(qual);
                if (proper.Success && !head.StartsWith("ministère", StringComparison.Ordinal))
                {
                    // « la préfecture de la Mayenne », « la cour d'appel de Rennes », « le parquet de Marseille »: a place in a
                    // « de » complement says where the body sits; the body is the whole phrase, not the place. A relation
                    // (« la filiale d'Armorinet », « la direction de Renault ») names the company itself.
                    var named = Institution(BodyName(m.Groups["head"].Value, qual, proper), gender);
                    _genders[named.Id] = gender;
                    _organizations.RemoveAll(o => o.Ref.Id == named.Id && o.Head == head);
                    _organizations.Add((head, named, false));
                    Name(named);
                }
                else if (NationalBody(head, qual) is { } national && !_organizations.Any(o => o.Head == head))
                {
                    // « L'armée syrienne a bombardé … » then « a précisé l'armée »: the bare head means the national body.
                    var body = Institution(national, gender);
                    _genders[body.Id] = gender;
                    _organizations.Add((head, body, false));
                }
            }

            foreach (Match m in OrganizationHead().Matches(sentence))
            {
                if (!owner._speakers.Organizations.ContainsKey(m.Groups["head"].Value))
                {
                    continue;
                }

                var name = ProperOrganizationName(sentence, m.Index);
                var stems = Stems(name);
                for (var i = 0; i < _organizations.Count; i++)
                {
                    var (head, speaker, descriptive) = _organizations[i];
                    if (!descriptive || Stems(speaker.Name).Intersect(stems).Count() < 2)
                    {
                        continue;
                    }

                    var named = Institution(name, _genders.GetValueOrDefault(speaker.Id, 'x'));
                    _genders[named.Id] = _genders.GetValueOrDefault(speaker.Id, 'x');
                    Renamed[speaker.Id] = named;
                    _organizations[i] = (head, named, false);
                    for (var j = 0; j < _speakers.Count; j++)
                    {
                        if (_speakers[j].Speaker.Id == speaker.Id)
                        {
                            _speakers[j] = (_speakers[j].Segment, named);
                        }
                    }

                    if (LastSpeaker?.Id == speaker.Id)
                    {
                        LastSpeaker = named;
                    }

                    Name(named);
                }
            }
        }

        /// <summary>Nouns that describe a person without a role (« cet homme »): they refer back, never to a new person.</summary>
        private static readonly HashSet<string> Epithets = new(StringComparer.OrdinalIgnoreCase) { "homme", "femme" };

        /// <summary>Newspaper titles whose article is capitalized inside a sentence (« explique Le Messager »): name → title.</summary>
        private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

        /// <summary>Acronyms anywhere in the dispatch, and those whose letters spell a body's full name given in it.</summary>
        private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SpeakerRef> _fullNames = new(StringComparer.Ordinal);

        /// <summary>Reads the whole dispatch first: an acronym may come before the full name it abbreviates.</summary>
        public void CollectAcronyms(IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                foreach (Match m in Acronym().Matches(text))
                {
                    _acronyms.Add(m.Value);
                }
            }
        }

        private void ObserveTitles(string sentence)
        {
            foreach (Match m in TitleInSentence().Matches(sentence))
            {
                var det = m.Groups["det"].Value;
                var name = m.Groups["name"].Value.TrimEnd('.');
                _titles.TryAdd(name, det.EndsWith('\'') || det.EndsWith('’') ? det + name : det + " " + name);
            }
        }

        /// <summary>An acronym drops accents: « Tribunal suprême électoral » is the TSE.</summary>
        private static char Initial(char c) => char.ToUpperInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]);

        /// <summary>
        /// « le Fonds monétaire international … le FMI »: a capitalized word and the words after it whose initials (function
        /// words skipped, « d'eau » counting as e) spell an acronym of the dispatch are its full name, which is the speaker's
        /// canonical name for both forms from then on (and for statements already made under the acronym).
        /// </summary>
        private void LinkAcronyms(string sentence)
        {
            if (_acronyms.Count == 0)
            {
                return;
            }

            var tokens = Token().Matches(sentence).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                // « L'Agence mondiale … »: the name starts after the elided article; « La Fédération … » at the next word.
                var first = tokens[i].Value;
                var skip = first.Length > 2 && first[0] is 'L' or 'l' && first[1] is '\'' or '’' ? 2 : 0;
                if (!char.IsUpper(first[skip]) || Function.Contains(first) || first.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                {
                    continue;
                }

                var initials = new StringBuilder();
                var words = 0;
                var heads = new List<(char Initial, int Token)>();
                for (var j = i; j < tokens.Count && char.IsLetter(tokens[j].Value[0]); j++)
                {
                    var word = j == i ? first[skip..] : tokens[j].Value;
                    var apostrophe = word.IndexOfAny(['\'', '’']);
                    var elided = apostrophe > 0 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : word;
                    if (Function.Contains(word) || AcronymFunction.Contains(word) || elided.Length == 0)
                    {
                        continue;
                    }

                    initials.Append(Initial(elided[0]));
                    heads.Add((Initial(elided[0]), j));
                    words++;
                    var spelled = initials.ToString();
                    if (!_acronyms.Any(a => a.StartsWith(spelled, StringComparison.Ordinal)))
                    {
                        break;
                    }

                    if (words >= 2 && _acronyms.Contains(spelled) && !_fullNames.ContainsKey(spelled))
                    {
                        var end = tokens[j].Index + tokens[j].Value.Length;
                        var full = Institution(sentence[(tokens[i].Index + skip)..end] + BranchSuffix(sentence[end..]), 'x');
                        _fullNames[spelled] = full;
                        Renamed[Institution(spelled, 'x').Id] = full;
                        break;
                    }
                }

                // The loop above stops at the first initial no acronym starts with; collect the rest of the name.
                for (var j = heads.Count > 0 ? heads[^1].Token + 1 : tokens.Count; j < tokens.Count && heads.Count < 9 && char.IsLetter(tokens[j].Value[0]); j++)
                {
                    var word = tokens[j].Value;
                    var apostrophe = word.IndexOfAny(['\'', '’']);
                    var elided = apostrophe > 0 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : word;
                    if (!Function.Contains(word) && !AcronymFunction.Contains(word) && elided.Length > 0)
                    {
                        heads.Add((Initial(elided[0]), j));
                    }
                }

                LinkSkippingOneWord(sentence, tokens, i, skip, heads);
            }
        }

        /// <summary>
        /// « Service de sécurité incendie de Montréal » … « le SIM »: an acronym of three letters or more that spells the
        /// initials of a capitalized name with exactly one inner lowercase content word left out, first and last words kept.
        /// </summary>
        private void LinkSkippingOneWord(string sentence, List<Match> tokens, int i, int skip, List<(char Initial, int Token)> heads)
        {
            foreach (var acronym in _acronyms)
            {
                var n = acronym.Length;
                if (n < 3 || _fullNames.ContainsKey(acronym) || heads.Count < n + 1 || heads[0].Initial != acronym[0])
                {
                    continue;
                }

                // Names over the first n + 1 content words; the last one closes the name and must match the last letter.
                var last = heads[n];
                if (last.Initial != acronym[^1])
                {
                    continue;
                }

                // The word left out is a full lowercase word (« sécurité »), never a short link word of another language (« of »).
                for (var skipped = 1; skipped < n; skipped++)
                {
                    if (tokens[heads[skipped].Token].Value is var word && (word.Length < 4 || !char.IsLower(word[0])))
                    {
                        continue;
                    }

                    var letters = string.Concat(heads.Take(n + 1).Where((_, k) => k != skipped).Select(h => h.Initial));
                    if (letters == acronym)
                    {
                        var full = Institution(sentence[(tokens[i].Index + skip)..(tokens[last.Token].Index + tokens[last.Token].Value.Length)], 'x');
                        _fullNames[acronym] = full;
                        Renamed[Institution(acronym, 'x').Id] = full;
                        return;
                    }
                }
            }
        }

        /// <summary>The body a phrase names by its linked acronym or by the full name that acronym abbreviates.</summary>
        private SpeakerRef? LinkedBody(string text)
        {
            if (_fullNames.Count == 0)
            {
                return null;
            }

            var bare = AcronymInName().Replace(LeadingArticle().Replace(text, ""), "");
            foreach (var (acronym, full) in _fullNames)
            {
                // « … a annoncé l'Agence régionale de santé (ARS) » when the branch (« Occitanie ») is left outside the subject.
                if (bare.StartsWith(full.Name, StringComparison.OrdinalIgnoreCase)
                    || (bare.Trim().Contains(' ', StringComparison.Ordinal) && full.Name.StartsWith(bare.Trim() + " ", StringComparison.OrdinalIgnoreCase))
                    || (bare.StartsWith(acronym, StringComparison.Ordinal) && !char.IsLetter(bare.ElementAtOrDefault(acronym.Length))))
                {
                    return full;
                }
            }

            return null;
        }

        /// <summary>A source named without article after « selon » (« d'après Météo-France »): a person if the name is one, else a body.</summary>
        public SpeakerRef NamedSource(string name)
        {
            if (FindPersons(name) is [var person] && person.Start == 0)
            {
                return Register(person).Ref;
            }

            return _organizations.LastOrDefault(o => o.Ref.Name == name).Ref ?? RegisterOrganization("", name, 'x');
        }

        private void Name(SpeakerRef speaker)
        {
            _named.RemoveAll(n => n.Id == speaker.Id);
            _named.Add(speaker);
        }

        private SpeakerRef? NamedWithHead(string head) =>
            _named.Concat(_fullNames.Values).Concat(_organizations.Select(o => o.Ref))
                .LastOrDefault(n => n.Kind == SpeakerKind.Institution && n.Name.StartsWith(head + " ", StringComparison.OrdinalIgnoreCase));

        /// <summary>« l'organisme a indiqué … »: the organization named last, if any.</summary>
        private SpeakerRef? LastNamedOrganization(string head) => Hypernyms.Contains(head) && _named.Count > 0 ? _named[^1] : null;

        /// <summary>The capitalized head and what follows it up to the verb: function words, adjectives and nouns.</summary>
        private static string ProperOrganizationName(string sentence, int start)
        {
            var tokens = Token().Matches(sentence[start..]).Select(t => t.Value).ToList();
            var taken = new List<string> { tokens[0] };
            for (var i = 1; i < tokens.Count && taken.Count < 9; i++)
            {
                var word = tokens[i];
                if (!char.IsLetter(word[0]))
                {
                    break;
                }

                var previous = tokens[i - 1];
                var elided = word.StartsWith("l'", StringComparison.OrdinalIgnoreCase) ? "l'" : word;
                if (ObjectStart.Contains(elided) && !previous.Equals("de", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
                var nextElided = next.StartsWith("l'", StringComparison.OrdinalIgnoreCase) ? "l'" : next;
                if (!Function.Contains(word) && ObjectStart.Contains(nextElided) && !(nextElided is "la" or "l'" && word == "de"))
                {
                    break; // « recommande » before « aux journalistes » is the verb
                }

                taken.Add(word);
            }

            while (taken.Count > 1 && Function.Contains(taken[^1]))
            {
                taken.RemoveAt(taken.Count - 1);
            }

            return string.Join(' ', taken);
        }

        private static HashSet<string> Stems(string name) =>
            NameCanonicalizer.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 4 && !Function.Contains(w))
                .Select(w => w.Length > 5 ? w[..5] : w)
                .ToHashSet(StringComparer.Ordinal);

        private static readonly HashSet<string> AcronymFunction = new(StringComparer.OrdinalIgnoreCase) { "d'", "l'", "pour", "en", "à", "au", "aux", "sur" };

        // A capitalized article after a lowercase word cannot open the sentence: it belongs to a title (« selon Le Messager »).
        [GeneratedRegex(@"(?<=(?:(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*|^\s*(?:Selon|D['’]après))\s+)(?<det>Le|La|Les|L['’])\s*(?<name>\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)", RegexOptions.CultureInvariant)]
        private static partial Regex TitleInSentence();

        [GeneratedRegex(@"^\s*(?:(?i:le|la|les)\s+|(?i:l)['’]\s*)", RegexOptions.CultureInvariant)]
        private static partial Regex LeadingArticle();

        // Between a body's head and a place: up to two lowercase words, then « de », « du », « de la », « de l' », « d' »
        // (« préfecture de la », « cour d'appel de », « tribunal judiciaire de »).
        [GeneratedRegex(@"^(?:\s*[\p{Ll}'’]+){0,2}?\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex PlaceComplement();

        [GeneratedRegex(@"\s(?:et|ou|mais)\s.*$", RegexOptions.CultureInvariant)]
        private static partial Regex CoordinatedRest();

        [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,8})\s*\((?<acr>\p{Lu}{2,8})\)", RegexOptions.CultureInvariant)]
        private static partial Regex AcronymInParentheses();

        [GeneratedRegex(@"(?<![\p{L}'])(?<head>\p{Lu}\p{Ll}+)(?![\p{L}'-])", RegexOptions.CultureInvariant)]
        private static partial Regex OrganizationHead();

        // Words of a name: letters with inner apostrophes or hyphens; punctuation ends the name.
        [GeneratedRegex(@"[\p{L}][\p{L}'’-]*|[,;:.!?()«»“”""]", RegexOptions.CultureInvariant)]
        private static partial Regex Token();
    }
}
