"""Exact and near duplicates: hashing, MinHash-LSH + containment verification, original selection."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import polars as pl

from sitrep.dedup import assign_duplicates, content_hash
from sitrep.dedup.minhash import estimated_jaccard, shingle_hashes, signatures
from sitrep.dedup.near import NearDupParams, near_duplicate_pairs, verify_pair


def frame(rows: list[tuple[str, str, dt.date | None]]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "body": [r[1] for r in rows],
            "published_at": [r[2] for r in rows],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_at": pl.Date},
    )


def result(df: pl.DataFrame) -> dict[str, tuple[str | None, str | None]]:
    out = assign_duplicates(df)
    assert out.height == df.height
    return {r["article_id"]: (r["duplicate_of"], r["duplicate_kind"]) for r in out.iter_rows(named=True)}


def test_content_hash_ignores_case_space_punctuation_unicode_forms():
    a = "Talks in  Oslo — “fruitful”, said the Minister.\n"
    b = 'talks in oslo - "fruitful" said the minister'
    assert content_hash(a) == content_hash(b)
    assert content_hash("ｆｕｌｌ width") == content_hash("full width")
    assert content_hash(a) != content_hash("Talks in Bergen, said the Minister.")


def test_exact_duplicate_points_at_earliest_published(textgen):
    body = textgen.join(textgen.article(1))
    df = frame(
        [
            ("b", body, dt.date(2024, 1, 2)),
            ("a", body.upper(), dt.date(2024, 1, 3)),
            ("c", textgen.join(textgen.article(2)), None),
        ]
    )
    got = result(df)
    assert got["b"] == (None, None)
    assert got["a"] == ("b", "exact")
    assert got["c"] == (None, None)


def test_undated_ties_break_on_lowest_id_and_dated_wins(textgen):
    body = textgen.join(textgen.article(3))
    got = result(frame([("z", body, None), ("y", body, None), ("x", body, dt.date(2024, 5, 1))]))
    assert got["x"] == (None, None)
    assert got["y"] == ("x", "exact") and got["z"] == ("x", "exact")
    got = result(frame([("z", body, None), ("y", body, None)]))
    assert got["y"] == (None, None) and got["z"] == ("y", "exact")


def test_near_duplicate_with_added_boilerplate(textgen):
    rng = random.Random(9)
    body = textgen.join(textgen.article(4))
    noisy = (
        "Share\n1 min read\nBy Staff Reporter, Capital Desk\n\n"
        + body
        + "\n\nRead more: "
        + textgen.sentence(rng)
        + "\nSubscribe to our newsletter. All rights reserved."
    )
    got = result(frame([("orig", body, dt.date(2024, 3, 1)), ("copy", noisy, dt.date(2024, 3, 2))]))
    assert got["copy"] == ("orig", "near")


def test_near_duplicate_with_a_few_edited_sentences(textgen):
    rng = random.Random(5)
    sents = textgen.article(6, sentences=14)
    edited = list(sents)
    for i in (2, 7, 11):  # three of fourteen sentences rewritten
        edited[i] = textgen.sentence(rng)
    got = result(frame([("a", textgen.join(sents), None), ("b", textgen.join(edited), None)]))
    assert got["b"] == ("a", "near")


def test_truncated_capture_is_near_duplicate(textgen):
    sents = textgen.article(7, sentences=16)
    cut = textgen.join(sents[:7])[:-7]  # capture ends mid-word
    got = result(frame([("full", textgen.join(sents), dt.date(2024, 1, 1)), ("cut", cut, dt.date(2024, 1, 2))]))
    assert got["cut"] == ("full", "near")


def test_shared_quoted_paragraph_is_not_a_duplicate(textgen):
    quote = " ".join(textgen.article(8, sentences=2))
    own_a, own_b = textgen.article(10, sentences=6), textgen.article(11, sentences=5)
    a = textgen.join(own_a[:3] + [f"“{quote}”"] + own_a[3:])
    b = textgen.join(own_b[:2] + [f"The statement read: “{quote}”"] + own_b[2:])
    got = result(frame([("a", a, None), ("b", b, None)]))
    assert got["a"] == (None, None) and got["b"] == (None, None)


def test_verify_pair_rule_on_shingles(textgen):
    p = NearDupParams()
    full = textgen.article(12, sentences=12)
    sh = shingle_hashes([textgen.join(full), textgen.join(full[:4]), textgen.join(textgen.article(13))], k=p.k)
    ok, c, j = verify_pair(sh.of(0), sh.of(1), p)
    assert ok and c > 0.95 and j < 0.5
    ok, c, _ = verify_pair(sh.of(0), sh.of(2), p)
    assert not ok and c < 0.1


def test_empty_bodies_are_never_duplicates():
    got = result(frame([("a", "", None), ("b", "", None), ("c", "   ", None)]))
    assert all(v == (None, None) for v in got.values())


def test_signature_agreement_estimates_jaccard(textgen):
    base = textgen.article(14, sentences=20)
    texts = [textgen.join(base), textgen.join(base[:10] + textgen.article(15, sentences=10))]
    sh = shingle_hashes(texts)
    a, b = set(sh.of(0).tolist()), set(sh.of(1).tolist())
    true_j = len(a & b) / len(a | b)
    est = estimated_jaccard(signatures(sh, num_bins=512), np.array([[0, 1]]))[0]
    assert abs(est - true_j) < 0.08


def test_many_documents_find_injected_pairs_only(textgen):
    docs = [textgen.join(textgen.article(100 + i, sentences=10)) for i in range(300)]
    docs.append("Breaking: " + docs[17] + " Copyright 2024.")  # 300 ~ 17
    docs.append(textgen.join(textgen.article(117, sentences=10)[:6]))  # 301 ~ 17 (truncated)
    pairs = {tuple(p) for p in near_duplicate_pairs(docs).tolist()}
    assert {(17, 300), (17, 301)} <= pairs <= {(17, 300), (17, 301), (300, 301)}


def test_stored_signatures_give_the_same_answer_and_only_new_bodies_are_signed(textgen):
    from sitrep.dedup import signature_frame

    bodies = [textgen.join(textgen.article(200 + i, sentences=8)) for i in range(40)]
    bodies.append("Share\n" + bodies[3] + "\nAll rights reserved.")  # 40 ~ 3
    bodies.append(textgen.join(textgen.article(203, sentences=8)[:5]))  # 41 ~ 3 (truncated), arrives later
    df = frame([(f"a{i:02d}", b, None) for i, b in enumerate(bodies)])
    old = df.head(41)
    stored = signature_frame(old)
    assert stored.height == 41 and stored["sig"].list.len().unique().to_list() == [128]
    both = signature_frame(df, stored)
    assert both.height == 42
    assert both.join(stored, on=["content_hash", "sig"], how="semi").height == 41  # old ones reused
    plain, cached = assign_duplicates(df), assign_duplicates(df, signatures=both)
    assert plain.equals(cached)
    got = {r["article_id"]: r["duplicate_of"] for r in cached.iter_rows(named=True)}
    assert got["a40"] == "a03" and got["a41"] == "a03"


def test_signatures_of_another_scheme_are_recomputed(textgen):
    from sitrep.dedup import signature_frame

    df = frame([("a", textgen.join(textgen.article(300)), None)])
    stale = signature_frame(df).with_columns(pl.lit("old-scheme").alias("scheme"), pl.lit(1).alias("num_shingles"))
    fresh = signature_frame(df, stale)
    assert fresh["scheme"].item() != "old-scheme" and fresh["num_shingles"].item() > 1


def test_formulaic_briefs_sharing_only_template_phrases_are_not_duplicates():
    template = (
        "{co} is offering {n} mln dlrs of subordinated notes due {y} with a {c} pct coupon and par pricing, said "
        "lead manager {m}. Settlement is expected within five business days and the notes will be issued in "
        "book entry form only. That is {b} basis points more than the yield of comparable Treasury securities. "
        "Non-callable to maturity, the issue is rated {r} by Moody's Investors Service Inc and {r2} by Standard "
        "and Poor's Corp. The gross spread is {g} dlrs, the selling concession is {s} dlrs and the reallowance "
        "is {a} dlrs. The offering is being made through an underwriting group led by {m}, the company said in "
        "a statement on {d}."
    )
    a = template.format(
        co="First Harbour Bancorp",
        n=200,
        y=1999,
        c="8-5/8",
        m="Goldman, Sachs and Co",
        b=140,
        r="A-2",
        r2="A",
        g=10,
        s=6,
        a=2.50,
        d="Monday",
    )
    b = template.format(
        co="Pitney Gear Credit Corp",
        n=100,
        y=1992,
        c="7-1/4",
        m="Salomon Brothers Inc",
        b=53,
        r="AA-3",
        r2="AA",
        g=7,
        s=4,
        a=2.25,
        d="Friday",
    )
    sh = shingle_hashes([a, b])
    loose = NearDupParams(min_run_len=10, min_longest_run=0)  # short shared passages would pass
    assert verify_pair(sh.of(0), sh.of(1), loose)[0]
    assert not verify_pair(sh.of(0), sh.of(1), NearDupParams())[0]
    got = result(frame([("a", a, None), ("b", b, None)]))
    assert got["b"] == (None, None)


def test_cut_capture_under_a_long_header_is_near_duplicate(textgen):
    sents = textgen.article(400, sentences=14)
    header = " ".join(textgen.article(401, sentences=4))  # byline block, deks, captions of the capturing site
    cut = header + "\n\n" + textgen.join(sents[:6])
    got = result(frame([("full", textgen.join(sents), dt.date(2024, 1, 1)), ("cut", cut, dt.date(2024, 1, 2))]))
    assert got["cut"] == ("full", "near")
