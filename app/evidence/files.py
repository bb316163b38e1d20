"""Writing packs to disk: a folder of clearly named files, or one file for one parcel."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.anchors import current_heads
from app.catalogue import QT_TRANSLATE_NOOP, SaidError
from app.dispatch.photos import PhotoStore
from app.evidence.context import gather_context, shop_context
from app.evidence.facts import PackFacts, gather
from app.evidence.pack import render
from app.orders.query import OrderRef, resolve_orders
from app.storage import Database
from app.tsa.kept import newest_anchor

ONE_FILE_MANY_PARCELS = QT_TRANSLATE_NOOP(
    "Cli", "{count} parcels: give a folder, not one .pdf file"
)


class OneFileManyParcels(SaidError, ValueError):
    """A .pdf named for an order with several parcels: each parcel has a pack of its own."""


_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")
ProgressFn = Callable[[int, int, str], None]  # (packs done, packs in all, order id)


@dataclass(frozen=True, kw_only=True)
class WrittenPack:
    """One pack on disk: what the CLI prints and the dialog opens."""

    order_id: str
    file: Path
    pages: int
    sha256: str
    integrity: str  # "ok" | "failed": whether the shop's chains verified when it was made

    @property
    def sound(self) -> bool:
        return self.integrity == "ok"

    def as_dict(self) -> dict[str, object]:
        """For ``--json``: the keys the command has always printed."""
        return {
            "order_id": self.order_id,
            "file": str(self.file),
            "pages": self.pages,
            "sha256": self.sha256,
            "integrity": self.integrity,
        }


class EvidenceCancelled(Exception):
    """The user cancelled a batch; no file was written."""


def _file_name(facts: PackFacts, with_store: bool) -> str:
    """``evidence-<order>-<parcel>.pdf``, with the platform and store between them when
    asked (a store's name is unique on its platform only)."""
    parcel = facts.shipment.tracking_number if facts.shipment else "no-parcel"
    where = facts.order.store
    store = f"-{where.platform}-{where.name}" if with_store else ""
    return _UNSAFE.sub("_", f"evidence-{facts.order.order_id}{store}-{parcel}").strip("_") + ".pdf"


def write_packs(
    database: Database,
    orders: Sequence[OrderRef],
    target: Path,
    lang: str = "en",
    full_phone: bool = False,
    page_size: str = "a4",
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    raw: bool = False,
    photos: PhotoStore | None = None,
    store_name: str | None = None,
) -> list[WrittenPack]:
    """One pack per parcel of each order; ``target`` is a folder, or a .pdf for one parcel.

    ``orders`` are rows' keys or typed ids (an id two stores hold is refused, never
    guessed: a pack for another buyer's order would lose the dispute it was printed for).

    Every pack is rendered before the first file is written, so a cancelled or failed
    batch leaves the folder as it was (the packs of 500 parcels fit easily in memory).
    ``photos`` is where the stations kept parcel photos (by default the shop's folder).
    ``store_name`` says which store a typed id is of, when several hold it.
    """
    store = photos or PhotoStore.of(database)
    with database.session() as session:
        heads = current_heads(session)
        anchor = newest_anchor(session)  # named in every pack's integrity section
        pks = resolve_orders(session, orders, store_name)
        all_facts = [facts for pk in pks for facts in gather(session, pk, store)]
        shop = shop_context(session)  # the shop's zone and name, the same for every pack
        rendered = []
        for done, facts in enumerate(all_facts):
            if progress is not None:
                progress(done, len(all_facts), facts.order.order_id)
            if cancel is not None and cancel.is_set():
                raise EvidenceCancelled
            context = gather_context(session, facts, shop)  # with the parcel's upload files
            pdf = render(facts, lang, full_phone, page_size, now, raw, heads, context, anchor)
            rendered.append((facts, pdf))
    single = target.suffix.lower() == ".pdf"
    if single and len(rendered) != 1:
        raise OneFileManyParcels("Cli", ONE_FILE_MANY_PARCELS, count=len(rendered))
    if not single:
        target.mkdir(parents=True, exist_ok=True)
    packs = []
    names = [_file_name(facts, with_store=False) for facts, _result in rendered]
    for (facts, result), name in zip(rendered, names, strict=True):
        # two stores' #1001 would write one file over the other: those name their store
        shared = names.count(name) > 1
        path = target if single else target / (_file_name(facts, True) if shared else name)
        path.write_bytes(result.data)
        packs.append(
            WrittenPack(
                order_id=facts.order.order_id,
                file=path,
                pages=result.pages,
                sha256=result.sha256,
                integrity=result.integrity,
            )
        )
    return packs
