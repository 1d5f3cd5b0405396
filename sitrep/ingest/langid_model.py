"""py3langid's language identifier, loaded without decompressing its model on every run.

py3langid ships its model as an LZMA-compressed ``.npz`` (4.5 MB) and decompresses it (65 MB) each time it is
loaded: about 0.9 of the ≈ 1.1 CPU s a ``sitrep run`` spends before it can identify its first article's language.
Here the decompressed ``.npz`` is kept in sitrep's cache folder (``sitrep.disk_cache``) under a name that
changes with py3langid's version and the model file's size and time, and read from there with NumPy (≈ 0.15 CPU
s): the same arrays, so the same identifier and the same answers. Whatever goes wrong with the cache (no home,
read-only disk, a damaged file), py3langid's own loader is used, as before.
"""

from __future__ import annotations

import contextlib
import lzma
import re
import shutil
from array import array
from pathlib import Path
from typing import Any

from sitrep.disk_cache import cache_dir, keep_using, write_atomically

#: array typecodes by item size, as py3langid's loader converts its DFA tables
_TYPECODE = {2: "H", 4: "I", 8: "L"}
#: every version of the decompressed model in the cache folder (removed once unused: ``disk_cache.keep_using``)
MODEL_VERSIONS = re.compile(r"py3langid-[\w.-]+\.npz(?:\w*\.part)?")


def _model_file() -> Path:
    from py3langid import langid

    return Path(langid.MODEL_DIR) / langid.MODEL_FILE


def cached_model_path() -> Path:
    """Where the decompressed model of the installed py3langid is kept."""
    from importlib.metadata import version

    src = _model_file()
    stat = src.stat()
    return cache_dir() / f"py3langid-{version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}.npz"


def _decompress_to(path: Path) -> None:
    """Write the decompressed model at ``path`` (atomically: a parallel run never reads a partial file)."""

    def write(out) -> None:  # noqa: ANN001
        with lzma.open(_model_file()) as src:
            shutil.copyfileobj(src, out, length=1 << 20)

    write_atomically(path, write)


def _to_array(arr: Any) -> array:
    import numpy as np

    out = array(_TYPECODE[arr.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(arr)).cast("B"))
    return out


def _from_npz(path: Path, norm_probs: bool) -> Any:
    """The identifier from a decompressed model, built as ``LanguageIdentifier.from_model_file`` builds it."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    with np.load(path, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=norm_probs,
            tk_row=_to_array(data["nextmove_row"]),
        )


def load_identifier(norm_probs: bool = True) -> Any:
    """py3langid's ``LanguageIdentifier`` over its stock model, read from the cache (filled on first use)."""
    try:
        path = cached_model_path()
        if path.exists():
            with contextlib.suppress(Exception):  # a damaged file is written again below
                identifier = _from_npz(path, norm_probs)
                keep_using(path, MODEL_VERSIONS)
                return identifier
        _decompress_to(path)
        identifier = _from_npz(path, norm_probs)
        keep_using(path, MODEL_VERSIONS)
        return identifier
    except Exception:  # noqa: BLE001 - the cache only saves time: py3langid's own loader always works
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=norm_probs)
