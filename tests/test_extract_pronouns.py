"""Pronoun speakers: "Selon lui", "Pour elle", "D'après elle", "According to him", and "she"
for a woman whose gender the text does not give."""

from tests.goldscore import extract_one, speakers


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_selon_lui_and_pour_elle_resolve_like_subject_pronouns():
    result = extract_one(
        page(
            "Débat sur la neutralité à Vienne",
            "La chancelière autrichienne Birgit Hofer a défendu mardi la neutralité du pays "
            "devant les députés réunis en séance extraordinaire.",
            "Pour elle, « la neutralité protège ce pays depuis bientôt soixante-dix ans ».",
            "Le député Stefan Gruber a critiqué cette position lors du débat. Selon lui, « le "
            "monde a changé et nos lois doivent suivre le mouvement ».",
            "D'après elle, « aucun gouvernement ne pourra changer cela sans référendum ».",
        )
    )
    assert speakers(result) == [
        ("la neutralité protège ce pays depuis bientôt soixante-dix ans", "Birgit Hofer"),
        ("le monde a changé et nos lois doivent suivre le mouvement", "Stefan Gruber"),
        ("aucun gouvernement ne pourra changer cela sans référendum", "Birgit Hofer"),
    ]


def test_pour_lui_before_an_infinitive_is_not_a_cue():
    result = extract_one(
        page(
            "Visite à Kiev",
            "Le ministre a demandé un délai supplémentaire pour lui permettre de consulter ses "
            "partenaires européens avant la réunion de Bruxelles.",
        )
    )
    assert result.quotes == []


def test_according_to_him():
    result = extract_one(
        page(
            "Talks in Geneva",
            "Mr Keller spoke to reporters after the meeting in Geneva on Friday morning.",
            'According to him, "the two delegations agreed to meet again before the summer".',
        )
    )
    assert speakers(result) == [
        ("the two delegations agreed to meet again before the summer", "Keller")
    ]


def test_she_goes_to_the_nearest_person_not_known_to_be_a_man():
    """No known woman: "she" is the nearest named person not known to be a man (a title, an
    earlier "he" or a man's first name tells a man)."""
    result = extract_one(
        page(
            "Baltic ministers meet in Vilnius",
            "Lithuanian Foreign Minister Gabrielius Landsbergis said on Monday that the region "
            "needed more air defence systems before the winter.",
            "Estonian Defence Minister Hanno Pevkur and Finnish Foreign Minister Elina "
            "Valtonen also attended the meeting.",
            "Latvian Prime Minister Evika Silina said her country would host the next round of "
            "talks in the spring.",
            '"We cannot wait for another attack to act together," she told reporters.',
        )
    )
    assert speakers(result) == [
        ("We cannot wait for another attack to act together", "Evika Silina")
    ]
    result = extract_one(
        page(
            "Baltic ministers meet in Vilnius",
            "Mr Tamm met Lithuanian Foreign Minister Kestutis Budrys in Vilnius on Monday.",
            "Estonian Prime Minister Kadri Saar said the region needed more air defence.",
            '"We have to move faster than the threats we face," she said after the talks.',
        )
    )
    assert speakers(result) == [("We have to move faster than the threats we face", "Kadri Saar")]
