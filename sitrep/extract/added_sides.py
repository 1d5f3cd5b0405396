"""Sides added to an article's candidates once all are made: the union of a group of working people
(``member_unions``), the organisation a speaker's appositive names
(``affiliated_sources``), the relative an act is aimed at (``kin_counterparts``), the earlier target of an act
done again (``repeated_acts``) and the doers of the act a reaction naming no one answers (``reaction_targets``);
then a target that is the source's own entity is dropped (``self_targets``), and so is one naming only the
source's own state beside a foreign counterpart (``own_states``), and so is a place named where the act happened
beside a party (``located_places``), and so is the news medium an act of words was made on or to
(``spoken_audiences``)."""

from __future__ import annotations

from sitrep.extract.affiliated_sources import credit_affiliations
from sitrep.extract.event_context import EventContext
from sitrep.extract.kin_counterparts import kin_counterparts
from sitrep.extract.located_places import drop_located_places
from sitrep.extract.member_unions import credit_unions
from sitrep.extract.own_states import drop_own_states
from sitrep.extract.reaction_targets import reaction_targets
from sitrep.extract.repeated_acts import repeated_targets
from sitrep.extract.self_targets import drop_self_targets
from sitrep.extract.spoken_audiences import drop_spoken_media


def add_sides(ctx: EventContext, mentions: list[dict], out: list[dict]) -> None:
    """'said X, director at Human Rights Watch': the group acts too; 'Ana Vell made a plea to her husband': Tom Vell."""
    credit_unions(mentions, out)  # 'striking nurses ... the Nurses Union said': the union acts
    credit_affiliations(mentions, out)
    kin_counterparts(ctx, out)
    repeated_targets(ctx, mentions, out)  # 'Trump repeated the allegation': against Obama, as before
    reaction_targets(ctx, mentions, out)  # 'North Korea fired a missile. Japan protested.': to North Korea
    drop_self_targets(mentions, out)  # 'Trump accused Trump's critics': Trump is not his own target
    drop_own_states(mentions, out)  # 'Modi at a meeting of the Indian and Chinese ministers': China only
    drop_located_places(ctx.doc, mentions, out)  # 'stabbed a man on a Brooklyn street corner': the man only
    drop_spoken_media(ctx.doc, mentions, out)  # 'praised the firefighters on television': not the media
