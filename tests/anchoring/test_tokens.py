"""A TSA's answer is kept only when it proves the heads: granted, signed by a TSA
certificate that chains to a trusted CA, over these bytes, in answer to this request."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.tsa.tokens import (
    TimestampError,
    check,
    imprint_matches,
    public_roots,
    read,
    request_for,
    roots_from_pem,
)
from tests.helpers.tsa import Authority, PrivateTsa

HEADS = b'{"heads":[{"chain":"scans","hash":"ab","seq":2}]}'


@pytest.fixture
def private(authority: Authority) -> PrivateTsa:
    return PrivateTsa(authority)


def test_a_granted_answer_verifies_and_says_when_and_who(
    private: PrivateTsa, authority: Authority
) -> None:
    moment = datetime.now(UTC).replace(microsecond=123456)
    private.clock = lambda: moment
    request = request_for(HEADS)
    token = check(private.answer(request.der), HEADS, [authority.ca], request.nonce)
    assert token.gen_time == moment.replace(microsecond=0)
    assert token.tsa == "Test TSA Ltd"
    assert read(token.response) == token
    assert imprint_matches(token.response, HEADS)
    assert not imprint_matches(token.response, HEADS + b" ")


def test_a_token_is_checked_at_its_own_time(private: PrivateTsa, authority: Authority) -> None:
    """A token dated before its TSA's certificate was valid proves nothing."""
    private.clock = lambda: datetime(2020, 1, 1, tzinfo=UTC)
    request = request_for(HEADS)
    with pytest.raises(TimestampError, match="not yet valid"):
        check(private.answer(request.der), HEADS, [authority.ca], request.nonce)


def test_each_request_has_its_own_nonce() -> None:
    assert request_for(HEADS).nonce != request_for(HEADS).nonce


@pytest.mark.parametrize(
    ("fault", "why"),
    [
        ("nonce", "answers another request"),
        ("imprint", "covers other data than these chain heads"),
        ("signature", "does not verify"),
        ("reject", "did not grant the time-stamp (status 2: unaccepted policy)"),
    ],
)
def test_a_wrong_answer_is_refused(
    private: PrivateTsa, authority: Authority, fault: str, why: str
) -> None:
    private.fault = fault
    request = request_for(HEADS)
    with pytest.raises(TimestampError, match=re.escape(why)):
        check(private.answer(request.der), HEADS, [authority.ca], request.nonce)


def test_a_token_over_other_bytes_is_refused_without_a_nonce(
    private: PrivateTsa, authority: Authority
) -> None:
    """What ``verify --anchor`` meets when the kept heads text was edited."""
    answer = private.answer(request_for(HEADS).der)
    with pytest.raises(TimestampError, match="imprint differs"):
        check(answer, HEADS.replace(b"ab", b"cd"), [authority.ca])


@pytest.mark.parametrize("embed_ca", [False, True])
def test_a_tsa_not_under_the_trusted_ca_is_refused(authority: Authority, embed_ca: bool) -> None:
    """Even when the token carries its own CA: a token never vouches for itself."""
    forger = PrivateTsa(Authority.make("Forger"))
    forger.embed_ca = embed_ca
    request = request_for(HEADS)
    with pytest.raises(TimestampError, match="does not chain to a trusted CA"):
        check(forger.answer(request.der), HEADS, [authority.ca], request.nonce)
    assert check(forger.answer(request.der), HEADS, [forger.authority.ca], request.nonce)


def test_garbage_is_not_an_answer(authority: Authority) -> None:
    with pytest.raises(TimestampError, match="not an RFC 3161 time-stamp answer"):
        check(b"<html>busy</html>", HEADS, [authority.ca])


def test_trusted_certificates_come_from_a_pem_file(authority: Authority, tmp_path: Path) -> None:
    assert roots_from_pem(authority.ca_pem(tmp_path)) == [authority.ca]
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(TimestampError, match="holds no PEM certificate"):
        roots_from_pem(tmp_path / "notes.txt")
    with pytest.raises(TimestampError, match="cannot be read"):
        roots_from_pem(tmp_path / "missing.pem")


def test_the_default_tsas_root_is_among_the_public_cas() -> None:
    """DigiCert's tokens verify with no file given: its timestamping root is bundled."""
    subjects = {root.subject.rfc4514_string() for root in public_roots()}
    assert "CN=DigiCert Trusted Root G4,OU=www.digicert.com,O=DigiCert Inc,C=US" in subjects
