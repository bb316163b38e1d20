"""Check a ShipProof evidence pack without ShipProof: Python 3.10+ and pypdf, nothing else.

    python verify_pack.py PACK.pdf [--photo FILE ...] [--lang en|zh]

A pack carries the records it rests on as an embedded file, shipproof-records.json. This
script re-hashes every record from its content and its predecessor's hash, checks that
records next to each other in a chain link, recomputes the pack's root hash and looks for
it in the pack's text, checks each record against the chain heads written in the PDF's
keywords, re-hashes the raw carrier answers carried and the photos shown (and any photo
file given), checks the buyer's phone against the salted SHA-256 its record holds when
the pack gives the phone, and reads the pack's own integrity result. It exits 0 only when
all of that holds, 1 when something does not, 2 when the file is not a pack it can read.

It cannot prove that no record was left out of the pack, nor that the shop's database
still holds these records: that is what ``shipproof verify --against PACK`` on the shop's
side and a timestamped anchor are for. See docs/verifying-a-pack.md.

This file deliberately imports nothing of ShipProof, so it can be handed over alone.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

FORMAT = "shipproof-pack-records/1"
FILE_NAME = "shipproof-records.json"
HEADS_KEY = "shipproof-chain-heads"
GENESIS = "0" * 64
HEX64 = re.compile(r"[0-9a-f]{64}")
BODY_WITHHELD = ("shared", "too_large", "cap_reached")  # reasons a pack leaves an answer out
PHONE_KEY = "recipient_phone_sha256"  # in an order fact's "order", instead of the phone

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "ok": "ok",
        "failed": "FAILED",
        "note": "note",
        "record": "{chain} record {seq}",
        "photo": "photo",
        "root": "root",
        "heads": "heads",
        "integrity": "integrity",
        "malformed": "not a well-formed record ({why})",
        "shape_object": "not a JSON object",
        "shape_chain": "no chain name",
        "shape_seq": "no sequence number from 1",
        "shape_hash": "a hash that is not 64 lower-case hex digits",
        "shape_content": "neither a content nor why it was left out",
        "seq_mismatch": "its content says seq {inner}, the record says {outer}",
        "hash_mismatch": "its content does not hash to its recorded hash: edited after it was written",
        "genesis": "the first record of a chain must link to {genesis}",
        "duplicate": "appears twice",
        "link": "does not link to {chain} record {seq} before it",
        "no_head": "the pack records no head for chain {chain}",
        "above_head": "is newer than the chain's head {head} recorded when the pack was made",
        "head_mismatch": "is the chain's head record but its hash is not the head's",
        "body_ok": "raw answer re-hashed: matches its SHA-256",
        "body_bad": "raw answer does not hash to the SHA-256 in its record",
        "body_unreadable": "raw answer is not valid base64",
        "body_left_out": "raw answer not carried: {why}",
        "content_left_out": "content not carried: {why}",
        "why_unreadable": "it could no longer be read when the pack was made ({error})",
        "why_not_bytes": "the shop's copy is stored as {stored_as}, not bytes: not the answer as fetched",
        "why_numbers_unreadable": "the parcels it names can no longer be read",
        "why_shared": "it also names {others} other parcel(s): withheld to protect those buyers",
        "why_too_large": "{size} bytes, more than the {cap} a pack carries",
        "why_cap_reached": "the pack already carries its {cap} bytes of answers",
        "why_unknown": "no reason this script knows ({why})",
        "phone_ok": "buyer's phone {number}: its salted SHA-256 is the one the record holds",
        "phone_none": "the record holds no buyer's phone, and the pack gives none",
        "phone_missing": "the pack gives no buyer's phone, but the record holds the salted SHA-256 of one",
        "phone_unrecorded": "the pack gives buyer's phone {number}, but the record holds no phone to check it against",
        "phone_bad": "buyer's phone {number} with its salt does not hash to the SHA-256 the record holds: the phone or its salt was changed",
        "phone_malformed": "the buyer's phone is not given as a salt and a number",
        "photo_unknown": "photo {sha}: no scan record in the pack names it",
        "photo_in_pack": "photo {sha} shown in the pack is the one the record names",
        "photo_not_in_pack": "photo {sha} should be shown in the pack but no image in it has that SHA-256",
        "photo_missing": "photo {sha} was missing or changed when the pack was made",
        "photo_file": "file {file} is the photo of {record}",
        "photo_file_unknown": "file {file} (SHA-256 {sha}) is not a photo any record of the pack names",
        "photo_file_unreadable": "file {file} cannot be read: {why}",
        "root_ok": "root hash {root} recomputed from the records and printed in the pack",
        "root_bad": "root hash recomputed from the records is {computed}, the pack says {said}",
        "root_not_printed": "root hash {root} is not printed in the pack's text",
        "root_labels": "the root hash has no label for chain {chain}",
        "heads_ok": "records at or below the chain heads recorded when the pack was made",
        "heads_missing": "the pack's keywords record no chain heads",
        "heads_differ": "the heads in the keywords and in the attachment differ",
        "integrity_ok": "the pack's own integrity check said ok",
        "integrity_failed": "the pack itself says its integrity FAILED: {problems}",
        "summary_ok": "VERIFIED: {records} records ({checked} re-hashed from their content), every check above holds.",
        "summary_failed": "FAILED: {count} check(s) do not hold.",
        "proves": (
            "What this proves: each record above is unchanged since its hash was made, records "
            "next to each other in a chain link, the pack's root hash covers exactly these "
            "records, and none is newer than the chain heads the pack recorded."
        ),
        "cannot": (
            "What it cannot prove: that no record was left out of the pack, or that the shop's "
            "database still holds these records. For that the shop runs "
            "'shipproof verify --against' this pack, or checks a timestamped anchor."
        ),
        "not_pdf": "{file}: not a PDF that can be read ({why})",
        "no_attachment": "{file}: carries no {name}: not a ShipProof pack, or made before packs carried their records",
        "two_attachments": "{file}: carries {count} files named {name}: refusing to guess which one counts",
        "bad_json": "{file}: {name} is not valid JSON ({why})",
        "bad_format": "{file}: {name} is in format {found}, this script reads {expected}",
        "no_file": "{file}: no such file",
    },
    "zh": {
        "ok": "通过",
        "failed": "失败",
        "note": "说明",
        "record": "{chain} 链第 {seq} 条记录",
        "photo": "照片",
        "root": "根哈希",
        "heads": "链头",
        "integrity": "完整性",
        "malformed": "记录格式不正确（{why}）",
        "shape_object": "不是 JSON 对象",
        "shape_chain": "没有链名",
        "shape_seq": "没有从 1 起的序号",
        "shape_hash": "哈希不是 64 位小写十六进制数",
        "shape_content": "既没有内容，也没有说明为何未附带",
        "seq_mismatch": "内容中的序号为 {inner}，记录的序号为 {outer}",
        "hash_mismatch": "内容的哈希与记录的哈希不符：写入后被修改过",
        "genesis": "链的第一条记录必须链接到 {genesis}",
        "duplicate": "出现了两次",
        "link": "未链接到它之前的 {chain} 链第 {seq} 条记录",
        "no_head": "举证包未记录 {chain} 链的链头",
        "above_head": "比生成举证包时记录的链头 {head} 更新",
        "head_mismatch": "是链头所在的记录，但哈希与链头不符",
        "body_ok": "原始应答已重新计算哈希：与记录中的 SHA-256 一致",
        "body_bad": "原始应答的哈希与记录中的 SHA-256 不符",
        "body_unreadable": "原始应答不是有效的 base64",
        "body_left_out": "未附带原始应答：{why}",
        "content_left_out": "未附带记录内容：{why}",
        "why_unreadable": "生成举证包时已无法读取（{error}）",
        "why_not_bytes": "店铺保存的副本类型为 {stored_as}，不是字节：已不是获取时的应答",
        "why_numbers_unreadable": "已无法读取其涉及的包裹",
        "why_shared": "其中还涉及 {others} 个其他包裹：为保护这些买家而不附带",
        "why_too_large": "共 {size} 字节，超过举证包可附带的 {cap} 字节",
        "why_cap_reached": "举证包已附带了 {cap} 字节的应答",
        "why_unknown": "本脚本不认识的原因（{why}）",
        "phone_ok": "买家手机号 {number}：其加盐 SHA-256 正是记录中的哈希",
        "phone_none": "记录中没有买家手机号，举证包也没有给出",
        "phone_missing": "举证包没有给出买家手机号，但记录中有一个手机号的加盐 SHA-256",
        "phone_unrecorded": "举证包给出了买家手机号 {number}，但记录中没有可供核对的手机号哈希",
        "phone_bad": "买家手机号 {number} 加上其盐值算出的哈希与记录中的 SHA-256 不符：手机号或盐值被修改过",
        "phone_malformed": "买家手机号没有以盐值和号码的形式给出",
        "photo_unknown": "照片 {sha}：举证包中没有扫描记录提到它",
        "photo_in_pack": "举证包中显示的照片 {sha} 正是记录所指的照片",
        "photo_not_in_pack": "照片 {sha} 应显示在举证包中，但包中没有该 SHA-256 的图像",
        "photo_missing": "生成举证包时照片 {sha} 已丢失或被修改",
        "photo_file": "文件 {file} 是 {record} 的照片",
        "photo_file_unknown": "文件 {file}（SHA-256 {sha}）不是举证包中任何记录所指的照片",
        "photo_file_unreadable": "无法读取文件 {file}：{why}",
        "root_ok": "根哈希 {root} 已由记录重新算出，并印在举证包上",
        "root_bad": "由记录算出的根哈希为 {computed}，举证包写的是 {said}",
        "root_not_printed": "举证包的文字中没有印出根哈希 {root}",
        "root_labels": "根哈希没有 {chain} 链的标签",
        "heads_ok": "所有记录都不晚于生成举证包时记录的链头",
        "heads_missing": "举证包的关键词中没有记录链头",
        "heads_differ": "关键词中的链头与附件中的链头不一致",
        "integrity_ok": "举证包自身的完整性检查结果为通过",
        "integrity_failed": "举证包自身写明数据完整性检查失败：{problems}",
        "summary_ok": "核验通过：共 {records} 条记录（其中 {checked} 条由内容重新计算哈希），以上各项均成立。",
        "summary_failed": "核验失败：{count} 项检查不成立。",
        "proves": (
            "这证明了：以上每条记录自生成哈希以来未被修改，同一条链中相邻的记录相互链接，"
            "举证包的根哈希恰好覆盖这些记录，且没有记录晚于举证包记录的链头。"
        ),
        "cannot": (
            "这无法证明：举证包没有遗漏记录，或店铺的数据库仍保存着这些记录。"
            "这需要店铺对此举证包运行 'shipproof verify --against'，或核对带时间戳的锚点。"
        ),
        "not_pdf": "{file}：不是可读取的 PDF（{why}）",
        "no_attachment": "{file}：没有附带 {name}：不是 ShipProof 举证包，或生成于举证包附带记录之前",
        "two_attachments": "{file}：附带了 {count} 个名为 {name} 的文件：无法判断以哪个为准",
        "bad_json": "{file}：{name} 不是有效的 JSON（{why}）",
        "bad_format": "{file}：{name} 的格式为 {found}，本脚本读取 {expected}",
        "no_file": "{file}：文件不存在",
    },
}


class Unreadable(Exception):
    """The file is not a pack this script can check at all (exit 2)."""


@dataclass
class Finding:
    subject: str  # what was checked: a record, a photo, the root hash…
    state: str  # "ok", "failed" or "note"
    message: str


def canonical(content: Any) -> bytes:
    """The bytes a record's hash covers: sorted keys, no spaces, UTF-8, no ASCII escaping."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def record_hash(prev_hash: str, content: Any) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(content)).hexdigest()


def phone_hash(salt: str, number: str) -> str:
    """What an order fact holds instead of the buyer's phone."""
    return hashlib.sha256(f"{salt}\n{number}".encode()).hexdigest()


def root_hash(records: Sequence[dict[str, Any]], labels: dict[str, str]) -> str:
    lines = sorted(f"{labels[record['chain']]}:{record['hash']}" for record in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def read_pack(path: Path, say: dict[str, str]) -> tuple[PdfReader, dict[str, Any]]:
    """The PDF and its parsed attachment, or :class:`Unreadable` saying why not."""
    if not path.is_file():
        raise Unreadable(say["no_file"].format(file=path))
    try:
        reader = PdfReader(path)
        attached = reader.attachments.get(FILE_NAME)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise Unreadable(say["not_pdf"].format(file=path, why=error)) from None
    if not attached:
        raise Unreadable(say["no_attachment"].format(file=path, name=FILE_NAME))
    if len(attached) > 1:
        raise Unreadable(
            say["two_attachments"].format(file=path, count=len(attached), name=FILE_NAME)
        )
    try:
        document = json.loads(attached[0].decode("utf-8"))
    except ValueError as error:
        raise Unreadable(say["bad_json"].format(file=path, name=FILE_NAME, why=error)) from None
    found = document.get("format") if isinstance(document, dict) else None
    if found != FORMAT:
        raise Unreadable(
            say["bad_format"].format(file=path, name=FILE_NAME, found=found, expected=FORMAT)
        )
    return reader, document


def keyword_heads(reader: PdfReader) -> dict[str, tuple[int, str]] | None:
    """The chain heads the pack's keywords record, chain → (seq, hash); None if none."""
    try:
        metadata = reader.metadata
        keywords = str(metadata.get("/Keywords") or "") if metadata is not None else ""
    except (PyPdfError, ValueError, TypeError):
        return None
    if not keywords.startswith(HEADS_KEY + " "):
        return None
    try:
        data = json.loads(keywords[len(HEADS_KEY) + 1 :])
        return {str(h["chain"]): (int(h["seq"]), str(h["hash"])) for h in data["heads"]}
    except (ValueError, KeyError, TypeError):
        return None


def _problem_with(record: Any) -> str | None:
    """Which part of ``record`` is not shaped as the format says (a message key), or None."""
    if not isinstance(record, dict):
        return "shape_object"
    if not isinstance(record.get("chain"), str):
        return "shape_chain"
    seq = record.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        return "shape_seq"
    for key in ("prev_hash", "hash"):
        if not isinstance(record.get(key), str) or not HEX64.fullmatch(record[key]):
            return "shape_hash"
    content, left_out = record.get("content"), record.get("left_out")
    if not isinstance(content, dict) and not (content is None and isinstance(left_out, dict)):
        return "shape_content"
    return None


class _Blank(dict[str, Any]):
    """Formatting values for a reason: a value the attachment does not give reads as '?'."""

    def __missing__(self, key: str) -> str:
        return "?"


def reason(left_out: Any, say: dict[str, str]) -> str:
    """Why the attachment left something out, in the reader's language."""
    values = _Blank(left_out if isinstance(left_out, dict) else {})
    template = say.get(f"why_{values.get('why')}", say["why_unknown"])
    return template.format_map(values)


def check_records(
    records: list[Any], heads: dict[str, tuple[int, str]] | None, say: dict[str, str]
) -> tuple[list[Finding], list[dict[str, Any]]]:
    """One finding per record: its own hash, its link to the record before it when that
    one is in the pack too, and its place at or below its chain's recorded head. Returns
    the findings and the well-formed records, for the checks that follow."""
    good: list[dict[str, Any]] = []
    problems: dict[tuple[str, int], list[str]] = {}
    findings: list[Finding] = []
    for number, record in enumerate(records, start=1):
        shape = _problem_with(record)
        if shape is not None:
            why = say["malformed"].format(why=say[shape])
            findings.append(Finding(f"#{number}", "failed", why))
            continue
        key = (record["chain"], record["seq"])
        if key in problems:
            problems[key].append(say["duplicate"])
            continue
        problems[key] = _own_problems(record, heads, say)
        good.append(record)
    # a pack's records are not all neighbours (other orders' scans come between), but
    # where two are, the later one must name the earlier one's hash
    by_key = {(record["chain"], record["seq"]): record for record in good}
    for (chain, seq), record in by_key.items():
        before = by_key.get((chain, seq - 1))
        if before is not None and record["prev_hash"] != before["hash"]:
            problems[(chain, seq)].append(say["link"].format(chain=chain, seq=seq - 1))
    for key in sorted(problems):
        name = say["record"].format(chain=key[0], seq=key[1])
        findings += [Finding(name, "failed", why) for why in problems[key]]
        if not problems[key]:
            findings.append(Finding(name, "ok", by_key[key]["hash"][:16] + "…"))
    return findings, good


def _own_problems(
    record: dict[str, Any], heads: dict[str, tuple[int, str]] | None, say: dict[str, str]
) -> list[str]:
    """What is wrong with one record taken alone and against its chain's head."""
    chain, seq, content = record["chain"], record["seq"], record["content"]
    problems = []
    if content is None:  # a pack carries every content it can read: a left-out one fails
        problems.append(say["content_left_out"].format(why=reason(record["left_out"], say)))
    else:
        if content.get("seq") != seq:
            problems.append(say["seq_mismatch"].format(inner=content.get("seq"), outer=seq))
        if record_hash(record["prev_hash"], content) != record["hash"]:
            problems.append(say["hash_mismatch"])
    if seq == 1 and record["prev_hash"] != GENESIS:
        problems.append(say["genesis"].format(genesis=GENESIS[:8] + "…"))
    if heads is not None:
        head = heads.get(chain)
        if head is None:
            problems.append(say["no_head"].format(chain=chain))
        elif seq > head[0]:
            problems.append(say["above_head"].format(head=head[0]))
        elif seq == head[0] and record["hash"] != head[1]:
            problems.append(say["head_mismatch"])
    return problems


def check_bodies(records: list[dict[str, Any]], say: dict[str, str]) -> list[Finding]:
    """Each raw answer the pack carries, re-hashed against the SHA-256 its record holds."""
    findings = []
    for record in records:
        body = record.get("body")
        if body is None or record["content"] is None:
            continue
        name = say["record"].format(chain=record["chain"], seq=record["seq"])
        if isinstance(body, dict) and isinstance(body.get("base64"), str):
            try:
                data = base64.b64decode(body["base64"], validate=True)
            except (binascii.Error, ValueError):
                findings.append(Finding(name, "failed", say["body_unreadable"]))
                continue
            matches = hashlib.sha256(data).hexdigest() == record["content"].get("sha256")
            findings.append(
                Finding(name, "ok", say["body_ok"])
                if matches
                else Finding(name, "failed", say["body_bad"])
            )
        else:
            left_out = body.get("left_out") if isinstance(body, dict) else None
            message = say["body_left_out"].format(why=reason(left_out, say))
            # withheld by choice is a note; a damaged copy or no reason at all is a failure
            kept = isinstance(left_out, dict) and left_out.get("why") in BODY_WITHHELD
            findings.append(Finding(name, "note" if kept else "failed", message))
    return findings


def check_phones(records: list[dict[str, Any]], say: dict[str, str]) -> list[Finding]:
    """The buyer's phone a pack gives beside its order fact (only a pack made to show the
    full phone does), against the salted SHA-256 the fact's content holds instead of it."""
    findings = []
    for record in records:
        if "phone" not in record or record["content"] is None:
            continue  # no phone given, or a content that already failed
        name = say["record"].format(chain=record["chain"], seq=record["seq"])
        order = record["content"].get("order")
        held = order.get(PHONE_KEY) if isinstance(order, dict) else None
        phone = record["phone"] if isinstance(record["phone"], dict) else {}
        salt, number = phone.get("salt"), phone.get("number")
        if not phone or not all(
            value is None or isinstance(value, str) for value in (salt, number)
        ):
            findings.append(Finding(name, "failed", say["phone_malformed"]))
        elif number in (None, ""):
            findings.append(
                Finding(name, "ok", say["phone_none"])
                if held is None
                else Finding(name, "failed", say["phone_missing"])
            )
        elif held is None:
            message = say["phone_unrecorded"].format(number=number)
            findings.append(Finding(name, "failed", message))
        elif salt is not None and phone_hash(salt, number) == held:
            findings.append(Finding(name, "ok", say["phone_ok"].format(number=number)))
        else:
            findings.append(Finding(name, "failed", say["phone_bad"].format(number=number)))
    return findings


def _images(reader: PdfReader) -> Iterator[bytes]:
    """The JPEG images drawn on the pack's pages (and in their forms), as stored."""
    seen = set()

    def walk(resources: Any) -> Iterator[bytes]:
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return
        xobjects = xobjects.get_object()
        for name in xobjects:
            obj = xobjects[name].get_object()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if obj.get("/Subtype") == "/Form":
                yield from walk(obj.get("/Resources"))
            elif obj.get("/Subtype") == "/Image":
                filters = obj.get("/Filter")
                names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
                if "/DCTDecode" in names:  # JPEG: the data is the photo file, byte for byte
                    yield obj.get_data()

    for page in reader.pages:
        resources = page.get("/Resources")
        yield from walk(resources.get_object() if resources is not None else None)


def check_photos(
    document: dict[str, Any],
    records: list[dict[str, Any]],
    reader: PdfReader,
    files: Sequence[Path],
    say: dict[str, str],
) -> list[Finding]:
    """The photos the scans name: shown in the pack byte for byte, and any file given."""
    photos = document.get("photos") if isinstance(document.get("photos"), list) else []
    by_key = {(record["chain"], record["seq"]): record for record in records}
    findings = []
    shown: set | None = None
    named: dict[str, str] = {}
    for photo in photos:
        if not isinstance(photo, dict):
            photo = {}
        sha, key = photo.get("sha256"), (photo.get("chain"), photo.get("seq"))
        record = by_key.get(key) if all(isinstance(part, str | int) for part in key) else None
        content = record["content"] if record is not None else None
        if not isinstance(sha, str) or content is None or content.get("photo_sha256") != sha:
            findings.append(Finding(say["photo"], "failed", say["photo_unknown"].format(sha=sha)))
            continue
        name = say["record"].format(chain=record["chain"], seq=record["seq"])
        named[sha] = name
        if not photo.get("in_pack"):
            findings.append(Finding(name, "failed", say["photo_missing"].format(sha=sha[:16])))
            continue
        if shown is None:
            shown = {hashlib.sha256(data).hexdigest() for data in _images(reader)}
        if sha in shown:
            findings.append(Finding(name, "ok", say["photo_in_pack"].format(sha=sha[:16])))
        else:
            findings.append(Finding(name, "failed", say["photo_not_in_pack"].format(sha=sha[:16])))
    for file in files:
        try:
            sha = hashlib.sha256(file.read_bytes()).hexdigest()
        except OSError as error:
            message = say["photo_file_unreadable"].format(file=file, why=error)
            findings.append(Finding(say["photo"], "failed", message))
            continue
        if sha in named:
            message = say["photo_file"].format(file=file.name, record=named[sha])
            findings.append(Finding(say["photo"], "ok", message))
        else:
            message = say["photo_file_unknown"].format(file=file.name, sha=sha)
            findings.append(Finding(say["photo"], "failed", message))
    return findings


def _printed_text(reader: PdfReader) -> str:
    """The pack's text without any white space, lower case: a hash broken over lines or
    spaced out by the text extraction still reads as one."""
    text = "".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", "", text).lower()


def check_root(
    document: dict[str, Any], records: list[dict[str, Any]], reader: PdfReader, say: dict[str, str]
) -> list[Finding]:
    root = document.get("root") if isinstance(document.get("root"), dict) else {}
    labels = root.get("labels") if isinstance(root.get("labels"), dict) else {}
    said = root.get("hash")
    missing = sorted({r["chain"] for r in records if not isinstance(labels.get(r["chain"]), str)})
    if missing:
        return [Finding(say["root"], "failed", say["root_labels"].format(chain=c)) for c in missing]
    computed = root_hash(records, labels)
    if computed != said:
        return [
            Finding(say["root"], "failed", say["root_bad"].format(computed=computed, said=said))
        ]
    if computed not in _printed_text(reader):
        return [Finding(say["root"], "failed", say["root_not_printed"].format(root=computed))]
    return [Finding(say["root"], "ok", say["root_ok"].format(root=computed))]


def check_heads(
    document: dict[str, Any],
    heads: dict[str, tuple[int, str]] | None,
    say: dict[str, str],
) -> list[Finding]:
    """The heads the keywords record, and that the attachment records the same ones."""
    if heads is None:
        return [Finding(say["heads"], "failed", say["heads_missing"])]
    try:
        attached = {str(h["chain"]): (int(h["seq"]), str(h["hash"])) for h in document["heads"]}
    except (KeyError, TypeError, ValueError):
        attached = None
    if attached != heads:
        return [Finding(say["heads"], "failed", say["heads_differ"])]
    return [Finding(say["heads"], "ok", say["heads_ok"])]


def check_integrity(document: dict[str, Any], say: dict[str, str]) -> list[Finding]:
    integrity = document.get("integrity") if isinstance(document.get("integrity"), dict) else {}
    if integrity.get("result") == "ok":
        return [Finding(say["integrity"], "ok", say["integrity_ok"])]
    problems = integrity.get("problems")
    text = "; ".join(str(p) for p in problems) if isinstance(problems, list) else "?"
    return [Finding(say["integrity"], "failed", say["integrity_failed"].format(problems=text))]


def verify(
    path: Path, photos: Sequence[Path], say: dict[str, str]
) -> tuple[list[Finding], int, int]:
    """Every finding about the pack at ``path``, how many records it carries and how many
    of them were re-hashed from their content.

    Raises:
        Unreadable: the file is not a pack this script can check.
    """
    reader, document = read_pack(path, say)
    heads = keyword_heads(reader)
    records = document.get("records") if isinstance(document.get("records"), list) else []
    findings, good = check_records(records, heads, say)
    findings += check_bodies(good, say)
    findings += check_phones(good, say)
    findings += check_photos(document, good, reader, photos, say)
    findings += check_root(document, good, reader, say)
    findings += check_heads(document, heads, say)
    findings += check_integrity(document, say)
    checked = sum(1 for record in good if record["content"] is not None)
    return findings, len(records), checked


def _language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check a ShipProof evidence pack's records without ShipProof."
    )
    parser.add_argument("pack", type=Path, help="the evidence pack (PDF)")
    parser.add_argument(
        "--photo", type=Path, action="append", default=[], help="a parcel photo file to check"
    )
    parser.add_argument("--lang", choices=sorted(MESSAGES), default=_language())
    arguments = parser.parse_args(argv)
    say = MESSAGES[arguments.lang]
    for stream in (sys.stdout, sys.stderr):  # a Windows console may not hold every character
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        findings, count, checked = verify(arguments.pack, arguments.photo, say)
    except Unreadable as error:
        print(error, file=sys.stderr)
        return 2
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        # a PDF damaged past what pypdf reads: say so, never a traceback
        print(say["not_pdf"].format(file=arguments.pack, why=error), file=sys.stderr)
        return 2
    words = {"ok": say["ok"], "failed": say["failed"], "note": say["note"]}
    width = max(len(word) for word in words.values())
    print(arguments.pack)
    for finding in findings:
        print(f"  {words[finding.state]:<{width}}  {finding.subject}: {finding.message}")
    failed = sum(1 for finding in findings if finding.state == "failed")
    print()
    if failed:
        print(say["summary_failed"].format(count=failed))
    else:
        print(say["summary_ok"].format(records=count, checked=checked))
    print(say["proves"])
    print(say["cannot"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
