"""The records a pack rests on, attached to its PDF so anyone can re-check them without us.

A claims agent who receives a pack cannot run ShipProof against the shop's database. What
they can do is re-hash records: each record's hash is SHA-256 over its predecessor's hash
and the canonical JSON of its content (``app.storage.chain``). So the pack carries, as an
embedded file ``shipproof-records.json``, every record it shows with exactly the content
its hash covers, the raw carrier answers that concern this parcel alone, the photos'
SHA-256, the root hash and the chain heads. ``tools/verify_pack.py`` (standard library and
pypdf only) re-checks all of it; ``docs/verifying-a-pack.md`` says how, also by hand.

The buyer's phone is in an order fact only as a salted SHA-256 (``app.storage.facts``),
so every content goes along; a pack made to show the full phone also gives the phone and
its salt beside the fact, for anyone to check against that hash. The chains come from
:data:`app.evidence.integrity.RECORD_KINDS`: a new chain needs nothing here.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from collections.abc import Sequence
from io import BytesIO
from typing import Any, cast

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from app.anchors import Head
from app.dispatch.scan_log import SCAN_CHAIN
from app.evidence.facts import PackFacts
from app.evidence.integrity import RECORD_KINDS
from app.storage.chain import GENESIS
from app.storage.facts import FACT_CHAIN
from app.storage.models import Snapshot
from app.tracking.archive import SNAPSHOT_CHAIN
from app.tsa.kept import KeptAnchor

FORMAT = "shipproof-pack-records/1"
FILE_NAME = "shipproof-records.json"
# A carrier's answer for one parcel is a few kilobytes; a pack of a parcel tracked for
# months must still open quickly. Answers beyond these caps are left out, and say so.
MAX_BODY_BYTES = 256 * 1024
MAX_BODIES_BYTES = 2 * 1024 * 1024
# zlib's fastest level: the records of a 60-event parcel (46 KB of JSON) deflate to 11.0 KB
# in 0.15 ms, where the default level 6 takes 0.5 ms for 9.7 KB.
DEFLATE_LEVEL = 1
DESCRIPTION = (  # shown by PDF viewers beside the file, in both languages
    "The records this pack rests on: check them with tools/verify_pack.py · "
    "本举证包所依据的记录，可用 tools/verify_pack.py 核验"
)


def _not_json(value: object) -> str:
    """A value JSON cannot hold (a BLOB written into a text column): the record then fails
    to re-hash in the verifier, which is the truth, instead of the pack failing to render."""
    return f"<{type(value).__name__}: not a JSON value>"


def _bodies(snapshots: Sequence[Snapshot]) -> dict[int, dict[str, Any]]:
    """Each answer's body as base64 when it concerns this parcel only, else why it is not.

    An answer naming other parcels holds other buyers' tracking: the pack withholds it, as
    the appendix does. Within the caps, bodies go in oldest first.
    """
    room = MAX_BODIES_BYTES
    bodies: dict[int, dict[str, Any]] = {}
    for snapshot in snapshots:
        body = snapshot.body
        try:
            numbers = json.loads(snapshot.numbers)
            others = len(numbers) - 1 if isinstance(numbers, list) else None
        except (TypeError, ValueError):
            others = None
        why: dict[str, Any]
        if not isinstance(body, bytes | bytearray | memoryview):
            why = {"why": "not_bytes", "stored_as": type(body).__name__}
        elif others is None:
            why = {"why": "numbers_unreadable"}
        elif others > 0:
            why = {"why": "shared", "others": others}
        elif len(body) > MAX_BODY_BYTES:
            why = {"why": "too_large", "size": len(body), "cap": MAX_BODY_BYTES}
        elif len(body) > room:
            why = {"why": "cap_reached", "cap": MAX_BODIES_BYTES}
        else:
            room -= len(body)
            bodies[snapshot.seq] = {"base64": base64.b64encode(bytes(body)).decode("ascii")}
            continue
        bodies[snapshot.seq] = {"left_out": why}
    return bodies


def records_document(
    facts: PackFacts,
    heads: Sequence[Head] | None,
    full_phone: bool = False,
    anchor: KeptAnchor | None = None,
) -> dict[str, Any]:
    """The attachment's content: every record the pack rests on and how to re-check it.

    A record always carries its hashes (the root hash and its neighbours' links need
    them), and its content unless that can no longer be read (then it says why). With
    ``full_phone``, the order's fact also carries the phone the pack shows and its salt.
    """
    records: list[dict[str, Any]] = []
    bodies = _bodies(facts.snapshots)
    for kind, record in facts.records():
        entry: dict[str, Any] = {
            "chain": kind.chain,
            "seq": record.seq,
            "prev_hash": record.prev_hash,
            "hash": record.hash,
        }
        try:
            entry["content"] = kind.content(record)
        except (ValueError, TypeError, AttributeError) as error:
            entry["content"], entry["left_out"] = None, {"why": "unreadable", "error": str(error)}
        if full_phone and kind.chain == FACT_CHAIN and record.kind == "order":
            # outside "content": the hash covers only the phone's salted SHA-256
            entry["phone"] = {"salt": record.phone_salt, "number": facts.order.recipient_phone}
        if kind.chain == SNAPSHOT_CHAIN:
            entry["body"] = bodies[record.seq]
        records.append(entry)
    order, shipment = facts.order, facts.shipment
    return {
        "format": FORMAT,
        "about": {
            "platform": order.store.platform,
            "store": order.store.name,
            "order_id": order.order_id,
            "tracking_number": shipment.tracking_number if shipment is not None else None,
        },
        "hashing": {
            "canonical_json": "keys sorted, separators ',' and ':', UTF-8, no ASCII escaping",
            "record_hash": "sha256(prev_hash as ASCII + LF + canonical_json(content))",
            "genesis": GENESIS,
            "phone": "sha256(salt + LF + number) as hex = content.order.recipient_phone_sha256",
        },
        "records": records,
        "photos": [
            {
                "chain": SCAN_CHAIN,
                "seq": scan.seq,
                "sha256": scan.photo_sha256,
                "in_pack": data is not None,
            }
            for scan, data in facts.photos
        ],
        "root": {
            "hash": facts.root_hash,
            "labels": {kind.chain: kind.label for kind in RECORD_KINDS},
            "formula": "sha256 of the lines '<label>:<hash>' of every record, sorted, joined by LF",
        },
        "heads": [{"chain": h.chain, "seq": h.seq, "hash": h.hash} for h in heads or ()],
        # the newest RFC 3161 time-stamp of the heads: check it with openssl ts -verify
        "anchor": anchor.as_dict() if anchor is not None else None,
        "integrity": {
            "result": "failed" if facts.problems else "ok",
            "problems": [str(problem) for problem in facts.problems],
        },
    }


def attach_records(
    data: bytes,
    facts: PackFacts,
    heads: Sequence[Head] | None,
    full_phone: bool = False,
    anchor: KeptAnchor | None = None,
) -> bytes:
    """``data`` (a rendered pack) with :func:`records_document` embedded as a JSON file."""
    document = json_text(records_document(facts, heads, full_phone, anchor)).encode("utf-8")
    return embed_file(data, FILE_NAME, document, DESCRIPTION)


def json_text(document: dict[str, Any]) -> str:
    """The attachment as a person reads it: each entry of the document on a line of its
    own, and each record on one line (docs/verifying-a-pack.md shows it so).

    Written a line at a time by json's C encoder: ``indent`` would switch json to its
    pure-Python encoder, 2–3 ms of every pack, and put every field on a line of its own.
    """
    encode = json.JSONEncoder(ensure_ascii=False, default=_not_json).encode
    entries = []
    for key, value in document.items():
        if key == "records" and value:
            records = ",\n  ".join(encode(record) for record in value)
            entries.append(f" {encode(key)}: [\n  {records}\n ]")
        else:
            entries.append(f" {encode(key)}: {encode(value)}")
    return "{\n" + ",\n".join(entries) + "\n}\n"


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def embed_file(data: bytes, name: str, content: bytes, description: str) -> bytes:
    """``data`` with ``content`` embedded as a JSON file ``name``, by an incremental update.

    The update (PDF 32000-1, 7.5.6) appends the deflated file, its file specification and
    the catalog with a name tree naming it, then a cross-reference section and a trailer
    that keeps every entry of the old one. The pages stay byte for byte as reportlab drew
    them, and nothing is parsed but the trailer and the catalog: about a millisecond,
    where having pypdf write the whole document again took 15 (and its own incremental
    mode drops the document information, the chain heads in the keywords, from the
    trailer, so poppler and others see none of it).

    Raises:
        ValueError: ``data`` already has a name tree (reportlab writes one only for
            JavaScript and named destinations, which packs never use).
    """
    tail = _STARTXREF.search(data[-64:])
    reader = PdfReader(BytesIO(data))
    trailer = reader.trailer
    root = trailer.raw_get("/Root")
    catalog = DictionaryObject(cast(DictionaryObject, root.get_object()))
    if tail is None or "/Names" in catalog:
        raise ValueError("the pack's PDF is not one its records can be attached to")
    size = int(cast(NumberObject, trailer["/Size"]))
    stream_ref = IndirectObject(size, 0, reader)
    spec_ref = IndirectObject(size + 1, 0, reader)
    stream = DecodedStreamObject()
    stream.set_data(zlib.compress(content, DEFLATE_LEVEL))
    stream.update(
        {
            NameObject("/Type"): NameObject("/EmbeddedFile"),
            NameObject("/Subtype"): NameObject("/application/json"),
            NameObject("/Filter"): NameObject("/FlateDecode"),
            NameObject("/Params"): DictionaryObject(
                {NameObject("/Size"): NumberObject(len(content))}
            ),
        }
    )
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject(name),
            NameObject("/UF"): TextStringObject(name),
            NameObject("/EF"): DictionaryObject(
                {NameObject("/F"): stream_ref, NameObject("/UF"): stream_ref}
            ),
            NameObject("/Desc"): TextStringObject(description),
        }
    )
    catalog[NameObject("/Names")] = DictionaryObject(
        {
            NameObject("/EmbeddedFiles"): DictionaryObject(
                {NameObject("/Names"): ArrayObject([TextStringObject(name), spec_ref])}
            )
        }
    )
    out = BytesIO()
    out.write(data if data.endswith(b"\n") else data + b"\n")
    offsets: list[tuple[int, int, int]] = []  # object number, generation, offset
    for number, generation, body in (
        (root.idnum, root.generation, catalog),
        (size, 0, stream),
        (size + 1, 0, spec),
    ):
        offsets.append((number, generation, out.tell()))
        out.write(f"{number} {generation} obj\n".encode("ascii"))
        body.write_to_stream(out)
        out.write(b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 1\n0000000000 65535 f \n")  # the free list's head, as in the first
    for number, generation, offset in sorted(offsets):
        out.write(f"{number} 1\n{offset:010d} {generation:05d} n \n".encode("ascii"))
    updated = DictionaryObject({key: trailer.raw_get(key) for key in trailer})
    updated[NameObject("/Size")] = NumberObject(size + 2)
    updated[NameObject("/Prev")] = NumberObject(int(tail.group(1)))
    if "/ID" in trailer:  # the same bytes again: pypdf may have read them back as text
        updated[NameObject("/ID")] = ArrayObject(
            ByteStringObject(part.original_bytes if isinstance(part, TextStringObject) else part)
            for part in cast(ArrayObject, trailer["/ID"])
        )
    out.write(b"trailer\n")
    updated.write_to_stream(out)
    out.write(f"\nstartxref\n{start}\n%%EOF\n".encode("ascii"))
    return out.getvalue()
