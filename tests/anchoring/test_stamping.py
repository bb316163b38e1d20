"""``anchor``: today's heads stamped by a TSA and kept; queued when it cannot be reached,
sent first the next time; and what a kept token still proves after a rewrite."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy import text as sa_text

from app.anchors import current_heads, heads_json
from app.storage import Database
from app.storage.backup import backup, restore
from app.storage.models import Anchor, Setting
from app.tsa.kept import export, newest_anchor, verify_kept
from app.tsa.stamping import TSA_URL_SETTING, anchor, remember_tsa, tsa_url
from app.tsa.tokens import DEFAULT_TSA_URL, TimestampError, imprint_matches
from tests.helpers.anchoring import closed_port_url, rewrite_scans
from tests.helpers.shop import one_dispatched_order
from tests.helpers.tsa import Authority, TsaServer

pytestmark = pytest.mark.shop(stocked_by=one_dispatched_order)

QUEUED_AT = datetime(2026, 9, 22, 10, tzinfo=UTC)


def rows(database: Database) -> list[Anchor]:
    with database.session() as session:
        return list(session.scalars(select(Anchor).order_by(Anchor.id)))


def test_stamped_and_kept_with_the_heads_it_covers(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    run = anchor(shop, [authority.ca], tsa.url)
    assert [(a.stamped, a.tsa) for a in run.attempts] == [(True, "Test TSA Ltd")]
    (row,) = rows(shop)
    with shop.session() as session:
        heads = current_heads(session)
    assert row.heads == heads_json(heads)
    assert (row.status, row.attempts, row.error, row.tsa_url) == ("stamped", 1, None, tsa.url)
    assert row.token is not None and imprint_matches(row.token, row.heads.encode())
    assert run.attempts[0].gen_time is not None
    assert row.stamped_utc == run.attempts[0].gen_time
    with shop.session() as session:
        (checked,) = verify_kept(session, [authority.ca])
        newest = newest_anchor(session)
    assert checked.ok and checked.heads == len(heads) and checked.tsa == "Test TSA Ltd"
    assert newest is not None and newest.held and newest.heads == heads
    assert newest.as_dict()["heads_json"] == row.heads


def test_unchanged_heads_are_not_stamped_twice(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    first = anchor(shop, [authority.ca], tsa.url)
    again = anchor(shop, [authority.ca], tsa.url)
    assert again.attempts == [] and again.covered_at == first.attempts[0].gen_time
    assert tsa.tsa.requests == 1 and len(rows(shop)) == 1


def test_offline_it_queues_and_the_next_run_sends_the_queue_first(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    offline = anchor(shop, [authority.ca], closed_port_url())
    (attempt,) = offline.queued
    assert attempt.sent and attempt.error and "cannot be reached" in attempt.error
    (row,) = rows(shop)
    assert (row.status, row.attempts, row.token) == ("queued", 1, None)
    assert "cannot be reached" in (row.error or "")

    online = anchor(shop, [authority.ca], tsa.url)
    assert [(a.anchor_id, a.stamped) for a in online.attempts] == [(row.id, True)]
    (row,) = rows(shop)  # the same request, not a second one for the same heads
    assert (row.status, row.attempts, row.error) == ("stamped", 2, None)


def test_a_wrong_answer_keeps_the_request_queued(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    tsa.tsa.fault = "nonce"
    (attempt,) = anchor(shop, [authority.ca], tsa.url).attempts
    assert not attempt.stamped and "nonce differs" in (attempt.error or "")
    assert rows(shop)[0].status == "queued"
    tsa.tsa.fault = None
    assert anchor(shop, [authority.ca], tsa.url).attempts[0].stamped


def test_a_tsa_not_under_the_trusted_ca_is_not_kept(shop: Database, tsa: TsaServer) -> None:
    other = Authority.make("Other")
    (attempt,) = anchor(shop, [other.ca], tsa.url).attempts
    assert not attempt.stamped and "does not chain to a trusted CA" in (attempt.error or "")
    assert rows(shop)[0].token is None


def test_after_a_failure_the_rest_of_the_queue_waits(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    with shop.write() as session:  # two requests queued while offline, heads since moved on
        for text in ('{"heads":[]}', '{"heads":[{"chain":"scans","hash":"x","seq":1}]}'):
            session.add(
                Anchor(created_utc=QUEUED_AT, heads=text, tsa_url="", status="queued", attempts=0)
            )
    run = anchor(shop, [authority.ca], closed_port_url())
    assert [(a.sent, a.stamped) for a in run.attempts] == [(True, False)] + [(False, False)] * 2
    assert tsa.tsa.requests == 0
    assert [a.stamped for a in anchor(shop, [authority.ca], tsa.url).attempts] == [True] * 3


def test_a_request_the_tsa_cannot_stamp_does_not_block_the_queue(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    with shop.write() as session:  # emptied in the file: no TSA can stamp it
        session.add(
            Anchor(created_utc=QUEUED_AT, heads="", tsa_url="", status="queued", attempts=0)
        )
    first, today = anchor(shop, [authority.ca], tsa.url).attempts
    assert not first.stamped and first.error == "nothing to time-stamp: the heads text is empty"
    assert today.stamped


def test_a_consistent_rewrite_after_the_stamp_is_caught(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    anchor(shop, [authority.ca], tsa.url)
    rewrite_scans(shop)
    with shop.session() as session:
        (checked,) = verify_kept(session, [authority.ca])
        newest = newest_anchor(session)
    assert checked.invalid is None
    assert checked.rewritten == ["scans record 2: rewritten since it was anchored"]
    assert newest is not None and not newest.held
    assert newest.problems == ["scans record 2: rewritten since it was anchored"]


def test_edited_heads_beside_a_token_are_caught(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    """Rewriting the records and then the kept heads to match: the token covers the old ones."""
    anchor(shop, [authority.ca], tsa.url)
    rewrite_scans(shop)
    with shop.write() as session:
        session.execute(update(Anchor).values(heads=heads_json(current_heads(session))))
    with shop.session() as session:
        (checked,) = verify_kept(session, [authority.ca])
        newest = newest_anchor(session)
    assert checked.invalid is not None and "imprint differs" in checked.invalid
    assert newest is not None and newest.problems == [
        f"anchor {newest.id}: its token does not cover the heads kept with it"
    ]


def test_a_token_from_another_tsa_is_refused_offline(
    shop: Database, tsa: TsaServer, authority: Authority
) -> None:
    anchor(shop, [authority.ca], tsa.url)
    with shop.session() as session:
        (checked,) = verify_kept(session, [Authority.make("Other").ca])
    assert not checked.ok and "does not chain to a trusted CA" in (checked.invalid or "")


def test_an_empty_shop_has_nothing_to_anchor(database: Database, authority: Authority) -> None:
    run = anchor(database, [authority.ca], closed_port_url())
    assert run.empty and run.attempts == [] and rows(database) == []


def test_the_shops_tsa_is_a_setting(database: Database) -> None:
    with database.write() as session:
        assert tsa_url(session) == DEFAULT_TSA_URL
        remember_tsa(session, "https://tsa.example.org/stamp")
    with database.session() as session:
        assert tsa_url(session) == "https://tsa.example.org/stamp"
        assert session.get(Setting, TSA_URL_SETTING) is not None
    with database.write() as session, pytest.raises(TimestampError, match="not an http"):
        remember_tsa(session, "ftp://tsa.example.org")


def test_export_writes_the_newest_token_and_its_heads(
    shop: Database, tsa: TsaServer, authority: Authority, tmp_path: Path
) -> None:
    anchor(shop, [authority.ca], tsa.url)
    with shop.session() as session:
        token, heads = export(session, tmp_path / "out" / "anchor.tsr")
    (row,) = rows(shop)
    assert (token.name, heads.name) == ("anchor.tsr", "anchor.json")
    assert token.read_bytes() == row.token and heads.read_text() == row.heads


def test_a_backup_carries_the_kept_tokens_and_restores_them(
    shop: Database, tsa: TsaServer, authority: Authority, tmp_path: Path
) -> None:
    anchor(shop, [authority.ca], tsa.url)
    (kept,) = rows(shop)
    copy = backup(shop, tmp_path / "copy.db")
    with shop.write() as session:
        session.execute(delete(Anchor))
    restore(shop, copy)
    (back,) = rows(shop)
    assert (back.heads, back.token, back.status) == (kept.heads, kept.token, "stamped")
    with shop.session() as session:
        assert verify_kept(session, [authority.ca])[0].ok


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        ("UPDATE anchors SET token = 'junk'", "not an RFC 3161 time-stamp answer"),
        ("UPDATE anchors SET token = X'30030201'", "not an RFC 3161 time-stamp answer"),
        ("UPDATE anchors SET token = replace(token, X'30', X'31')", "not an RFC 3161"),
        ("UPDATE anchors SET token = NULL", "its token is gone"),
        ("UPDATE anchors SET heads = 42", "chain heads cannot be read"),
        ("UPDATE anchors SET heads = X'ff00'", "no longer UTF-8 text"),
    ],
)
def test_a_retyped_or_edited_token_fails_by_name_and_crashes_nothing(
    shop: Database,
    tsa: TsaServer,
    authority: Authority,
    tmp_path: Path,
    edit: str,
    why: str,
) -> None:
    anchor(shop, [authority.ca], tsa.url)
    with shop.write() as session:
        session.execute(sa_text(edit))
        session.execute(sa_text("UPDATE anchors SET stamped_utc = 'last spring'"))
    with shop.session() as session:
        (checked,) = verify_kept(session, [authority.ca])
        newest = newest_anchor(session)
        with pytest.raises(TimestampError, match="anchor 1 cannot be exported"):
            export(session, tmp_path / "a.tsr")
    assert checked.invalid is not None and why in checked.invalid
    assert newest is not None and not newest.held and why in newest.problems[0]
    assert newest.as_dict()["gen_time"] is None
    assert anchor(shop, [authority.ca], tsa.url).attempts[0].stamped  # a fresh one is taken
