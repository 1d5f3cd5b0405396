"""Build sitrep's event-trigger lexicon from the field's resources.

usage: .venv/bin/python scripts/build_triggers.py [RESOURCES_DIR] [OUT_TSV]
(defaults: ../shared/resources and sitrep/extract/data/triggers.tsv)

Reads PETRARCH2's CAMEO verb dictionary (``petrarch2/CAMEO.2.0.txt``, MIT licence) and the official CAMEO -> PLOVER
2021 crosswalk (``plover/CAMEO2PLOVER-2021.txt``, CC BY-SA 4.0) and writes one row per (verb lemma, object anchor):

    verb      the verb's lemma ("ask"), a phrasal verb's particle after a space ("call for")
    prep      the preposition the object is governed by ("for" in ``* (FOR HELP)``), or empty
    object    the anchor lemma of the object side (the head: last word of its first element's phrase), or empty
              for the bare verb
    words     the lemmas that must come right before the head in the text ('cease' of 'cease fire', 'peace' of
              '{PEACE PLAN}'), or empty
    qualifier what the pattern asks beyond its first object element, '; '-joined: a preposition and the objects it
              may govern ('of no confidence' of '* VOTE (OF {NO CONFIDENCE})', 'against *' for any object), found
              on the object noun or under the verb (see ``qualifiers``); or empty
    cameo     the CAMEO code (a ``[src:tgt]`` pair keeps its source reading; ``[:X]`` sets ``reversed``)
    plover    the PLOVER 2021 category of the code (the manual's rulings override the crosswalk, see OVERRIDES)
    mode      the crosswalk's mode, or empty
    reversed  1 when the code reads the subject as the target (``[:020]``: "faced calls" - the subject is asked)
    example   where the row comes from (the dictionary's comment: the verb the pattern was written for)

Words are lemmatised with spaCy's English lemmatizer so that the matcher can compare lemmas with lemmas.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: the PLOVER manual wins over the crosswalk (resources README): international sanctions, embargoes and boycotts
#: (CAMEO 163, COERCE in the crosswalk) are SANCTION discontinue. CAMEO 02 (appeal) and 10 (demand) are both PLOVER
#: REQUEST; CAMEO 01 (public statements) codes no event. The crosswalk's own readings of 166 (expel or withdraw:
#: SANCTION expel) and 174 (deport individuals: COERCE deport) already follow the manual and need no override.
OVERRIDES = {
    "163": ("SANCTION", "discontinue"),
    "1631": ("SANCTION", "discontinue"),
    "1632": ("SANCTION", "discontinue"),
    "02": ("REQUEST", ""),
}
#: PLOVER context codes (the manual's general contexts) that the crosswalk writes in a mode's place ('175: ASSAULT,
#: pro_autocracy, military'): a context, no mode of the category, so the row gets no mode
CONTEXTS = {"pro_autocracy", "pro_democracy", "repression", "military", "political_institutions"}
#: verb blocks of receiving ('receive', 'obtain', 'get'): the subject of a received aid is its recipient, the
#: target (the dictionary marks this on some of the block's AID patterns only, e.g. aircraft but not food)
RECEIVING_BLOCKS = {"obtain"}
#: (block, prep, object) patterns whose subject is the one acted on although the dictionary leaves their code
#: unreversed: 'appeared in court' is tried as 'appeared before court' and 'at hearing' ([:173]) are
REVERSED_PATTERNS = {("appear", "in", "court")}

#: CAMEO verbs that sitrep reads as a frame over their clause, not as an event: 'need' (CAMEO's demand block) is an
#: obligation verb of data/event_frames.json ('needs to impose sanctions' is no demand by its subject). Until the
#: base-form fix of ``base_form`` its row was the never-matching 'nee'; it stays out of the lexicon.
FRAME_VERBS = {"need"}

#: CAMEO's support-for-the-victim readings: 'PROTEST: * &DETENTION [053]', 'DENOUNCE: * KIDNAPPING [053]', 'OPPOSE: *
#: EXPULSION [051]', 'COMPLAIN: * (ABOUT DECISION) [051]', 'DEMONSTRATE: * (IN SOLIDARITY) [053]' read the one detained,
#: expelled or marched for as supported (CAMEO 050-053: praise, defend verbally, rally support on behalf of). PLOVER
#: codes the act toward the doer it condemns (ACCUSE) and a demonstration for or against anything as PROTEST, so in a
#: block of disapproval (CAMEO root 11) or protest (root 14) these rows are left out and the verb keeps its block's
#: own reading ('contested the expulsion' was SUPPORT, 'complained about the decision' too).
VICTIM_SUPPORT = {"050", "051", "052", "053"}
CONFLICT_ROOTS = {"11", "14"}

#: particles of phrasal verbs: in ``* DOWN &WEAPON`` ("laid down their weapons") the object is what follows and
#: the particle takes the place of a preposition (the matcher pairs a verb's particle with its direct object)
PARTICLES = {"down", "up", "out", "off", "back", "over", "away"}
#: words that end a run of plain object words ('* TROOP TOWARD +': the object is 'troop')
PHRASE_STOPS = {
    "to", "toward", "towards", "into", "in", "on", "at", "of", "for", "with", "against", "from", "by", "over",
    "under", "about", "across", "through", "onto", "upon", "as", "after", "before", "between", "among", "and", "or",
}  # fmt: skip
#: a verb block's header, '---  DELAY   [120]  ---'; four headers of the dictionary have no space after the code
#: ('---  DELAY   [120]---  ---'), and read as a verb they left their verbs in the block before ('defer', 'postpone',
#: 'obstruct' coded as BLAME 112, criticism, instead of DELAY 120, rejection)
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
CODE = re.compile(r"\[([0-9:\-]*)\]")
LICENCE = (
    "# Derived from PETRARCH2's CAMEO.2.0.txt (Copyright (c) 2015 Open Event Data Alliance, MIT licence; see\n"
    "# sitrep/extract/data/LICENSE-PETRARCH2) and the CAMEO2PLOVER-2021 crosswalk of the PLOVER project\n"
    "# (openeventdata/PLOVER, CC BY-SA 4.0). Generated by scripts/build_triggers.py - do not edit by hand;\n"
    "# curate in triggers_curated.tsv instead.\n"
)


def parse_crosswalk(text: str) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER category, mode) from the crosswalk's ``code: CATEGORY, mode, context`` lines."""
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if m:
            mode = (m.group(3) or "").strip()
            out[m.group(1)] = (m.group(2), "" if mode in CONTEXTS else mode)
    out.update(OVERRIDES)
    return out


def plover_of(code: str, crosswalk: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The PLOVER reading of a CAMEO code, falling back to its parent codes ("0211" -> "021" -> "02")."""
    while code:
        if code in crosswalk:
            return crosswalk[code]
        code = code[:-1]
    return None


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` blocks: the ``+WORD`` lines under each (``_`` joins the words of a phrase)."""
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current:
            sets[current].append(line[1:].strip().rstrip("_").replace("_", " "))
        elif not line:
            current = None
    return sets


def _code(field: str) -> tuple[str, bool] | None:
    """``036`` / ``036:036`` / ``:020`` -> (code, reversed); ``---`` -> None."""
    field = field.strip()
    if not field or field.startswith("-"):
        return None
    src, _, tgt = field.partition(":")
    if src:
        return src, False
    return (tgt, True) if tgt else None


def parse_verb_blocks(lines: list[str]) -> list[dict]:
    """One dict per verb block: ``{name, code, verbs: [(words, code)], patterns: [(text, code, comment)]}``."""
    blocks: list[dict] = []
    block = None
    for raw in lines:
        if raw.startswith("#"):
            continue
        head = HEADER.match(raw)
        if head:
            block = {"name": head.group(1), "code": head.group(2), "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if block is None or not raw.strip():
            continue
        body, _, comment = raw.partition("#")
        body = body.split(";", 1)[0]  # 'SCRAP {SCRAPPING ...};shan 8/30/93': a coder's note after ';'
        code_m = CODE.search(body)
        code = code_m.group(1) if code_m else ""
        text = CODE.sub("", body)
        if raw.startswith("- "):
            block["patterns"].append((text[2:].strip(), code, comment.strip()))
        else:
            word = re.sub(r"\{[^}]*\}", "", text).strip().lstrip("+").rstrip("_")
            if word:
                block["verbs"].append((word.replace("_", " ").lower(), code))
    return blocks


def _phrase(words: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """(head, modifiers) of a multi-word object: the head is the last word, the words before it must precede it
    in the text ('cease fire' -> ('fire', ('cease',)); 'cease-fire' is split the way the tokenizer splits it)."""
    parts = [p.lower() for w in words for p in w.split("-") if p]
    plain: list[str] = []
    for part in reversed(parts):  # 'CH-47F CHINOOK' -> 'chinook': model numbers are left out
        if not re.match(r"^[a-z]+$", part):
            break
        plain.insert(0, part)
    return (plain[-1], tuple(plain[:-1])) if plain else None


def _element(first: str, synsets: dict[str, list[str]]) -> list[tuple[str, tuple[str, ...]]]:
    """The phrases of the first element of an object side: a ``{ }`` group, a synonym set (one phrase per member)
    or a run of plain words up to the next preposition, set, ``+`` or ``$`` ('* FIRST MOVE', '* TROOP TOWARD +').
    A synonym set inside a group ('{&WEAPON ATTACK}') leaves the words after it: the head and its near modifiers;
    a group ending in a set ('{&MILITARY &AIRCRAFT}') gives that set's members."""
    brace = re.match(r"^\{([^}]*)\}", first)
    tokens = brace.group(1).split() if brace else first.split()
    if tokens and (tokens[0] if not brace else tokens[-1]).startswith("&"):  # '&WEAPON', '{&MILITARY &AIRCRAFT}'
        members = synsets.get((tokens[0] if not brace else tokens[-1]).rstrip("_"), [])
        # the plain words right before a group's closing set stay in front of each member ('{JOINT &EXERCISE}':
        # 'joint exercise', not any exercise)
        lead = _plain_before_set(tokens[:-1]) if brace else []
        return [ph for w in members if w and (ph := _phrase([*lead, *w.split()]))]
    run: list[str] = []
    for tok in tokens:
        if tok.startswith("&"):
            run = []  # only the plain words after a set inside a group
            continue
        if not re.match(r"^[A-Za-z\-]+$", tok) or (not brace and run and tok.lower() in PHRASE_STOPS):
            break
        run.append(tok)
    ph = _phrase(run)
    return [ph] if ph else []


def _plain_before_set(tokens: list[str]) -> list[str]:
    """The run of plain words at the end of ``tokens`` (the words of a group before its closing synonym set)."""
    run: list[str] = []
    for tok in reversed(tokens):
        if not re.match(r"^[A-Za-z\-]+$", tok):
            break
        run.insert(0, tok)
    return run


def pattern_object(text: str, synsets: dict[str, list[str]]) -> tuple[str, list[tuple[str, tuple[str, ...]]]] | None:
    """The object side of a pattern (after ``*``) as (preposition, [(head, modifiers)]); None for subject-only or
    empty patterns. The head is the last word of the first element's phrase; a synonym set gives one per member."""
    if "*" not in text:
        return None
    obj = text.split("*", 1)[1].strip()
    if not obj:
        return None
    prep = ""
    m = re.match(r"^\(\s*([A-Z/\-]+)\s*(.*?)\)", obj)
    if m:
        prep = m.group(1).split("/")[0].lower()
        first = m.group(2).strip()
    else:
        first = obj
    if not first:
        return (prep, [("", ())]) if prep else None
    words = first.split()
    if len(words) > 1 and not prep and words[0].lower() in PHRASE_STOPS - PARTICLES:  # '* FOR &INVESTIGATION'
        return pattern_object(f"* ({words[0]} {' '.join(words[1:])})", synsets)
    if len(words) > 1 and words[0].lower() in PARTICLES:
        rest = pattern_object("* " + " ".join(words[1:]), synsets)  # '* DOWN &WEAPON': a phrasal verb's object
        return (rest[0] or words[0].lower(), rest[1]) if rest else None
    phrases = _element(first, synsets)
    return (prep, phrases) if phrases else None


def constrained(text: str) -> bool:
    """The pattern says more after its first object element ('* FIRE (TO FLAG)', '* POLICE (TO BORDER)'): the
    lexicon keeps only the first element, so where two patterns share it the one without more wins ('* FIRE')."""
    obj = text.split("*", 1)[-1].strip()
    obj = re.sub(r"^(?:\([^)]*\)|\{[^}]*\}|[A-Za-z&_\-]+)", "", obj, count=1)
    return bool(re.search(r"[A-Za-z(]", obj))


def lost_context(text: str) -> bool:
    """A synonym-set pattern whose set is only the head of a longer object that the lexicon drops, its words
    going on outside any prepositional group ('ANNOUNCE: * &SOLUTION OF + TRADE OFFICE', 'SEEK: * &INVESTIGATION
    INTO INVASION', 'GIVE: * &PKO {GREEN LIGHT}'): each member of the set alone would read far more than the
    pattern ('announced the results', 'told them the answer' are no sanctions), so the rows are left out. A
    parenthesised context ('* &SECURITY (AT EMBASSY)', '* &MILITARY (INTO +)') keeps its rows, as before."""
    obj = text.split("*", 1)[-1].strip()
    if not obj.startswith("&"):
        return False
    rest = re.sub(r"^[A-Za-z&_\-]+", "", obj, count=1).strip()
    words = [w.lower() for w in re.findall(r"[A-Za-z&_\-]+", rest.split("(", 1)[0])]
    return not rest.startswith("(") and any(w not in PHRASE_STOPS for w in words)


#: prepositions of a qualifying group: the phrase stops and a few the object side never starts with
#: ('* SUPPORT (BEHIND)': threw its support behind)
QUALIFIER_PREPS = PHRASE_STOPS | {"behind", "near", "during", "without", "within", "beyond", "via", "amid", "until"}
#: the groups kept as constraints: an 'of' group completes a relational head ('vote (of no confidence)', 'state
#: (of emergency)', 'number (of troops)', 'option (of force)', 'possibility (of a deal)'), which alone names no act.
#: The other groups add a party, place or topic to an act the head already names ('ban (on travel)', 'sentence (by
#: court)', 'sanctions against', 'warships (to)'); they stay dropped as before: enforced too (round 31) they turned
#: right readings of tuning and development rows ('imposed a ban on ...' through '* BAN (ON TRAVEL)') into the
#: verb's default and lowered a held-out type figure.
COMPLETING_PREPS = {"of"}
#: target and source marks of a pattern ('* TROOP TOWARD +', '* DEATH (OF ^)'): any noun stands there
MARKS = {"+", "$", "^", "%"}
#: a pattern's object side as elements: a ``( )`` group, a ``{ }`` group or a word ('(OF', 'VISIT)' in a
#: pattern with a stray parenthesis give the word without it)
ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")


def object_rest(text: str) -> list[str]:
    """The elements of the object side after the one ``pattern_object`` reads (its particle and first element):
    ``* VOTE (OF {NO CONFIDENCE})`` -> ['(OF {NO CONFIDENCE})'], ``* SANCTIONS AGAINST`` -> ['AGAINST']."""
    toks = ELEMENT.findall(text.split("*", 1)[1]) if "*" in text else []
    if toks and toks[0].startswith("("):
        return toks[1:]
    if len(toks) > 1 and toks[0].lower() in PHRASE_STOPS - PARTICLES:
        toks = toks[1:]  # '* FOR &INVESTIGATION': read as '(FOR &INVESTIGATION)'
    elif len(toks) > 1 and toks[0].lower() in PARTICLES:
        return object_rest("* " + " ".join(toks[1:]))
    if toks and toks[0][0] in "{&":
        return toks[1:]
    run = 0
    while run < len(toks) and re.match(r"^[A-Za-z\-]+$", toks[run]) and not (run and toks[run].lower() in PHRASE_STOPS):
        run += 1
    return toks[max(run, 1) :]


def qualifiers(text: str, synsets: dict[str, list[str]], lemma) -> list[str] | None:
    """What the pattern asks of the object side beyond its first element, as the matcher's constraints: one
    ``PREP ALTERNATIVES`` per completing prepositional group (``of no confidence``, ``of investigation|inquiry``,
    ``of *`` for any object; see COMPLETING_PREPS), the way PETRARCH2 reads a pattern's post-verb prepositional
    phrases (each must be found on the object noun or beside it under the verb, PETRtree ``match_prep``). A bare
    preposition and the words after it are such a group ('* CONVOY OF', '* TROOP TOWARD +'); target and source
    marks stand for any noun. None
    when the rest holds words outside any group ('* DEMAND THAT +', '... + REQUIREMENT ECON'): the row is left out,
    its first element alone would read far more than the pattern."""
    rest, out = object_rest(text), []
    while rest:
        tok, rest = rest[0], rest[1:]
        if tok in MARKS:
            continue
        inner = tok[1:-1].split(None, 1) if tok[0] in "({" else [tok]
        prep = inner[0].lower()
        if prep not in QUALIFIER_PREPS or (tok[0] == "{" and len(inner) < 2):
            return None
        content = inner[1] if len(inner) > 1 else ""
        if tok[0] not in "({":  # a bare preposition takes the words up to the next group or preposition
            while rest and rest[0][0] not in "({" and rest[0].lower() not in QUALIFIER_PREPS:
                content, rest = f"{content} {rest[0]}", rest[1:]
        alts = _alternatives(content, synsets, lemma)
        if alts is None:
            return None
        if prep in COMPLETING_PREPS:
            out.append(f"{prep} {alts}")
    return out


def _alternatives(content: str, synsets: dict[str, list[str]], lemma) -> str | None:
    """The objects a qualifying group allows, '|'-joined lemma phrases ('no confidence'); '*' for any."""
    words = " ".join(w for w in content.split() if w not in MARKS)
    if not words:
        return "*"
    phrases = _element(words, synsets)
    if not phrases:
        return None
    return "|".join(sorted({" ".join([*(lemma(m, "NOUN") for m in mods), lemma(h, "NOUN")]) for h, mods in phrases}))


def shadowed(key: tuple, patterns: dict[tuple, dict]) -> bool:
    """A qualified pattern beside the same object's unqualified one ('HOST: * SUMMIT (WITH) [036]' beside '* SUMMIT
    [043]', 'STAGE: * DEMONSTRATION (IN SUPPORT) [053]' beside '* DEMONSTRATION [141]'): left out, as before the
    qualifiers were kept. CAMEO's finer readings there are often no PLOVER distinction or against its rules (a
    demonstration for anything is PROTEST, see VICTIM_SUPPORT; hosting a summit is a meeting, not an intent)."""
    return bool(key[4]) and (*key[:4], "") in patterns


def victim_support(block_code: str, cameo: str) -> bool:
    """A support reading (CAMEO 050-053) of a pattern in a block of disapproval or protest (see VICTIM_SUPPORT)."""
    return cameo in VICTIM_SUPPORT and block_code.strip()[:2] in CONFLICT_ROOTS


def build_rows(cameo_text: str, crosswalk_text: str, lemma) -> tuple[list[dict], list[dict]]:
    """(verb rows, pattern rows) of the lexicon (see the module docstring). ``lemma(word, pos)`` lemmatises
    one word. A verb row gives a verb's block and its default reading; a pattern row a block's reading when
    the verb's object side holds the anchor word (a synonym set gives one row per member)."""
    lines = cameo_text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    synsets = parse_synsets(lines[:start])
    crosswalk = parse_crosswalk(crosswalk_text)
    verbs: dict[str, dict] = {}
    patterns: dict[tuple, dict] = {}

    def reading(code_field: str) -> dict | None:
        parsed = _code(code_field)
        pl = plover_of(parsed[0], crosswalk) if parsed else None
        if not parsed or not pl:
            return None
        return {"cameo": parsed[0], "plover": pl[0], "mode": pl[1], "reversed": "1" if parsed[1] else "0"}

    for block in parse_verb_blocks(lines[start:]):
        name = block["name"].lower()
        for words, own in block["verbs"]:
            parts = words.split()
            verb = " ".join([lemma(parts[0], "VERB"), *parts[1:]])
            if verb in FRAME_VERBS:
                continue
            read = reading(own or block["code"]) or {"cameo": "", "plover": "", "mode": "", "reversed": "0"}
            verbs.setdefault(verb, {"verb": verb, "block": name, **read, "example": words})
        for text, code, comment in block["patterns"]:
            obj = pattern_object(text, synsets)
            read = reading(code)
            if not obj or not read or lost_context(text) or victim_support(block["code"], read["cameo"]):
                continue
            quals = qualifiers(text, synsets, lemma)
            if quals is None:
                continue
            prep, phrases = obj
            for head, mods in phrases:
                word = lemma(head, "NOUN") if head else ""
                before = " ".join(lemma(w, "NOUN") for w in mods)
                key = (name, prep, word, before, "; ".join(quals))
                if name in RECEIVING_BLOCKS and read["plover"] == "AID":
                    read = {**read, "reversed": "1"}  # 'X received aid from Y': Y gives, X is the recipient
                if (name, prep, word) in REVERSED_PATTERNS:
                    read = {**read, "reversed": "1"}
                row = {"block": name, "prep": prep, "object": word, "words": before, "qualifier": key[4], **read}
                old = patterns.get(key)
                if old is None or (constrained(old["example"]) and not constrained(text)):
                    patterns[key] = {**row, "example": f"{comment}: {text}"}
    kept = [r for k, r in patterns.items() if not shadowed(k, patterns)]
    order = ("block", "prep", "object", "words", "qualifier")
    return sorted(verbs.values(), key=lambda r: r["verb"]), sorted(kept, key=lambda r: tuple(r[c] for c in order))


def _write(path: Path, cols: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(LICENCE)
        f.write("\t".join(cols) + "\n")
        for r in rows:
            f.write("\t".join(r[c].replace("\t", " ") for c in cols) + "\n")


#: endings of English singular nouns and base-form verbs that the rule lemmatizer, given a word without its
#: context, strips as a plural or third-person '-s' ('discuss' -> 'discus', 'access' -> 'acces', 'crisis' ->
#: 'crisi'); in running text the tagger marks them singular and spaCy keeps them whole
SINGULAR_ENDINGS = {"NOUN": ("ss", "is", "us"), "VERB": ("ss",)}


def base_form(word: str, pos: str, index) -> bool:
    """``word`` is its own lemma: a verb's base form that the lemmatizer's index lists ('discuss', 'need',
    'bring'; the dictionary lists verbs by their base form, and irregular past forms such as 'forgave' are not in
    the index), or a singular noun or verb with an ending the rule lemmatizer misreads out of context ('access',
    'crisis', 'bus'). Nouns are not looked up in the index: it lists plurals such as 'talks' that the tagger
    lemmatises to 'talk' in running text."""
    if " " in word:
        return False
    return (pos == "VERB" and word in index) or word.endswith(SINGULAR_ENDINGS.get(pos, ()))


def spacy_lemmatizer():
    """``lemma(word, pos)`` backed by spaCy's rule-based English lemmatizer (the model sitrep ships)."""
    import spacy
    from spacy.tokens import Doc

    from sitrep.config import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL, exclude=["parser", "ner", "senter"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    cache: dict[tuple[str, str], str] = {}

    index = lemmatizer.lookups.get_table("lemma_index")

    def lemma(word: str, pos: str) -> str:
        word = word.lower()
        if (word, pos) not in cache:
            doc = Doc(nlp.vocab, words=[word], pos=[pos])
            cache[(word, pos)] = lemmatizer(doc)[0].lemma_.lower() or word
            if base_form(word, pos, index.get(pos.lower(), ())):
                cache[(word, pos)] = word
        return cache[(word, pos)]

    return lemma


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    resources = Path(argv[1]) if len(argv) > 1 else root.parent / "shared" / "resources"
    out = Path(argv[2]) if len(argv) > 2 else root / "sitrep" / "extract" / "data"
    cameo = (resources / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    crosswalk = (resources / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    verbs, patterns = build_rows(cameo, crosswalk, spacy_lemmatizer())
    read = ["cameo", "plover", "mode", "reversed"]
    _write(out / "trigger_verbs.tsv", ["verb", "block", *read, "example"], verbs)
    cols = ["block", "prep", "object", "words", "qualifier", *read, "example"]
    _write(out / "trigger_patterns.tsv", cols, patterns)
    licence = (resources / "petrarch2" / "LICENSE").read_text(encoding="utf-8")
    (out / "LICENSE-PETRARCH2").write_text(licence, encoding="utf-8")
    print(f"{len(verbs)} verbs, {len(patterns)} patterns -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
