"""Every word an evidence pack prints, declared once, in English, for the catalogue.

lupdate reads these ``QT_TRANSLATE_NOOP`` calls into the Linguist files beside the GUI's
sentences, so a pack in Chinese (or a third language) is one more .ts file, not one more
wording file. The keys are what the analysis and the checklist speak in
(:class:`app.evidence.words.Finding`); :class:`app.evidence.words.Words` fills them.

Contexts: ``EvidencePack`` for the pack's sentences and headings, ``EvidenceMilestone`` for
the names of a parcel's milestones (a milestone is "Paid" where the order's field is "Paid
at", in Chinese 付款 and 付款时间). How a language writes a time is in :mod:`app.shop_time`,
shared with the GUI.
"""

from __future__ import annotations

from app.catalogue import QT_TRANSLATE_NOOP

SENTENCES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("EvidencePack", "Evidence pack"),
    "page": QT_TRANSLATE_NOOP("EvidencePack", "page {page} of {pages}"),
    "generated": QT_TRANSLATE_NOOP("EvidencePack", "generated {time}"),
    "pack_id": QT_TRANSLATE_NOOP("EvidencePack", "pack {id}"),
    "list_separator": QT_TRANSLATE_NOOP("EvidencePack", "; "),
    "span_minutes": QT_TRANSLATE_NOOP("EvidencePack", "{minutes} min"),
    "span_hours": QT_TRANSLATE_NOOP("EvidencePack", "{hours} h"),
    "span_days": QT_TRANSLATE_NOOP("EvidencePack", "{days} d {hours} h"),
    "span_whole_days": QT_TRANSLATE_NOOP("EvidencePack", "{days} d"),
    "the_shop": QT_TRANSLATE_NOOP("EvidencePack", "The shop"),
    "subtitle": QT_TRANSLATE_NOOP("EvidencePack", "Order {order} · {store}"),
    "parcel_line": QT_TRANSLATE_NOOP("EvidencePack", "Parcel {number} · {carrier} · now: {status}"),
    "no_parcel_line": QT_TRANSLATE_NOOP(
        "EvidencePack", "No parcel has been dispatched for this order."
    ),
    "platform_parcel_line": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "No parcel was dispatched at the packing station; the platform says: {status}, {carrier} "
        "{waybill}.",
    ),
    "times_zone": QT_TRANSLATE_NOOP("EvidencePack", "Times in the shop's zone, {zone}."),
    "times_zone_computer": QT_TRANSLATE_NOOP(
        "EvidencePack", "Times in this computer's zone, {zone}: the shop has not set its time zone."
    ),
    "key_times": QT_TRANSLATE_NOOP("EvidencePack", "Key times"),
    "ms_record": QT_TRANSLATE_NOOP("EvidencePack", "{label} ({record})"),
    "tl_now": QT_TRANSLATE_NOOP("EvidencePack", "Pack made"),
    "tl_window": QT_TRANSLATE_NOOP("EvidencePack", "promised dispatch window"),
    "tl_late_shop": QT_TRANSLATE_NOOP("EvidencePack", "late (shop)"),
    "tl_late_carrier": QT_TRANSLATE_NOOP("EvidencePack", "late (carrier)"),
    "timeline_heading": QT_TRANSLATE_NOOP("EvidencePack", "Timeline"),
    "photo_thumb": QT_TRANSLATE_NOOP("EvidencePack", "Parcel at packing (scan #{seq})"),
    "photo_thumb_missing": QT_TRANSLATE_NOOP(
        "EvidencePack", "Photo of scan #{seq}: missing or changed"
    ),
    "no_photo": QT_TRANSLATE_NOOP("EvidencePack", "No parcel photo was taken at packing."),
    "integrity_line_ok": QT_TRANSLATE_NOOP(
        "EvidencePack", "Integrity ok: every record this pack rests on verifies. Root {root}"
    ),
    "integrity_line_failed": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "INTEGRITY FAILED: records this pack rests on were changed or removed (problems found: "
        "{count}) — see Integrity. Root {root}",
    ),
    "checklist_heading": QT_TRANSLATE_NOOP("EvidencePack", "What {platform} asks: {dispute}"),
    "checklist_legend": QT_TRANSLATE_NOOP(
        "EvidencePack", "✔ met · ✘ not met · — not in the records"
    ),
    "checklist_unreliable": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Integrity FAILED: these answers rest on records that were changed or removed; do not rely"
        " on them until the failure is explained.",
    ),
    "verdict_shop": QT_TRANSLATE_NOOP("EvidencePack", "Verdict: the delay is on the shop's side."),
    "verdict_carrier": QT_TRANSLATE_NOOP(
        "EvidencePack", "Verdict: the delay is on the carrier's side ({carrier})."
    ),
    "verdict_both": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Verdict: the shop dispatched late, and the carrier ({carrier}) added delay.",
    ),
    "verdict_none": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Verdict: no delay found — dispatched in time, and the carrier within its usual times.",
    ),
    "verdict_unjudged": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Verdict: no carrier delay found; the records hold no dispatch promise to judge the "
        "dispatch against.",
    ),
    "verdict_not_dispatched": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Verdict: not dispatched yet — the station has no dispatch scan of this order.",
    ),
    "verdict_outside_station": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Verdict: no station record — the platform says {status} ({carrier} {waybill}): dispatched"
        " outside ShipProof, so this pack cannot show when or what was packed.",
    ),
    "delay_late_dispatch": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{shop} dispatched {span} late: promised by {deadline} ({source}), dispatch scan "
        "{dispatched}.",
    ),
    "delay_not_dispatched": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{shop} has not dispatched it, {span} past the promise of {deadline} ({source}).",
    ),
    "delay_stall": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{carrier} gave no news for {span} after “{after}” ({where}, {since}); ShipProof counts "
        "{limit} h without news as a stall.",
    ),
    "delay_stall_ongoing": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{carrier} has given no news for {span}, since “{after}” ({where}, {since}); ShipProof "
        "counts {limit} h without news as a stall.",
    ),
    "delay_slow_delivery": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{carrier} took {taken} from dispatch to delivery, {span} more than the expected "
        "{promised} h.",
    ),
    "delay_overdue": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{carrier} has not delivered it {span} after dispatch; delivery is expected within "
        "{promised} h.",
    ),
    "promise_order": QT_TRANSLATE_NOOP("EvidencePack", "the order's promise"),
    "promise_default": QT_TRANSLATE_NOOP(
        "EvidencePack", "{platform}'s rule: {hours} h after payment"
    ),
    "dispatched_early": QT_TRANSLATE_NOOP("EvidencePack", "{span} before the promise"),
    "dispatched_late": QT_TRANSLATE_NOOP("EvidencePack", "{span} after the promise"),
    "after_dispatch": QT_TRANSLATE_NOOP("EvidencePack", "{span} after dispatch"),
    "before_dispatch": QT_TRANSLATE_NOOP("EvidencePack", "{span} before the dispatch scan"),
    "delivered_after": QT_TRANSLATE_NOOP(
        "EvidencePack", "{span} after dispatch (expected within {promised} h)"
    ),
    "last_seen_note": QT_TRANSLATE_NOOP("EvidencePack", "{status}, {where}"),
    "ref_scan": QT_TRANSLATE_NOOP("EvidencePack", "scan #{seq}"),
    "ref_event": QT_TRANSLATE_NOOP("EvidencePack", "carrier event #{seq}"),
    "ref_parcel": QT_TRANSLATE_NOOP("EvidencePack", "the parcel record"),
    "order": QT_TRANSLATE_NOOP("EvidencePack", "Order"),
    "recipient": QT_TRANSLATE_NOOP("EvidencePack", "Recipient"),
    "packing": QT_TRANSLATE_NOOP("EvidencePack", "Packing record"),
    "timeline": QT_TRANSLATE_NOOP("EvidencePack", "Carrier timeline"),
    "timeliness": QT_TRANSLATE_NOOP("EvidencePack", "Timeliness"),
    "integrity": QT_TRANSLATE_NOOP("EvidencePack", "Integrity"),
    "appendix": QT_TRANSLATE_NOOP("EvidencePack", "Appendix: raw carrier answers"),
    "appendix_digest": QT_TRANSLATE_NOOP(
        "EvidencePack", "{answer}: HTTP {status}, {size} bytes, SHA-256 {sha256}"
    ),
    "appendix_shared": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "This answer also covers {count} other parcels; its text is withheld to protect those "
        "buyers. The SHA-256 above identifies it.",
    ),
    "platform": QT_TRANSLATE_NOOP("EvidencePack", "Platform"),
    "shop": QT_TRANSLATE_NOOP("EvidencePack", "Shop"),
    "order_id": QT_TRANSLATE_NOOP("EvidencePack", "Order id"),
    "created": QT_TRANSLATE_NOOP("EvidencePack", "Created"),
    "paid": QT_TRANSLATE_NOOP("EvidencePack", "Paid"),
    "status_at_import": QT_TRANSLATE_NOOP("EvidencePack", "Platform status at last import"),
    "total": QT_TRANSLATE_NOOP("EvidencePack", "Total"),
    "buyer_note": QT_TRANSLATE_NOOP("EvidencePack", "Buyer note"),
    "phone_full": QT_TRANSLATE_NOOP(
        "EvidencePack", "The full phone number is shown at the shop's request."
    ),
    "source": QT_TRANSLATE_NOOP("EvidencePack", "{provider} answer {seq}"),
    "no_events": QT_TRANSLATE_NOOP(
        "EvidencePack", "No carrier event has been recorded for this parcel."
    ),
    "dispatch_deadline": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Promised dispatch by {deadline} ({source}); dispatch scanned {dispatched}: {verdict}.",
    ),
    "pickup": QT_TRANSLATE_NOOP(
        "EvidencePack", "The carrier's first scan came {span} after dispatch."
    ),
    "pickup_early": QT_TRANSLATE_NOOP(
        "EvidencePack", "The carrier's first scan came {span} before the station's dispatch scan."
    ),
    "silence": QT_TRANSLATE_NOOP(
        "EvidencePack", "Longest silence from the carrier: {span}, after “{after}” ({where})."
    ),
    "delivered": QT_TRANSLATE_NOOP(
        "EvidencePack", "Delivered {time}, {span} after dispatch (expected within {promised} h)."
    ),
    "legs": QT_TRANSLATE_NOOP("EvidencePack", "Legs: {legs}."),
    "leg": QT_TRANSLATE_NOOP("EvidencePack", "{start} → {end} {span}"),
    "not_delivered": QT_TRANSLATE_NOOP(
        "EvidencePack", "Not delivered when this pack was made; last status: {status}."
    ),
    "sent_back": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "The carrier began returning it to the sender on {time}: “{text}” ({where}).",
    ),
    "integrity_ok": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Integrity ok: every record this pack rests on verifies against its hash chain.",
    ),
    "integrity_failed": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "INTEGRITY FAILED: the records below were changed or removed after they were written.",
    ),
    "scan_record": QT_TRANSLATE_NOOP("EvidencePack", "scan #{seq}"),
    "event_record": QT_TRANSLATE_NOOP("EvidencePack", "carrier event #{seq}"),
    "answer_record": QT_TRANSLATE_NOOP(
        "EvidencePack", "{provider} answer {seq}, fetched {time} (body)"
    ),
    "root": QT_TRANSLATE_NOOP("EvidencePack", "Root hash of this pack (QR): {hash}"),
    "anchor_held": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Anchored by {tsa} at {time} (RFC 3161 time-stamp, anchor {id}): the shop's records up to "
        "{records} existed then, as they are now.",
    ),
    "anchor_broken": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "ANCHOR BROKEN: {tsa} time-stamped the records up to {records} at {time} (anchor {id}); "
        "they were rewritten after that: {problems}",
    ),
    "anchor_record": QT_TRANSLATE_NOOP("EvidencePack", "{chain} #{seq}"),
    "photos": QT_TRANSLATE_NOOP("EvidencePack", "Parcel photos"),
    "stopped_scans": QT_TRANSLATE_NOOP("EvidencePack", "What the station stopped"),
    "stopped_scans_note": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Scans the packing station refused or held for confirmation (a wrong or reused label, an "
        "order that must not ship…): none of them alone reached the parcel.",
    ),
    "photo_caption": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "Photo of scan #{seq}, {time}, station {station}, {operator}; SHA-256 {sha256}",
    ),
    "photo_missing": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "PHOTO MISSING OR CHANGED: the file no longer matches the hash the scan recorded.",
    ),
    "ck_no_dispatch_scan": QT_TRANSLATE_NOOP("EvidencePack", "no dispatch scan in the records"),
    "ck_dispatch_scan": QT_TRANSLATE_NOOP(
        "EvidencePack", "{ref}, {time}: label {number} ({carrier})"
    ),
    "ck_no_parcel": QT_TRANSLATE_NOOP("EvidencePack", "no parcel for this order"),
    "ck_no_events": QT_TRANSLATE_NOOP(
        "EvidencePack", "the carrier has reported no event for {number} yet"
    ),
    "ck_carrier_knows": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{count} carrier events for {number} from {provider}; the first, event #{seq}, {time}",
    ),
    "ck_no_upload": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "no upload file made by ShipProof lists this parcel (the number may have been entered on "
        "the platform)",
    ),
    "ck_uploaded_undelivered": QT_TRANSLATE_NOOP(
        "EvidencePack", "upload file #{id} ({file}) made {time}; not delivered yet"
    ),
    "ck_uploaded_before": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "upload file #{id} ({file}) made {time}, before delivery (event #{seq}, {delivered})",
    ),
    "ck_uploaded_after": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "upload file #{id} ({file}) made {time}, after delivery (event #{seq}, {delivered})",
    ),
    "ck_no_promise": QT_TRANSLATE_NOOP("EvidencePack", "no dispatch promise in the records"),
    "ck_not_dispatched_by": QT_TRANSLATE_NOOP(
        "EvidencePack", "not dispatched; the promise was {deadline}"
    ),
    "ck_dispatched_outside": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "dispatched outside the station: the platform says {status} ({carrier} {waybill}), with no"
        " time of its own here",
    ),
    "ck_dispatched_before": QT_TRANSLATE_NOOP(
        "EvidencePack", "{ref}, {time}: {span} before the promise {deadline} ({source})"
    ),
    "ck_dispatched_after": QT_TRANSLATE_NOOP(
        "EvidencePack", "{ref}, {time}: {span} after the promise {deadline} ({source})"
    ),
    "ck_first_scan_before": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq}, {time}: {span} before {deadline}"
    ),
    "ck_first_scan_after": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq}, {time}: {span} after {deadline}"
    ),
    "ck_no_carrier_scan": QT_TRANSLATE_NOOP("EvidencePack", "no carrier scan in the records yet"),
    "ck_no_first_scan_by": QT_TRANSLATE_NOOP("EvidencePack", "no carrier scan by {deadline}"),
    "ck_pickup": QT_TRANSLATE_NOOP(
        "EvidencePack",
        "{ref}, {dispatched} → carrier event #{seq}, {time}: {span} (limit {hours} h)",
    ),
    "ck_no_pickup": QT_TRANSLATE_NOOP(
        "EvidencePack", "no carrier scan {span} after dispatch (limit {hours} h)"
    ),
    "ck_delivered": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq}: delivered {time}, “{text}” ({where})"
    ),
    "ck_no_events_yet": QT_TRANSLATE_NOOP("EvidencePack", "no carrier event in the records yet"),
    "ck_ended_undelivered": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq}: {status} {time}, never delivered"
    ),
    "ck_not_delivered_yet": QT_TRANSLATE_NOOP(
        "EvidencePack", "not delivered yet; last: carrier event #{seq}, {status}, {time}"
    ),
    "ck_no_delivery": QT_TRANSLATE_NOOP("EvidencePack", "no delivered event in the records yet"),
    "ck_no_order_address": QT_TRANSLATE_NOOP("EvidencePack", "the order holds no city or postcode"),
    "ck_postcode_matches": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq} ({where}) names the order's postcode {postcode}"
    ),
    "ck_city_matches": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq} ({where}) names the order's city {city}"
    ),
    "ck_no_delivery_place": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq} names no place"
    ),
    "ck_place_differs": QT_TRANSLATE_NOOP(
        "EvidencePack", "carrier event #{seq} says {where}; the order's address: {city}, {postcode}"
    ),
    "ck_no_photo": QT_TRANSLATE_NOOP("EvidencePack", "no photo was taken at packing"),
    "ck_photo": QT_TRANSLATE_NOOP(
        "EvidencePack", "photo of scan #{seq}, SHA-256 {sha256}…, intact"
    ),
    "ck_photo_broken": QT_TRANSLATE_NOOP(
        "EvidencePack", "photo of scan #{seq}: missing or changed"
    ),
    "ck_items_not_scanned": QT_TRANSLATE_NOOP(
        "EvidencePack", "items were not scanned one by one (the station's item check was off)"
    ),
    "ck_items": QT_TRANSLATE_NOOP(
        "EvidencePack", "{count} item scans (#{first}–#{last}) before the label"
    ),
}

MILESTONES: dict[str, str] = {
    "ms_ordered": QT_TRANSLATE_NOOP("EvidenceMilestone", "Ordered"),
    "ms_paid": QT_TRANSLATE_NOOP("EvidenceMilestone", "Paid"),
    "ms_dispatch_by": QT_TRANSLATE_NOOP("EvidenceMilestone", "Promised dispatch by"),
    "ms_dispatched": QT_TRANSLATE_NOOP("EvidenceMilestone", "Dispatched at the station"),
    "ms_first_scan": QT_TRANSLATE_NOOP("EvidenceMilestone", "First carrier scan"),
    "ms_delivered": QT_TRANSLATE_NOOP("EvidenceMilestone", "Delivered"),
    "ms_last_seen": QT_TRANSLATE_NOOP("EvidenceMilestone", "Last seen"),
    "tl_ordered": QT_TRANSLATE_NOOP("EvidenceMilestone", "Ordered"),
    "tl_paid": QT_TRANSLATE_NOOP("EvidenceMilestone", "Paid"),
    "tl_dispatch_by": QT_TRANSLATE_NOOP("EvidenceMilestone", "Dispatch by"),
    "tl_dispatched": QT_TRANSLATE_NOOP("EvidenceMilestone", "Dispatched"),
    "tl_first_scan": QT_TRANSLATE_NOOP("EvidenceMilestone", "First scan"),
    "tl_delivered": QT_TRANSLATE_NOOP("EvidenceMilestone", "Delivered"),
    "tl_last_seen": QT_TRANSLATE_NOOP("EvidenceMilestone", "Last seen"),
}

COLUMNS: dict[str, tuple[str, ...]] = {
    "key_times_columns": (
        QT_TRANSLATE_NOOP("EvidencePack", "Milestone"),
        QT_TRANSLATE_NOOP("EvidencePack", "When"),
        QT_TRANSLATE_NOOP("EvidencePack", "Against the promise"),
    ),
    "checklist_columns": (
        "",
        QT_TRANSLATE_NOOP("EvidencePack", "The platform asks"),
        QT_TRANSLATE_NOOP("EvidencePack", "The records show"),
    ),
    "lines": (
        QT_TRANSLATE_NOOP("EvidencePack", "SKU"),
        QT_TRANSLATE_NOOP("EvidencePack", "Item"),
        QT_TRANSLATE_NOOP("EvidencePack", "Variant"),
        QT_TRANSLATE_NOOP("EvidencePack", "Qty"),
        QT_TRANSLATE_NOOP("EvidencePack", "Unit price"),
    ),
    "scans": (
        QT_TRANSLATE_NOOP("EvidencePack", "Time"),
        QT_TRANSLATE_NOOP("EvidencePack", "Station"),
        QT_TRANSLATE_NOOP("EvidencePack", "Operator"),
        QT_TRANSLATE_NOOP("EvidencePack", "Scanned"),
        QT_TRANSLATE_NOOP("EvidencePack", "Outcome"),
    ),
    "events": (
        QT_TRANSLATE_NOOP("EvidencePack", "Time"),
        QT_TRANSLATE_NOOP("EvidencePack", "Status"),
        QT_TRANSLATE_NOOP("EvidencePack", "Location"),
        QT_TRANSLATE_NOOP("EvidencePack", "Carrier's words"),
        QT_TRANSLATE_NOOP("EvidencePack", "Source"),
    ),
    "hashes": (
        QT_TRANSLATE_NOOP("EvidencePack", "Record"),
        QT_TRANSLATE_NOOP("EvidencePack", "SHA-256"),
    ),
}

ANCHOR_CHAINS: dict[str, str] = {
    "scans": QT_TRANSLATE_NOOP("EvidencePack", "scan"),
    "events": QT_TRANSLATE_NOOP("EvidencePack", "carrier event"),
    "snapshots": QT_TRANSLATE_NOOP("EvidencePack", "carrier answer"),
    "facts": QT_TRANSLATE_NOOP("EvidencePack", "order or parcel fact"),
}
