"""Dedup tasks: compute duplicates and stories over the warehouse's articles, then publish them."""

from __future__ import annotations

from prefect import task

from sitrep.dedup import assign_duplicates, assign_stories, signature_frame
from warehouse import db


@task
def stage_dedup(warehouse: str) -> dict:
    """Duplicates (exact/near) and story clusters for every article, into staging.article_dedup / stories."""
    with db.connect(warehouse) as con:
        articles = db.frame(
            con,
            "select a.article_id, a.title, a.body, a.published_at, a.outlet, a.content_hash, a.story_id, "
            "c.caption_text from curated.articles a left join quality.article_captions c using (article_id) "
            "order by a.article_id",
        )
        stored = db.frame(con, "select content_hash, scheme, num_shingles, sig from ops.dedup_signatures")
        sigs = signature_frame(articles, stored)  # only bodies not seen before are shingled
        dups = assign_duplicates(articles, signatures=sigs)
        db.stage_frame(con, "dedup_signatures", sigs.join(stored, on=["content_hash", "scheme"], how="anti"))
        # existing story_id values are kept (stable ids); only new articles are clustered
        assignments, stories = assign_stories(articles.join(dups, on="article_id", how="left"))
        staged = dups.join(assignments, on="article_id", how="left")
        db.stage_frame(con, "article_dedup", staged)
        db.stage_frame(con, "stories", stories)
    return {
        "articles": staged.height,
        "duplicates": staged.filter(staged["duplicate_of"].is_not_null()).height,
        "stories": stories.height,
    }


@task(retries=2, retry_delay_seconds=2)
def publish_dedup(warehouse: str) -> int:
    """One transaction: duplicate/story columns of curated.articles updated, curated.stories replaced."""
    with db.connect(warehouse) as con, db.transaction(con):
        con.execute(
            "update curated.articles a set duplicate_of = s.duplicate_of, duplicate_kind = s.duplicate_kind, "
            "story_id = s.story_id from staging.article_dedup s where a.article_id = s.article_id"
        )
        db.replace_by_key(
            con, "ops.dedup_signatures", db.frame(con, "select * from staging.dedup_signatures"), ["content_hash"]
        )
        con.execute("delete from curated.stories")
        n = db.publish_staged(con, "stories")
    return n
