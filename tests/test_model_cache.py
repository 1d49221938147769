"""The language models' decoded arrays kept per environment (helpers.text.model_cache): the arrays read back are
the decoded ones, bit for bit; a missing, cut-short or unwritable cache falls back to decoding."""

import numpy as np

from helpers.text import langdetect_arrays, langid_arrays
from helpers.text.model_cache import cache_folder, cached_arrays


def _decoded():
    return {"table": np.arange(12, dtype=np.float16).reshape(3, 4) / 7, "words": np.array(["ab", " c", "d "]),
            "code": np.array("H")}


def _same(left: dict, right: dict) -> bool:
    return left.keys() == right.keys() and all(
        left[k].dtype == right[k].dtype and np.array_equal(left[k], right[k]) for k in left)


def test_arrays_are_written_once_and_read_back_bit_for_bit(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_MODEL_CACHE", str(tmp_path / "cache"))
    calls = []
    first = cached_arrays("toy-1", lambda: calls.append(1) or _decoded())
    second = cached_arrays("toy-1", lambda: calls.append(1) or _decoded())
    assert calls == [1] and _same(first, _decoded()) and _same(second, _decoded())
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["toy-1.npz"]  # no temporary file left behind


def test_a_cut_short_cache_file_is_decoded_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_MODEL_CACHE", str(tmp_path))
    cached_arrays("toy-2", _decoded)
    whole = (tmp_path / "toy-2.npz").read_bytes()
    (tmp_path / "toy-2.npz").write_bytes(whole[: len(whole) // 2])
    assert _same(cached_arrays("toy-2", _decoded), _decoded())
    assert (tmp_path / "toy-2.npz").read_bytes() == whole


def test_an_unwritable_cache_folder_still_gives_the_decoded_arrays(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HELPERS_MODEL_CACHE", str(blocker / "cache"))
    assert cache_folder() == blocker / "cache"
    assert _same(cached_arrays("toy-3", _decoded), _decoded())


def test_the_cached_models_are_the_libraries_decoded_models():
    """What this environment's cache holds (written by any earlier process) is what the libraries decode."""
    rows, table, languages = langdetect_arrays.profile_table()
    decoded = langdetect_arrays._decode_profiles()
    assert list(rows) == decoded["words"].tolist() and list(rows.values()) == list(range(len(rows)))
    assert np.array_equal(table, decoded["table"]) and languages == decoded["languages"].tolist()
    found, model = langid_arrays.identifier(), langid_arrays._decode_model()
    assert np.array_equal(found._table, model["ptc"]) and found.nb_classes == model["classes"].tolist()
    assert np.array_equal(np.frombuffer(found.tk_nextmove, dtype=model["nextmove"].dtype), model["nextmove"])
    assert found.tk_output == model["output"].tolist() and found.tk_nextmove.typecode == model["nextmove_typecode"]
