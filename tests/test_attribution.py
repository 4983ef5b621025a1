"""Quote attribution on small texts: quotation forms, reported speech, who speaks, to whom."""
from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.attribution import attribute
from tui.attribution.mentions import find_mentions, words_of
from tui.model import Attribution, Sentence


def doc(*paragraphs: str | list[str]) -> list[Sentence]:
    """Sentences from paragraphs; a paragraph is one sentence or a list of them."""
    out: list[Sentence] = []
    for p, para in enumerate(paragraphs):
        for text in [para] if isinstance(para, str) else para:
            out.append(Sentence(id=len(out), paragraph=p, text=text))
    return out


def find(attrs: list[Attribution], words: str) -> Attribution:
    """The attribution whose quote holds `words`."""
    hits = [a for a in attrs if words in a.quote]
    assert hits, f"no attribution quoting {words!r}: {attrs}"
    return hits[0]


def speakers(attrs: list[Attribution]) -> list[str | None]:
    return [a.speaker for a in attrs]


# --- direct quotations -------------------------------------------------------

def test_quote_then_cue():
    attrs = attribute(doc("“We will rebuild the bridge by June,” Mayor Carla Mendes said."))
    (a,) = attrs
    assert a.quote == "We will rebuild the bridge by June,"
    assert a.speaker == "Carla Mendes" and a.speaker_mention == "Mayor Carla Mendes"
    assert a.cue == "said" and a.direct and a.sentences == (0,) and a.addressee is None


def test_cue_then_colon_and_quote():
    (a,) = attribute(doc("Coach Ivan Petrov said: “The team played without fear.”"))
    assert a.speaker == "Ivan Petrov" and a.quote == "The team played without fear." and a.direct


def test_inverted_cue_with_apposition_keeps_the_name():
    (a,) = attribute(doc("“Inflation has peaked,” said Priya Natarajan, the central bank governor."))
    assert a.speaker == "Priya Natarajan" and a.cue == "said"


def test_split_quote_gives_both_parts_the_speaker():
    attrs = attribute(doc("“The harvest was poor,” farmer Joe Kimani said, “but the rains came late.”"))
    assert speakers(attrs) == ["Joe Kimani", "Joe Kimani"]
    assert find(attrs, "but the rains").quote == "but the rains came late."


def test_quotation_over_sentences_with_cue_in_the_last():
    sents = doc(["“Our patience is wearing thin.", "We expect an answer this week,” the governor said."])
    (a,) = attribute(sents)
    assert a.sentences == (0, 1) and a.speaker == "governor"
    assert a.quote == "Our patience is wearing thin. We expect an answer this week,"


def test_quotation_over_sentences_with_cue_in_the_first():
    sents = doc("Chancellor Erik Lund met Danish officials.",
                ["The chancellor called on Denmark to “Open the border.", "Do it before winter.”"])
    (a,) = attribute(sents)
    assert a.sentences == (1, 2) and a.speaker == "Erik Lund" and a.addressee == "Denmark"


def test_quotation_over_paragraphs():
    sents = doc(
        ["“The first phase is finished.", "The second begins in spring."],
        "“Nobody expected it to go so well,” said Rosa Alvarez, the project lead.",
    )
    (a,) = attribute(sents)
    assert a.sentences == (0, 1, 2) and a.speaker == "Rosa Alvarez"
    joined = " ".join(s.text for s in sents)
    assert a.quote in joined and "spring." in a.quote


def test_closing_mark_without_opening_quotes_from_paragraph_start():
    sents = doc("Leader Ana Costa spoke on Monday.",
                "We will not give up on this city,” Ms. Costa said at a rally.")
    (a,) = attribute(sents)
    assert a.sentences == (1,) and a.quote == "We will not give up on this city,"
    assert a.speaker == "Ana Costa"


@pytest.mark.parametrize("text", [
    '"Prices will fall next year," economist Lars Berg said.',
    "«Prices will fall next year», economist Lars Berg said.",
])
def test_straight_quotes_and_guillemets(text):
    (a,) = attribute(doc(text))
    assert a.quote.startswith("Prices will fall") and a.speaker == "Lars Berg"


def test_next_quotation_without_cue_continues_the_speaker():
    sents = doc(["“Nobody was hurt,” fire chief Dan Moss told the Herald.",
                 "“The building, however, is a total loss.”"])
    attrs = attribute(sents)
    assert speakers(attrs) == ["Dan Moss", "Dan Moss"]
    assert find(attrs, "total loss").addressee == "Herald"


def test_scare_quotes_without_speech_are_not_attributed():
    assert attribute(doc("The so-called “peace dividend” never arrived in the valley.")) == []


# --- negation ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Mia Holt didn’t say anything about a “red line” during the hearing.",
    "Senator Mia Holt did not mention the “red line” during the hearing.",
    "Senator Mia Holt declined to comment on the “red line” claims.",
    "Senator Mia Holt never said the words “red line” in public.",
])
def test_denied_speech_attributes_nothing(text):
    assert attribute(doc(text)) == []


# --- reported speech -----------------------------------------------------------

def test_said_that_is_reported_speech():
    (a,) = attribute(doc("Police chief Omar Haddad said that the road would reopen on Friday."))
    assert a.quote == "the road would reopen on Friday" and not a.direct
    assert a.speaker == "Omar Haddad" and a.cue == "said"


def test_according_to_before_and_after():
    a1, = attribute(doc("According to a hospital spokeswoman, three patients were discharged."))
    assert a1.quote == "three patients were discharged" and a1.speaker == "hospital spokeswoman"
    a2, = attribute(doc("Three patients were discharged, according to the regional health board."))
    assert a2.quote == "Three patients were discharged" and "health board" in a2.speaker


def test_trailing_cue_reports_the_clause_before_it():
    (a,) = attribute(doc("The talks lasted about two hours, the embassy said."))
    assert a.quote == "The talks lasted about two hours" and a.speaker == "embassy"


@pytest.mark.parametrize("verb", ["warned", "confirmed", "insisted", "suggested", "reiterated", "added"])
def test_reporting_verbs(verb):
    (a,) = attribute(doc(f"Governor Kate Olsen {verb} that the budget would be balanced."))
    assert a.cue == verb and a.speaker == "Kate Olsen" and a.quote == "the budget would be balanced"


def test_accused_reports_without_addressee():
    (a,) = attribute(doc("Minister Paulo Reis accused rival parties of spreading rumours."))
    assert a.speaker == "Paulo Reis" and a.addressee is None and "spreading rumours" in a.quote


def test_participle_keeps_the_speaker():
    attrs = attribute(doc("Mayor Tom Fenn announced the closure, adding that schools would reopen in May."))
    assert find(attrs, "schools would reopen").speaker == "Tom Fenn"


def test_partial_quote_in_narration_goes_to_the_sentence_speaker():
    sents = doc("Trade Minister Ola Dahl met exporters.",
                "She said tariffs would stay, describing the new rules as “a burden”.")
    attrs = attribute(sents)
    assert find(attrs, "a burden").speaker == "Ola Dahl"
    assert find(attrs, "tariffs would stay").speaker == "Ola Dahl"


def test_quoted_words_inside_reported_clause_make_one_direct_event():
    (a,) = attribute(doc("Coach Lia Brandt said the referee was “completely wrong” about the goal."))
    assert a.quote == "the referee was “completely wrong” about the goal" and a.direct


def test_clause_inside_a_reported_clause_is_not_a_second_event():
    attrs = attribute(doc("Director Sam Cole said he had asked the board to wait."))
    assert len(attrs) == 1 and attrs[0].speaker == "Sam Cole"


def test_passive_and_infinitive_are_not_speech():
    assert attribute(doc("The villagers were told to leave their homes.")) == []
    assert attribute(doc("Engineer Ruth Bell plans to say more about the design next week.")) == []


@pytest.mark.parametrize("text", [
    "The carmaker announced a new model on Monday.",
    "Arsenal claimed victory in the final.",
    "Lopez’s remarks were widely criticised.",
    "The minister observed a minute of silence.",
])
def test_verbs_in_other_senses_are_not_speech(text):
    assert attribute(doc(text)) == []


def test_other_sense_verbs_report_with_that():
    (a,) = attribute(doc("Union leader Ivo Marin claimed that the vote was rigged."))
    assert a.speaker == "Ivo Marin" and a.quote == "the vote was rigged"


# --- speakers ------------------------------------------------------------------

def test_surname_resolves_to_full_name():
    sents = doc("Economy Minister Hana Novak met union leaders.",
                "Novak said the wage deal was fair.")
    assert find(attribute(sents), "wage deal").speaker == "Hana Novak"


def test_honorific_resolves_to_full_name():
    sents = doc("Striker Kwame Mensah scored twice.", "Mr. Mensah said the win was for the fans.")
    (a,) = attribute(sents)
    assert a.speaker == "Kwame Mensah" and a.speaker_mention == "Mr. Mensah"


def test_pronoun_picks_the_subject_not_the_object():
    sents = doc("Judge Alan Price questioned the witness Maria Ortiz.",
                "“The evidence is thin,” he said.")
    (a,) = attribute(sents)
    assert a.speaker == "Alan Price" and a.speaker_mention == "he"


def test_pronoun_respects_gender():
    sents = doc("Ms. Ortiz testified after Judge Alan Price.",
                "Mr. Price adjourned the session.",
                "“I told the truth,” she said.")
    assert attribute(sents)[0].speaker == "Ortiz"


def test_he_inside_a_quotation_is_not_a_mention():
    sents = doc("Coach Ben Adler praised the team.",
                "“He played like a champion,” Adler said of the goalkeeper.")
    (a,) = attribute(sents)
    assert a.speaker == "Ben Adler"


def test_pronoun_after_coreferent_sentences():
    sents = doc("Health Secretary Ngozi Eze visited the clinic.",
                "She reiterated her support for the nurses.",
                "But she said funding was “not unlimited”.")
    attrs = attribute(sents)
    assert speakers(attrs) == ["Ngozi Eze", "Ngozi Eze"]


def test_description_resolves_through_title():
    sents = doc("Dutch Foreign Minister Pieter Vos met Irish Foreign Minister Aoife Byrne.",
                "The top Irish diplomat said the talks were useful.")
    assert attribute(sents)[0].speaker == "Aoife Byrne"


def test_role_description_resolves_to_person_with_that_role():
    sents = doc("Finance Minister Jonas Lind presented the budget.",
                "The minister warned that debt was rising.")
    (a,) = attribute(sents)
    assert a.speaker == "Jonas Lind" and a.speaker_mention == "The minister"


def test_body_description_and_it():
    sents = doc("The Norwegian Energy Ministry said prices would fall.",
                "The ministry added that supplies were secure.",
                "It said new licences would follow.")
    assert speakers(attribute(sents)) == ["Norwegian Energy Ministry"] * 3


def test_unresolved_description_is_kept_as_written():
    sents = doc("A senior Treasury official said the deal was close.",
                "“We are nearly there,” the official told reporters.")
    attrs = attribute(sents)
    assert speakers(attrs) == ["senior Treasury official", "senior Treasury official"]
    assert attrs[1].addressee == "reporters"


def test_apposition_name_after_role():
    (a,) = attribute(doc("The firm’s founder, Lena Ruiz, insisted that no data was lost."))
    assert a.speaker == "Lena Ruiz"


def test_coordinated_speakers():
    (a,) = attribute(doc("Chris Hall and Dana Webb said the merger would go ahead."))
    assert a.speaker == "Chris Hall and Dana Webb"


# --- addressees ----------------------------------------------------------------

@pytest.mark.parametrize("text, addressee", [
    ("Pilot Sara Kim told the Tribune that the landing was rough.", "Tribune"),
    ("Pilot Sara Kim told reporters that the landing was rough.", "reporters"),
    ("Pilot Sara Kim told the visiting press that the landing was rough.", "visiting press"),
    ("Pilot Sara Kim said to investigators that the landing was rough.", "investigators"),
    ("Pilot Sara Kim said at a press conference that the landing was rough.", "press conference"),
    ("Pilot Sara Kim said in a briefing that the landing was rough.", "briefing"),
    ("Pilot Sara Kim said in an interview with Radio Atlas that the landing was rough.", "Radio Atlas"),
    ("Pilot Sara Kim said the landing was rough.", None),
])
def test_addressee_only_when_named(text, addressee):
    (a,) = attribute(doc(text))
    assert a.speaker == "Sara Kim" and a.addressee == addressee


def test_urged_names_the_addressee():
    (a,) = attribute(doc("President Mark Dube urged Zambia to reopen the crossing."))
    assert a.addressee == "Zambia" and a.quote == "to reopen the crossing"


def test_asked_counterpart_by_name():
    (a,) = attribute(doc("Premier Lin Wei asked his Korean counterpart, Park Ji-ho, to “keep talking”."))
    assert a.speaker == "Lin Wei" and a.addressee == "Park Ji-ho"


def test_addressing_a_body():
    sents = doc("Envoy Maya Sato arrived in New York.",
                "She reiterated her warning before the Security Council in New York.")
    assert attribute(sents)[0].addressee == "Security Council"


def test_told_in_the_quotation_names_the_addressee():
    sents = doc("Spanish Foreign Minister Luis Gil met Portuguese Foreign Minister Rui Mota.",
                "“I told the foreign minister that we must act,” Gil said.")
    (a,) = attribute(sents)
    assert a.speaker == "Luis Gil" and a.addressee == "Rui Mota"


# --- speakers a long way from the verb, groups and bodies ---------------------

def test_speaker_with_an_acronym_after_a_long_clause():
    sents = doc("The storm made landfall at 04:40 local time, about 30km north of the port of Kavala, "
                "Greece’s National Observatory of Athens (NOA) said.",
                "Gusts reached 140km/h, according to the NOA.")
    first, second = attribute(sents)
    assert "National Observatory of Athens" in first.speaker and "04:40" in first.quote
    assert second.speaker == first.speaker


def test_name_between_commas_after_a_description():
    (a,) = attribute(doc("The head of Peru’s water authority, Lucia Ramos, said about 800 wells had run dry."))
    assert a.speaker == "Lucia Ramos" and a.quote.startswith("about 800 wells")


def test_coordinated_verb_takes_the_first_verb_subject_and_addressee():
    attrs = attribute(doc("The chief executive of Harbour Energy apologised on Monday to a parliamentary "
                          "committee and said the company would compensate fishermen."))
    a = find(attrs, "compensate fishermen")
    assert "chief executive" in a.speaker and a.cue == "said"
    assert a.addressee == "parliamentary committee"


def test_plural_description_speaks():
    (a,) = attribute(doc("Patient advocates said the price was far too high."))
    assert a.speaker == "Patient advocates" and not a.direct


def test_several_of_a_group_just_named():
    (a,) = attribute(doc("Democrats on the panel were divided, though several said the bill went too far."))
    assert a.speaker == "Democrats" and a.speaker_mention == "several"


def test_according_to_a_plain_noun_phrase():
    (a,) = attribute(doc("Sales fell 12% last year, according to a survey by the retailers’ association "
                         "published on Friday."))
    assert a.speaker.startswith("survey by the retailers") and a.quote == "Sales fell 12% last year"


def test_the_charity_is_the_body_named_before():
    sents = doc("The Wildlife Trust has written to the environment minister, Karl Weber, urging him to act.",
                "About 4,000 hedgehogs die on roads each year, according to the charity.")
    attrs = attribute(sents)
    assert find(attrs, "hedgehogs").speaker == "Wildlife Trust"
    assert attrs[0].speaker == "Wildlife Trust" and attrs[0].addressee == "Karl Weber"


def test_several_asides_between_speaker_and_verb():
    (a,) = attribute(doc("Rep. Ana Ruiz, D-Texas, who leads the caucus, said the vote had been rigged."))
    assert a.speaker == "Ana Ruiz" and a.quote == "the vote had been rigged"


def test_called_with_a_verdict_is_reported_speech():
    (a,) = attribute(doc("Labour Minister Sven Olsen has called the pay deal unacceptable."))
    assert a.speaker == "Sven Olsen" and a.cue == "called" and not a.direct
    assert a.quote == "the pay deal unacceptable"
    assert attribute(doc("Labour Minister Sven Olsen called the police.")) == []


def test_announced_sum_is_what_was_said():
    (a,) = attribute(doc("Prime Minister Mette Holm announced €30m in flood relief."))
    assert a.speaker == "Mette Holm" and a.quote == "€30m in flood relief"


def test_company_named_in_apposition_to_a_plain_noun():
    (a,) = attribute(doc("The vaccine’s maker, Oslo-based Norvia Pharmaceuticals, said it would seek approval."))
    assert "Norvia Pharmaceuticals" in a.speaker


def test_relative_clause_speaker():
    attrs = attribute(doc("An experimental vaccine cut infections by half, the company that makes it said on "
                          "Monday, though doctors warned that supplies were short."))
    a = find(attrs, "cut infections")
    assert a.speaker == "company" and a.quote == "An experimental vaccine cut infections by half"
    assert find(attrs, "supplies were short").speaker == "doctors"


# --- coreference: appositions, "it", "the company" ----------------------------

def test_pronoun_after_an_apposition_is_the_name():
    sents = doc("Karin Lund, the airline’s chief executive, apologised.",
                "“We let our passengers down,” she said.")
    assert find(attribute(sents), "passengers down").speaker == "Karin Lund"


def test_description_then_name_in_apposition():
    (a,) = attribute(doc("Its director, Jonas Ek, urged residents to boil their water."))
    assert a.speaker == "Jonas Ek" and a.addressee == "residents"


def test_it_and_the_company_resolve_to_the_company():
    sents = doc("Regulators fined Thornbury Water on Monday.",
                "A company spokesperson declined to comment.",
                "Thornbury Water has pledged to replace its pipes by 2030, which it says will halve leaks.",
                "The company has said it will hire 300 engineers.")
    attrs = attribute(sents)
    assert find(attrs, "halve leaks").speaker == "Thornbury Water"
    assert find(attrs, "300 engineers").speaker == "Thornbury Water"


def test_possessive_owner_with_a_plain_description():
    (a,) = attribute(doc("Norway's fisheries agency said 40 boats were damaged."))
    assert a.speaker == "Norway's fisheries agency"


def test_warning_owned_by_someone_else_is_not_the_subjects():
    sents = doc("The Miners’ Union wrote to Energy Minister Tomas Berg last week.",
                "Mr Berg did not respond to the union’s warning that the plant was “close to collapse”.")
    attrs = attribute(sents)
    a = find(attrs, "close to collapse")
    assert "Berg" not in a.speaker and "Union" in a.speaker


def test_written_to_someone_then_urging_her():
    attrs = attribute(doc("The charity wrote to Jana Novak, urging her to act."))
    assert attrs and all(a.addressee == "Jana Novak" for a in attrs)


# --- addressees ---------------------------------------------------------------

def test_speaking_to_an_audience():
    sents = doc("Mayor Claire Dubois visited the site.",
                "Speaking to reporters in Lyon, she promised €5m in repairs and said: “We will rebuild.”")
    attrs = attribute(sents)
    assert find(attrs, "We will rebuild").addressee == "reporters"
    assert find(attrs, "€5m in repairs").speaker == "Claire Dubois"


def test_in_a_letter_to_someone():
    sents = doc("Trade Secretary Ruth Dunn met Paul Greer.",
                "In a letter to Greer last week, she said the firm had broken the law.")
    (a,) = attribute(sents)
    assert a.speaker == "Ruth Dunn" and a.addressee == "Paul Greer"


def test_warned_a_body_against():
    (a,) = attribute(doc("Sen. Paul Reyes of Nevada warned the Interior Department against what he "
                         "called “a land grab.”"))
    assert a.speaker == "Paul Reyes" and a.addressee == "Interior Department"


def test_interview_with_a_described_broadcaster():
    sents = doc("Chief Inspector Lars Nygaard arrived on Tuesday.",
                "“The search goes on,” he said in an interview with the Danish broadcaster TV2.")
    assert attribute(sents)[0].addressee == "TV2"


def test_addressee_stops_before_not():
    (a,) = attribute(doc("Fire Chief Anna Kowal warned residents not to drink tap water."))
    assert a.addressee == "residents"


def test_relative_that_is_not_reported_content():
    attrs = attribute(doc("The bank apologised to customers for a fault that disrupted payments."))
    assert not any("disrupted payments" in a.quote for a in attrs)


# --- reported speech with the cue after it, long asides, more verbs -------------

def test_cue_at_the_end_after_a_plain_noun_qualifier():
    (a,) = attribute(doc("The ferry resumed service after a week of repairs, harbour officials said Friday."))
    assert a.quote == "The ferry resumed service after a week of repairs"
    assert a.speaker == "officials" and not a.direct and a.addressee is None


def test_plural_role_noun_is_a_speaker():
    (a,) = attribute(doc("The assembly line will restart next month, plant managers said."))
    assert a.speaker == "managers" and a.quote == "The assembly line will restart next month"


def test_cue_at_the_end_skips_an_opening_phrase():
    (a,) = attribute(doc("After two days of talks, the union accepted the pay offer, negotiators said."))
    assert a.quote == "the union accepted the pay offer" and a.speaker == "negotiators"


def test_cue_at_the_end_with_titled_speaker_and_audience():
    (a,) = attribute(doc("Crews restored power to the valley at dawn, site engineer Tomas Brandt "
                         "told reporters at a briefing."))
    assert a.speaker == "Tomas Brandt" and a.addressee == "reporters"
    assert a.quote == "Crews restored power to the valley at dawn"


def test_according_to_a_name_keeps_the_clause_with_a_participle():
    (a,) = attribute(doc("The buoy stopped responding on Sunday after the gale passed, according to the Met Office."))
    assert a.speaker == "Met Office" and a.cue == "according to"
    assert a.quote == "The buoy stopped responding on Sunday after the gale passed"


def test_talking_to_inside_what_was_said_is_no_addressee():
    (a,) = attribute(doc("The rover is talking to Earth again after a dust storm, mission engineers said."))
    assert a.speaker == "engineers" and a.addressee is None


def test_long_apposition_with_relative_clause_before_the_verb():
    (a,) = attribute(doc("Lena Vogt, a hydrologist at the Technical University of Munich who was not "
                         "involved in the survey, said the aquifer was shrinking faster than expected."))
    assert a.speaker == "Lena Vogt" and a.quote == "the aquifer was shrinking faster than expected"


def test_relative_clause_without_commas_before_the_verb():
    (a,) = attribute(doc("A ministry official who was not authorised to speak publicly said the tender "
                         "would be cancelled."))
    assert a.speaker.endswith("official") and a.quote == "the tender would be cancelled"


def test_long_relative_clause_between_commas():
    (a,) = attribute(doc("A club spokesman, who spoke on condition of anonymity because the inquiry into "
                         "the transfer has not yet been closed, said the coach would stay."))
    assert a.speaker.endswith("spokesman") and a.quote == "the coach would stay"


def test_place_after_a_speaker_is_skipped():
    attrs = attribute(doc(["Geology professor Ana Ruiz of the University of Chile, who was not part of the "
                           "study, said the fault had moved four metres."]))
    assert speakers(attrs) == ["Ana Ruiz"]


def test_body_name_keeps_its_links_and_mixed_case_abbreviation():
    attrs = attribute(doc("The Board of Inquiry for Rail Accidents (Bira) said the signal had failed.",
                          "The Bira panel said it was “not satisfied” with the operator's records."))
    assert speakers(attrs) == ["Board of Inquiry for Rail Accidents"] * 2


def test_for_after_a_body_word_links_the_name():
    (a,) = attribute(doc("The Office for Budget Responsibility said growth would slow next year."))
    assert a.speaker == "Office for Budget Responsibility"


def test_bracketed_word_that_is_not_the_initials_is_no_alias():
    attrs = attribute(doc("The Port Authority (Harbourside) said berths would reopen on Monday.",
                          "The Harbourside panel said it would review the decision."))
    assert attrs[0].speaker == "Port Authority"
    assert all(a.speaker != "Port Authority" for a in attrs[1:])


def test_adverb_between_auxiliary_and_verb():
    attrs = attribute(doc("Coach Piet Laar was sacked on Friday.",
                          "He has always insisted he knew nothing of the payments."))
    (a,) = attrs
    assert a.speaker == "Piet Laar" and a.quote == "he knew nothing of the payments"


def test_cue_in_an_aside_does_not_swallow_the_main_verb():
    attrs = attribute(doc("Coach Femi Okoro, who has always denied fixing the match, said he was "
                          "“relieved” by the verdict."))
    main = find(attrs, "relieved")
    assert main.speaker == "Femi Okoro" and main.quote.startswith("he was") and main.cue == "said"


def test_blamed_reports_the_cause_given():
    attrs = attribute(doc("Vesta Airlines cancelled 40 flights on Monday.",
                          "The airline blamed a shortage of air traffic controllers."))
    (a,) = attrs
    assert a.speaker == "Vesta Airlines" and a.cue == "blamed"
    assert a.quote == "a shortage of air traffic controllers"


def test_passive_blame_is_no_speech():
    assert attribute(doc("The crash was blamed on a faulty sensor.")) == []


def test_unclosed_quotation_at_paragraph_end_belongs_to_its_speaker():
    attrs = attribute(doc("Volcano expert Ines Moreno of the University of Lisbon, who was not part of the "
                          "survey, said the eruption "
                          "was “the largest we have recorded since 1991.",
                          "The civil protection agency rated the alert at level four."))
    (a,) = attrs
    assert a.speaker == "Ines Moreno" and a.direct
    assert a.quote == "the largest we have recorded since 1991." and a.sentences == (0,)


def test_statement_to_an_outlet_is_the_addressee():
    (a,) = attribute(doc("“We acted within the rules,” Okafor said in a statement to Bloomberg."))
    assert a.speaker == "Okafor" and a.addressee == "Bloomberg"


def test_headings_are_not_attributed():
    text = "Mayor Jo Park says the bridge will reopen in May"
    assert speakers(attribute([Sentence(0, 0, text)])) == ["Jo Park"]
    assert attribute([Sentence(0, 0, text, kind="heading")]) == []


# --- names with particles and long body names -------------------------------------

def test_surname_particles_stay_in_the_name():
    attrs = attribute(doc("Health Minister Joost van den Berg said the clinics would reopen.",
                          "“We have the staff,” Mr van den Berg told reporters.",
                          "Critics led by Anouk de Graaf said the plan came too late."))
    assert speakers(attrs) == ["Joost van den Berg", "Joost van den Berg", "Anouk de Graaf"]


@pytest.mark.parametrize("name", ["Ines da Rocha", "Klaus von der Heide", "Marta dos Anjos"])
def test_particle_names_of_every_form(name):
    (a,) = attribute(doc(f"{name} said the harbour would close for a week."))
    assert a.speaker == name


def test_lower_case_surname_opens_a_sentence():
    attrs = attribute(doc("Mayor Lotte ter Horst opened the bridge.",
                          "ter Horst said the work had cost less than planned."))
    assert speakers(attrs) == ["Lotte ter Horst"]


def test_a_van_is_no_name():
    text = "The crew arrived in a van Tuesday."
    assert not any("van" in m.name for m in find_mentions(text, words_of(text)))


def test_body_name_joined_by_for_and_and():
    (a,) = attribute(doc("Officials at the Office for Rail and Road said fares would rise in March."))
    assert a.speaker == "Office for Rail and Road"


def test_name_after_a_possessive_title_is_the_speaker():
    attrs = attribute(doc(["Oakridge’s MP, Helen Carver, said she had asked for more ferries.",
                           "‘We are cut off every winter,’ she said."]))
    assert speakers(attrs) == ["Helen Carver", "Helen Carver"]


def test_post_nominal_title_stays_out_of_the_name():
    (a,) = attribute(doc("Helen Carver MP said the ferry timetable was a disgrace."))
    assert a.speaker == "Helen Carver"


def test_title_alone_resolves_to_the_person_it_named():
    attrs = attribute(doc("Prime Minister Joost van den Berg met unions on Monday.",
                          "After the talks, the prime minister told reporters: “We found a way.”"))
    (a,) = attrs
    assert a.speaker == "Joost van den Berg" and a.addressee == "reporters"


def test_pronoun_takes_the_subject_of_the_latest_clause():
    attrs = attribute(doc(["Transport Minister Greta Lund says the tunnel will open in May, but "
                           "council leader Ingrid Moe is unconvinced.", "“Nothing is ready,” she told the radio."]))
    assert find(attrs, "Nothing is ready").speaker == "Ingrid Moe"


def test_pronoun_after_a_contrast_clause_with_two_men():
    attrs = attribute(doc(["Mr. Okafor said the budget was sound, while Mr. Dunne was sharper.",
                           "“It is a fantasy,” he said."]))
    assert find(attrs, "fantasy").speaker == "Dunne"


def test_speaker_named_in_the_next_sentence():
    attrs = attribute(doc("Mayor Rosa Quint told the council on Monday that the port would stay open.",
                          ["“We will not sell the harbour.”", "Those were the words of Ms Quint last spring."],
                          ["“Every family deserves clean water.”",
                           "That is the message from Dr Felix Aarden, the county’s health chief."]))
    assert find(attrs, "sell the harbour").speaker == "Rosa Quint"
    assert find(attrs, "sell the harbour").addressee is None
    assert find(attrs, "clean water").speaker == "Felix Aarden"


def test_words_of_a_quotation_inside_a_sentence_do_not_look_back():
    attrs = attribute(doc(["Officials called the plan “bold” in March.", "Those were the words of the mayor."]))
    assert all(a.speaker != "mayor" for a in attrs)


def test_where_others_will_testify_is_no_addressee():
    (a,) = attribute(doc("Ms. Arno said she expected the bank’s directors to appear before the Finance Committee."))
    assert a.speaker == "Arno" and a.addressee is None


# --- interviews in question-and-answer form -------------------------------------

def _interview(intro: str = "The Valley Times spoke to Lindgren after the final.") -> list[Sentence]:
    return doc("Marta Lindgren, the team's coach, said the squad was exhausted.",
               intro,
               "Q: Did you expect to win?",
               ["Lindgren: Not really.", "We had lost twice to them this season."],
               "Our captain played with a broken finger.",
               "Q: What comes next?",
               "Lindgren: A long holiday.",
               "The league publishes its final table on Monday.")


def test_answers_labelled_with_a_known_name_are_that_persons_words():
    attrs = [a for a in attribute(_interview()) if a.cue == "answered"]
    assert speakers(attrs) == ["Marta Lindgren", "Marta Lindgren"]
    first, second = attrs
    assert first.quote.startswith("Not really.") and "broken finger" in first.quote
    assert first.sentences == (3, 4, 5) and first.direct
    assert second.quote == "A long holiday." and second.sentences == (7,)
    assert all(a.addressee == "Valley Times" for a in attrs)


def test_answer_does_not_run_past_the_last_label():
    attrs = attribute(_interview())
    assert not any(8 in a.sentences for a in attrs)


def test_questions_are_the_interviewers():
    questions = [a for a in attribute(_interview()) if a.cue == "asked"]
    assert [q.quote for q in questions] == ["Did you expect to win?", "What comes next?"]
    assert all(q.speaker == "Valley Times" and q.addressee == "Marta Lindgren" for q in questions)


def test_answers_without_a_named_interviewer_have_no_addressee():
    attrs = [a for a in attribute(_interview("The interview has been edited.")) if a.cue == "answered"]
    assert len(attrs) == 2 and all(a.addressee is None for a in attrs)


def test_label_that_names_nobody_known_is_no_answer():
    sents = doc("Rescue teams reached the village on Tuesday.",
                "Update: the road to Bergen reopened at noon.",
                "Oslo: schools stay closed.")
    assert attribute(sents) == []


# --- the contract, on any input -----------------------------------------------

_TEXTS = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.text(alphabet="“”\"«»‘’ abcXYZ,.:said told he she according to Mr.", max_size=60),
        st.sampled_from(["“Yes,” he said.", "He said", "“Open", "close,” Ms. Lee told CNN.",
                         "according to", "said the", "», said X", "The official said: “",
                         "Lee: Yes, he said.", "Q: “Why?”", "Ms. Lee spoke to the Post."]),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_TEXTS, st.lists(st.integers(0, 3), max_size=12))
def test_never_raises_and_keeps_quotes_verbatim(texts, jumps):
    sents, paragraph = [], 0
    for k, text in enumerate(texts):
        paragraph += jumps[k] if k < len(jumps) else 0
        sents.append(Sentence(id=k, paragraph=paragraph, text=text))
    ids = {s.id for s in sents}
    for a in attribute(sents):
        assert set(a.sentences) <= ids and a.sentences
        joined = " ".join(sents[i].text for i in a.sentences)
        assert a.quote in joined


# --- single curly quotes over several paragraphs ------------------------------

def test_single_quotes_reopened_in_following_paragraphs():
    attrs = attribute(doc(
        ["‘The water came so fast,’ said Joanna Pryce, who runs the village shop.",
         "‘We couldn’t save the stock and the freezer was ruined."],
        ["‘When the warden shouted “get out now”, I just ran.", "I didn’t look back."],
        "‘Please listen to the warnings.’",
        "The council said repairs would start in May.",
    ))
    for words in ("freezer was ruined", "I just ran", "didn’t look back", "listen to the warnings"):
        assert find(attrs, words).speaker == "Joanna Pryce"
    assert find(attrs, "repairs").speaker == "council"


def test_single_quote_run_stops_at_paragraph_without_reopening():
    attrs = attribute(doc(
        ["‘It was chaos,’ said Omar Haddad.", "‘Nobody knew where to go."],
        "Police closed the road at noon.",
    ))
    assert find(attrs, "Nobody knew").speaker == "Omar Haddad"
    assert not [a for a in attrs if "closed the road" in a.quote and a.direct]


# --- words in quotation marks that nobody says ---------------------------------

def test_participle_inside_denied_comment_is_not_speech():
    attrs = attribute(doc("Mr Okafor did not respond to reports describing the deal as a ‘stitch-up’."))
    assert not [a for a in attrs if a.speaker and "Okafor" in a.speaker]


def test_participle_after_comma_still_borrows_speaker():
    attrs = attribute(doc("Ms Varga criticised the budget, describing it as ‘a betrayal’."))
    assert find(attrs, "a betrayal").speaker == "Varga"


def test_nickname_between_first_name_and_surname_is_not_a_quote():
    attrs = attribute(doc("Its founder Giovanni “Gianni” Russo says the firm will appeal."))
    assert not [a for a in attrs if "Gianni" in a.quote]
    assert find(attrs, "the firm will appeal").speaker.endswith("Russo")


def test_single_quoted_word_after_verb_is_still_a_quote():
    attrs = attribute(doc("The plan was “Unworkable”, Dr Alan Reyes said."))
    assert find(attrs, "Unworkable").speaker == "Alan Reyes"


# --- reported clauses and letters -----------------------------------------------

def test_reported_clause_without_that_keeps_relative_aside():
    attrs = attribute(doc("Mr Delaney says Aoife, who broke her wrist in the fall, is back at school."))
    a = find(attrs, "is back at school")
    assert a.speaker == "Delaney" and "Aoife" in a.quote


def test_pronoun_object_of_participle_is_the_earlier_addressee():
    attrs = attribute(doc(
        "Council officials said the road would be closed.",
        "Mayor Dana Whitfield wrote to residents on Monday urging them to stay indoors.",
    ))
    a = find(attrs, "stay indoors")
    assert a.speaker == "Dana Whitfield" and a.addressee == "residents"


def test_who_after_apposition_refers_to_the_person():
    attrs = attribute(doc("“The phones were dead for hours,” said Marta L. Quinn, the head of emergency "
                          "services for Harlow County, who added that no one had been hurt."))
    assert find(attrs, "no one had been hurt").speaker == "Marta L. Quinn"


def test_the_company_prefers_the_named_body_to_an_unnamed_group():
    attrs = attribute(doc(
        "Norvane Systems said the patch was tested on a small group of servers first.",
        "Refunds will be paid within a month, the company said.",
    ))
    assert find(attrs, "Refunds will be paid").speaker == "Norvane Systems"


def test_letter_demanding_an_object_reports_the_demand_to_its_addressee():
    attrs = attribute(doc("Sen. Ruth Ames and Sen. Ian Doyle wrote to Mr. Pike on Monday demanding a full review of the contract."))
    a = find(attrs, "a full review of the contract")
    assert a.speaker == "Ruth Ames and Ian Doyle" and a.addressee == "Pike"


def test_demanding_one_word_is_not_a_report():
    attrs = attribute(doc("Protesters marched to the town hall demanding change."))
    assert not [a for a in attrs if "change" in a.quote]


def test_they_after_officials_at_a_body_is_the_body():
    attrs = attribute(doc(["Officials at the Port Authority of Brenmouth, the harbour operator, said berths would reopen on Monday.",
                           "They warned that some ferries could still be delayed."]))
    assert find(attrs, "ferries could still be delayed").speaker == "Port Authority of Brenmouth"


def test_they_after_a_body_alone_is_not_the_body():
    attrs = attribute(doc(["The Port Authority said berths would reopen on Monday.",
                           "They warned that some ferries could still be delayed."]))
    assert not [a for a in attrs if "ferries" in a.quote and a.speaker == "Port Authority"]


# --- testimony, owned offices, head nouns, notes, unique institutions -----------

def test_who_testified_after_an_apposed_name_reports_to_whoever_heard():
    attrs = attribute(doc("The committee heard on Monday from the club’s former coach, Lars Moe, "
                          "who testified that the pitch had been unsafe for months."))
    a = find(attrs, "the pitch had been unsafe")
    assert a.speaker == "Lars Moe" and a.cue == "testified" and a.addressee == "committee"


def test_testified_without_a_reported_clause_is_no_report():
    attrs = attribute(doc("Lars Moe testified for three hours on Monday."))
    assert attrs == []


def test_his_office_is_the_office_of_the_man_just_named():
    attrs = attribute(doc(
        "Prices rose by 2%, according to the national audit office.",
        ["The transport minister, Oskar Lind, opened the line.",
         "His office said in a statement that fares would be frozen until March."],
    ))
    a = find(attrs, "fares would be frozen")
    assert "Oskar Lind" in a.speaker and "audit" not in a.speaker


def test_her_office_with_no_person_before_stays_unowned():
    attrs = attribute(doc("Her office said the works would start in May."))
    assert "’s" not in (find(attrs, "the works would start").speaker or "")


def test_place_before_a_noun_after_told_qualifies_the_addressee():
    attrs = attribute(doc("The fishing firm hid 2 million euros in losses, its former owner told a Bergen court on Monday."))
    a = find(attrs, "hid 2 million euros")
    assert a.addressee == "Bergen court" and "Monday" not in a.quote


def test_in_a_note_to_names_the_addressee():
    attrs = attribute(doc("“The cycle has turned,” Anna Berg, an analyst at Nordkap, wrote in a note to investors."))
    a = find(attrs, "The cycle has turned")
    assert a.speaker == "Anna Berg" and a.addressee == "investors"


def test_the_central_bank_is_not_a_commercial_bank_named_before():
    attrs = attribute(doc(
        "Analysts at Holm Bank said the rise was late.",
        "The Shipowners’ Federation urged the central bank to cut rates again.",
    ))
    a = find(attrs, "cut rates again")
    assert a.speaker == "Shipowners’ Federation" and a.addressee == "central bank"
