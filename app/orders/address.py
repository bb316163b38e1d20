"""Split a one-string Chinese address into province, city, district and the rest.

Taobao writes ``浙江省 杭州市 西湖区 文三路100号(310000)`` (space-separated, postcode in
brackets); JD and Douyin often run it together: ``浙江省杭州市西湖区文三路100号``. The
province list is data (``app/resources/china_regions.yaml``); cities and districts are found
by their administrative suffixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from app.paths import resource
from app.yaml_text import load_yaml

_POSTCODE_RE = re.compile(r"[(（]\s*(\d{6})\s*[)）]\s*$")
_CITY_RE = re.compile(r"^(.{1,15}?(?:自治州|地区|盟|市))")
_DISTRICT_RE = re.compile(r"^(.{1,15}?(?:新区|区|县|旗|市))")


@dataclass(frozen=True)
class SplitAddress:
    province: str | None
    city: str | None
    district: str | None
    street: str
    postcode: str | None


@cache
def _provinces() -> tuple[tuple[str, str, bool], ...]:
    """(written form, canonical name, is municipality), longest written form first."""
    data = load_yaml(resource("china_regions.yaml").read_text(encoding="utf-8"))
    entries: list[tuple[str, str, bool]] = []
    for name in data["municipalities"]:
        entries += [(f"{name}市", f"{name}市", True), (name, f"{name}市", True)]
    for forms in data["provinces"]:
        entries += [(form, forms[0], False) for form in forms]
    return tuple(sorted(entries, key=lambda entry: -len(entry[0])))


def split_cn_address(text: str) -> SplitAddress:
    """Split ``text``; parts that cannot be recognised stay in ``street``, never dropped."""
    text = " ".join(text.split())
    postcode = None
    match = _POSTCODE_RE.search(text)
    if match:
        postcode = match.group(1)
        text = text[: match.start()].rstrip()
    province = city = district = None
    rest = text
    for written, canonical, municipality in _provinces():
        if rest.startswith(written):
            province, rest = canonical, rest[len(written) :].lstrip()
            if municipality:
                city = canonical
                # "北京 北京市 朝阳区": the municipality is often repeated as the city
                for repeat in (canonical, written):
                    if rest.startswith(repeat):
                        rest = rest[len(repeat) :].lstrip()
                        break
            break
    if province is None:
        return SplitAddress(None, None, None, text, postcode)
    if city is None:
        city, rest = _take(rest, _CITY_RE)
    district, rest = _take(rest, _DISTRICT_RE)
    return SplitAddress(province, city, district, rest, postcode)


def _take(rest: str, pattern: re.Pattern[str]) -> tuple[str | None, str]:
    """Take the leading token (a space-separated one first) if it ends like ``pattern`` says."""
    head, _, tail = rest.partition(" ")
    if tail and pattern.fullmatch(head):
        return head, tail.lstrip()
    match = pattern.match(rest)
    if match and len(match.group(1)) < len(rest):
        return match.group(1), rest[match.end() :].lstrip()
    return None, rest
