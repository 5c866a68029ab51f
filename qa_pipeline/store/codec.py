"""Records ↔ JSON (and stored rows → records) for the store and the exports."""

from __future__ import annotations

import json
from dataclasses import asdict
from itertools import starmap

from ..records import (Appeal, Call, CallScore, Deduction, Finding, Island, Prediction, Review, RoleNaming, Separation,
                       SpeechSpan, StoredCall, StoredFinding, Transcript, Utterance, Word)


def utterance_to_dict(u: Utterance) -> dict:
    d = {
        "role": u.role, "start": u.start, "end": u.end, "text": u.text, "confidence": u.confidence,
        # Words as compact rows [start, end, text, probability]: a call has thousands. A word the
        # corrector changed has a fifth item, what Whisper heard; rows stored before have four.
        "words": [[w.start, w.end, w.text, w.probability, w.heard] if w.heard else [w.start, w.end, w.text, w.probability]
                  for w in u.words],
        "tokens": u.tokens,
    }
    if u.speaker_confidence != 1.0:  # only separated mono calls: stereo transcripts stay as they were
        d["speaker_confidence"] = u.speaker_confidence
    return d


def utterance_from_dict(d: dict) -> Utterance:
    return Utterance(
        role=d["role"], start=d["start"], end=d["end"], text=d["text"], confidence=d["confidence"],
        words=tuple(starmap(Word, d.get("words", ()))), tokens=d.get("tokens", ""),
        speaker_confidence=d.get("speaker_confidence", 1.0),
    )


def transcript_to_dict(t: Transcript) -> dict:
    return {
        "duration_s": t.duration_s, "layout": t.layout, "asr_key": t.asr_key,
        "utterances": [utterance_to_dict(u) for u in t.utterances],
        "speech": [[s.role, s.start, s.end] for s in t.speech],
        "speech_pad_s": t.speech_pad_s,
        "islands": [_island_row(i) for i in t.islands],
        **({"separation": separation_to_dict(t.separation)} if t.separation else {}),
    }


def _island_row(i: Island) -> list:
    row = [i.role, i.start, i.end, i.quiet_before, i.quiet_after]
    # the speaker's confidence only on separated mono calls, the hiss only where a sound opens
    # with one, the voicing where measured: other rows stay as they were (Island(*row) reads them all)
    if i.voicing != 1.0:
        return row + [i.speaker_confidence, i.hiss_s, i.voicing]
    if i.hiss_s:
        return row + [i.speaker_confidence, i.hiss_s]
    return row + [i.speaker_confidence] if i.speaker_confidence != 1.0 else row


def separation_to_dict(s: Separation) -> dict:
    d = {"role_confidence": s.role_confidence, "evidence": s.evidence, "swapped": s.swapped,
         "overlaps": [list(o) for o in s.overlaps], "voice_similarity": s.voice_similarity}
    if s.named_by:  # a specialist's naming applied (exports); the cache keeps the separation's own
        d |= {"named_by": s.named_by, "naming_match": s.naming_match, "naming_lost": s.naming_lost}
    return d


def separation_from_dict(d: dict) -> Separation:
    return Separation(d["role_confidence"], d["evidence"], d.get("swapped", False),
                      tuple(tuple(o) for o in d.get("overlaps", ())), d.get("voice_similarity", 0.0),
                      d.get("named_by", ""), d.get("naming_match"), d.get("naming_lost", False))


def naming_row(n: RoleNaming) -> dict:
    """A specialist's naming as ``role_swaps`` columns (spans as JSON [[start, end], …])."""
    return {"user": n.user, "agent_speech": json.dumps([list(s) for s in n.agent]),
            "customer_speech": json.dumps([list(s) for s in n.customer]), "asr_key": n.asr_key}


def naming_from_row(row) -> RoleNaming:
    """A ``role_swaps`` row as the naming; a row kept before migration 8 that no transcript tied
    has no speech: a bare flip."""
    spans = {k: tuple(tuple(s) for s in json.loads(row[k])) if row[k] else () for k in ("agent_speech", "customer_speech")}
    return RoleNaming(spans["agent_speech"], spans["customer_speech"], row["user"], row["asr_key"] or "")


def transcript_to_json(t: Transcript) -> str:
    return json.dumps(transcript_to_dict(t), ensure_ascii=False)


def transcript_from_json(text: str) -> Transcript:
    return transcript_from_dict(json.loads(text))


def transcript_from_dict(d: dict) -> Transcript:
    return Transcript(
        duration_s=d["duration_s"], layout=d["layout"], asr_key=d.get("asr_key", ""),
        utterances=tuple(utterance_from_dict(u) for u in d["utterances"]),
        speech=tuple(SpeechSpan(*s) for s in d["speech"]),
        speech_pad_s=d.get("speech_pad_s", 0.0),
        islands=tuple(Island(*i) for i in d.get("islands", ())),
        separation=separation_from_dict(d["separation"]) if d.get("separation") else None,
    )


def score_to_json(score: CallScore) -> str:
    return json.dumps([asdict(d) for d in score.deductions], ensure_ascii=False)


def deductions_from_json(text: str | None) -> tuple[Deduction, ...]:
    return tuple(Deduction(**d) for d in json.loads(text or "[]"))


def reasons_from_json(text: str | None) -> tuple[tuple[str, float], ...]:
    return tuple((name, push) for name, push in json.loads(text or "[]"))


# stored rows → records ---------------------------------------------------------------------
def call_from_row(row) -> Call:
    return Call(row["call_id"], row.get("path") or "", row["agent_id"] or "", row["started_at"],
                row["business_line"] or "default")


def score_from_row(row) -> CallScore | None:
    """The call's score as scoring made it; None for a call not scored."""
    if row["score"] is None:
        return None
    return CallScore(row["score"], row["grade"], bool(row["fatal"]), bool(row["needs_review"]),
                     deductions_from_json(row["deductions"]))


PREDICTION_COLUMNS = ("predicted_grade", "p_fail", "category", "reasons", "model_version")


def prediction_from_row(row) -> Prediction | None:
    """The classifiers' view of the call; None when no model was active."""
    if row["predicted_grade"] is None:
        return None
    return Prediction(row["predicted_grade"], row["p_fail"], row["category"] or "", reasons_from_json(row["reasons"]),
                      row["model_version"] or "")


def finding_from_row(row) -> Finding:
    return Finding(row["rule_id"], row["kind"], row["severity"], row["start_s"] or 0.0, row["end_s"] or 0.0,
                   row["text"] or "", row["confidence"] or 0.0, row["detail"] or "")


def stored_finding_from_row(row, appeals: tuple[Appeal, ...] = (), standing: str = "") -> StoredFinding:
    """A ``findings`` row, with the specialist's decision where the row carries one (``decision``,
    ``reviewed_by``, ``review_comment``: ``Browse.findings_with_reviews``)."""
    decision = row.get("decision")
    review = Review(decision, row["reviewed_by"] or "", row["review_comment"] or "") if decision else None
    return StoredFinding(row["id"], row["call_id"], finding_from_row(row), review, appeals, standing)


def appeal_from_row(row) -> Appeal:
    return Appeal(row["id"], row["finding_id"], row["call_id"], row["rule_id"], row["kind"], row["user"],
                  row["comment"] or "", row["status"], row["created_at"], row["resolved_by"], row["resolved_at"],
                  row["resolution"], row.get("agent_id") or "")


def stored_call_from_row(row, findings: tuple[Finding, ...] = (), transcript: Transcript | None = None) -> StoredCall:
    return StoredCall(call_from_row(row), row["status"], row["error"] or "", row["duration_s"], row["layout"],
                      score_from_row(row), row["ruleset_version"], prediction_from_row(row), findings, transcript)
