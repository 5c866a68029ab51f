"""What an agent reads: plain Chinese in place of rule keys, rule details written for reviewers,
and classifier feature names (``n_forbidden_phrase +5.74``)."""

from __future__ import annotations

from ..trends.analysis import KIND_NAMES

SEVERITY_NAMES = {"minor": "轻微", "major": "严重", "fatal": "致命"}

# what the service code asks, one sentence per finding kind
KIND_ADVICE = {
    "missing_greeting": "开场白不完整：接听时应问候、报公司和工号，并询问客户需要什么帮助。",
    "missing_closing": "结束语不完整：结束前应询问客户是否还有其他需要，并礼貌道别。",
    "forbidden_phrase": "使用了服务禁语：这类说法会让客户觉得被推诿或不被尊重。",
    "filler": "口头禅较多（嗯、啊、那个……）：会显得不够专业。",
    "fast_speech": "语速过快：客户可能听不清，请放慢语速。",
    "long_hold": "让客户等待的时间过长。",
    "unannounced_hold": "让客户等待前没有告知（例如“请您稍等”）。",
    "missing_hold_thanks": "等待结束后没有感谢客户的耐心等待。",
    "dead_air": "客户说完后长时间没有回应。",
    "interruption": "客户说话时打断了客户。",
    "repeated_question": "重复询问客户已经提供过的信息。",
    "missing_empathy": "客户表达不满时没有安抚客户的情绪。",
}

# the classifier's numeric features, as the reason a grade was predicted
FEATURE_WORDS = {
    "duration_min": "通话时长",
    "agent_cpm": "语速",
    "talk_ratio": "坐席说话所占比例",
    "silence_share": "通话中的静默",
    "hold_share": "让客户等待的时长",
    "overlap_per_min": "与客户抢话",
    "fillers_per_min": "口头禅的频率",
    "asr_confidence": "录音的清晰程度",
    "asr_confidence_min": "有听不清的语句",
    "low_confidence_findings": "有待人工复核的问题",
}


def plain_reason(feature: str) -> str:
    """A classifier feature as words: a finding kind, a measure of the call, or a phrase the
    agent said (the text features are the agent's words)."""
    if feature.startswith("n_") and feature[2:] in KIND_NAMES:
        return KIND_NAMES[feature[2:]]
    if feature in FEATURE_WORDS:
        return FEATURE_WORDS[feature]
    return f"用语「{feature.replace(' ', '')}」"
