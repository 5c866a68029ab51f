"""The service-vocabulary corrector (``asr/correct.py``): what Whisper was unsure of and wrote
as a near-homophone of a service word becomes that word; everything else is left as heard.

Utterances are built as Whisper gives them: one word per character, each with a probability;
the characters Whisper was unsure of get a low one.
"""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from qa_pipeline import pipeline
from qa_pipeline.asr.correct import Corrector, corrected_key, corrections, targets
from qa_pipeline.asr.transcribe import asr_key
from qa_pipeline.config import load_config
from qa_pipeline.privacy import mask_transcript
from qa_pipeline.records import SpeechSpan, Transcript, Utterance, Word
from qa_pipeline.store import Store
from qa_pipeline.store.codec import transcript_from_dict, transcript_from_json, transcript_to_json

UNSURE, SURE = 0.3, 0.95
LEXICON = ("工号", "客服", "请稍等", "再见", "久等", "信用卡")


@pytest.fixture(scope="module")
def config():
    return load_config(overrides={"corrector": {"lexicon": {"default": list(LEXICON), "card": ["分期还款"]}}})


@pytest.fixture(scope="module")
def corrector(config):
    return Corrector.from_config(config)


def heard(text: str, *unsure: str, role: str = "agent", start: float = 1.0) -> Utterance:
    """One word per character; the characters of ``unsure`` (substrings of text) were unsure."""
    low = set()
    for part in unsure:
        at = text.index(part)
        low |= set(range(at, at + len(part)))
    words = tuple(Word(round(start + i * 0.25, 3), round(start + (i + 1) * 0.25, 3), ch, UNSURE if i in low else SURE)
                  for i, ch in enumerate(text))
    return Utterance(role, start, start + 0.25 * len(text), text, 0.8, words)


def corrected(corrector: Corrector, text: str, *unsure: str, line: str = "default", role: str = "agent") -> str:
    u = heard(text, *unsure, role=role)
    t = Transcript(20.0, "agent_left", (u,), (), asr_key="k")
    return corrector.correct(t, line).utterances[0].text


@pytest.mark.parametrize("said, unsure, meant", [
    ("您好，功号八零零一为您服务。", "功号", "您好，工号八零零一为您服务。"),
    ("好的，感谢您的来电，在见。", "在", "好的，感谢您的来电，再见。"),
    ("请稍丁，我帮您查一下。", "丁", "请稍等，我帮您查一下。"),
    ("您好，我是克服小王。", "克", "您好，我是客服小王。"),
    ("不好意思让您就等了。", "就", "不好意思让您久等了。"),
    ("麻烦您稍等，我帮您查学一下。", "学", "麻烦您稍等，我帮您查询一下。"),  # a rule set's hold announcement
])
def test_near_homophones_of_service_words_are_corrected(corrector, said, unsure, meant):
    assert corrected(corrector, said, unsure) == meant


def test_the_words_keep_what_was_heard_and_their_times(corrector):
    u = heard("您好，功号八零零一为您服务。", "功号")
    after = corrector.correct(Transcript(20.0, "agent_left", (u,), ()), "default").utterances[0]
    changed = [(w.heard, w.text) for w in after.words if w.heard]
    assert changed == [("功", "工")], "号 already was the service word's character"
    assert [(w.start, w.end, w.probability) for w in after.words] == [(w.start, w.end, w.probability) for w in u.words]
    assert "工号" in after.tokens.split(), "the classifiers' tokens come from the corrected text"
    assert [w.text for _, w in corrections(Transcript(20.0, "agent_left", (after,), ()))] == ["工"]


@pytest.mark.parametrize("said, unsure", [
    ("我现在见到您的订单了。", "在见"),  # an ordinary word: 现在 见到 is likelier than 现 再见 到
    ("公告已经发布在网站上。", "公告"),  # gong gao is not gong hao: a two-syllable word is only ever a homophone
    ("我们下次在见面详谈吧。", "在"),  # 在见面 stays: the model prefers it
    ("我帮您查看一下。", "看"),  # kan shares neither initial nor final with xun of 帮您查询一下
    ("请稍微看一下。", "微看"),  # nor wei kan with deng of 请稍等
    ("好的，感谢您的来电，在见。", ""),  # Whisper was sure of 在: left as heard
    ("您好，功号八零零一为您服务。", ""),
])
def test_ordinary_and_sure_words_are_left_alone(corrector, said, unsure):
    assert corrected(corrector, said, *([unsure] if unsure else [])) == said


def test_a_persons_name_is_left_alone(corrector):
    said = "您好，我叫龚浩，想问一下账单。"  # gong hao sounds like 工号
    assert corrected(corrector, said, "龚浩", role="customer") == said


@pytest.mark.parametrize("said, unsure", [
    ("您的卡号是六二二五九等一八。", "九等"),  # 九 sounds like 久 of 久等: a digit is never rewritten
    ("尾号是三七九五，让您就九等了。", "九"),
])
def test_numbers_are_left_alone(corrector, said, unsure):
    assert corrected(corrector, said, unsure) == said


def test_taboo_phrases_and_fillers_are_never_targets(config):
    wanted = targets(config.corrector, config.ruleset_for("default"), "default")
    assert "再见" in wanted and "请稍等" in wanted and "工号" in wanted
    assert not {"不知道", "你自己查", "有完没完", "那个", "嗯"} & set(wanted)


def test_each_business_line_has_its_own_lexicon_besides_the_default(corrector):
    said = "这笔可以分期还宽。"
    assert corrected(corrector, said, "宽", line="card") == "这笔可以分期还款。"
    assert corrected(corrector, said, "宽", line="default") == said


def test_the_switch_turns_it_off_and_a_run_keys_its_transcripts_as_before(tmp_path):
    off = load_config(overrides={"corrector": {"enabled": False}})
    assert Corrector.from_config(off) is None
    store = Store(f"sqlite:///{tmp_path / 'qa.sqlite'}")
    assert pipeline.Batch(off, store, run_id=0).key == asr_key(off.asr, off.vad)
    assert pipeline.Batch(load_config(), store, run_id=0).key != asr_key(off.asr, off.vad)


def test_settings_are_checked_like_every_other_section():
    from qa_pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="corrector.max_probability"):
        load_config(overrides={"corrector": {"max_probability": "high"}})
    with pytest.raises(ConfigError, match="corrector: unknown key"):
        load_config(overrides={"corrector": {"lexicons": {}}})


def test_corrections_survive_the_store_and_old_transcripts_still_load(corrector):
    t = corrector.correct(Transcript(20.0, "agent_left", (heard("在见。", "在"),), ()), "default")
    back = transcript_from_json(transcript_to_json(t))
    assert back == t and back.utterances[0].words[0].heard == "在"
    old = {"duration_s": 3.0, "layout": "mono", "speech": [],
           "utterances": [{"role": "unknown", "start": 0.0, "end": 1.0, "text": "再见", "confidence": 0.9,
                           "words": [[0.0, 0.5, "再", 0.9], [0.5, 1.0, "见", 0.9]]}]}
    words = transcript_from_dict(old).utterances[0].words
    assert [w.heard for w in words] == ["", ""]


def test_masking_hides_personal_data_in_what_was_heard_too():
    w = Word(0.0, 1.0, "工号13812345678", 0.3, heard="功号13812345678")
    t = Transcript(2.0, "agent_left", (Utterance("agent", 0.0, 1.0, w.text, 0.3, (w,)),), ())
    masked = mask_transcript(t).utterances[0].words[0]
    assert "1381234" not in masked.text and "1381234" not in masked.heard
    assert masked.heard.startswith("功号")


class ScriptedTranscriber:
    """Every call ends with a farewell Whisper was unsure of: 在见 for 再见."""

    def __init__(self, key: str):
        self.key = key

    def transcribe_many(self, calls):
        closing = heard("好的，感谢您的来电，在见。", "在", start=1.5)
        return [Transcript(d.duration, d.layout, (heard("您好，请问有什么可以帮您？", start=0.2), closing),
                           (SpeechSpan("agent", 0.2, 5.0),), asr_key=self.key) for d in calls]


def test_a_run_stores_the_corrected_text_with_what_was_heard_and_skips_it_next_time(tmp_path, config):
    folder = tmp_path / "recordings"
    folder.mkdir()
    t = np.arange(3 * 8000) / 8000
    sf.write(folder / "8001_20261120-090001_C1.wav", np.stack([np.sin(2 * np.pi * 300 * t)] * 2, axis=1) * 0.3, 8000)
    store = Store(f"sqlite:///{tmp_path / 'qa.sqlite'}")
    factory = lambda: ScriptedTranscriber(asr_key(config.asr, config.vad))  # noqa: E731
    first = pipeline.run_batch(folder, None, config, store, progress=False, transcriber_factory=factory)
    stored = store.load("C1").transcript
    assert stored.utterances[1].text == "好的，感谢您的来电，再见。"
    assert [(w.heard, w.text) for w in stored.utterances[1].words if w.heard] == [("在", "再")]
    assert stored.asr_key == corrected_key(asr_key(config.asr, config.vad), Corrector.from_config(config))
    again = pipeline.run_batch(folder, None, config, store, progress=False, transcriber_factory=factory)
    assert (first.done, again.skipped) == (["C1"], ["C1"])


def test_a_corrected_transcript_is_keyed_apart_from_what_whisper_heard(corrector):
    t = Transcript(20.0, "agent_left", (heard("好的，在见。", "在"),), (), asr_key="whisper-settings")
    assert corrector.correct(t, "card").asr_key == corrected_key("whisper-settings", corrector) != "whisper-settings"
    assert corrected_key("whisper-settings", None) == "whisper-settings", "off: the key stored transcripts carry"


def test_the_call_page_lists_what_was_heard_beside_the_corrected_line(corrector):
    from qa_pipeline.web.routes_calls import _lines

    t = corrector.correct(Transcript(20.0, "agent_left", (heard("好的，在见。", "在"), heard("好的。")), ()))
    lines = _lines(t, [])
    assert [list(line.corrected) for line in lines] == [[("在", "再")], []]
    assert "".join(text for text, _ in lines[0].segments) == "好的，再见。"


# Ordinary words Whisper base wrote as characters of the same sound (tones included) that form
# no word: the dictionary's word read that way is written (``corrector.homophones``).
@pytest.mark.parametrize("said, unsure, meant", [
    ("甚至出现交易几乎停制的情况。", "制", "甚至出现交易几乎停滞的情况。"),
    ("说不尽的加长理短。", "加长理", "说不尽的家长里短。"),
    ("四月的树林更是先活。", "先", "四月的树林更是鲜活。"),
    ("我想咨询一下宽带的资废。", "资废", "我想咨询一下宽带的资费。"),
])
def test_ordinary_words_heard_as_homophones_are_corrected(corrector, said, unsure, meant):
    assert corrected(corrector, said, unsure) == meant


@pytest.mark.parametrize("said, unsure", [
    ("甚至出现交易几乎停制的情况。", ()),  # Whisper was sure of 制
    ("他一时失意，昂然走了。", ("失意", "昂然")),  # 失意 is a word (诗意 too): which was meant, only context tells
    ("他是我的朋友，我们一起吃饭。", ("他是我的朋友", "我们一起吃饭")),  # common characters outweigh any rare word
    ("他撞入了人群。", ("撞入",)),  # zhuang4 ru4 is not 状如 zhuang4 ru2: never another tone
    ("您的尾号是九期。", ("九期",)),  # 九期 jiu3 qi1 reads like 久期, but a digit is never rewritten
])
def test_words_and_sure_or_common_characters_are_not_swapped_for_homophones(corrector, said, unsure):
    assert corrected(corrector, said, *unsure) == said


def test_a_homophone_correction_never_changes_the_sound_the_rules_match(corrector):
    from pypinyin import Style, pinyin

    def readings(ch: str) -> set[str]:
        return set(pinyin(ch, style=Style.TONE, heteronym=True)[0])

    sentences = ["春节是团园是温暖是亲情是说不进的加长理短。", "企业依靠技术挖钱增效，他负责全场产品质量。",
                 "羊卓雍湖抽水续能电厂是世界上海拔最高的抽水续能电厂。", "我想咨询一下宽带的资废和流量的套参。"]
    changed = 0
    for said in sentences:
        fixed = corrected(corrector, said, said)  # every character unsure: the most it may change
        changed += fixed != said
        assert len(fixed) == len(said), "every word keeps its time"
        assert all(readings(a) & readings(b) for a, b in zip(said, fixed)), f"{said} → {fixed}: a sound changed"
    assert changed >= 3, "the sentences hold homophone errors; most must be corrected"


def test_homophones_switched_off_leaves_only_the_service_words(config):
    off = Corrector.from_config(load_config(overrides={"corrector": {
        "homophones": False, "lexicon": {"default": list(LEXICON)}}}))
    assert corrected(off, "甚至出现交易几乎停制的情况。", "制") == "甚至出现交易几乎停制的情况。"
    assert corrected(off, "好的，感谢您的来电，在见。", "在") == "好的，感谢您的来电，再见。"
