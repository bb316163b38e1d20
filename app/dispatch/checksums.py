"""Published check-digit algorithms of tracking numbers, parameterised by the rules data.

Each function takes the serial part and the rule's parameters and returns the expected
check digit; ``app/resources/carriers/number_rules.yaml`` says which applies to which shape.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


def _digit(character: str) -> int:
    """Digits as themselves; letters (UPS 1Z serials) as their code minus 3, mod 10."""
    return int(character) if character.isdigit() else (ord(character) - 3) % 10


def s10(serial: str, weights: Sequence[int], **_: Any) -> int:
    """UPU S10: weighted sum mod 11, 11 − r, where r = 0 gives 5 and r = 1 gives 0."""
    check = 11 - sum(int(c) * w for c, w in zip(serial, weights, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def mod10(serial: str, weights: Sequence[int], prefix: str = "", **_: Any) -> int:
    """Weights alternate from the left (UPS, FedEx Ground, USPS); 10 − sum mod 10."""
    digits = prefix + serial
    total = sum(_digit(c) * weights[i % len(weights)] for i, c in enumerate(digits))
    return (10 - total % 10) % 10


def weighted_mod11(serial: str, weights: Sequence[int], **_: Any) -> int:
    """FedEx Express 12: weighted sum mod 11, then mod 10."""
    return sum(int(c) * w for c, w in zip(serial, weights, strict=True)) % 11 % 10


def mod7(serial: str, **_: Any) -> int:
    """DHL Express waybill: the serial read as a number, mod 7."""
    return int(serial) % 7


ALGORITHMS: dict[str, Callable[..., int]] = {
    "s10": s10,
    "mod10": mod10,
    "weighted_mod11": weighted_mod11,
    "mod7": mod7,
}
