"""The one catalogue of ShipProof's sentences: Qt Linguist's ``shipproof_<locale>.ts``.

Every user-facing sentence is an English template declared once, where it is said, with
:func:`QT_TRANSLATE_NOOP` ("context", "template"). ``tools/update_translations.py`` runs
Qt's lupdate over the whole ``app`` package; lupdate reads those calls by their name, so
the core's sentences land in the same .ts files as the GUI's ``tr()`` ones. The GUI
renders a (context, template, values) through ``QCoreApplication.translate``; the core,
which never imports Qt, reads the finished translations from the .ts itself
(:func:`translated`). A third language is one more .ts file, for every face.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Mapping, Sequence
from functools import cache
from xml.etree.ElementTree import ParseError, parse

from app.paths import resource

# ShipProof's language code → the suffix of its Linguist file (and of Qt's own .qm files);
# tools/update_translations.py makes one .ts per entry, app.i18n.LANGUAGES names each
QT_LOCALES = {"en": "en", "zh": "zh_CN"}

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """``text`` unchanged: marks it as the English template of a message in ``context``.

    Only its name matters, to lupdate; the literal arguments are what it extracts.
    """
    del context
    return text


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields a template fills, e.g. ``{"count"}`` for ``"{count} orders"``."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


@cache
def _finished(lang: str) -> dict[tuple[str, str], str]:
    """(context, English template) → its finished translation in ``lang``.

    Read once per language: a batch of packs asks for the same templates thousands of
    times. Unfinished, vanished and obsolete entries are left out, as is the plural-only
    English file's content, and so is a translation whose placeholders are not the English
    ones (logged): filling it would fail or drop a value. A missing or broken file is logged
    and leaves every sentence in English.
    """
    locale = QT_LOCALES.get(lang)
    if locale is None:
        return {}
    path = resource("i18n", f"shipproof_{locale}.ts")
    try:
        root = parse(path).getroot()  # the app's own file, not user input
    except (OSError, ParseError) as error:
        log.warning("sentences stay in English (%s): %s", path, error)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete
            if message.get("numerus") == "yes" or not translation.text:
                continue  # plural forms are the GUI's, through Qt
            if _fits(source, translation.text):
                found[(name, source)] = translation.text
            else:
                log.warning("a %s translation does not fit its placeholders: %r", lang, source)
    return found


def _fits(english: str, template: str) -> bool:
    try:
        return placeholders(template) == placeholders(english)
    except ValueError:  # a stray brace
        return False


def translated(context: str, text: str, lang: str) -> str:
    """The template ``text`` of ``context`` in ``lang``; ``text`` itself when there is none."""
    return _finished(lang).get((context, text), text)


def say(context: str, text: str, lang: str, /, **values: object) -> str:
    """The template ``text`` of ``context`` in ``lang``, its placeholders filled."""
    return translated(context, text, lang).format(**values)


class Said(str):
    """A sentence of the catalogue that is also its English text.

    For words the core keeps in a ``str`` field and faces show (a provider's failure, a
    refresh's problem): logs, JSON and comparisons read it as the English text it is;
    :meth:`said` gives it in another language. Made by :func:`said_text`.
    """

    context: str
    template: str
    values: Mapping[str, object]

    def said(self, lang: str) -> str:
        """In ``lang``, a value that is itself worded (a reason) in ``lang`` too."""
        values = {
            key: value.said(lang) if isinstance(value, Said) else value
            for key, value in self.values.items()
        }
        return say(self.context, self.template, lang, **values)


def said_text(context: str, template: str, /, **values: object) -> Said:
    """``template`` filled with ``values``, keeping what it takes to say it again."""
    text = Said(template.format(**values))
    text.context, text.template, text.values = context, template, values
    return text


class Joined(Said):
    """Parts one after another (a line of findings), each said in the reader's language,
    with that language's separator between them."""

    parts: tuple[str, ...]
    separator: str

    def said(self, lang: str) -> str:
        separator = _SEPARATORS.get(lang, {}).get(self.separator, self.separator)
        return separator.join(in_language(part, lang) for part in self.parts)


# what Chinese writes between the items of a list, and between clauses
_SEPARATORS = {"zh": {", ": "，", "; ": "；"}}


def said_joined(parts: Sequence[str], separator: str) -> Said:
    """``parts`` joined by ``separator`` (", " or "; "), as each reader writes a list."""
    joined = Joined(separator.join(parts))
    joined.context, joined.template, joined.values = "", "", {}
    joined.parts, joined.separator = tuple(parts), separator
    return joined


def in_language(text: str, lang: str) -> str:
    """``text`` in ``lang`` when the core worded it (:class:`Said`); any other text is
    data (a provider's own message) and is shown as it is."""
    return text.said(lang) if isinstance(text, Said) else text


class SaidError(Exception):
    """An error of the core worded from the catalogue, so every face can say it in its
    user's language: ``str()`` is the English, :meth:`said` any language.

    Raise it with a template declared by ``QT_TRANSLATE_NOOP(context, …)`` and the
    values that fill it (ids and names: data, never translated).
    """

    def __init__(self, context: str, template: str, /, **values: object) -> None:
        super().__init__(template.format(**values))
        self.context, self.template, self.values = context, template, values

    def said(self, lang: str) -> str:
        return say(self.context, self.template, lang, **self.values)

    @property
    def text(self) -> Said:
        """The error's sentence as text the core can keep and a face say again."""
        return said_text(self.context, self.template, **self.values)


# placeholders filled with whole numbers, read back as digits: "Blue mug 1/2" is the title
# "Blue mug", 1 of 2 — not "Blue" with a count of "mug 1"
_COUNTS = frozenset({"count", "quantity", "planned", "parcel", "row", "rows", "columns"})


def values_of(template: str, words: str) -> dict[str, str] | None:
    """The values that filled ``template`` to make ``words``, or None when it did not.

    For migrations only: records kept before they had keys are read back to their key
    and values, and kept so only when the template filled with what was read gives back
    the very words. A placeholder said twice must say the same both times.
    """
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, …, text
    pieces, named = [], set()
    for index, part in enumerate(parts):
        if index % 2 == 0:
            pieces.append(re.escape(part))
        elif part in named:
            pieces.append(f"(?P={part})")
        else:
            shape = r"\d+" if part in _COUNTS else ".+?"
            pieces.append(f"(?P<{part}>{shape})")
            named.add(part)
    match = re.fullmatch("".join(pieces), words, re.DOTALL)
    if match is None:
        return None
    values = match.groupdict()
    return values if template.format(**values) == words else None


def _literal(template: str) -> str:
    """The template's own words, its placeholders left out."""
    return "".join(text for text, _field, _spec, _conv in string.Formatter().parse(template))


def most_specific(templates: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, template) of each template with words of its own, the most words first: the
    order records are read back in. One that is only placeholders (an item's bare
    title) fits any words and is never guessed from."""
    found = [(key, text) for key, text in templates.items() if _literal(text).strip()]
    return sorted(found, key=lambda item: -len(_literal(item[1])))


def read_back(ordered: Sequence[tuple[str, str]], words: str) -> tuple[str, dict[str, str]] | None:
    """The key and values of the first template in ``ordered`` that made ``words``."""
    for key, template in ordered:
        values = values_of(template, words)
        if values is not None:
            return key, values
    return None
