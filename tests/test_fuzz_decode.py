"""A fixed-seed sample of benchmarks/fuzz_decode.py: mutated wav, flac and mp3 never take the
decode stage down. Every input ends decoded or as a one-line BadInput (a crash or hang of the
decoder's child process included); nothing else may escape."""

from conftest import benchmark


def test_300_mutated_files_all_end_decoded_or_failed_cleanly():
    fuzzer = benchmark("fuzz_decode")
    totals, detail, _decoder = fuzzer.fuzz(300, seed=12345, timeout_s=20)
    assert sum(totals.values()) == 300
    assert totals["escaped"] == 0, {k: v for k, v in detail.items() if k[2] == "escaped"}
    assert totals["decoded"] > 0 and totals["clean error"] > 0  # the mutations both spare and break files
    # every format and every mutation was tried
    assert {(ext, mutation) for ext, mutation, _ in detail} == {(e, m) for e in fuzzer.FORMATS for m in fuzzer.MUTATIONS}
