"""Exports in RESULTS_DIR: calls.csv, findings.csv, transcripts.jsonl and report.xlsx.

Personal data (phone, 身份证 and card numbers …, ``privacy.py``) is masked in all of them.

Files are written under a temporary name and renamed into place, so a crash never leaves a
half-written export. CSVs are UTF-8 with a BOM: Excel then shows the Chinese text right.
Text cells that start like a formula are quoted: a transcript may begin with "=".
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import pandas as pd

from .config import PrivacyConfig, ScoringConfig
from .files import atomic_path
from .store import Store
from .errors import BadInput
from .privacy import Masker
from .records import Call, StoredCall, StoredFinding, Transcript
from .scoring.review import review_queue
from .store.codec import transcript_from_dict, transcript_to_dict

CALL_COLUMNS = ["call_id", "agent_id", "started_at", "duration_s", "score", "grade", "n_findings", "status",
                "needs_review", "fatal", "predicted_grade", "p_fail", "category", "business_line",
                "ruleset_version", "model_version", "error", "file"]
FINDING_COLUMNS = ["call_id", "agent_id", "rule_id", "kind", "severity", "start_s", "end_s", "text",
                   "confidence", "standing", "detail"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# report.xlsx shows each column's Chinese name beside its key (the key is what the CSVs use)
HEADER_NAMES = {
    "call_id": "通话号", "agent_id": "工号", "started_at": "开始时间", "duration_s": "时长(秒)", "score": "得分",
    "grade": "等级", "n_findings": "问题数", "status": "状态", "needs_review": "待复核", "fatal": "致命",
    "predicted_grade": "模型预测", "p_fail": "不合格概率", "category": "类别", "business_line": "业务线",
    "ruleset_version": "规则集版本", "model_version": "模型版本", "error": "错误", "file": "文件",
    "rule_id": "规则", "kind": "问题类型", "severity": "严重程度", "start_s": "开始(秒)", "end_s": "结束(秒)",
    "text": "内容", "confidence": "置信度", "standing": "复核状态", "detail": "说明", "role": "角色",
}
MAX_WIDTH = 60  # characters: longer text (transcripts) wraps in the cell instead of widening the sheet


def neutralise_formula(value: object) -> object:
    """Prefix a quote to text a spreadsheet would run as a formula (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def restore_formula(value: str) -> str:
    """``neutralise_formula`` undone, for a CSV this package wrote and now reads back (the
    labels a specialist exported): ``'=X`` is the call id ``=X``."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """A CSV for people to open in Excel: a BOM (else Excel reads UTF-8 Chinese as mojibake)
    and no cell that starts like a formula. Every CSV the web app serves is made here."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([neutralise_formula(v) for v in row] for row in rows)
    return "\ufeff" + out.getvalue()


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    # pandas 3 gives text columns a string dtype, older versions object: guard both.
    text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    return frame.assign(**{c: frame[c].map(neutralise_formula) for c in text})


def _frames(store: Store, call_ids: Sequence[str], scoring: ScoringConfig, unstored: Sequence = (),
            privacy: PrivacyConfig = PrivacyConfig()) -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    stored = list(store.iter_stored(call_ids, transcripts=True))
    by_call = store.findings_for(call_ids, scoring)
    # entries intake rejected that the store cannot hold (a call id used twice): listed all the same
    apart = [{"call_id": u.call_id, "agent_id": u.agent_id, "status": "failed", "error": u.reason, "file": u.path}
             for u in unstored]
    calls = pd.DataFrame([_call_row(s) for s in stored] + apart, columns=CALL_COLUMNS)
    agent = {s.call.call_id: s.call.agent_id for s in stored}
    # people open these files: personal data is masked in every text (the store keeps it)
    maskers = {s.call.call_id: Masker.for_call(s.transcript if s.status == "done" else None, privacy,
                                               s.call.business_line) for s in stored}
    found = pd.DataFrame([_finding_row(f, agent.get(cid, ""), maskers[cid]) for cid in call_ids for f in by_call.get(cid, [])],
                         columns=FINDING_COLUMNS)
    transcripts = []
    for s in stored:
        t, call = maskers[s.call.call_id].transcript, s.call
        # the whole transcript (voice activity too), so the rules can re-check a line
        transcripts.append({
            **(transcript_to_dict(t) if t else {"utterances": [], "speech": []}),
            "call_id": call.call_id, "agent_id": call.agent_id,
            "started_at": call.started_at.isoformat() if call.started_at else None,
            "status": s.status, "duration_s": s.duration_s, "layout": s.layout,
            "business_line": call.business_line, "asr_key": t.asr_key if t else None,
        })
    return calls, found, transcripts


def _call_row(s: StoredCall) -> dict:
    """A stored call as a line of calls.csv. A call that could not be scored has no findings,
    needs no review (its FAILED line says why) and is not fatal."""
    score, p = s.score, s.prediction
    return {"call_id": s.call.call_id, "agent_id": s.call.agent_id, "started_at": s.call.started_at,
            "duration_s": s.duration_s, "score": score.score if score else None, "grade": score.grade if score else None,
            "n_findings": score.n_findings if score else 0, "status": s.status,
            "needs_review": bool(score and score.needs_review), "fatal": bool(score and score.fatal),
            "predicted_grade": p.grade if p else None, "p_fail": p.p_fail if p else None,
            "category": p.category if p else None, "business_line": s.call.business_line,
            "ruleset_version": s.ruleset_version, "model_version": p.model_version if p else None,
            "error": s.error, "file": s.call.path}


def _finding_row(stored: StoredFinding, agent_id: str, masker: Masker) -> dict:
    """A stored finding as a line of findings.csv, its evidence masked."""
    f = masker.finding(stored.finding)
    return {"call_id": stored.call_id, "agent_id": agent_id, "rule_id": f.rule_id, "kind": f.kind,
            "severity": f.severity, "start_s": f.start_s, "end_s": f.end_s, "text": f.text, "confidence": f.confidence,
            "standing": stored.standing, "detail": f.detail}


def read_transcripts(path: str | Path) -> Iterator[tuple[Call, Transcript]]:
    """Scored calls from an exported transcripts.jsonl (plain or .gz), as (call, transcript)."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                d = json.loads(line)
                if d.get("status") != "done":
                    continue
                call = Call(d["call_id"], d.get("file") or "", d.get("agent_id") or "",
                            datetime.fromisoformat(d["started_at"]) if d.get("started_at") else None,
                            d.get("business_line") or "default")
                yield call, transcript_from_dict(d)
    except (OSError, ValueError, KeyError, TypeError) as e:
        where = f"line {n}" if "n" in locals() else "reading"
        raise BadInput(f"{path}: not a transcripts export ({where}: {e})") from e


def write_exports(store: Store, call_ids: Sequence[str], out_dir: str | Path,
                  fail_grades: Sequence[str] = ("不合格",), *, scoring: ScoringConfig | None = None,
                  unstored: Sequence = (), privacy: PrivacyConfig = PrivacyConfig()) -> list[Path]:
    """Write the export files for ``call_ids`` into ``out_dir``; return their paths.

    ``unstored``: ``intake.Rejected`` entries not in the store, added to calls as failed rows.
    ``privacy``: which personal data is masked (all kinds unless configured otherwise)."""
    out = Path(out_dir)
    calls, found, transcripts = _frames(store, call_ids, scoring or ScoringConfig(), unstored, privacy)
    queue = review_queue(store.iter_stored(call_ids, status="done"), fail_grades,
                         reviewed=store.finding_decisions(call_ids).keys())
    written = []
    with atomic_path(out / "review_queue.csv") as tmp:
        _safe(pd.DataFrame([{"rank": i, "call_id": q.call_id, "agent_id": q.agent_id, "priority": q.priority,
                             "reasons": "; ".join(q.reasons), "score": q.score, "grade": q.grade,
                             "predicted_grade": q.predicted_grade, "p_fail": q.p_fail}
                            for i, q in enumerate(queue, 1)],
                           columns=["rank", "call_id", "agent_id", "priority", "reasons", "score", "grade",
                                    "predicted_grade", "p_fail"])).to_csv(tmp, index=False, encoding="utf-8-sig")
    written.append(out / "review_queue.csv")
    with atomic_path(out / "calls.csv") as tmp:
        _safe(calls).to_csv(tmp, index=False, encoding="utf-8-sig")
    with atomic_path(out / "findings.csv") as tmp:
        _safe(found).to_csv(tmp, index=False, encoding="utf-8-sig")
    with atomic_path(out / "transcripts.jsonl") as tmp:
        with tmp.open("w", encoding="utf-8") as f:
            for t in transcripts:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
    utterance_rows = [
        {"call_id": t["call_id"], "role": u["role"], "start_s": u["start"], "end_s": u["end"],
         "text": u["text"], "confidence": u["confidence"]}
        for t in transcripts for u in t["utterances"]
    ]
    with atomic_path(out / "report.xlsx") as tmp:
        with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            _sheet(xl, "calls 通话", calls)
            _sheet(xl, "findings 问题", found)
            _sheet(xl, "transcripts 转写",
                   pd.DataFrame(utterance_rows, columns=["call_id", "role", "start_s", "end_s", "text", "confidence"]))
    written += [out / n for n in ("calls.csv", "findings.csv", "transcripts.jsonl", "report.xlsx")]
    return written


def _sheet(xl: pd.ExcelWriter, name: str, frame: pd.DataFrame) -> None:
    """One sheet of report.xlsx as a QA team works with it: "通话号 call_id" headers, the header
    row frozen, a filter on every column, and each column as wide as its longest value (to
    ``MAX_WIDTH``; a Chinese character counts as two)."""
    from openpyxl.utils import get_column_letter

    safe = _safe(frame)
    safe.to_excel(xl, sheet_name=name, index=False,
                  header=[f"{HEADER_NAMES[c]} {c}" if c in HEADER_NAMES else c for c in safe.columns])
    sheet = xl.sheets[name]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for i, column in enumerate(sheet.iter_cols(values_only=True), 1):
        widest = max((_display_width(v) for v in column), default=8)
        sheet.column_dimensions[get_column_letter(i)].width = min(max(widest + 2, 8), MAX_WIDTH)


def _display_width(value) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # CJK takes two columns
