"""Write the packing station's feedback sounds into app/resources/sounds (16-bit mono WAV).

Each result has its own shape, told apart without looking: ok is a rising two-tone chirp,
info one soft tone, warning two level tones, error three low buzzes.
Run: ``python tools/make_sounds.py``.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
SOUNDS = Path(__file__).resolve().parent.parent / "app" / "resources" / "sounds"

# (frequency Hz, duration s, volume 0..1, square wave?) per tone; silence where frequency is 0
PATTERNS: dict[str, list[tuple[float, float, float, bool]]] = {
    "ok": [(880, 0.09, 0.5, False), (0, 0.02, 0, False), (1320, 0.14, 0.5, False)],
    "info": [(660, 0.12, 0.35, False)],
    "warning": [(740, 0.12, 0.5, False), (0, 0.06, 0, False), (740, 0.12, 0.5, False)],
    "error": [(180, 0.16, 0.45, True), (0, 0.05, 0, False)] * 3,
}


def tone(frequency: float, seconds: float, volume: float, square: bool) -> list[int]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * 0.008))  # 8 ms fades: no clicks
    samples = []
    for index in range(count):
        value = math.sin(2 * math.pi * frequency * index / RATE) if frequency else 0.0
        if square:
            value = 1.0 if value >= 0 else -1.0
        envelope = min(1.0, index / fade, (count - index) / fade)
        samples.append(int(32767 * volume * envelope * value))
    return samples


def main() -> None:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    for name, pattern in PATTERNS.items():
        samples = [s for part in pattern for s in tone(*part)]
        with wave.open(str(SOUNDS / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


if __name__ == "__main__":
    main()
