"""A writer process saves a note again and again while `vaultnet log` adds entries: are saves lost?

    PYTHONPATH=. python bench/log_race.py rename|inplace [runs]

`inplace` appends to the note as `>>` or an editor writing in place does; `rename` reloads the note
and saves it by rename, as most editors do. The note's Log is followed by another section, so every
entry is a swap (the harder case). Prints how many of the writer's saves the note lost, and how many
entries `log` wrote (once, or twice) or refused (a refusal writes nothing). PAUSE sets the writer's
pause (seconds).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def writer(path: str, style: str, stop: Any, count: Any, pause: float) -> None:
    k = 0
    while not stop.is_set():
        k += 1
        line = f"- writer save {k}\n".encode()
        if style == "inplace":
            with open(path, "ab") as handle:
                handle.write(line)
        else:
            data = Path(path).read_bytes() + line
            Path(path + ".editor").write_bytes(data)
            os.replace(path + ".editor", path)
        count.value = k
        time.sleep(pause)


def main(style: str, runs: int) -> None:
    from vaultnet.commands.log import log_entry
    from vaultnet.config import Config
    from vaultnet.errors import VaultnetError

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "People").mkdir()
        note = root / "People/Maya.md"
        note.write_text("#person\n## Log\n- 2026-11-01 -> coffee\n## About\n- runs\n")
        stop, count = mp.Event(), mp.Value("i", 0)
        pause = float(os.environ.get("PAUSE", "0.005"))
        process = mp.Process(target=writer, args=(str(note), style, stop, count, pause))
        process.start()
        refused = 0
        for i in range(runs):
            try:
                log_entry(root, "Maya", f"entry {i}", dt.date(2026, 11, 21), "outbound", Config())
            except VaultnetError:
                refused += 1
        stop.set()
        process.join()
        text = note.read_text()
        saves = count.value
        lost = sum(1 for k in range(1, saves + 1) if f"- writer save {k}\n" not in text)
        kept = sum(1 for i in range(runs) if f" entry {i}\n" in text)
        twice = sum(1 for i in range(runs) if text.count(f" entry {i}\n") > 1)
        print(
            f"{style}: {saves} saves, {lost} lost; {kept}/{runs} entries written, {twice} of them twice, "
            f"{refused} refused"
        )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 80)
