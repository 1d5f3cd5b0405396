"""Personal pronouns agree in sex with the person they stand for: 'Mr Yee's lawyer, Ana Ruiz, said he was
arrested' is Yee's arrest, not Ruiz's.

spaCy knows no sex. A person's is read from the article: an honorific or title of one sex before any of their
forms ('Mr', 'Ms', 'Queen': ``data/gendered_titles.tsv``), else a given name of one sex (``data/given_genders.tsv``,
the US census lists) opening a full form of the name. A surname alone takes what its fuller forms in the article
say; a person whose forms say both, or nothing, agrees with either pronoun.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_context import EventContext

#: the sex each personal pronoun stands for
PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


@lru_cache(maxsize=1)
def title_sexes() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in read_tsv("gendered_titles.tsv")}


@lru_cache(maxsize=1)
def given_sexes() -> dict[str, str]:
    return {r["name"]: r["gender"] for r in read_tsv("given_genders.tsv")}


def _words(m: dict) -> list[str]:
    return (m.get("name") or m["surface"]).split()


def _own_sexes(m: dict) -> set[str]:
    """What one mention's title and given name say."""
    out = set()
    for word in (m.get("title") or "").lower().replace(".", " ").split():
        if word in title_sexes():
            out.add(title_sexes()[word])
    words = _words(m)
    if len(words) > 1 and words[0].lower().rstrip(".") in title_sexes():  # the model kept it in the name
        out.add(title_sexes()[words.pop(0).lower().rstrip(".")])
    if len(words) > 1 and words[0].lower() in given_sexes():
        out.add(given_sexes()[words[0].lower()])
    return out


def person_sex(ctx: EventContext, m: dict) -> str | None:
    """'m', 'f' or None (unknown or contradictory) for a person mention, from its own forms and, for a mention of
    one word, from the article's forms ending in that word."""
    sexes = _own_sexes(m)
    words = _words(m)
    if len(words) == 1 or not sexes:
        last = words[-1].lower() if words else ""
        for other in ctx.mentions:
            forms = _words(other)
            if other["label"] != "PERSON" or not forms or forms[-1].lower() != last:
                continue
            if len(words) == 1 or forms[: len(words)] == words:
                sexes |= _own_sexes(other)
    return next(iter(sexes)) if len(sexes) == 1 else None


def agreeing(ctx: EventContext, pronoun: str, persons: list[dict]) -> list[dict]:
    """The persons a pronoun may stand for by sex: those of its sex or of no known sex."""
    sex = PRONOUN_SEX.get(pronoun.lower())
    if not sex:
        return persons
    return [m for m in persons if person_sex(ctx, m) in (None, sex)]


def of_its_sex(ctx: EventContext, pronoun: str, persons: list[dict]) -> list[dict]:
    """The persons known to be of the pronoun's sex."""
    sex = PRONOUN_SEX.get(pronoun.lower())
    return [m for m in persons if sex and person_sex(ctx, m) == sex]


def _ent_forms(doc) -> list[tuple[list[str], set[str]]]:
    """(name words, sexes its title and given name say) of each person the model names in ``doc``."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t.text for t in ent]
        titles = (
            [words.pop(0).lower().rstrip(".")]
            if len(words) > 1 and words[0].lower().rstrip(".") in title_sexes()
            else []
        )
        if ent.start > 0:
            titles.append(doc[ent.start - 1].lower_.rstrip("."))
        out.append(
            (words, _own_sexes({"name": " ".join(words), "surface": " ".join(words), "title": " ".join(titles)}))
        )
    return out


def token_sex(tok) -> str | None:
    """The sex of the person a name token belongs to (as ``person_sex``, from the model's person names)."""
    forms = _ent_forms(tok.doc)
    own = next(((w, s) for w, s in forms if tok.text in w and tok.ent_type_ == "PERSON"), None)
    if own is None:
        return None
    words, sexes = own
    if len(words) == 1 or not sexes:
        sexes = set(sexes)
        for other, other_sexes in forms:
            if other and other[-1].lower() == words[-1].lower():
                sexes |= other_sexes
    return next(iter(sexes)) if len(sexes) == 1 else None


def token_agrees(pronoun, speaker) -> bool:
    """Whether a personal pronoun may stand for the person a speaker's name token names."""
    sex = PRONOUN_SEX.get(pronoun.lower_)
    if not sex:
        return True
    if speaker.ent_type_ != "PERSON":  # 'his lawyer, Ana Ruiz, said': the person named in apposition
        speaker = next((c for c in speaker.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    return speaker is None or token_sex(speaker) in (None, sex)
