"""Customer service: a buyer's words find their order, and the reply says where it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.service import SERVICE_TEXTS_SETTING, Texts, find, reply, texts
from app.storage import Database
from app.storage.models import Setting
from tests.helpers.cli import CHINA, shipproof
from tests.helpers.shop import add_store
from tests.helpers.today import SHANGHAI, friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)
ZTO = "https://www.kuaidi100.com/chaxun?com=zhongtong&nu="


@pytest.mark.parametrize(
    ("words", "order_id"),
    [
        ("#6", "#6"),  # the order id
        ("73123456789023", "#6"),  # the label bound at the station
        ("7312-3456-789023", None),  # a label read out with dashes is not a phone
    ],
)
def test_an_order_or_tracking_number_finds_the_order(
    shop: Database, words: str, order_id: str | None
) -> None:
    with shop.session() as session:
        found = [answer.order_id for answer in find(session, words)]
    assert found == ([order_id] if order_id else [])


def test_a_phone_is_found_however_it_is_spaced(shop: Database) -> None:
    """The export kept "+353 1 555 0101"; the buyer types it as they like."""
    with shop.session() as session:
        for words in ("+353 1 555 0101", "35315550101", "(1) 555-0101", "555 0101"):
            assert len(find(session, words)) == 8, words
        assert find(session, "555 0199") == []


def test_each_state_gets_its_reply_with_the_carriers_link(shop: Database) -> None:
    with shop.session() as session:
        shop_texts = texts(session)
        answers = {a.order_id: a for a in find(session, "Mia Example")}
    states = {order_id: answer.state for order_id, answer in answers.items()}
    assert states["#1"] == "not_dispatched" and states["#4"] == "in_transit"
    assert states["#6"] == "delivered" and states["#8"] == "exception"
    delivered = reply(answers["#6"], "zh", shop_texts, SHANGHAI)
    assert delivered.startswith("亲爱的Mia Example，中通快递显示您的订单 #6 已签收")
    assert "2026年12月2日 10:00" in delivered and delivered.endswith(ZTO + "73123456789023")
    english = reply(answers["#8"], "en", shop_texts, SHANGHAI)
    assert "ZTO Express reports a problem" in english and "3 Dec 2026 08:00" in english
    waiting = reply(answers["#1"], "en", shop_texts, SHANGHAI)
    assert "#1" in waiting and "http" not in waiting and "{" not in waiting


def test_a_shop_lays_its_own_words_and_links_over_the_shipped_ones(shop: Database) -> None:
    own = {
        "replies": {"delivered": {"en": "Hi {name}, {order} arrived. {link} {nonsense}"}},
        "links": {"zto": "https://track.example/{number}"},
    }
    with shop.write() as session:
        session.add(Setting(key=SERVICE_TEXTS_SETTING, value=json.dumps(own)))
    with shop.session() as session:
        shop_texts = texts(session)
        [answer] = find(session, "#6")
    said = reply(answer, "en", shop_texts, SHANGHAI)
    assert said == "Hi Mia Example, #6 arrived. https://track.example/73123456789023 {nonsense}"
    assert reply(answer, "zh", shop_texts, SHANGHAI).startswith("亲爱的")  # the rest remain


def test_a_carrier_without_a_page_of_its_own_gets_the_general_tracker() -> None:
    links = Texts({}, {"default": "https://t.example/#nums={number}"})
    assert links.link("nowhere-post", "AB123") == "https://t.example/#nums=AB123"


def test_the_command_line_answers_in_both_languages(shop: Database, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    chinese = shipproof(tmp_path, "--db", db, "service", "73123456789023", lang=CHINA)
    assert chinese.returncode == 0, chinese.stderr
    assert "订单 #6" in chinese.stdout and "已签收" in chinese.stdout
    assert (ZTO + "73123456789023") in chinese.stdout
    english = shipproof(tmp_path, "--db", db, "service", "nobody", "--json")
    assert json.loads(english.stdout) == []
    told = json.loads(shipproof(tmp_path, "--db", db, "service", "#8", "--json").stdout)
    assert told[0]["state"] == "exception" and told[0]["reply"].startswith("Hello Mia Example")
    none = shipproof(tmp_path, "--db", db, "service", "nobody", lang=CHINA)
    assert none.returncode == 0 and none.stdout.strip() == "没有找到相符的订单"


def test_an_order_the_platform_shipped_without_the_bench_is_sent_not_packing() -> None:
    """Found by an attack: a dispatched order never scanned here was told "not sent yet"."""
    from app.service import Answer

    shipped = Answer(
        order_id="33125300944437747402",
        platform="taobao",
        recipient="吴敏",
        order_status="dispatched",
        parcels=(),
        platform_carrier="中通快递",
        platform_tracking="75923442732859",
    )
    assert shipped.state == "sent"
    said = reply(shipped, "zh", texts(), SHANGHAI)
    assert "已由中通快递发出，运单号 75923442732859" in said
    assert said.endswith(ZTO + "75923442732859")
    received = Answer("#9", "shopify", "Mia", "completed", ())
    assert received.state == "received" and "received" in reply(received, "en", texts(), SHANGHAI)


@pytest.mark.parametrize("words", ["-------", "()()()()", "+ - - - -", "  "])
def test_punctuation_alone_finds_nothing(shop: Database, words: str) -> None:
    with shop.session() as session:
        assert find(session, words) == []


def test_a_phone_with_its_country_code_or_full_width_digits_is_found(shop: Database) -> None:
    with shop.session() as session:
        for words in ("+353 1 555 0101", "００３５３１５５５０１０１", "１５５５０１０１"):
            assert len(find(session, words)) == 8, words


def test_too_long_a_search_is_refused_in_both_languages(shop: Database, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    for command in (["service", "a" * 50_010], ["orders", "--search", "a" * 50_010]):
        chinese = shipproof(tmp_path, "--db", db, *command, lang=CHINA)
        assert chinese.returncode == 1, command
        assert chinese.stderr.strip() == "shipproof: 搜索内容最多 200 个字符（这次有 50010 个）"
        english = shipproof(tmp_path, "--db", db, *command)
        assert "at most 200 characters" in english.stderr and "Traceback" not in english.stderr


def test_vague_words_say_there_are_more(shop: Database, tmp_path: Path) -> None:
    from app.service import MAX_FOUND, found_more

    with shop.session() as session:
        answers, more = found_more(find(session, "Mia"))
    assert len(answers) == 8 and not more and MAX_FOUND == 20
    shown, more = found_more(answers * 3)
    assert len(shown) == MAX_FOUND and more


def test_two_stores_with_the_same_order_id_are_two_buyers(shop: Database, tmp_path: Path) -> None:
    """Found in review: Shopify numbers each store's orders #1001 up, and the reply to one
    buyer named the other's parcel. Answers are by order, not by id."""
    from app.orders.importer import ImportOptions, import_files
    from tests.helpers.shopify import order_rows, write_export

    other = order_rows("#6", "2026-12-03 12:00:00 +0800", [(1, "Pot", "30.00", "POT")])
    other[0]["Shipping Name"] = "Bob Other"
    path = write_export(tmp_path / "eu_store.csv", other)
    add_store(shop, "shopify", "EU store")
    [report] = import_files(shop, [path], ImportOptions(store="EU store"))
    assert report.orders_new == 1, report.errors
    with shop.session() as session:
        [bob] = find(session, "Bob Other")
        mine = [a for a in find(session, "#6") if a.recipient == "Mia Example"]
    assert bob.order_id == "#6" and bob.parcels == () and bob.state == "not_dispatched"
    assert mine and mine[0].parcel is not None
    assert "73123456789023" not in reply(bob, "en", texts(), SHANGHAI)


def test_the_newest_order_comes_first(shop: Database) -> None:
    with shop.session() as session:
        found = [answer.order_id for answer in find(session, "Mia Example")]
    assert found[0] == "#5" and found[-1] == "#7"  # placed today … two weeks ago
