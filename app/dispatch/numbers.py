"""Recognise tracking numbers: which carrier, and whether a published check digit holds.

The rules are data (``app/resources/carriers/number_rules.yaml``). A number is *invalid* only
when it fits the shape of a published check-digit rule, fails that check, and fits no other
rule: a 15-digit Yunda number must not be refused because FedEx Ground has 15 digits too.
Folk rules for Chinese carriers only guess; a number no rule fits is ``unrecognised``,
which the packing station asks the packer to confirm rather than refuse.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.catalogue import QT_TRANSLATE_NOOP, say, translated
from app.dispatch.checksums import ALGORITHMS
from app.paths import resource
from app.yaml_text import load_yaml

_SEPARATORS_RE = re.compile(r"[\s\-_.]+")
_TRACKING_CHARS_RE = re.compile(r"[A-Z0-9]{6,40}")
# Why a number is refused; the packing station repeats these, keyed, for the GUI to translate.
NOT_TRACKING_REASON = QT_TRANSLATE_NOOP(
    "ScanDetail", "not a tracking number: 6 to 40 letters and digits"
)
CHECK_DIGIT_REASON = QT_TRANSLATE_NOOP(
    "ScanDetail", "check digit wrong for {rules}: mistyped or misread"
)


class RulesError(ValueError):
    """The rules file is malformed; raised when it is loaded."""


@dataclass(frozen=True)
class NumberRule:
    id: str
    carrier: str
    name: str
    pattern: re.Pattern[str]
    check: dict[str, Any] | None = None
    country_group: str | None = None
    carrier_by_country: dict[str, str] = field(default_factory=dict)

    @property
    def published(self) -> bool:
        return self.check is not None


@dataclass(frozen=True)
class Detection:
    """What a number is: ``valid`` is False only for a failed published check or junk."""

    number: str
    valid: bool
    carriers: tuple[str, ...]
    verified: bool  # a published check digit holds
    reason: str | None = None
    failed_check: bool = False  # refused for a wrong check digit, not for being junk
    failed_rules: tuple[str, ...] = ()  # the rules whose check digit did not hold

    @property
    def recognised(self) -> bool:
        return bool(self.carriers)

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "valid": self.valid, "carriers": list(self.carriers)}

    def reason_in(self, lang: str) -> str | None:
        """Why the number is refused, in ``lang`` (``reason`` is the English)."""
        if self.failed_check:
            return say("ScanDetail", CHECK_DIGIT_REASON, lang, rules=", ".join(self.failed_rules))
        return None if self.reason is None else translated("ScanDetail", self.reason, lang)


@dataclass(frozen=True)
class NumberRules:
    published: tuple[NumberRule, ...]
    folk: tuple[NumberRule, ...]
    countries: frozenset[str]


def compact(number: str) -> str:
    """The comparable form of a number: width folded, upper case, no spaces or dashes."""
    folded = unicodedata.normalize("NFKC", number).upper()
    return _SEPARATORS_RE.sub("", folded)


def _rule(raw: dict[str, Any], where: str) -> NumberRule:
    try:
        check = raw.get("check")
        if check is not None and check.get("algorithm") not in ALGORITHMS:
            raise RulesError(f"{where} {raw['id']}: unknown algorithm {check.get('algorithm')!r}")
        return NumberRule(
            id=str(raw["id"]),
            carrier=str(raw["carrier"]),
            name=str(raw["name"]),
            pattern=re.compile(str(raw["pattern"])),
            check=dict(check) if check else None,
            country_group=raw.get("country"),
            carrier_by_country=dict(raw.get("carrier_by_country") or {}),
        )
    except (KeyError, TypeError, re.error) as error:
        raise RulesError(f"{where}: malformed rule {raw!r} ({error})") from None


@cache
def _shipped(folder: Path) -> tuple[dict[str, Any], frozenset[str]]:
    data = load_yaml((folder / "number_rules.yaml").read_text(encoding="utf-8"))
    countries = load_yaml((folder / "upu_countries.yaml").read_text(encoding="utf-8"))
    return data, frozenset(countries["codes"])


@cache
def default_rules() -> NumberRules:
    """The shipped rules alone (what ``detect`` uses when given none)."""
    return load_rules()


def load_rules(folder: Path | None = None, shop_file: Path | None = None) -> NumberRules:
    """The shipped rules, with the shop's own file laid over them when it exists.

    The shop's file has the same shape. A rule with the id of a shipped one replaces it;
    ``{id: …, disabled: true}`` switches one off (say FedEx's 12-digit check, for a shop
    whose domestic carrier also prints 12-digit numbers); other rules are added.
    """
    data, countries = _shipped(folder or resource("carriers"))
    sections = {name: list(data.get(name) or ()) for name in ("published", "folk")}
    if shop_file is not None and shop_file.is_file():
        own = load_yaml(shop_file.read_text(encoding="utf-8")) or {}
        for name, rules in sections.items():
            for raw in own.get(name) or ():
                rules[:] = [rule for rule in rules if rule["id"] != raw.get("id")]
                if not raw.get("disabled"):
                    rules.insert(0, raw)  # the shop's rules are tried first
    published = tuple(_rule(raw, "published") for raw in sections["published"])
    folk = tuple(_rule(raw, "folk") for raw in sections["folk"])
    if any(rule.check is not None for rule in folk):
        raise RulesError("a folk rule cannot carry a check digit: move it to 'published'")
    return NumberRules(published, folk, countries)


def shop_rules_file(data_directory: Path) -> Path:
    """Where a shop keeps its own tracking-number rules."""
    return data_directory / "number_rules.yaml"


def _passes(rule: NumberRule, match: re.Match[str], countries: frozenset[str]) -> bool:
    assert rule.check is not None
    if rule.country_group and match.group(rule.country_group) not in countries:
        return False
    parameters = {key: value for key, value in rule.check.items() if key != "algorithm"}
    expected = ALGORITHMS[rule.check["algorithm"]](match.group("serial"), **parameters)
    return expected == int(match.group("check"))


def _carrier(rule: NumberRule, match: re.Match[str]) -> str:
    if rule.country_group:
        return rule.carrier_by_country.get(match.group(rule.country_group), rule.carrier)
    return rule.carrier


def detect(number: str, rules: NumberRules | None = None) -> Detection:
    """Which carriers ``number`` may belong to, and whether it can be a tracking number."""
    rules = rules or default_rules()
    text = compact(number)
    if not _TRACKING_CHARS_RE.fullmatch(text):
        return Detection(text, False, (), False, NOT_TRACKING_REASON)
    carriers: dict[str, None] = {}
    failed: list[str] = []
    verified = False
    for rule in rules.published:
        match = rule.pattern.fullmatch(text)
        if match is None:
            continue
        if _passes(rule, match, rules.countries):
            carriers.setdefault(_carrier(rule, match), None)
            verified = True
        else:
            failed.append(rule.name)
    for rule in rules.folk:
        if rule.pattern.fullmatch(text):
            carriers.setdefault(rule.carrier, None)
    if failed and not carriers:
        reason = CHECK_DIGIT_REASON.format(rules=", ".join(failed))
        return Detection(text, False, (), False, reason, True, tuple(failed))
    return Detection(text, True, tuple(carriers), verified)
