"""The attached records as text: the same JSON, laid out a record a line."""

from __future__ import annotations

import json

from app.evidence.attachment import json_text


def test_the_text_reads_back_as_the_document_with_a_record_a_line() -> None:
    document = {
        "format": "shipproof-pack-records/1",
        "about": {"order_id": "3001", "store": "茶馆"},
        "records": [
            {"chain": "scans", "seq": 1, "content": {"raw_input": "3001", "message": "扫描"}},
            {"chain": "events", "seq": 2, "content": None},
        ],
        "photos": [],
        "integrity": {"result": "ok", "problems": []},
    }
    text = json_text(document)
    assert json.loads(text) == document
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert [json.loads(line.rstrip(",")) for line in lines[4:6]] == document["records"]
    assert "茶馆" in text  # Chinese as it is, not as \\u escapes


def test_no_records_and_values_json_cannot_hold() -> None:
    text = json_text({"records": [], "content": {"phone": b"\x00\x01"}})
    assert json.loads(text) == {"records": [], "content": {"phone": "<bytes: not a JSON value>"}}
