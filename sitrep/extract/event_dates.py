"""The date of an event: the nearest time expression in the trigger's clause, else the date the discourse
carries (an anaphoric occasion, the last day named) or the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.extract import dates, history_years, quote_lexicon
from sitrep.extract.announced_days import ANNOUNCED, announced, told_in_future
from sitrep.extract.counted_days import counted_day
from sitrep.extract.doc_text import span_text
from sitrep.extract.event_context import CALLED_OFF, EventContext
from sitrep.extract.event_lexicon import cue_alternation
from sitrep.extract.event_status import aspired, under_way
from sitrep.extract.event_syntax import clause_head, clause_tokens
from sitrep.extract.news_days import other_noun_day, perfect_news
from sitrep.extract.person_clauses import outside_person_clauses
from sitrep.extract.speech_days import speaking_day
from sitrep.extract.stance_days import told_stance
from sitrep.extract.stray_days import consequence, stray_day_chars
from sitrep.extract.telling_days import reported_head, told_exprs
from sitrep.extract.told_days import BOUND_SOURCE, past_told_day, told_earlier

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: a participle's tags: 'carrying', 'sent'
PARTICIPLES = frozenset({"VBG", "VBN"})
_WD_NAMES = "(?:" + "|".join(dates.WEEKDAYS) + ")"
#: an announced event said to happen later that day ('will meet later', 'this evening') takes the day told
SAME_DAY = re.compile(r"(?i)\b" + cue_alternation("same_day") + r"\b")
#: an arrival late in the day ('reached the capital late Wednesday', 'landed on Monday night'): what the article
#: tells next (talks, signings) is not carried onto that day; it falls back to the dateline or publication day
LATE_ARRIVAL = re.compile(
    r"(?i)\b"
    + cue_alternation("arrival")
    + r"\b.{0,80}?\b"
    + cue_alternation("late_time").replace("{weekday}", _WD_NAMES)
    + r"\b"
)
#: an occasion told before, referred back to ('during this visit', 'at that meeting'): its date carries over
ANAPHORIC_OCCASION = re.compile(
    r"\b"
    + cue_alternation("occasion_prep")
    + r"\s+"
    + cue_alternation("occasion_det")
    + r"\s+"
    + cue_alternation("occasion_noun")
    + r"\b",
    re.I,
)


def event_date(
    ctx: EventContext, trig: Token, sent: Span, status: str, etype: str = ""
) -> tuple[str | None, str | None, dict]:
    """(iso, precision, hints) for the trigger from the nearest time expression in its clause (or the clause it
    happens with: 'as fighting broke out'); carried from the previous event (or the publication date) when
    the sentence has none; hints keep the weekday or day of month of unanchored expressions so merging can
    check compatibility. ``etype``: a statement with no day of its own is told at the time of the news the
    lead dates, not on the earlier day of a background happening told since (``_lead_over_background``)."""
    text = span_text(sent)
    clause, verb = clause_tokens(trig), clause_head(trig)
    char_ok = _clause_chars(sent, clause) | stray_day_chars(sent, verb)  # '..., killing 3, on Sunday, X said'
    all_exprs = [e for e in dates.find_time_expressions(text) if not other_noun_day(sent, e.start, e.end, trig, verb)]
    exprs = [e for e in all_exprs if any(i in char_ok for i in range(e.start, e.end))]
    own_text = " ".join(t.text for t in sent if t.i in clause)
    scene = _where_scene(verb)  # ('his remarks the day before in X, [where he warned ...]')
    shift_text = " ".join(t.text for t in sent if t.i in clause or t.i in scene) if scene else own_text
    if not exprs and (
        shifted := _shifted_day(ctx, verb, sent, shift_text, all_exprs)
        or counted_day(verb, sent, all_exprs, ctx.published_at, ctx.doc_dates)  # '[two days after X on Monday]'
    ):
        ctx.date_source = "expression"
        return shifted, "day", {"kind": "shift"}
    if not exprs and verb.dep_ == "acl" and verb.tag_ in PARTICIPLES and not dates.has_vague_time(own_text):
        # 'the convoy carrying aid crossed on Friday': a participle modifying a noun shares its clause's time
        head_clause = clause_tokens(verb.head)
        outer = {
            i
            for t in sent
            if t.i in head_clause
            for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))
        }
        exprs = [e for e in all_exprs if any(i in outer for i in range(e.start, e.end))]
    if not exprs and (held := _same_moment_chars(sent, verb)):
        # 'seized the palace on Saturday as fighting broke out': a clause of the same moment shares its day;
        # so does what the act did at once ('a bomb exploded outside the base on Sunday, wounding 12')
        exprs = [e for e in all_exprs if e.kind in _DAY_KINDS and any(i in held for i in range(e.start, e.end))]
    if not exprs and status != "planned" and _purpose(verb):
        # 'the envoys met last week to discuss ...': what a meeting was held for shares its time
        held = _clause_chars(sent, clause_tokens(verb.head))
        exprs = [e for e in all_exprs if any(i in held for i in range(e.start, e.end))]
    if not exprs and (held := _participle_chars(sent, verb)):
        # 'Speaking in Vienna on Monday, the minister condemned ...': a participle clause of the same moment
        exprs = [e for e in all_exprs if e.kind in _DAY_KINDS and any(i in held for i in range(e.start, e.end))]
    if not exprs and not dates.has_vague_time(own_text):
        # 'troops killed 300 soldiers in routing a column to take the base on Sunday': the day of how it was done
        held = _action_chars(sent, trig)
        exprs = [e for e in all_exprs if e.kind in _DAY_KINDS and e.start in held]
    stance = told_stance(reported_head(verb), etype, status)  # 'said on Thursday that he disagreed': taken when said
    if (
        not exprs
        and (status == "planned" or under_way(verb) or stance)
        and (told := _telling_day(ctx, sent, verb, all_exprs))
    ):
        ctx.date_source = "statement"  # 'said on Monday it was ready to talk': the intent is told that day
        return told
    if not exprs and ((status == "planned" and not aspired(trig)) or (status != "planned" and under_way(verb))):
        # 'flew in for two days of talks, held on Friday': the parse hangs the day elsewhere; an act under way
        # takes the (unanchored: 'on 17 July') day of the clause that tells it; not a day of what a person did
        # ('sanctions on senators [who travelled to Minsk on March 12]')
        exprs = (
            outside_person_clauses(sent, trig, all_exprs) if status == "planned" else told_exprs(sent, verb, all_exprs)
        )
    ctx.date_source = "expression"
    if exprs:
        return _from_expression(ctx, trig, sent, _own_day_over_statement_day(trig, sent, exprs, all_exprs), status)
    return _no_own_time(ctx, sent, verb, own_text, status, etype, all_exprs)


def _no_own_time(
    ctx: EventContext, sent: Span, verb: Token, own_text: str, status: str, etype: str, all_exprs: list
) -> tuple[str | None, str | None, dict]:
    """(iso, precision, hints) of a clause that names no time of its own: an occasion referred back to, none for
    a vague time or an announced event, the day of a present news' telling, else the discourse's or the
    publication day."""
    hints: dict = {}
    text = span_text(sent)
    ctx.date_source = "discourse"
    if ANAPHORIC_OCCASION.search(text) and ctx.last_any_date[0]:
        return ctx.last_any_date[0], ctx.last_any_date[1], hints  # 'During this visit, ...'
    ctx.date_source = "vague"
    if dates.has_vague_time(own_text):
        return None, None, hints
    if status == "planned" and not SAME_DAY.search(text):
        ctx.date_source = ANNOUNCED if announced(verb) else "vague"  # its merged event: the announcement's day
        return None, None, hints  # an announced event names its own time ('later' = that day) or has none
    if status != "planned" and _news_of_the_telling(verb) and (told := _telling_day(ctx, sent, verb, all_exprs)):
        ctx.date_source = "statement"  # 'sources told Reuters on Tuesday that X has deployed troops'
        return told
    if perfect_news(verb, etype, status) and ctx.published_at is not None:
        ctx.date_source = "publication"  # 'X has asked Y to look into it': news of the report's day
        return ctx.published_at.isoformat(), "day", hints
    # a past perfect told that day ('said on Wednesday that rebels had attacked a base') happened by then too: the
    # day of the telling bounds it, where the later publication day cannot be its day
    told = _telling_day(ctx, sent, verb, all_exprs) if status != "planned" else None
    if picked := past_told_day(_discourse_day(ctx, status, etype), told, ctx.published_at):
        ctx.date_source = picked[1]  # 'the army said on Wednesday that rebels attacked a base': by that day
        if picked[1] == "statement" and told_earlier(verb):
            ctx.date_source = BOUND_SOURCE  # '... that rebels had attacked': by that day, its own day unknown
        return picked[0], "day", (told[2] if told and picked[1] == "statement" else hints)
    ctx.date_source = "publication"
    if ctx.published_at is not None:
        return ctx.published_at.isoformat(), "day", hints
    ctx.date_source = "unanchored"  # would take the discourse or publication date if the article had one
    return None, None, hints


#: what is said (demanded, accused, refused, warned): with no day of its own, said when the news was told
STATEMENT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def _discourse_day(ctx: EventContext, status: str, etype: str) -> str | None:
    """The day the discourse carries to a clause with no time of its own: the last day named, unless it lies
    after publication for what has happened ('must leave by May 13') or is stale; a statement's is the lead's
    day when the last day named is earlier (``_lead_over_background``)."""
    last, prec = ctx.last_date
    if not last or prec != "day" or (status != "planned" and _after_publication(ctx, last)) or _stale(ctx, last):
        return None
    if etype in STATEMENT_TYPES and status != "planned" and (lead := _lead_over_background(ctx)):
        return lead
    return last


def _lead_over_background(ctx: EventContext) -> str | None:
    """The lead's day when the day the discourse carries is earlier: news tells its newest happening first
    ('X summoned Y's envoy on Wednesday'), then what led to it ('riots broke out on Monday'); a statement told
    after that with no day of its own ('X demanded that Y punish those responsible') answers the news, not the
    background. None when the lead dated nothing or the discourse day is not earlier than it."""
    lead, last = ctx.lead_date, ctx.last_date[0]
    return lead if lead and last and last < lead else None


def note_lead_day(ctx: EventContext, sent: Span, cands: list[dict]) -> None:
    """Keep the day of the first happening the lead (the opening ``LEAD_SENTENCES``) dates by an expression of
    its own, from the candidates coded in ``sent``."""
    if ctx.lead_end is None:
        ctx.lead_end = list(ctx.doc.sents)[:LEAD_SENTENCES][-1].start_char
    if ctx.lead_date or sent.start_char > ctx.lead_end:
        return
    for cand in cands:
        if (
            cand.get("date_source") == "expression"
            and cand.get("date_precision") == "day"
            and cand.get("event_status") != "planned"
        ):
            ctx.lead_date = cand["event_date"]
            return


#: dependencies of a clause hung on another one by 'after' / 'before' ('three days after X met Y')
SUBORDINATE_DEPS = frozenset({"advcl", "pcomp"})


def _shifted_day(ctx: EventContext, verb: Token, sent: Span, own_text: str, exprs: list) -> str | None:
    """The day of a clause dated as a shift from another day: 'X met Y on Friday, three days after [Z met W]'
    (the after-clause three days before the day of the clause it hangs on), 'Two days earlier, ...' (from the
    day told before), 'a day ago' (from the publication day). None when the clause names no such shift or the
    day it counts from is unknown."""
    shift = dates.day_shift(own_text)
    if shift is None:
        return None
    days, anchor = shift
    base: date | None = None
    if anchor == "clause":
        if verb.dep_ not in SUBORDINATE_DEPS:
            return None  # the main clause of 'X met Y two days after Z ...' has its own day
        held = _clause_chars(sent, clause_tokens(clause_head(verb.head)))
        main = [e for e in exprs if e.kind in _DAY_KINDS and any(i in held for i in range(e.start, e.end))]
        iso, prec = dates.resolve(main[0], ctx.published_at, doc_dates=ctx.doc_dates) if main else (None, None)
        base = date.fromisoformat(iso) if iso and prec == "day" else None
    if anchor == "discourse" and (told := _telling_day(ctx, sent, verb, exprs)) and told[1] == "day":
        base = date.fromisoformat(told[0])  # 'said on Wednesday that troops had attacked the previous day'
    if anchor in {"clause", "discourse"} and base is None and ctx.last_date[0] and ctx.last_date[1] == "day":
        base = date.fromisoformat(ctx.last_date[0])
    if base is None:
        base = ctx.published_at
    return (base + timedelta(days=days)).isoformat() if base else None


def _telling_day(ctx: EventContext, sent: Span, verb: Token, exprs: list) -> tuple[str, str, dict] | None:
    """(iso, precision, hints) of the day of the clause that tells an announced event with no time of its own
    ('the government signalled on Monday that it was ready to swap prisoners', 'X said on Friday it is willing to
    hold talks'): a stated intent (PLOVER's AGREE) happens when it is told. None when that clause names no day."""
    told = told_exprs(sent, verb, exprs)
    if not told:
        return None
    iso, prec = dates.resolve(told[0], ctx.published_at, doc_dates=ctx.doc_dates)
    return (iso, prec, _expr_hints(told[0])) if iso else None


#: tags of a verb told as the news of now: a present ('X is massing troops') or the participle of a present
#: perfect ('X has deployed troops')
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})
PRESENT_AUX = frozenset({"has", "have", "is", "are"})


def _news_of_the_telling(verb: Token) -> bool:
    """A reported clause told in the present or the present perfect ('sources said on Tuesday that X has
    deployed troops', '... that X is massing troops'): the state of things on the day of the telling, not a
    past happening (which may be the day the discourse told before: 'rebels attacked on Sunday. Police said on
    Monday they killed five')."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return auxes[0].lower_ in PRESENT_AUX and verb.tag_ in {"VBN", "VBG"}
    return verb.tag_ in PRESENT_TAGS - {"VBG"}


def _expr_hints(expr: dates.TimeExpr) -> dict:
    """The kind of a time expression, with its weekday or day of the month (merging checks them)."""
    hints: dict = {"kind": expr.kind}
    if expr.kind == "weekday":
        hints["weekday"] = dates.WEEKDAYS[expr.groups["wd"].lower()]
    if expr.kind == "month_day":
        hints["month_day"] = (dates.MONTHS[expr.groups["mon"].lower().rstrip(".")], int(expr.groups["day"]))
    return hints


#: conjunctions of an adverbial clause that happens at the moment of its main clause ('as', 'when', 'while')
SIMULTANEOUS_MARKS = frozenset({"as", "when", "while"})


def _simultaneous(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SIMULTANEOUS_MARKS for c in verb.children)


def _same_moment_chars(sent: Span, verb: Token) -> set[int]:
    """Sentence-relative character offsets of the clause told as the same moment as the verb's: the clause an
    as/when/while clause or a bare consequence participle hangs on, else the as/when/while clauses hung on the
    verb ('12 were killed [when jets struck the town on Monday]')."""
    if _simultaneous(verb) or consequence(verb):
        return _clause_chars(sent, clause_tokens(verb.head))
    if scene := _where_scene(verb):
        return _clause_chars(sent, scene)
    held: set[int] = set()
    for c in verb.children:
        if c.dep_ == "advcl" and any(
            g.dep_ in {"mark", "advmod"} and g.lower_ in SIMULTANEOUS_MARKS and g.i < c.i for g in c.children
        ):  # the parser hangs 'when' as a mark or an adverb
            held |= _clause_chars(sent, clause_tokens(c))
    return held


#: relative adverbs of a clause told as happening at its antecedent's place or time ('in X, where ...')
SCENE_ADVERBS = frozenset({"where", "when"})
#: dependencies climbed from a where-clause's antecedent to the phrase that names its scene
SCENE_LINKS = frozenset({"pobj", "prep", "compound", "appos", "conj"})


def _where_scene(verb: Token) -> set[int]:
    """Token ids of the phrase a where / when clause hangs on ('his remarks the day before in X [where he
    warned ...]', 'on Monday [when the envoys met]'): the clause happens at the time that phrase names. The
    noun phrase the antecedent belongs to (without the clause), or the clause of the verb it hangs on; empty
    for any other clause."""
    if verb.dep_ != "relcl" or not any(c.lower_ in SCENE_ADVERBS and c.dep_ == "advmod" for c in verb.children):
        return set()
    holder = verb.head
    while holder.dep_ in SCENE_LINKS and holder.head.i != holder.i and holder.head.pos_ not in {"VERB", "AUX"}:
        holder = holder.head
    if holder.dep_ in SCENE_LINKS and holder.head.pos_ in {"VERB", "AUX"}:
        return clause_tokens(holder.head)
    return {t.i for t in holder.subtree} - {t.i for t in verb.subtree}


#: dependencies of a purpose infinitive on the clause it tells the aim of ('met [to discuss]')
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _purpose(verb: Token) -> bool:
    """A 'to' infinitive telling what its governing verb's act was for ('met on Monday to discuss trade',
    'flew to X last week to sign ...'): it takes place in that act, at its time."""
    return (
        verb.dep_ in PURPOSE_DEPS
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _participle_chars(sent: Span, verb: Token) -> set[int]:
    """Character offsets of the present-participle clauses hung on ``verb`` that tell its moment ('Speaking to
    reporters on Monday, X condemned ...', 'Addressing parliament on Tuesday, Y criticised ...'): a bare '-ing'
    clause, not one that states an earlier happening ('Having landed on Monday, ...') or sets a time of its own
    ('after landing on Monday', 'before leaving on Friday'). So does one hung on the verb's subject or object ('X,
    speaking on Monday, condemned ...', 'arrested a man carrying explosives on Monday')."""
    toks: set[int] = set()
    args = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    for c in [*verb.children, *(g for a in args for g in a.children if g.dep_ == "acl")]:
        if c.dep_ not in {"advcl", "acl"} or c.tag_ != "VBG" or (c.dep_ == "advcl" and c.i > verb.i):
            continue
        if any(g.dep_ in {"mark", "aux"} or g.lower_ in OTHER_MOMENT_MARKS for g in c.children):
            continue  # 'holding hostages since Monday': a time of its own
        toks |= clause_tokens(c)
    return _clause_chars(sent, toks) if toks else set()


def _clause_chars(sent: Span, toks: set[int]) -> set[int]:
    """Character offsets (within the sentence) of the tokens ``toks``."""
    return {i for t in sent if t.i in toks for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))}


#: a day named more than this many days before publication is a background happening's ('was killed on February
#: 13'): a later sentence with no time of its own tells the news of the report, not more of that day
STALE_DAYS = 10


def _stale(ctx: EventContext, iso: str) -> bool:
    return ctx.published_at is not None and (ctx.published_at - date.fromisoformat(iso)).days > STALE_DAYS


def _after_publication(ctx: EventContext, iso: str | None) -> bool:
    return bool(iso) and ctx.published_at is not None and date.fromisoformat(iso) > ctx.published_at


def _chars(sent: Span, e: dates.TimeExpr) -> tuple[int, int]:
    return sent.start_char + e.start, sent.start_char + e.end


def _from_expression(
    ctx: EventContext, trig: Token, sent: Span, exprs: list, status: str
) -> tuple[str | None, str | None, dict]:
    """(iso, precision, hints) from the time expression nearest the trigger."""
    pos = trig.idx - sent.start_char
    hints: dict = {}
    # a day named in the clause dates it before a vaguer time beside it ('supporters of the junta, in power since
    # earlier this week, marched on Sunday, July 30')
    pool = [e for e in exprs if e.kind in _DAY_KINDS] or exprs
    expr = min(pool, key=lambda e: (abs((e.start + e.end) / 2 - pos), e.start))
    told = statement_time(trig, *_chars(sent, expr)) or (status == "planned" and _said_on(trig, sent, expr))
    # the day of the telling is past even for what is announced ('said on Friday it would send aid')
    future = status == "planned" and not told
    text = span_text(sent)
    spoken = speaking_day(text, expr, dates.find_time_expressions(text), ctx.published_at, ctx.doc_dates)
    anchor = spoken or ctx.published_at  # '"We struck them yesterday," the general said on Wednesday'
    iso, prec = dates.resolve(expr, anchor, future=future, doc_dates=ctx.doc_dates)
    if told:
        ctx.date_source = "statement"  # 'said on Thursday it had detained ...': when it was told
    hints.update(_expr_hints(expr))
    if iso is None and expr.kind in {"year", "full", "full_num", "month_year"}:
        return None, None, hints
    return iso, prec, hints


#: tags of a verb that tells a past act ('announced', 'unveiled')
PAST_TAGS = frozenset({"VBD"})


def _said_on(trig: Token, sent: Span, expr: dates.TimeExpr) -> bool:
    """The time expression hangs on a past verb of saying whose clause holds an announced event ('X announced on
    Monday a plan to expel two envoys', 'X on Friday announced plans to ...'): the day the intent was told,
    which is past, not a day still to come; so is the day of a past verb of saying the event's clause is told in
    ('X has decided to impose sanctions ..., a spokesman said on Monday')."""
    verb = clause_head(trig)
    start = sent.start_char + expr.start
    tok = next((t for t in sent if t.idx >= start), None)
    holder = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None) if tok is not None else None
    if holder is None or holder.tag_ not in PAST_TAGS or not quote_lexicon.VERB_FORMS.get(holder.lower_):
        return False
    return holder == verb or holder in verb.ancestors


def _own_day_over_statement_day(trig: Token, sent: Span, exprs: list, all_exprs: list) -> list:
    """'The command said today its troops killed 300 soldiers in routing a column to take the base on Sunday':
    when every expression of the trigger's clause dates the report (``statement_time``), a day named deeper in
    what the trigger governs (the clauses of how and what for it was done) is the event's own day."""
    if not all(statement_time(trig, *_chars(sent, e)) for e in exprs):
        return exprs
    below = _action_chars(sent, trig)
    own = [e for e in all_exprs if e not in exprs and e.kind in _DAY_KINDS and e.start in below]
    return own or exprs


#: dependents that tell another happening than the trigger's ('rebels [who had attacked on Monday]', 'said
#: [that ...]'), and clause marks of another moment ('after they shelled it on Monday')
OTHER_HAPPENING_DEPS = frozenset({"relcl", "ccomp", "acl", "parataxis", "appos"})
OTHER_MOMENT_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _operation_clause(c: Token) -> bool:
    """An adverbial clause after its verb that tells the same operation: its purpose ('to take the base') or a
    moment it shares ('while robbing the depot'), not an earlier act ('Having flown in on Tuesday, ...')."""
    if c.i < c.head.i:
        return False
    return any(
        (g.dep_ == "aux" and g.lower_ == "to") or (g.dep_ == "mark" and g.lower_ in SIMULTANEOUS_MARKS)
        for g in c.children
    )


def _action_chars(sent: Span, trig: Token) -> set[int]:
    """Character offsets of what the trigger governs that tells how and what for it was done ('killed 300
    soldiers [in routing a column [to take the base on Sunday]]', 'shot two guards [while robbing the depot on
    Sunday]'), not the clauses of other happenings or other moments nested in it."""
    keep: set[int] = set()
    stack = [trig]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            if c.dep_ in OTHER_HAPPENING_DEPS or (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
                continue
            if any(m.dep_ == "mark" and m.lower_ in OTHER_MOMENT_MARKS for m in c.children):
                continue
            if c.dep_ == "advcl" and not _operation_clause(c):
                continue
            if c.lower_ in OTHER_MOMENT_MARKS and c.dep_ == "prep":
                continue
            stack.append(c)
    return _clause_chars(sent, keep)


def statement_time(trig: Token, start: int, end: int) -> bool:
    """The time expression at chars [start, end) dates the report, not the event: it stands between a verb
    of saying and the reported clause the trigger heads ('the ministry said on Thursday it had detained ...'),
    where the parser often hangs it on the reported verb. Such a day is when the event was told; a report
    that names the event's own day wins over it in the merge."""
    verb = clause_head(trig)
    if verb.dep_ != "ccomp" or not quote_lexicon.VERB_FORMS.get(verb.head.lower_):
        return False
    opening = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "mark"}]
    first = min((c.left_edge.idx for c in opening), default=verb.idx)
    return verb.head.idx < start and end <= first


#: how far into an article a lead's day may be told ('X threatened Y ...' then 'the statement came on Sunday')
LEAD_SENTENCES = 4
#: a lead's day lies at most this many days before the publication day: within the week a weekday can name
LEAD_LAG_DAYS = 6
_DAY_KINDS = frozenset({"weekday", "rel_day", "month_day", "ordinal_day", "full", "full_num"})


def _first_lead_day(doc: Doc, published_at: date) -> tuple[int, str] | None:
    """(start char, iso day) of the first past day the article's opening sentences name, within
    ``LEAD_LAG_DAYS`` before publication; None when they name none or another day first. The day a statement
    was made ('HRW said on Friday that its director had received a rejection on February 20') tells when the
    news was told, not when its act took place: the act's own day after it is the lead's."""
    for sent in list(doc.sents)[:LEAD_SENTENCES]:
        if CALLED_OFF.search(span_text(sent)):
            continue  # 'the talks had been set for Tuesday but were postponed': no day of the lead
        told = [t for t in sent if t.dep_ == "ccomp"]
        for e in dates.find_time_expressions(span_text(sent)):
            if e.kind not in _DAY_KINDS:
                continue
            s, end = sent.start_char + e.start, sent.start_char + e.end
            if any(statement_time(t, s, end) for t in told):
                continue
            iso, prec = dates.resolve(e, published_at)
            if not iso or prec != "day":
                return None
            lag = (published_at - date.fromisoformat(iso)).days
            return (sent.start_char, iso) if 0 < lag <= LEAD_LAG_DAYS else None
    return None


#: kinds of day expression an undated article's lead can hand forward as hints (read once a story dates it)
_HINT_KINDS = frozenset({"weekday", "month_day"})


def _lead_hints(doc: Doc) -> tuple[int, dict] | None:
    """(start char, hints) of the first day the opening sentences of an undated article name, when it is a
    weekday or a day of a month ('A band played at the reception on Monday'); None when they name none, or another
    kind of day first."""
    for sent in list(doc.sents)[:LEAD_SENTENCES]:
        for e in dates.find_time_expressions(span_text(sent)):
            if e.kind not in _DAY_KINDS:
                continue
            if e.kind not in _HINT_KINDS or (e.groups.get("wrel") or "").lower() in {"next", "coming"}:
                return None
            if e.kind == "weekday":
                return sent.start_char, {"kind": "weekday", "weekday": dates.WEEKDAYS[e.groups["wd"].lower()]}
            month = dates.MONTHS[e.groups["mon"].lower().rstrip(".")]
            return sent.start_char, {"kind": "month_day", "month_day": (month, int(e.groups["day"]))}
    return None


def date_leads_forward(doc: Doc, cands: list[dict], published_at: date | None) -> None:
    """News leads often tell what happened and give the day a sentence or two later ('Leaders have
    threatened force ... The communiqué was read out yesterday.'): an event of the opening that only took the
    publication day takes the first past day the opening names after it. In an undated article, such an event
    keeps that day's weekday or day of the month (``lead_hints``) for the story's anchor to read."""
    future = {s.start_char for s in list(doc.sents)[:LEAD_SENTENCES] if told_in_future(s)}  # today's news
    cands = [c for c in cands if c["start_char"] not in future]
    if published_at is None:
        found = _lead_hints(doc)
        for cand in cands if found else []:
            if (
                cand["start_char"] < found[0]
                and cand.get("date_source") == "unanchored"
                and not cand.get("date_hints")
                and cand.get("event_status") != "planned"
            ):
                cand["lead_hints"] = found[1]
        return
    found = _first_lead_day(doc, published_at)
    if found is None:
        return
    start, iso = found
    # before the first day the opening names, a day the discourse carried is the publication (or filing) day
    told = {published_at.isoformat()} | {c["event_date"] for c in cands if c.get("date_source") == "publication"}
    for cand in cands:
        source = cand.get("date_source")
        if (
            cand["start_char"] < start
            and (
                source == "publication"
                or (source == "discourse" and cand.get("event_date") in told)
                or (source == BOUND_SOURCE and iso <= cand["event_date"])  # 'said on Thursday X had been held'
            )
            and cand.get("event_status") != "planned"
        ):
            cand.update(event_date=iso, date_precision="day", date_source="discourse")


#: years before the report's beyond which an event dated by the sentence itself is history told as background
#: ('took part in the battle of Chemulpo on January 27, 1904', 'soldiers fighting from 1931 to 1937')
HISTORY_YEARS = 10


def long_past(cand: dict, published_at: date | None, trig: Token | None = None) -> bool:
    """The sentence dates the event more than ``HISTORY_YEARS`` before the report: history, no event of it (its own
    date expression, or a year of the trigger's clause: ``history_years``)."""
    if trig is not None and history_years.long_ago(trig, published_at, HISTORY_YEARS):
        return True
    iso = cand.get("event_date") or ""
    if published_at is None or cand.get("date_source") != "expression" or not iso[:4].isdigit():
        return False
    return int(iso[:4]) < published_at.year - HISTORY_YEARS
