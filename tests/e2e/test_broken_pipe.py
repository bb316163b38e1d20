"""`shipproof orders | head`: the reader leaving early is no crash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# stdout is a pipe whose reader is already gone: the first write raises BrokenPipeError
CLOSED_READER = (
    "import os, sys; r, w = os.pipe(); os.close(r); os.dup2(w, 1)\n"
    "from app.cli import main\n"
    "sys.exit(main(['--data-dir', sys.argv[1], 'orders', '--json']))\n"
)


def test_a_reader_that_left_gets_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CLOSED_READER, str(tmp_path / "home")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
