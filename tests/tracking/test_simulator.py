"""The carrier simulator answers in each provider's real shapes, checks keys, injects faults."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.tracking import simulator as sim
from app.tracking.simulator import TEST_KEYS, Scenario, Simulator, parse_faults
from app.tracking.status import PARCEL_STATUSES, normalize

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = {
    "shipments": {
        "73123456789012": {
            "carrier": "zto",
            "events": [
                {
                    "time": "2026-09-21T18:00:00+08:00",
                    "status": "picked_up",
                    "text": "【杭州市】快件已揽收",
                    "location": "杭州",
                },
                {
                    "time": "2026-09-22T06:30:00+08:00",
                    "status": "in_transit",
                    "text": "快件已到达【北京转运中心】",
                    "location": "北京",
                },
            ],
        },
        "1Z5R89390357567127": {
            "carrier": "ups",
            "events": [
                {
                    "time": "2026-09-20T09:00:00-05:00",
                    "status": "info_received",
                    "text": "Label created",
                    "location": "",
                },
                {
                    "time": "2026-09-22T11:00:00+01:00",
                    "status": "delivered",
                    "text": "Delivered, front door",
                    "location": "Dublin",
                },
            ],
        },
    }
}


@pytest.fixture
def server() -> Iterator[tuple[str, Simulator]]:
    simulator = Simulator(Scenario.from_json(SCENARIO))
    httpd = simulator.serve(0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", simulator
    httpd.shutdown()
    httpd.server_close()


def kuaidi100_form(
    num: str, com: str = "zhongtong", phone: str = "8000", key: str = TEST_KEYS["kuaidi100"]["key"]
) -> dict[str, str]:
    param = json.dumps(
        {"com": com, "num": num, "phone": phone, "resultv2": "4"}, separators=(",", ":")
    )
    customer = TEST_KEYS["kuaidi100"]["customer"]
    return {
        "customer": customer,
        "param": param,
        "sign": hashlib.md5((param + key + customer).encode()).hexdigest().upper(),
    }


def test_kuaidi100_signed_query_newest_first_and_its_errors(server: tuple[str, Simulator]) -> None:
    base, _ = server
    url = f"{base}/kuaidi100/poll/query.do"
    answer = httpx.post(url, data=kuaidi100_form("73123456789012")).json()
    assert (answer["message"], answer["status"], answer["ischeck"]) == ("ok", "200", "0")
    assert [item["context"] for item in answer["data"]] == [
        "快件已到达【北京转运中心】",
        "【杭州市】快件已揽收",
    ]
    assert normalize("kuaidi100", answer["data"][0]["statusCode"]) == "in_transit"
    assert (
        httpx.post(url, data=kuaidi100_form("73123456789012", key="wrong")).json()["returnCode"]
        == "503"
    )
    assert httpx.post(url, data=kuaidi100_form("000000000000")).json()["returnCode"] == "500"
    assert (
        httpx.post(url, data=kuaidi100_form("73123456789012", phone="")).json()["returnCode"]
        == "408"
    )


def test_17track_batches_keys_and_rejections(server: tuple[str, Simulator]) -> None:
    base, _ = server
    url = f"{base}/17track/track/v2.2/gettrackinfo"
    headers = {"17token": TEST_KEYS["17track"]["key"]}
    unregistered = httpx.post(url, headers=headers, json=[{"number": "1Z5R89390357567127"}]).json()
    assert unregistered["data"]["rejected"][0]["error"]["code"] == -18019902
    register = f"{base}/17track/track/v2.2/register"
    assert httpx.post(register, headers=headers, json=[{"number": "1Z5R89390357567127"}]).json()[
        "data"
    ]["accepted"]
    answer = httpx.post(
        url, headers=headers, json=[{"number": "1Z5R89390357567127"}, {"number": "NOPE"}]
    ).json()
    [accepted] = answer["data"]["accepted"]
    assert accepted["track_info"]["latest_status"]["sub_status"] == "Delivered_Other"
    assert (
        normalize("17track", accepted["track_info"]["latest_status"]["sub_status"]) == "delivered"
    )
    assert answer["data"]["rejected"][0]["error"]["code"] == -18019902
    too_many = [{"number": str(n)} for n in range(41)]
    assert httpx.post(url, headers=headers, json=too_many).json()["code"] == -18010014
    assert httpx.post(url, headers={"17token": "bad"}, json=[]).json()["code"] == -18010002


def test_aftership_and_dhl_shapes(server: tuple[str, Simulator]) -> None:
    base, _ = server
    created = httpx.post(
        f"{base}/aftership/tracking/2026-07/trackings",
        headers={"as-api-key": TEST_KEYS["aftership"]["key"]},
        json={"tracking_number": "1Z5R89390357567127", "slug": "ups"},
    )
    assert created.status_code == 201
    tracking = created.json()["data"]
    fetched = httpx.get(
        f"{base}/aftership/tracking/2026-07/trackings/{tracking['id']}",
        headers={"as-api-key": TEST_KEYS["aftership"]["key"]},
    ).json()
    assert (
        fetched["data"]["tag"] == "Delivered"
        and fetched["data"]["checkpoints"][0]["message"] == "Label created"
    )
    assert (
        httpx.get(
            f"{base}/aftership/tracking/2026-07/trackings/x", headers={"as-api-key": "bad"}
        ).json()["meta"]["code"]
        == 401
    )
    dhl = httpx.get(
        f"{base}/dhl/track/shipments",
        params={"trackingNumber": "1Z5R89390357567127"},
        headers={"DHL-API-Key": TEST_KEYS["dhl"]["key"]},
    )
    assert dhl.json()["shipments"][0]["status"]["statusCode"] == "delivered"
    missing = httpx.get(
        f"{base}/dhl/track/shipments",
        params={"trackingNumber": "NOPE"},
        headers={"DHL-API-Key": TEST_KEYS["dhl"]["key"]},
    )
    assert missing.status_code == 404 and missing.headers["content-type"].startswith(
        "application/problem+json"
    )


@pytest.mark.parametrize(("spec", "expected"), [("429=1", 429), ("500=1", 500)])
def test_faults(spec: str, expected: int) -> None:
    simulator = Simulator(Scenario.from_json(SCENARIO), parse_faults(spec), seed=1)
    status, headers, _body = simulator.answer(
        "POST", "/17track/track/v2.2/gettrackinfo", {"17token": TEST_KEYS["17track"]["key"]}, b"[]"
    )
    assert status == expected
    assert expected != 429 or headers["Retry-After"] == "1"


def test_garbage_and_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    garbage = Simulator(Scenario.from_json(SCENARIO), parse_faults("garbage=1"), seed=1)
    _status, _headers, body = garbage.answer(
        "GET",
        "/dhl/track/shipments?trackingNumber=1Z5R89390357567127",
        {"dhl-api-key": TEST_KEYS["dhl"]["key"]},
        b"",
    )
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    monkeypatch.setattr(sim, "TIMEOUT_SLEEP_S", 0.2)
    slow = Simulator(Scenario.from_json(SCENARIO), parse_faults("timeout=1"), seed=1)
    assert slow.answer("GET", "/dhl/track/shipments?trackingNumber=X", {}, b"")[0] == 401
    with pytest.raises(ValueError, match="unknown fault"):
        parse_faults("402=0.5")


def test_sim_command_prints_its_address_first(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(SCENARIO, ensure_ascii=False), encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(tmp_path),
            "sim",
            "--port",
            "0",
            "--scenario",
            str(scenario),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("listening on http://127.0.0.1:")
        answer = httpx.post(
            f"{first.removeprefix('listening on ')}/kuaidi100/poll/query.do",
            data=kuaidi100_form("73123456789012"),
        ).json()
        assert answer["nu"] == "73123456789012"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("provider", ["kuaidi100", "17track", "aftership", "dhl"])
def test_every_status_map_loads(provider: str) -> None:
    from app.tracking.status import status_map

    mapping = status_map(provider)
    assert mapping and set(mapping.values()) <= set(PARCEL_STATUSES)
