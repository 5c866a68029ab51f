"""No unmasked personal data reaches a file a person opens: a planted 身份证 and card number are searched for."""

import io
import zipfile
from datetime import datetime

from stdnum import luhn

from conftest import transcript, utt
from qa_pipeline.pipeline import export_results
from qa_pipeline.records import Call, CallScore, Deduction, Finding, ScoredCall

ID = "11010519491231002X"
ID_SPOKEN = "一一零一零五一九四九一二三一零零二X"
CARD = "622202123456789012" + luhn.calc_check_digit("622202123456789012")


def plant(store, call_id="P1"):
    """A call where the customer reads out an ID (in numerals, over two turns) and a card number,
    and a finding quotes the card number."""
    card_turn = f"卡号是{CARD[:8]} {CARD[8:]}，你们怎么又扣错了？"
    t = transcript(utt("agent", 0.5, 4.0, "您好，工号8001为您服务。请问您的身份证号码？"),
                   utt("customer", 4.5, 7.0, f"身份证号是{ID_SPOKEN[:9]}，"),
                   utt("customer", 7.3, 10.0, f"{ID_SPOKEN[9:]}。"),
                   utt("customer", 10.5, 14.0, card_turn),
                   utt("agent", 14.5, 17.0, "这个不归我们管，你自己去银行问。"))
    found = [Finding("repeated_question", "repeated_question", "minor", 10.5, 14.0, card_turn, 0.9,
                     f"the customer gave it at 10 s: 「{card_turn}」"),
             Finding("forbidden_phrase", "forbidden_phrase", "major", 14.5, 17.0, "这个不归我们管", 0.9, "taboo")]
    score = CallScore(80.0, "合格", False, False, (Deduction("forbidden_phrase", "forbidden_phrase", 10, 1, 0),
                                                   Deduction("repeated_question", "repeated_question", 10, 1, 0)))
    call = Call(call_id, f"/x/{call_id}.wav", "8001", datetime(2026, 11, 20, 9, 30))
    store.save_done(call, audio_sha256="cd" * 32, transcript=t, scored=ScoredCall(tuple(found), score, "base-1", 250.0),
                    run_id=None)


def readable_texts(out_dir):
    """Every output file as text; the workbook's sheets as the XML they are stored in."""
    for path in sorted(out_dir.iterdir()):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                yield path.name, "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))
        else:
            yield path.name, path.read_text(encoding="utf-8-sig")


def test_no_export_or_report_holds_the_planted_numbers(store, config, tmp_path):
    plant(store)
    out = tmp_path / "out"
    export_results(store, ["P1"], out, config, None)
    files = dict(readable_texts(out))
    assert {"calls.csv", "findings.csv", "transcripts.jsonl", "report.xlsx", "report.html", "review_queue.csv"} <= set(files)
    for name, text in files.items():
        for secret in (ID, ID_SPOKEN, ID_SPOKEN[:9], ID_SPOKEN[9:-1], CARD, CARD[:8], CARD[8:]):
            assert secret not in text, f"{name} holds {secret}"
    # what is not personal stays readable: the 工号 and the taboo line
    assert "8001" in files["transcripts.jsonl"] and "这个不归我们管" in files["findings.csv"]


def test_the_store_keeps_the_real_text_for_the_rules(store):
    plant(store)
    stored = store.transcript_for(store.call_row("P1"))
    assert CARD[:8] in "".join(u.text for u in stored.utterances)


def test_a_business_line_that_masks_nothing_exports_the_numbers(store, config, tmp_path):
    import dataclasses

    plant(store)
    unmasked = dataclasses.replace(config, privacy=dataclasses.replace(config.privacy, mask=()))
    export_results(store, ["P1"], tmp_path / "out", unmasked, None)
    assert CARD[:8] in (tmp_path / "out" / "transcripts.jsonl").read_text(encoding="utf-8")


def test_show_masks_the_numbers_unless_asked(store, tmp_path):
    from click.testing import CliRunner

    from qa_pipeline.cli import cli

    plant(store)
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", "P1", "--db", store.url])
    assert shown.exit_code == 0, shown.output
    assert "这个不归我们管" in shown.output
    for secret in (ID_SPOKEN[:9], ID_SPOKEN[9:-1], CARD[:8], CARD[8:]):
        assert secret not in shown.output
    assert CARD[:8] in runner.invoke(cli, ["show", "P1", "--unmasked", "--db", store.url]).output


def test_the_redacted_audio_export_has_the_numbers_under_a_tone(store, config, tmp_path):
    import numpy as np
    import soundfile as sf

    from test_web_access import write_recording
    from qa_pipeline.pipeline import export_audio

    wav = write_recording(tmp_path / "8001_P2.wav", seconds=16.0)
    t = transcript(utt("agent", 0.5, 3.0, "请说一下卡号"), utt("customer", 10.5, 14.0, f"卡号是{CARD}"))
    score = CallScore(100.0, "优秀", False, False, ())
    store.save_done(Call("P2", str(wav), "8001", datetime(2026, 11, 20, 9, 30)), audio_sha256="ef" * 32, transcript=t,
                    scored=ScoredCall((), score, "base-1", 250.0), run_id=None)
    written, failed = export_audio(store, ["P2"], tmp_path / "out", config)
    assert failed == [] and [p.name for p in written] == ["P2.wav"]
    audio, rate = sf.read(written[0], always_2d=True)
    number = audio[int(11.5 * rate):int(13.8 * rate), 1]  # the digits' words: 卡号是 takes the first 0.6 s
    spectrum = np.abs(np.fft.rfft(number))
    assert np.argmax(spectrum) == round(1000 * len(number) / rate)
