"""sitrep.heap: objects loaded for a process's life are left out of the collector's scans."""

from __future__ import annotations

import gc

from sitrep import heap


def test_freeze_loaded_moves_tracked_objects_out_of_later_collections() -> None:
    kept = [{"loaded": i} for i in range(1000)]
    before = gc.get_freeze_count()
    heap.freeze_loaded()
    try:
        assert gc.get_freeze_count() >= before + len(kept)
        cycle: list = []
        cycle.append(cycle)  # made after the freeze: still collected
        del cycle
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()
