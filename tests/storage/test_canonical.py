"""A record's canonical bytes are the standard library's, whichever encoder wrote them.

A pack's reader (tools/verify_pack.py) recomputes every hash with ``json.dumps`` alone, so
the bytes the app hashes must be exactly those for every value a record can hold.
"""

from __future__ import annotations

import enum
import json
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.storage.chain import canonical


def standard(content: Any) -> bytes:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


texts = st.text(st.characters(exclude_categories=["Cs"]))  # every code point but surrogates
scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | texts
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4)
)


@given(st.dictionaries(texts, values, max_size=8))
def test_every_value_a_record_holds_is_written_as_the_standard_library_writes_it(
    content: dict[str, Any],
) -> None:
    assert canonical(content) == standard(content)


def test_control_characters_quotes_and_the_line_separators_are_escaped_the_same_way() -> None:
    content = {"text": '\x00\x1f\x7f\u2028\u2029"\\/\b\f\n\r\t é中😀', "é": 1, "a": [None, True]}
    assert canonical(content) == standard(content)


class Result(enum.StrEnum):
    OK = "ok"


def test_subclasses_and_huge_integers_fall_back_to_the_standard_library() -> None:
    content = {"result": Result.OK, "n": 2**80, "nested": {"m": -(2**64)}}
    assert canonical(content) == standard(content)


def test_what_the_standard_library_refuses_is_still_refused() -> None:
    with pytest.raises(TypeError):
        canonical({"when": datetime(2026, 12, 2)})
    with pytest.raises(UnicodeEncodeError):
        canonical({"text": "half a pair \ud800"})
