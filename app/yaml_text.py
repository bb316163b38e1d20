"""YAML read the fast way: ShipProof's data files (platform profiles, rules, wording).

PyYAML's pure-Python loader took a third of a second at every start and every import just
for the platform profiles; its libyaml loader (in every PyYAML wheel) reads the same
files ten times faster into the same plain values. Both are safe loaders: tags that build
Python objects are refused.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The plain values (dicts, lists, text, numbers) a YAML document holds."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader, C or Python
