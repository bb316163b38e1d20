"""Tracking-number recognition: published check digits refuse, folk rules only guess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.dispatch.numbers import compact, detect, load_rules

# valid and invalid numbers published with each rule's definition (tracking_number_data, MIT)
PUBLISHED = {
    "ems": (["EE123456785CN"], []),
    "post": (["RB123456785CV", "RB123456785CF"], ["RB123456785XX"]),
    "usps": (
        [
            "RB123456785US",
            "0307 1790 0005 2348 3741",
            "7112 3456 7891 2345 6787",
            "9505 5110 6960 5048 6006 24",
            "9101 1234 5678 9000 0000 13",
            "9400 1112 0108 0805 4830 16",
            "9361 2898 7870 0317 6337 95",
            "9405803699300124287899",
            "7196 9010 7560 0307 7385",
        ],
        ["RB123456786US", "0307 1790 0005 2348 3742"],
    ),
    "royalmail": (["RB123456785GB"], []),
    "ups": (
        [
            "1Z5R89390357567127",
            "1Z879E930346834440",
            "1Z410E7W0392751591",
            "1Z8V92A70367203024",
            " 1 Z 8 V 9 2 A 7 0 3 6 7 2 0 3 0 2 4 ",
            "1ZXX3150YW44070023",
        ],
        ["1Z1111111111111111"],
    ),
    "fedex": (
        [
            "986578788855",
            "477179081230",
            "799531274483",
            "790535312317",
            " 7 9 0 5 3 5 3 1 2 3 1 7 ",
            "974367662710",
            "0414 4176 0228 964",
            "5682 8361 0012 000",
            "5682 8361 0012 734",
            "9611020987654312345672",
        ],
        ["996578788855", "9600000000000000000001"],
    ),
    "dhl": (
        [
            "3318810025",
            "73891051146",
            "8487135506",
            "1099255990",
            "3821724944",
            "3318810036",
            "3318810014",
        ],
        ["3318810010", "3318810034", "3318810011"],
    ),
}


@pytest.mark.parametrize("carrier", sorted(PUBLISHED))
def test_published_check_digits(carrier: str) -> None:
    valid, invalid = PUBLISHED[carrier]
    for number in valid:
        detection = detect(number)
        assert detection.valid and detection.verified and carrier in detection.carriers, number
    for number in invalid:
        assert not detect(number).valid, number


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("SF1234567890123", "sf"),
        ("73123456789012", "zto"),
        ("YT1234567890123", "yto"),
        ("YT2229521272164446", "yunexpress"),
        ("773456789012345", "sto"),
        ("JDVA12345678901", "jd"),
        ("JT1234567890123", "jtexpress"),
        ("DPK123456789012", "deppon"),
        ("621234567890123", "cainiao"),
    ],
)
def test_folk_rules_guess_the_carrier_without_refusing(number: str, carrier: str) -> None:
    detection = detect(number)
    assert detection.valid and not detection.verified
    assert carrier in detection.carriers


def test_a_number_of_another_carriers_shape_is_not_refused_by_a_check_digit() -> None:
    # 15 digits is FedEx Ground's shape too; its check fails, but Yunda's folk shape fits
    assert detect("312345678901234").carriers == ("yunda",)


def test_input_is_compacted_from_scanner_quirks() -> None:
    assert compact("ＳＦ１２３４ 5678-9012\r\n") == "SF123456789012"
    assert detect("ee 1234 5678 5cn").carriers == ("ems",)


def test_unknown_shapes_are_valid_but_unrecognised_and_junk_is_not() -> None:
    unknown = detect("ZZ99887766")
    assert unknown.valid and not unknown.recognised
    assert not detect("hi").valid
    assert not detect("订单12345").valid


def test_every_rule_loads() -> None:
    rules = load_rules()
    assert len(rules.published) >= 8 and len(rules.folk) >= 10
    assert {"CN", "US", "GB"} <= rules.countries


def test_detect_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(tmp_path),
            "detect",
            "EE123456785CN",
            "1Z5R89390357567128",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 1  # one of them is invalid
    assert json.loads(done.stdout) == [
        {"number": "EE123456785CN", "valid": True, "carriers": ["ems"]},
        {"number": "1Z5R89390357567128", "valid": False, "carriers": []},
    ]


def test_a_shop_can_override_add_and_switch_off_rules(tmp_path: Path) -> None:
    own = tmp_path / "number_rules.yaml"
    own.write_text(
        "published:\n  - {id: fedex_express_12, disabled: true}\n"
        "folk:\n  - {id: best, carrier: best, name: Best Express 百世, pattern: '\\d{12}'}\n"
        "  - {id: sf, carrier: sf, name: SF (shop's rule), pattern: 'SF\\d{10,15}'}\n",
        encoding="utf-8",
    )
    rules = load_rules(shop_file=own)
    assert detect("996578788855", rules).carriers == ("best",)  # no longer refused as FedEx
    assert not detect("996578788855").valid  # the shipped rules still refuse it
    assert detect("SF12345678901", rules).carriers == ("sf",)
    assert load_rules(shop_file=tmp_path / "absent.yaml") == load_rules()
