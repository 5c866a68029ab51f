"""Personal data in transcripts: phone numbers, 身份证 numbers, bank cards, e-mail addresses, 车牌.

Customers read these out, so Whisper writes them in digits (「19346-785-805」) or as spoken
numerals (「幺三八，一二三四，五六七八」), grouped or not, with 嗯 or a comma between the
groups, and sometimes split over two utterances. A number is found as a *run*: digits and
numerals with at most short separators between them, across the same speaker's adjacent
utterances. Runs that count something (十, 百, 千, 万, 点: amounts, dates, times) are values,
not identifiers.

A run is then validated, not only pattern-matched:
- mobile: 11 digits with a mainland mobile prefix;
- 身份证: 18 characters with a valid region, birth date and check digit (``stdnum.cn.ric``);
- bank card: 16–19 digits passing Luhn (``stdnum.luhn``);
- landline: 0 + area code + 7–8 digits (10–12 digits in all).
A run that fails its check by a little (one digit misheard breaks a checksum) is still masked
as a *probable* number when it is 8 digits or longer (and not a date): masking a number by
mistake costs a reviewer little, leaving part of a card number visible costs the customer more. The speaker's own words decide where no check digit does: a number of 7+
digits named as personal (手机号是…, 身份证…) is masked as probable whatever its shape, and a
landline-like or probable number named as something else (订单号, 运单号, 工号, or any dictionary
word ending in 号/码 that names no one's number: 会员号, 条形码, 串号) is left alone. The dialogue
decides too: what the customer says in answer to the agent asking for a number (请问您的座机号是多少？
/ 那后面呢) is part of that number, however Whisper heard it (``_answers``). Hotlines (400/800 …,
95xxx, 12xxx) are never masked.

Whisper sometimes writes a whole reading as words that only *sound* like digits
(「以留二救且留二四救，五五二留以救二救二十一」 for a card): no numerals to start a run from.
Such a stretch is found by its sound (``pypinyin``, tones dropped): seven or more syllables
that are, nearly all (one other word per seven at most), readings of digits (yi/yao, er/liang,
san … and Whisper's near-misses 是/词 for 四, 有 for 幺) are masked as a probable number, unless
a short group before 元, 号, 点, 十 … is an amount, date or time, or the speaker names it as
something else (工号, 订单号, 拨打). Ordinary speech is full of 一, 是, 就 and 吧, but seldom seven
in a row, and where it is they sit in words (一起吧，一起吧，就是一起去吧): a stretch with over
half its syllables inside dictionary words (jieba) is speech.

The rules run on the real text; only what people and files see is masked (``mask``).
"""

from __future__ import annotations

import re
import wave
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import cn2an
import numpy as np
from pypinyin import lazy_pinyin
from stdnum import luhn
from stdnum.cn import ric

from .audio import SAMPLE_RATE
from .config import PRIVACY_KINDS, AudioConfig, PrivacyConfig
from .files import atomic_path
from .records import Finding, StoredCall, Transcript, Utterance
from .text import DIGIT_SOUNDS, jieba_module

KINDS = PRIVACY_KINDS
MASK = "*"
_NUMERALS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九幺"
_VALUE_WORDS = "十百千万亿点"  # a run holding these counts something (两千三百元, 十二月): not an identifier
# between digit groups; Whisper sometimes wraps a group in book-title or quotation marks
# (身份证号码是《31014》《11976》: PII set 26, post hoc)
_SEPARATORS = " -－—、，,.。·_《》〈〉「」"
_SENTENCE_END = "。？！?!"
# what people say between groups; Whisper writes their 嗯 as 能, 那 or 恩 (610113，能1970708，能5053)
_FILLERS = ("嗯", "呃", "啊", "额", "然后", "是", "对", "能", "那", "恩")
_ID_TAIL = "Xx叉查差插"  # the 身份证 check character, as written and as said (叉; Whisper: 查, 差, 插)
_ID_TAIL_SAID = ("艾克斯", "爱克斯")  # X said as the letter's English name
# radio-style digits: 洞 for 0, 拐 for 7 and 勾 for 9 (Whisper writes 洞 as 动); by sound, like 幺
_RADIO_SOUNDS = {"dong": "0", "guai": "7", "gou": "9"}
# Whisper's near-homophones that are not the same syllable: 是 for 四, 山 for 三 (s/sh confused),
# 词 for 四 (s/c), 有 for 幺
# 林 for 零 (-n for -ng, set 9)
_NEAR_DIGIT_SOUNDS = {"shi": "4", "shan": "3", "ci": "4", "you": "1", "lin": "0"}
MIN_SOUNDED = 7  # digit-sounding syllables a stretch needs to be read as a number without numerals
SOUNDED_PER_OTHER = 7  # and at most one other syllable per this many of them ("nearly all")
WORDY = 2  # a stretch with over half its digit sounds inside ordinary words is speech, not a number
VALUE_LEAD = 4  # digits before 年, 元, 十 … that are a value (二零二六年); a longer group is a number misheard
# what follows an amount, date, time or measure, not an identifier (路 a bus route, 寸 a tyre's rim, 码
# a shoe or clothes size: PII set 25, post hoc), units of two characters whose first alone is an
# ordinary word (公司, 平时) included: a car's 68000公里, a flat's 1115平方 (PII set 25, post hoc); lengths
# (a fish's 120公分: PII set 34, post hoc)
_UNITS = tuple("十百千万亿元块角毛号日月年点分秒岁个次天倍兆斤米名度路寸码吨克") + ("公里", "公斤", "平方", "平米", "千米", "千克", "毫升",
                                                                              "公分", "厘米", "毫米")
# things counted in an answer (PII set 22, post hoc: 126瓶, 440期); a longer group before one is a
# number cut off and misheard (卡号，6255件)
_COUNTED = "瓶箱件袋盒套辆页层期项"
COUNT_DIGITS = 3
# … and a short group said after 一共 / 总共 is a quantity whatever Whisper wrote after it (PII sets
# 44, post hoc: a caller's 「一共186箱」 right after her number, heard 186项 / 155香)
_COUNT_LEAD = re.compile(r"(?:一共|总共|共计|合计)有?$")
MIN_STRONG = 6  # real numerals a run needs before homophones inside it are read as digits
BRIDGE_SIDE = 3  # numerals needed on each side of a character that is read as an unknown digit
_MOBILE = re.compile(r"1(3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}")
# 2026-11-26 (and 14:30 after it) read as one run of digits
_DATE = re.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{2}){0,2}")
# 400/800 lines also with a digit or two Whisper dropped or added (set 9: 400-200-2015-63): no
# personal kind begins so (a card that does passes Luhn and is told first)
_HOTLINE = re.compile(r"(400|800)\d{6,9}|95\d{3,4}|12\d{3}|10\d{3,4}")
# 拨打 (or Whisper's 播打) names a number to call: the agent's hotline, often glued to 24小时 after it
# 分机: an extension names a desk inside an organisation, not a person's line (set 9: 总机…，转分机二一四)
# (PII set 17, post hoc: numbers that name a thing, not a person: an invoice's code and number, a
# product's serial or model, a drug's approval number, a lottery ticket, a train, a flight; not a
# meeting's: 议 sounds yi, one, and the run of digit sounds takes it in, label and all)
_NOT_PERSONAL = ("订单", "单号", "集装箱", "箱号", "运单", "工号", "编号", "流水号", "验证码", "金额", "拨打", "播打", "热线", "合同", "邮编",
                 "分机", "发票", "序列号", "型号", "准字", "批号", "彩票", "车次", "航班", "座位号", "代码",
                 "券码", "优惠码", "兑换码", "取件码", "提货码", "激活码", "会员", "血压", "高压", "低压", "报价",
                 "处方")   # a prescription's 处方单号, heard 厨房颠号 (by its sound; PII set 31, post hoc)
_PERSONAL = ("手机", "电话", "号码", "座机", "联系方式", "身份证", "证件", "卡号", "银行卡")
# A number is named by the word before it, and a word ending in 号 or 码 that names no one's phone,
# 身份证, card or account names a thing: 会员号, 条形码, 串号, 书号, 联行号 … (PII set 19: each new writer
# names new things, and a list of them is always one short). 号码 alone is everyone's number.
_WHOSE = ("手机", "电话", "座机", "联系", "身份", "证", "卡", "银行", "账", "户口", "护照", "尾", "微信", "机主")
# An agent asking for a number, and for the rest of one (那后面呢), makes what the customer says
# next an answer: digit groups in it are parts of that number however Whisper wrote the rest
# (我身份正上映的33106 / 此事奔人200425: neither group is a number alone, nor do they join)
_ASKED_FOR = _PERSONAL + ("后四位", "最后四位", "尾号", "后几位", "前几位")
# (and after a pause the agent asked for, 您接着往下说, heard 宁姐这望瞎说: by their sound too; PII set 36, post hoc)
_GO_ON = ("后面呢", "然后呢", "还有呢", "接着说", "继续说", "再说一", "再报一", "再念一", "往下说", "往下念", "往下报")
_REQUEST = ("请", "麻烦", "说一下", "报一下", "告诉", "提供", "多少", "念一下", "?", "？", "呢", "吗")
_SPOKEN_REQUEST = tuple(cue for cue in _REQUEST if len(cue) > 1)  # words of two syllables or more: heard by sound too
ANSWER_WINDOW_S = 15.0  # an answer begins this soon after the request (or the last 后面呢), at most
# … in seconds of the call's talk: a silence longer than this (a hold while the agent checks,
# 请您稍等…先不要挂机) stops the clock, and the caller goes on with the rest afterwards (PII set 37)
WINDOW_PAUSE_S = 3.0
_NOT_AN_ANSWER = ("左右", "多", "以上", "以下")  # 八千左右: a value, whatever was asked
_ADDRESS = ("单元", "楼", "栋", "幢", "室", "门牌")  # 三单元1104 right before a group: a room, not a number asked for
_AREA_CODE = ("区号",)  # an area code said alone names a city, not a line (老家的区号是0571)
# 车牌: a province's one-character name, the issuing city's letter, then 5 characters (6 on
# new-energy plates) of digits and letters other than I and O; digits may be read out (京A幺二三四五)
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_CHAR = f"[A-HJ-NP-Za-hj-np-z0-9{_NUMERALS[10:]}]"
_PLATE = re.compile(f"[{_PROVINCES}]\\s?[A-HJ-NP-Za-hj-np-z][\\s·・.-]?(?:{_PLATE_CHAR}\\s?){{4,5}}{_PLATE_CHAR}"
                    f"(?!{_PLATE_CHAR})")
PLATE_DIGITS = 2  # a plate holds digits; 新ABCDE after a province's name is a word, not a plate
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+\s*[@＠]\s*[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
TONE_HZ = 1000.0
TONE_LEVEL = 0.1  # −20 dBFS: clearly a bleep, not loud
# Whisper's word times drift from the sound by about this much: cover a little either side
# (set 7, post hoc: 0.15 s left 21 of 89 readings under 95 % covered, 0.3 s left 8)
COVER_PAD_S = 0.3
GLUED_WORD = 2  # characters of a word glued to a number's end that the tone takes too (a last digit misheard: 子, 儿子)
TRAILING_WORDS = 2  # a number followed by at most this many characters ends its utterance
# two masked stretches of one utterance this close are one reading broken by an aside (a sneeze, a
# yawn, 不好意思): the tone runs through the aside, which may hold a group Whisper heard as words
ASIDE_S = 6.0
# a stretch of a caller's answer to a request for a number this long with her voice in it and no
# word of Whisper's: the digits it dropped (a child repeating each group after her made Whisper skip
# the whole number: PII set 34, post hoc) are covered, since nothing shows them to be anything else
UNHEARD_S = 1.5
FIRST_TRY_GAP = 12  # characters between a first try (or a group before an aside) and its number, at most
# (also between a number's part and its rest after a hesitation: 一七七，二九二那个……我看看啊……九，二零四零)
LONGEST = 19  # digits of the longest personal number (a bank card): a number and its rest together, at most
REST_DIGITS = 3  # digits a rest after a hesitation needs (fewer: 嗯，三楼, a count)
# digits of a part of a person's number named by its places (身份证后六位是…) that are masked;
# a card's last four stay, as receipts print them
PART_DIGITS = 5
UNIT_VALUE = 2  # digits of a last group before 分, 天, 个 … read as that value (…七八三九六四，五分钟)
CODE = 6  # digits of a 验证码 or 取件码, at most
CODE_AND_VALUE = 8  # an ungrouped run longer than a code, up to this long, before a unit: a code, its value glued on
# no personal kind begins with 20: mobiles 1…, 身份证 regions 11–82, cards 3–6 or 9…, landlines 0…;
# a long number that does is a reference (合同编号 2026…, a date-stamped order number)
_NO_KIND_BEGINS = "20"
MAX_GAP_S = 3.0  # a number read over two utterances of one speaker: pause between them at most this
STRAY_TURN = 7  # characters of a turn, at most, in which a stray first word is read as a filler
ECHO_DIGITS = 3  # digits of a group the other party repeats back that make it part of the number
ECHO_BEFORE_S, ECHO_AFTER_S = 5.0, 10.0  # how near the number the echo is said
# A caller who starts a number and breaks off (food in her mouth, the line dropped) says its first
# digits again in the full reading, and one who checks it (typing it into her own phone) says its
# groups again after it: that many digits or more, said by the same speaker this soon before or
# after the number, are part of it (PII sets 32 and 33, post hoc; set 32's false starts came 7–16 s
# before) — digit for digit, and of a number as long as a local landline at least: PII set 33 had
# 场租7000块 masked as a start of 一亮度是3,000, itself a probable number, one digit in four apart
SAID_AGAIN_DIGITS = 4
SAID_AGAIN_WITHIN_S = 30.0
SAID_AGAIN_OF_DIGITS = 7
_JOIN = "，"  # utterances joined for the search: a separator, so a number may run across


@dataclass(frozen=True)
class Span:
    """Personal data found in a text: characters [start, end) and what it is."""

    start: int
    end: int
    kind: str  # one of KINDS
    digits: str  # the number as digits ("" for an e-mail address)


def find(text: str) -> list[Span]:
    """Personal data in ``text``, in order."""
    text = _pairs_as_digits(_marks_as_separators(text))
    spans = [Span(m.start(), m.end(), "email", "") for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(), m.end(), "plate", _plate(m.group())) for m in _PLATE.finditer(text)
              if sum(c.isdigit() for c in _plate(m.group())) >= PLATE_DIGITS
              and not any(s.start < m.end() and m.start() < s.end for s in spans)]
    runs = _runs(text)
    for start, end, digits in runs:
        kind = classify(digits)
        if kind in ("probable", "landline") and _not_personal(text, start):
            continue  # no check digit vouches for these: the speaker's own label decides
        if kind is None and len(digits) >= 7 and _named(text, start, _PERSONAL) and not _HOTLINE.fullmatch(digits):
            kind = "probable"  # 「手机号是」 and a number no check recognises: a digit misheard
        if kind is None and _a_named_part(text, start, digits):
            kind = "probable"  # 身份证后六位是635500: a part of a person's number, named so
        if kind and not any(s.start < end and start < s.end for s in spans):
            spans.append(Span(start, end, kind, digits))
    # found once, down to a number's rest (shorter than a number read alone); the scan does not
    # depend on the length asked for, so the numbers read alone are the long ones among them
    sounded = _sounded_runs(text, REST_DIGITS + 1)
    for start, end, digits in sounded:
        if len(digits) >= MIN_SOUNDED:
            spans = _merged(spans, Span(start, end, "probable", digits))
    for span in _dated_ids(text):
        spans = _merged(spans, span)
    for span in _halves(text, runs):
        spans = _merged(spans, span)
    spans = [_in_its_sentence(text, s) for s in spans]
    spans += _first_tries(text, runs, sorted(spans, key=lambda s: s.start))
    spans += [_in_its_sentence(text, s) for s in _rests(text, runs + sounded, sorted(spans, key=lambda s: s.start))]
    return sorted(spans, key=lambda s: s.start)


# A number read as it is printed says its marks: 括号零七五五括号 for (0755). Whisper writes the
# 括号 after an area code as a bare 号 (0755号，6878648: PII set 39), which reads as a date or a
# house number; between an area code and a line's seven or eight digits it is only that mark.
_SAID_MARK = re.compile("[左右]?括号|[左右]?括弧")
_ZERO = "0０零〇"
_MARK_AFTER_AREA_CODE = re.compile(
    f"(?<![{_NUMERALS}])[{_ZERO}][{_NUMERALS}]{{2,3}}号(?=[{re.escape(_SEPARATORS)}]*[{_NUMERALS}]{{7,8}}(?![{_NUMERALS}]))")


def _marks_as_separators(text: str) -> str:
    """``text`` with the marks said around an area code as separators, same length (offsets hold)."""
    text = _SAID_MARK.sub(lambda m: " " * len(m.group()), text)
    return _MARK_AFTER_AREA_CODE.sub(lambda m: m.group()[:-1] + " ", text)


_TENS_PIECE = f"[{_NUMERALS[10:]}十]+"
_TENS_STRETCH = re.compile(f"{_TENS_PIECE}(?:[{re.escape(_SEPARATORS)}]+{_TENS_PIECE})*")
# what was said for one token: 五十四, 七十, 十五 (a digit after 十 that opens the next ten is not
# this one's: 五十四十 is 五十, 四十), or one numeral
_TENS_TOKEN = re.compile(f"[{_NUMERALS[10:]}]?十(?:[{_NUMERALS[10:]}](?!十))?|[{_NUMERALS[10:]}]")
PAIRS = 2  # tens said in a row (五十四三十九) that make a stretch a number read in pairs, not a value


def _pairs_as_digits(text: str) -> str:
    """``text`` with a number read in pairs of digits as tens (零七五，五十四，三十九，七十八，三十八)
    written digit by digit, same length (五十四 → 五 四, 七十 → 七零): no value is said as tens after
    tens, but a count is (三十个, 二十三号), so a stretch of seven digits or more with ``PAIRS`` tens
    in it and no unit after it is read so; offsets into the text hold."""
    out = list(text)
    for m in _TENS_STRETCH.finditer(text):
        tokens = [(m.start() + t.start(), t.group()) for t in _TENS_TOKEN.finditer(m.group())]
        if any(said == "十" for _, said in tokens) or sum("十" in said for _, said in tokens) < PAIRS \
                or sum(len(_tens_digits(said)) for _, said in tokens) < 7 \
                or text.startswith(_UNITS, m.end()) or _counts(text, m.start()):
            continue  # a lone 十 cannot be written in one character; too few tens; a value
        for at, said in tokens:
            out[at:at + len(said)] = _written_as(said, _tens_digits(said))
    return "".join(out)


def _tens_digits(said: str) -> str:
    """The digits of one token (五十四 → 54, 七十 → 70, 十五 → 15, 七 → 7), digit by digit: a token
    is [numeral]十[numeral], and Whisper writes any numeral there (零十, ５十, 十〇), which no
    numeral library reads as a number (cn2an raised on 零十 and stopped a batch's exports: PII set 22)."""
    if "十" not in said:
        return _digit(said)
    tens, _, ones = said.partition("十")
    return (_digit(tens) if tens else "1") + (_digit(ones) if ones else "0")


def _written_as(said: str, digits: str) -> list[str]:
    """``said`` (五十四, 七十, 十五, 七) written as ``digits`` in as many characters."""
    if len(said) == len(digits):
        return list(digits)
    return [digits[0], " ", digits[1]]  # X十Y: the 十 becomes a separator


def _hesitation(text: str, end: int, start: int, rest_end: int, after_a_number: bool = False) -> bool:
    """Whether ``text[end:start]`` may be a pause inside one number that goes on to ``rest_end``:
    short, in one sentence, naming nothing (no 手机号, 订单号 … between), saying no value (我今年六十八
    岁了，2003年…), the rest counting nothing (no 年, 分 … after it) and, unless what the pause
    follows is a number found already, not opening with a unit (after 13 digits 分 is a word misheard)."""
    between = text[end:start]
    return 0 <= start - end <= FIRST_TRY_GAP and not any(c in _SENTENCE_END + _VALUE_WORDS for c in between) \
        and not text.startswith(_UNITS, rest_end) \
        and (after_a_number or not between.startswith(_UNITS)) \
        and not any(label in between for label in _PERSONAL) and not _not_personal(text, start, _AREA_CODE) \
        and not _a_room(text, start)


def _a_room(text: str, start: int) -> bool:
    """Whether a group at ``start`` is a room of an address: 三单元1104, 九号楼三零四(教室)."""
    return text[:start].rstrip(_SEPARATORS).endswith(_ADDRESS)


_CHECKED = ("id_card", "mobile", "bank_card", "landline")  # kinds a number's own digits vouch for


def _halves(text: str, runs: list[tuple[int, int, str]]) -> list[Span]:
    """Two runs a hesitation cuts apart that make a checked number together (身份证610113，那个我看看
    啊，2005-0921-2653: neither half is one, and the second looks like a date)."""
    out = []
    for (a0, a1, first), (b0, b1, rest) in zip(runs, runs[1:]):
        if b1 < len(text) and _id_tail_at(text, b1, first + rest):
            b1, rest = b1 + 1, rest + "X"  # the second half alone is no 身份证's end: its X was left out
        kind = classify(first + rest)
        either_alone = {classify(first), classify(rest)} & set(_CHECKED)  # then each is its own number
        if kind in _CHECKED and not either_alone and min(len(first), len(rest)) >= REST_DIGITS \
                and not _HOTLINE.fullmatch(rest) and _hesitation(text, a1, b0, b1):
            out += [Span(a0, a1, kind, first + rest), Span(b0, b1, kind, first + rest)]
    return out


def _rests(text: str, runs: list[tuple[int, int, str]], spans: list[Span]) -> list[Span]:
    """The rest of a number read on after a hesitation (一七七，二九二那个……我看看啊……九，二零四零;
    卡号…七呃……那个……二七二，四): a run just after a found number, in its sentence, that the two
    together could be (at most ``LONGEST`` digits), not a value, count, hotline or date."""
    out: list[Span] = []
    for start, end, digits in sorted(runs):
        before = next((s for s in reversed(spans + out) if s.end <= start), None)
        if len(digits) < REST_DIGITS or before is None or before.kind in ("email", "plate") \
                or any(s.start < end and start < s.end for s in spans + out):
            continue
        if len(before.digits) + len(digits) <= LONGEST and not (_HOTLINE.fullmatch(digits) or _DATE.fullmatch(digits)) \
                and not _a_count(text, start, end, digits) and _hesitation(text, before.end, start, end, after_a_number=True):
            out.append(Span(start, end, "probable", digits))
    return out


# a 身份证 read with its birth date said as a date: region, 一九八五年三月十二号, then the rest
_N = f"[{_NUMERALS}]"
_DATED_ID = re.compile(f"({_N}{{4,7}})[{_SEPARATORS}]*({_N}{{4}})年([0-9一二三四五六七八九十]{{1,3}})月"
                       f"([0-9一二三四五六七八九十]{{1,3}})[日号]([^{_SENTENCE_END}]{{0,6}}?)({_N}{{3}}[{_NUMERALS}{_ID_TAIL}])")


def _dated_ids(text: str) -> list[Span]:
    """身份证 numbers read with the birth date as a date (…，一九九二年四月二十八号，后面是九五五叉):
    ``id_card`` where the 18 characters check, else ``probable`` (a digit of the region misheard or
    dropped): digits, a full date and a short rest in one sentence are no amount or appointment."""
    out = []
    for m in _DATED_ID.finditer(text):
        region, year, month, day, _, rest = m.groups()
        born = "".join(map(_digit, year))
        if born[:2] not in ("19", "20"):
            continue
        digits = "".join(map(_digit, region)) + born + "".join(
            f"{int(cn2an.cn2an(v, 'smart')):02d}" for v in (month, day)) + "".join(map(_digit, rest))
        kind = "id_card" if _valid_id(digits) else "probable"
        out += [Span(m.start(1), m.start(5), kind, digits), Span(m.start(6), m.end(6), kind, digits)]
    return out


def _in_its_sentence(text: str, span: Span) -> Span:
    """``span`` without a group of one or two characters after a full stop: the next sentence's
    first word (Whisper's 一 of 一共, its 5 for 我, 医 of 医药), not the number's last digits."""
    return replace(span, end=_its_sentence_end(text, span.start, span.end))


def _its_sentence_end(text: str, start: int, end: int) -> int:
    """Where a stretch ``start:end`` ends without one or two characters after a full stop in it."""
    cut = max(text.rfind(c, start, end) for c in _SENTENCE_END)
    if cut > start and sum(c not in _SEPARATORS for c in text[cut + 1:end]) < 3:  # 。5.5上周三: two digits
        return cut
    return end


def _first_tries(text: str, runs: list[tuple[int, int, str]], spans: list[Span]) -> list[Span]:
    """Short runs just before a number in the same sentence, with no new label between: a first
    try corrected (775616，不对不对是，07556186328) or a group before an aside (028，哎小宝别闹，8639…)."""
    out = []
    for start, end, digits in runs:
        after = next((s for s in spans if s.start >= end), None)
        if len(digits) < 3 or after is None or after.kind in ("email", "plate") or after.start - end > FIRST_TRY_GAP:
            continue
        between = text[end:after.start]
        if any(s.start < end and start < s.end for s in spans) or any(c in _SENTENCE_END for c in between) \
                or between.startswith(_UNITS) or any(label in between for label in _PERSONAL) \
                or _not_personal(text, start):
            continue
        out.append(Span(start, end, "probable", digits))
    return out


def _merged(spans: list[Span], new: Span) -> list[Span]:
    """``spans`` with ``new`` added; a span it overlaps grows to cover both and keeps its kind
    (a validated number with homophones Whisper wrote before or after it); a probable one takes
    the kind of a checked ``new`` (身份证 digits, then its birth date said as a date)."""
    overlapping = [s for s in spans if s.start < new.end and new.start < s.end]
    if not overlapping:
        return spans + [new]
    first = overlapping[0]
    grown = replace(first, kind=new.kind if first.kind == "probable" else first.kind,
                    start=min(new.start, *(s.start for s in overlapping)),
                    end=max(new.end, *(s.end for s in overlapping)))
    return [s for s in spans if s not in overlapping] + [grown]


def _sounded_runs(text: str, least: int = MIN_SOUNDED, answer: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, digits) of stretches of ``least`` or more digit sounds that sound like a
    number read out, numerals or not (fewer than ``MIN_SOUNDED``: the rest of a number found).

    Digit-sounding syllables, with separators and fillers between groups and at most a lone
    other word between two of them (且 in 以留二救且留二四救). A stretch starts and ends on a
    digit sound other than 是 (which ends 手机号是…) and stops at a value word (十, 百 …).
    """
    sounds = _sounds(text)
    found, i = [], 0
    while i < len(text):
        if not sounds[i][1]:
            i += 1
            continue
        if places := _places_at(text, i):
            i += places
            continue
        groups, others = _stretch(text, sounds, i)
        if _leads_a_value(text, groups):
            groups = groups[:-1]  # 「…，二十四小时」: the last group is a value, the rest may be a number
        if not groups:
            i += 1
            continue
        end, digits = groups[-1]
        if end - 1 > i and _glued_homophone(text, sounds, end - 1):
            end, digits = end - 1, digits[:-1]  # 617304就行: 就 begins 就行, it is no digit
        _, end, digits = _without_a_value(text, i, end, digits)
        if _reads_as_number(text, i, end, digits, others, least, answer):
            found.append((i, end, digits))
        i = max(end, i + 1)
    return found


def _stretch(text: str, sounds: tuple[tuple[str, bool], ...], start: int) -> tuple[list[tuple[int, str]], int]:
    """The digit-sounding stretch from ``start``: (end, digits so far) at the end of each group, and
    how many lone other words it holds."""
    groups, digits, others, j, n = [(start, "")], "", 0, start, len(text)
    while j < n and text[j] not in _VALUE_WORDS:
        if sounds[j][0]:
            digits, j = digits + sounds[j][0], j + 1
            if sounds[j - 1][1]:  # 是 only inside a stretch, never at its edge
                groups[-1] = (j, digits)
            continue
        skip = _between_groups(text, j)
        if skip and j + skip < n and sounds[j + skip][0]:
            groups.append(groups[-1])
            j += skip
        elif j + 1 < n and sounds[j + 1][0] and not skip and "\u4e00" <= text[j] <= "\u9fff":
            others, j = others + 1, j + 1  # a lone other word between two digit sounds
        else:
            break
    return [g for k, g in enumerate(groups) if k == 0 or g != groups[k - 1]], others


def _leads_a_value(text: str, groups: list[tuple[int, str]]) -> bool:
    """Whether the last group of a stretch is a value: a few digits and 元, 年, 十 … after them
    (二零二六年, 二十一万). A long group before 十 is a number misheard (…二留以救二救二十一)."""
    end, digits = groups[-1]
    before = groups[-2][1] if len(groups) > 1 else ""
    return text.startswith(_UNITS, end) and len(digits) - len(before) <= VALUE_LEAD


def _reads_as_number(text: str, start: int, end: int, digits: str, others: int, least: int = MIN_SOUNDED,
                     answer: bool = False) -> bool:
    """Whether a digit-sounding stretch is a number read out, not a value or a named non-personal number.

    In an ``answer`` to a request for a number, ``MIN_SOUNDED`` digit sounds with nothing else
    between them are one whatever words they make (一把其三其，就一把就: 一把 is a word, and
    the caller was reading her number; PII set 34, post hoc)."""
    if len(digits) < least or others * SOUNDED_PER_OTHER > len(digits):
        return False
    only_digits = answer and not others and len(digits) >= MIN_SOUNDED
    if _in_words(text[start:end]) * WORDY > len(digits) and not only_digits:
        return False  # 一起吧，一起吧，就是一起去吧: digit sounds, but inside ordinary words
    return not (_counts(text, start, digits) or _HOTLINE.fullmatch(digits) or _DATE.fullmatch(digits)
                or digits.startswith(_NO_KIND_BEGINS) or _not_personal(text, start))


def _glued_homophone(text: str, sounds: tuple[tuple[str, bool], ...], k: int) -> bool:
    """Whether ``text[k]``, the last of a stretch, only sounds like a digit and is glued to the word
    after it (就 in 617304就行): a digit read out is followed by a pause, a filler or another digit."""
    return text[k] not in _NUMERALS and k + 1 < len(text) and "\u4e00" <= text[k + 1] <= "\u9fff" \
        and not sounds[k + 1][0] and not _between_groups(text, k + 1)


def _in_words(stretch: str) -> int:
    """Characters of ``stretch`` inside dictionary words of two or more characters that are not
    numerals alone (一起, 就是, 以后; not 二四). A number Whisper wrote as homophones is mostly
    single characters (以 留 二 救), now and then a word by chance (物流)."""
    words = jieba_module().lcut(stretch, HMM=False)  # HMM off: only dictionary words, no guessed ones
    return sum(len(w) for w in words if len(w) > 1 and not set(w) <= set(_NUMERALS))


@lru_cache(maxsize=4096)
def _sounds(text: str) -> tuple[tuple[str, bool], ...]:
    """Per character of ``text``: the digit it is or sounds like ("" for none), and whether it may
    open or close a stretch (not 是 or 山: near-homophones, and 是 begins 手机号是一三八…)."""
    syllables = lazy_pinyin(text, errors=lambda chunk: [""] * len(chunk))
    out = []
    for ch, syllable in zip(text, syllables):
        if ch in _NUMERALS:
            out.append((_digit(ch), True))
        elif syllable in DIGIT_SOUNDS or syllable in _RADIO_SOUNDS:
            out.append((DIGIT_SOUNDS.get(syllable) or _RADIO_SOUNDS[syllable], True))
        else:
            out.append((_NEAR_DIGIT_SOUNDS.get(syllable, ""), False))
    return tuple(out)


def _plate(said: str) -> str:
    """A plate as written on it (京A12345) from how it was said or heard (京A幺二三四五)."""
    return "".join(c.upper() if c.isascii() or c in _PROVINCES else _digit(c) for c in said if not c.isspace()
                   and c not in "·・.-")


def classify(digits: str) -> str | None:
    """What a number read out is: a KINDS entry, or None for something that is not personal data."""
    n = len(digits)
    if n == 18 and _valid_id(digits):
        return "id_card"
    if n == 11 and _MOBILE.fullmatch(digits):
        return "mobile"
    if 16 <= n <= 19 and digits.isdigit() and luhn.is_valid(digits):
        return "bank_card"
    if _HOTLINE.fullmatch(digits):
        return None
    if 10 <= n <= 12 and digits.startswith("0") and not digits.startswith("00"):
        return "landline"
    if n >= 8 and not _DATE.fullmatch(digits) and not digits.startswith(_NO_KIND_BEGINS):
        return "probable"  # a mobile, 身份证 or card number with digits misheard, dropped or added
    return None


def _valid_id(digits: str) -> bool:
    try:
        return ric.is_valid(digits)
    except (KeyError, ValueError):  # stdnum 2.2 raises KeyError for some region codes: not a valid number
        return False


def mask(text: str, kinds: Iterable[str] = KINDS) -> str:
    """``text`` with the digits of its personal data replaced by ``MASK`` (separators kept)."""
    return _masked(text, [s for s in find(text) if s.kind in set(kinds)])


def _without_stray_word(text: str) -> str:
    """A short turn that goes on reading a number, with the word Whisper often puts before it
    (这4319，也妖九五四) read as a filler: same length, so offsets into the text hold."""
    said = text.strip(_SEPARATORS)
    if len(said) <= STRAY_TURN and len(said) > 1 and "\u4e00" <= said[0] <= "\u9fff" and said[0] not in _NUMERALS \
            and (said[1] in _NUMERALS or _homophone(said, 1) is not None) and not _homophone(said, 0):
        return text.replace(said[0], _FILLERS[0], 1)
    return text


def _echoed_groups(u: Utterance, numbers: list[tuple[str, float, float, str]],
                   masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Short digit groups in ``u`` that repeat part of a number the other party has just read
    (the agent echoing 0595 while the customer reads a card group by group)."""
    out = []
    for start, end, digits in _runs(u.text):
        if len(digits) < ECHO_DIGITS or any(a < end and start < b for a, b in masked) \
                or _not_personal(u.text, start):
            continue
        valued = u.text.startswith(_UNITS, end)  # 6285块: an amount, whatever number it matches
        if any((_echo_near(u, role, said, done) and _echoes(digits, number))
               or (not valued and _said_again(u, digits, role, said, done, number))
               for role, said, done, number in numbers):
            out.append((start, end))
    return out


def _echo_near(u: Utterance, role: str, said: float, done: float) -> bool:
    """Whether ``u`` is the other party's, said around a number read from ``said`` to ``done``."""
    return role != u.role and said - ECHO_BEFORE_S <= u.start <= done + ECHO_AFTER_S


def _said_again(u: Utterance, digits: str, role: str, said: float, done: float, number: str) -> bool:
    """Whether ``digits`` in ``u`` are part of ``number`` (read from ``said`` to ``done``) said again by its
    reader: a first try that broke off before it, or groups checked over after it."""
    near = (said - SAID_AGAIN_WITHIN_S <= u.start and u.end <= said) or done <= u.start <= done + SAID_AGAIN_WITHIN_S
    return (role == u.role and near and len(digits) >= SAID_AGAIN_DIGITS and len(number) >= SAID_AGAIN_OF_DIGITS
            and digits in number)


def _echoes(group: str, number: str) -> bool:
    """Whether ``group`` is part of ``number``, one digit in four misheard or misread allowed (an
    agent reading a 身份证 back with a digit wrong, and Whisper mishearing another)."""
    if group in number:
        return True
    n = len(group)
    return n >= 4 and any(sum(a != b for a, b in zip(group, number[k:k + n])) <= n // 4
                          for k in range(len(number) - n + 1))


def mask_transcript(transcript: Transcript, kinds: Iterable[str] = KINDS) -> Transcript:
    """The transcript as people may see it; a number read over two utterances is found too."""
    return _masked_with_answers(transcript, kinds)[0]


def _masked_with_answers(transcript: Transcript, kinds: Iterable[str]) -> tuple[Transcript, tuple[int, ...]]:
    """``mask_transcript``'s transcript, and the caller's utterances that begin inside an answer
    window (read on the real text: the agent's read-backs that keep a window open are masked after)."""
    wanted = set(kinds)
    turns: list[int] = []
    spans: dict[int, list[tuple[int, int]]] = {}
    numbers: list[tuple[str, float, float, str]] = []  # (role, start, end, digits) of what was found
    for group in _said_in_a_row(transcript.utterances):
        texts = [transcript.utterances[i].text for i in group]
        joined = _JOIN.join(texts[:1] + [_without_stray_word(t) for t in texts[1:]])
        offset = 0
        bounds = []
        for t in texts:
            bounds.append((offset, offset + len(t)))
            offset += len(t) + len(_JOIN)
        for span in find(joined):
            if span.kind not in wanted:
                continue
            on = [i for i, (a, b) in zip(group, bounds) if span.start < b and a < span.end]
            for i, (a, b) in zip(group, bounds):
                if i in on:
                    spans.setdefault(i, []).append((max(span.start, a) - a, min(span.end, b) - a))
            u0, u1 = transcript.utterances[on[0]], transcript.utterances[on[-1]]
            numbers.append((u0.role, u0.start, u1.end, span.digits))
    for i, found in _answers(transcript.utterances, spans, turns).items():
        if "probable" in wanted:
            spans.setdefault(i, []).extend((a, b) for a, b, _ in found)
            u = transcript.utterances[i]
            numbers += [(u.role, u.start, u.end, digits) for _, _, digits in found if digits]
    for i, u in enumerate(transcript.utterances):
        echoed = _echoed_groups(u, numbers, spans.get(i, []))
        if echoed:
            spans.setdefault(i, []).extend(echoed)
    return replace(transcript, utterances=tuple(
        _mask_utterance(u, spans[i]) if i in spans else u for i, u in enumerate(transcript.utterances))), tuple(turns)


def _answers(utterances: tuple[Utterance, ...], masked: dict[int, list[tuple[int, int]]],
             turns: list[int] | None = None) -> dict[int, list[tuple[int, int, str]]]:
    """Digit groups (three digits or more, not a value) in what the customer says within
    ``ANSWER_WINDOW_S`` of the agent asking for a personal number, by utterance: (start, end, digits).

    Only the agent's asking counts: a customer asking for a number (电话多少) is answered with
    hotlines, prices and addresses, not personal data. Mono calls before roles are known have none.
    ``turns``, where given, receives the caller's utterances that begin inside a window.
    """
    out: dict[int, list[tuple[int, int, str]]] = {}
    window = _AnswerWindow()
    agent_reads = False  # the agent has asked and the customer has not spoken since
    for i, u in enumerate(utterances):
        inside = window.reaches(u)
        if u.role == "agent":
            # 「请说一下您的身份证号。我这里显示的是610113开头，后面的您说一下」: the agent reads the
            # first part from the file, the customer the rest (PII set 21, post hoc)
            going_on = inside
            asked = 0 if agent_reads else None  # where in this turn the agent's own part may begin
            if _asks_for_number(u.text, going_on):
                if asked is None:
                    asked = _asked_by(u.text, going_on)
                window.open_after(u)
                agent_reads = True
            if asked is not None and (groups := [g for g in _answer_groups(u.text) if g[0] >= asked]):
                out[i] = groups
            elif going_on and not agent_reads and (groups := _read_back(u.text)):  # the customer has replied
                out[i] = groups
                window.open_after(u)  # the reading goes on: the rest may follow the agent's read-back
            continue
        agent_reads = False
        if u.role != "customer" or not inside:
            continue
        if turns is not None:
            turns.append(i)
        found = masked.get(i, [])
        groups = [g for g in _answer_groups(u.text) if not any(a < g[1] and g[0] < b for a, b in found)]
        groups += _gaps(u.text, sorted(found + [(a, b) for a, b, _ in groups]))
        if groups:
            out[i] = groups
    return out


class _AnswerWindow:
    """When a caller's answer to a request for a number may begin: ``ANSWER_WINDOW_S`` of the
    call's talk after the agent's request, its 后面呢 or its read-back; silences longer than
    ``WINDOW_PAUSE_S`` inside the window do not count."""

    def __init__(self) -> None:
        self.until = -1.0  # when an answer may last begin
        self.heard_until: float | None = None  # the end of the speech so far

    def reaches(self, u: Utterance) -> bool:
        """Whether ``u`` begins inside the window (call once per utterance, in order)."""
        if self.heard_until is not None and self.heard_until <= self.until \
                and u.start - self.heard_until > WINDOW_PAUSE_S:
            self.until += u.start - self.heard_until
        self.heard_until = u.end if self.heard_until is None else max(self.heard_until, u.end)
        return u.start <= self.until

    def open_after(self, u: Utterance) -> None:
        self.until = max(self.until, u.end + ANSWER_WINDOW_S)


# An agent typing a number in says each group back as the caller reads it (0571呢？, 1784，好); what
# they say back sounds the same as what was read, not always the same as what Whisper wrote of it
# (一起把死 for 1784, 零五七一一一 after the caller's group heard 那连物其仪, 0201号 after 吉林二林):
# so an agent's clause of digits, or of their sounds, once the caller has replied to the request
# is a read-back by its shape (PII set 35, post hoc). Besides the digits it holds at most this many
# characters (呢, 对吧, 好).
READ_BACK_OTHERS = 3


# … or says it is checking first (我跟您核对一下，四四零三零五，…, heard 合对: PII set 37, post hoc)
_CHECKING = ("核对", "确认一下", "念一下", "重复一下", "复述一下")


def _read_back(text: str) -> list[tuple[int, int, str]]:
    """The digit groups of an agent's turn that opens by saying back a group the caller has just
    read, after a clause saying it is checking, if any."""
    start, end = 0, (m.start() if (m := _CLAUSE_END.search(text)) else len(text))
    if m and _cued(text[:end], _CHECKING, _CHECKING):
        start, end = m.end(), (n.start() if (n := _CLAUSE_END.search(text, m.end())) else len(text))
    clause = text[start:end]
    if clause.endswith("号"):
        clause = clause[:-1] + "好"  # the 好 after a group said back, heard 号 (0201号): not a unit
    groups = _answer_groups(clause)
    others = len(clause) - sum(b - a for a, b, _ in groups) - sum(c in _SEPARATORS for c in clause)
    return [(a + start, b + start, digits) for a, b, digits in groups] if others <= READ_BACK_OTHERS else []


def _gaps(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """What lies between two parts of an answer in one sentence, naming nothing and holding no
    ordinary word: the digits Whisper heard as words (三九七零，阿何令以令阿何二八八九), covered with
    the rest (not 我老家的区号是 between a number and an area code)."""
    return [(b, a, "") for (_, b), (a, _) in zip(parts, parts[1:])
            if 0 < a - b <= FIRST_TRY_GAP and not any(c in _SENTENCE_END for c in text[b:a])
            and not any(label in text[b:a] for label in _PERSONAL + _NOT_PERSONAL) and not _in_words(text[b:a])]


def _asks_for_number(text: str, going_on: bool) -> bool:
    """Whether an utterance asks for a personal number (请问您的座机号是多少？, Whisper's 坐机号 too),
    or, while one is being read (``going_on``), for its rest (那后面呢) or names the kind again."""
    if going_on and _cued(text, _GO_ON, _GO_ON):
        return True
    if not going_on and not _cued(text, _REQUEST, _SPOKEN_REQUEST):
        return False  # no request in it: its labels need not be looked for by sound
    return any(label in text for label in _ASKED_FOR) or _sounds_like(text, _ASKED_FOR)


def _cued(text: str, written: tuple[str, ...], spoken: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``written``, or says one of ``spoken`` by its sound (a request
    请您说一下 heard 以庆您说以下, PII set 34; 您接着往下说 heard 宁姐这望瞎说, set 36; post hoc)."""
    if any(cue in text for cue in written):
        return True
    heard = _heard(text)  # pinyin only where no cue is written
    return any(cue in heard for cue in _label_sounds(spoken))


def _asked_by(text: str, going_on: bool) -> int:
    """Where the request for a number in ``text`` has been made: the end of its clause."""
    return next((m.end() for m in _CLAUSE_END.finditer(text + "。") if _asks_for_number(text[:m.end()], going_on)),
                len(text))


# clause ends that cannot lie inside a number: not 、 or . or a space, which Whisper writes between
# digit groups and in decimals (the rules' clause pattern, learned.CLAUSE, has them)
_CLAUSE_END = re.compile("[，,。？！?!；;]+")


def _sounds_like(text: str, labels: tuple[str, ...]) -> bool:
    """Whether ``text`` says one of ``labels`` by its sound, one syllable of a longer label
    misheard allowed (深寸正 for 身份证: the agent's words are heard no better than the caller's)."""
    heard = _heard(text).split()
    for label in _label_sounds(labels):
        said = label.split()
        slack = 1 if len(said) >= 3 else 0
        if any(sum(a != b for a, b in zip(said, heard[k:k + len(said)])) <= slack
               for k in range(len(heard) - len(said) + 1)):
            return True
    return False


def _answer_groups(text: str) -> list[tuple[int, int, str]]:
    """Digit groups in an answer: runs of numerals, or of their sounds, ``REST_DIGITS`` or longer,
    that count nothing (no 元, 号, 左右 … after them; no decimal) and are not named as something
    else (before them, or after: 1348航班) nor a room of an address (三单元1104)."""
    found = []
    text = _pairs_as_digits(text)
    for start, end, digits in sorted(_runs(text) + _sounded_runs(text, REST_DIGITS, answer=True)):
        if (cut := _its_sentence_end(text, start, end)) < end:  # 已救102。医药: 医 begins the next sentence
            end, digits = cut, digits[:len(digits) - sum(bool(digit) for digit, _ in _sounds(text)[cut:end])]
        if len(digits) < REST_DIGITS or any(a < end and start < b for a, b, _ in found) \
                or (text.startswith(_UNITS + _NOT_AN_ANSWER + _NOT_PERSONAL, end) and not _trailing_hao(text, start, end, digits)) \
                or _DECIMAL_PART.match(text, end) \
                or _a_count(text, start, end, digits) or _DECIMAL.fullmatch(text, start, end) \
                or _HOTLINE.fullmatch(digits) or _not_personal(text, start, _AREA_CODE) or _a_room(text, start):
            continue
        found.append((start, end, digits))
    return found


# An answer's last group followed by a 号 that ends what was said (最后四个是9726号 for 最后四个是
# 九七二六。: Whisper's, or 好 misheard, as after a read-back) names no house or date: a date's
# day has two digits, a house number stands after its street (PII set 37, post hoc)
TRAILING_HAO_DIGITS = 4


_ORDINAL_OR_STREET = tuple("第路街道巷弄村")  # 排在第1024号, 幸福路1206号: a place in a queue or a street


def _trailing_hao(text: str, start: int, end: int, digits: str) -> bool:
    return (len(digits) >= TRAILING_HAO_DIGITS and text[end:end + 1] == "号"
            and not text[end + 1:].strip(_SEPARATORS + _SENTENCE_END)
            and text[start - 1:start] not in _ORDINAL_OR_STREET)


# a value written with a decimal point (23.4平方, 利率3.87): no one's number is read so
_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
# … nor does one end in a decimal part (水表读数是0645.0吨; a group after a dot has three digits or more)
_DECIMAL_PART = re.compile(r"[.．][0-9]{1,2}(?![0-9])")


def _a_count(text: str, start: int, end: int, digits: str) -> bool:
    """Whether a group counts a thing: ``COUNT_DIGITS`` or fewer after 一共 or before 瓶, 期 …, the
    counted word read as a digit by its sound too (分了24期: 期 sounds 七, and the run took it in)."""
    if len(digits) <= COUNT_DIGITS and _COUNT_LEAD.search(text, 0, start):
        return True
    if text[end:end + 1] in tuple(_COUNTED):
        return len(digits) <= COUNT_DIGITS
    return text[end - 1:end] in tuple(_COUNTED) and len(digits) - 1 <= COUNT_DIGITS


@dataclass(frozen=True)
class Masker:
    """What people may see of one call: its transcript masked, and any text quoting it.

    A finding quotes an utterance (or part of one), so the call's personal data as written
    is remembered here and masked wherever it is quoted, even where the quote alone would
    no longer look like a number (half of one split over two utterances).
    """

    transcript: Transcript | None  # masked (None: a call with no transcript, e.g. a failed one)
    kinds: frozenset[str]
    written: tuple[tuple[str, str], ...] = ()  # (as said, masked), longest first
    answer_turns: tuple[int, ...] = ()  # the caller's utterances inside an answer window (``_answers``)

    @classmethod
    def of(cls, transcript: Transcript | None, kinds: Iterable[str] = KINDS) -> "Masker":
        if transcript is None:
            return cls(None, frozenset(kinds))
        masked, answer_turns = _masked_with_answers(transcript, kinds)
        pieces = set()
        for original, shown in zip(transcript.utterances, masked.utterances):
            pieces |= {(original.text[a:b], shown.text[a:b]) for a, b in _changed(original.text, shown.text)}
        return cls(masked, frozenset(kinds), tuple(sorted(pieces, key=lambda p: -len(p[0]))), answer_turns)

    @classmethod
    def for_call(cls, transcript: Transcript | None, privacy: PrivacyConfig, business_line: str | None) -> "Masker":
        """The masker of a call of ``business_line``, masking the kinds ``privacy`` names for it."""
        return cls.of(transcript, privacy.kinds_for(business_line or "default"))

    def text(self, text: str) -> str:
        for said, shown in self.written:
            text = text.replace(said, shown)
        return mask(text, self.kinds)

    def finding(self, f: Finding) -> Finding:
        """A finding of this call with its evidence and sentence masked (both may quote the call)."""
        return replace(f, text=self.text(f.text), detail=self.text(f.detail))

    def call(self, stored: StoredCall) -> StoredCall:
        """``stored`` (a call of this masker's transcript) as people may see it."""
        return replace(stored, transcript=self.transcript, findings=tuple(map(self.finding, stored.findings)))

    def spans_s(self) -> list[tuple[float, float]]:
        """Call times of the masked words: the audio to cover before anyone plays it.

        Whisper often writes fewer digits than were read (the rest is dropped), so a number
        that ends its utterance, give or take a word, is covered to the utterance's end; and it
        hears some groups as words, so an aside of at most ``ASIDE_S`` between two masked
        stretches of one utterance is covered with them.
        """
        spans = []
        for u in self.transcript.utterances if self.transcript else ():
            masked = [k for k, w in enumerate(u.words) if MASK in w.text]
            if not masked:
                continue
            spans += [(u.words[k].start, u.words[k].end) for k in masked]
            spans += [(u.words[a].end, u.words[b].start) for a, b in zip(masked, masked[1:])
                      if b > a + 1 and u.words[b].start - u.words[a].end <= ASIDE_S]
            spans += [(u.words[k + 1].start, u.words[k + 1].end) for k in masked if _glued_word(u.words, k)]
            after = "".join(w.text for w in u.words[masked[-1] + 1:])
            if sum(c.isalnum() for c in after) <= TRAILING_WORDS and u.end > u.words[masked[-1]].end:
                spans.append((u.words[masked[-1]].end, u.end))
        return spans + self._unheard_answers()

    def _unheard_answers(self) -> list[tuple[float, float]]:
        """The caller's voice in an answer to a request for a number where Whisper wrote no word
        (where numbers are masked at all: a line that masks only e-mail addresses keeps it)."""
        if not self.transcript or not self.kinds & set(_CHECKED):
            return []
        utterances = self.transcript.utterances
        voiced = [(s.start, s.end) for s in self.transcript.speech if s.role == "customer"]
        spans = []
        for i in self.answer_turns:
            u = utterances[i]
            edges = [u.start] + [t for w in u.words for t in (w.start, w.end)] + [u.end]
            for a, b in zip(edges[::2], edges[1::2]):
                if b - a >= UNHEARD_S:
                    spans += [(max(a, v0), min(b, v1)) for v0, v1 in voiced if v0 < b and a < v1]
        return spans


def _glued_word(words: tuple, k: int) -> bool:
    """Whether the word after masked word ``k`` is a short word glued to the number's end, with no
    pause mark between: Whisper writing a number's last digit as a word (1806516子，不对不对是…)."""
    if k + 1 >= len(words) or MASK in words[k + 1].text or not words[k].text.endswith(MASK):
        return False
    word = words[k + 1].text.strip()
    return 0 < len(word) <= GLUED_WORD and all("\u4e00" <= c <= "\u9fff" for c in word)


def cover(samples: np.ndarray, sample_rate: int, spans_s: Iterable[tuple[float, float]]) -> np.ndarray:
    """A copy of ``samples`` (time × channels, or mono) with ``spans_s`` replaced by a tone.

    The speech there is overwritten, not mixed under the tone, so it cannot be recovered.
    """
    out = np.array(samples, copy=True)
    for start, end in spans_s:
        a = max(int((start - COVER_PAD_S) * sample_rate), 0)
        b = min(int((end + COVER_PAD_S) * sample_rate), len(out))
        if b <= a:
            continue
        tone = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * np.arange(a, b) / sample_rate)
        if np.issubdtype(out.dtype, np.integer):
            tone = tone * np.iinfo(out.dtype).max
        out[a:b] = (tone[:, None] if out.ndim == 2 else tone).astype(out.dtype)
    return out


def write_covered(recording: str | Path, layout: str, spans_s: Iterable[tuple[float, float]], target: Path,
                  audio_config: AudioConfig | None = None) -> Path:
    """Write ``recording`` as a 16-bit WAV at 16 kHz with ``spans_s`` under a tone; return ``target``.

    One channel per role as decoded (agent first), whatever the original's format.
    """
    from .audio import decode_call  # decoding runs in a child process: imported only when audio is asked for

    decoded = decode_call(recording, layout, audio_config)
    n = max(len(c.samples) for c in decoded.channels)
    pcm = np.zeros((n, len(decoded.channels)), np.int16)
    for k, channel in enumerate(decoded.channels):
        pcm[: len(channel.samples), k] = np.clip(channel.samples * 32767, -32768, 32767).astype(np.int16)
    pcm = cover(pcm, SAMPLE_RATE, spans_s)
    with atomic_path(target) as tmp, wave.open(str(tmp), "wb") as out:
        out.setnchannels(pcm.shape[1])
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())
    return target


def _changed(original: str, shown: str) -> list[tuple[int, int]]:
    """[start, end) runs of characters that masking changed."""
    runs: list[list[int]] = []
    for i, (a, b) in enumerate(zip(original, shown)):
        if a != b:
            if runs and runs[-1][1] >= i - 1:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
    return [(a, b) for a, b in runs]


def _runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every run of numerals, separators and fillers between groups.

    Whisper writes some digits as their homophones (就 for 九, 散 for 三, 以 for 一, 刘 for
    六); inside a run that is mostly numerals such a character is read as its digit.
    """
    found = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in _NUMERALS:
            i += 1
            continue
        if places := _places_at(text, i):
            i += places
            continue
        start, digits, end, kept, strong, weak = i, "", i, 0, 0, 0
        while i < n:
            if len(digits) == 17 and text.startswith(_ID_TAIL_SAID, i):
                digits, i = digits + "X", i + 3
                end, kept = i, len(digits)
                continue
            digit = _digit(text[i]) if text[i] in _NUMERALS or _id_tail_at(text, i, digits) else None
            if digit is None and digits and (heard := _homophone(text, i) or _bridge(text, i)) is not None:
                digit, weak = heard, weak + 1
            elif digit is not None:
                strong += 1
            if digit is not None:
                digits += digit
                i += 1
                if text[i - 1] in _NUMERALS or text[i - 1] in _ID_TAIL:  # a run ends on a real numeral
                    end, kept = i, len(digits)
                continue
            skip = _between_groups(text, i)
            if skip and i + skip < n and (text[i + skip] in _NUMERALS or _homophone(text, i + skip) is not None
                                          or _id_tail_at(text, i + skip, digits)):
                i += skip
                continue
            break
        digits = digits[:kept]
        if weak and (strong < MIN_STRONG or 3 * strong < weak):
            # too few real numerals to read homophones as digits: only the numerals' own stretches count
            found += _plain_runs(text, start, end)
        elif not any(c in _VALUE_WORDS for c in text[end:end + 1]) and not _counts(text, start, digits):
            if weak or strong >= MIN_STRONG:
                start, end, digits = _widen(text, start, end, digits, found[-1][1] if found else 0)
            start, end, digits = _without_a_value(text, start, end, digits)
            if digits:
                found.append((start, end, digits))
        i = max(i, end, start + 1)
    return found


def _id_tail_at(text: str, i: int, digits: str) -> bool:
    """Whether ``text[i]`` is a 身份证's check character X (叉) after its 17 digits, a separator
    between them or not (一、…、二、叉, counted out digit by digit)."""
    return len(digits) == 17 and text[i] in _ID_TAIL


def _without_a_value(text: str, start: int, end: int, digits: str) -> tuple[int, int, str]:
    """A run followed by a unit (分, 天, 个 …) without its last group, which counts that unit: a
    code and then its minutes (是七八三九六四，五分钟内有效), or the minutes Whisper glued to a
    short code (是7604615分钟: a run of ``CODE_AND_VALUE`` digits or fewer loses one)."""
    if not text.startswith(_UNITS, end) or text[end] in _VALUE_WORDS:
        return start, end, digits  # before 十, 百 …: a value drops whole, or is a number misheard (_leads_a_value)
    said = text[start:end]
    last = len(said) - len(said.rstrip(_NUMERALS))
    if last == len(said):  # no separator: one stretch of digits (not 1998年, a value whole)
        last = 1 if CODE < len(digits) <= CODE_AND_VALUE else 0
    elif last > UNIT_VALUE:
        last = 0
    if not last:
        return start, end, digits
    kept = said[:len(said) - last].rstrip(_SEPARATORS + "".join(_FILLERS))
    return start, start + len(kept), digits[:len(digits) - last]


def _widen(text: str, start: int, end: int, digits: str, floor: int) -> tuple[int, int, str]:
    """A number Whisper half wrote as homophones may begin and end in them too (武器以1666337起):
    take those just after ``end`` and just before ``start`` (not before ``floor``, the last run's end)."""
    while end < len(text) and len(digits) < 19 and (tail := _homophone(text, end)) is not None:
        digits, end = digits + tail, end + 1
    while start - 1 > floor and len(digits) < 19 and (head := _homophone(text, start - 1)) is not None:
        digits, start = head + digits, start - 1
    return start, end, digits


def _bridge(text: str, i: int) -> str | None:
    """A digit Whisper wrote as a word that sounds like none (零四二零雅零四零二): a lone
    character between three numerals on each side is read as a digit of the same number."""
    lone = "\u4e00" <= text[i] <= "\u9fff" or (text[i].isascii() and text[i].isalpha())  # 雅, or an L (504L380)
    if lone and text[i] not in _VALUE_WORDS and i >= BRIDGE_SIDE \
            and not _between_groups(text, i) \
            and all(c in _NUMERALS for c in text[i - BRIDGE_SIDE:i] + text[i + 1:i + 1 + BRIDGE_SIDE]) \
            and len(text[i + 1:i + 1 + BRIDGE_SIDE]) == BRIDGE_SIDE:
        return "0"  # which digit is unknown: the run is at most a probable number
    return None


def _plain_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Runs of real numerals (with separators) inside ``text[start:end]``, homophones not read."""
    found, k = [], start
    while k < end:
        if text[k] not in _NUMERALS:
            k += 1
            continue
        a, digits = k, ""
        while k < end and (text[k] in _NUMERALS or (k + 1 < end and text[k] in _SEPARATORS and text[k + 1] in _NUMERALS)):
            digits += _digit(text[k]) if text[k] in _NUMERALS else ""
            k += 1
        if not _counts(text, a) and not any(c in _VALUE_WORDS for c in text[k:k + 1]):
            found.append((a, k, digits))
    return found


def _homophone(text: str, i: int) -> str | None:
    """The digit a character sounds like (就 → 9), or None."""
    ch = text[i]
    if not "\u4e00" <= ch <= "\u9fff":
        return None
    syllable = lazy_pinyin(ch)[0]
    return DIGIT_SOUNDS.get(syllable) or _RADIO_SOUNDS.get(syllable)


def _between_groups(text: str, i: int) -> int:
    """Length of a separator or filler at ``i`` that may sit between two digit groups (0: none)."""
    j = i
    while j < len(text) and j - i < 4:
        if text[j] in _SEPARATORS:
            j += 1
            continue
        filler = next((f for f in _FILLERS if text.startswith(f, j)), None)
        if filler is None:
            break
        j += len(filler)
    return j - i


def _not_personal(text: str, start: int, more: tuple[str, ...] = ()) -> bool:
    """Whether the words just before ``start`` name the number as something no person is known
    by: a listed label (订单号, 工号 …; ``more`` too), any thing's 号/码 (``_names_a_thing``), or
    money paid (``_AN_AMOUNT``). A part named after the label (箱号后面七位是…) is the label's."""
    part = _A_PART.search(text, 0, start)
    start = part.start() if part else start
    return _named(text, start, _NOT_PERSONAL + more) or _names_a_thing(text, start) \
        or _AN_AMOUNT.search(text[:start].rstrip(_SEPARATORS)) is not None


# a part of a number said after its label: 后面七位是, 最后4位, 前六位 (PII set 25, post hoc)
# how many places a part has (八位, 4位): a count before the number, never its first digits
_PLACES = re.compile("[0-9一二三四五六七八九十两几]{1,2}位")
_PLACES_SAID = re.compile(_PLACES.pattern + "(?:数字?)?[是为]?$")  # 六位是 right before the part
_A_PART = re.compile("的?(?:后面|最后|前面|末尾|后|前)的?[，,]?" + _PLACES_SAID.pattern)


def _a_named_part(text: str, start: int, digits: str) -> bool:
    """Whether the run at ``start`` is a part of a personal number, named by its places (身份证后六位是…)."""
    before = text[:start].rstrip(_SEPARATORS)
    m = _PLACES_SAID.search(before)
    return m is not None and len(digits) >= PART_DIGITS and _named(text, m.start(), _PERSONAL)


def _places_at(text: str, i: int) -> int:
    """The length of a count of places (后八位是… : 八位) at ``text[i]``; 0 where there is none."""
    m = _PLACES.match(text, i)
    return m.end() - i if m else 0


# A number right after a period of payment (每个月还4444, 一个月1800, 月供是…) or a verb of paying
# (要交7200, 退了…) is money, said without 元 as often as with it (PII set 22, post hoc: instalments
# and rent masked in answers). 还 only after a period (每个月还): 手机号还是138… is a number still in
# use, and Whisper writes 还 for other words (他还 for 单号); only 了 may follow a verb, and a verb
# alone needs a word of obligation or time before it (要交7200, 先付): Whisper hears a digit as 交
# after a pause (曝明是，交曜零零零五，要九七二…: PII set 26, post hoc).
_AN_AMOUNT = re.compile("(?:每个?月|每期|月供|一个月|首付|押金|租金|房租|利息|本金|平米|平方米?|单价|均价)[还交付是要得共了]{0,3}$"
                        "|[交付退赔]了$|[要得需先再已应该还][交付退赔]$")


def _names_a_thing(text: str, start: int) -> bool:
    """Whether a dictionary word ending in 号 or 码 sits right before ``start`` (a 是 or 填 between)
    and names no one's number: 会员号, 条形码, 串号, 书号, 学号, or a noun and 号 (联行号, 房间号);
    not 手机号, 卡号, 尾号, 账号, nor 号码 (everyone's). A label Whisper garbled (臭鞠耗 for 手机号,
    面上的号) is no dictionary word: the number stays masked."""
    k = start
    while k > 0 and (text[k - 1] in _SEPARATORS + "：: " or text[k - 1] in "是为叫填写报"):
        k -= 1
    if not k or text[k - 1] not in "号码" or text[max(0, k - 2):k] == "号码":
        return False
    freq = jieba_module().get_FREQ
    label = next((text[k - n:k] for n in (4, 3, 2) if k >= n and freq(text[k - n:k])), None) \
        or next((text[k - n - 1:k] for n in (3, 2) if k > n and freq(text[k - n - 1:k - 1])), None)
    return label is not None and not any(word in label for word in _WHOSE) and not label.endswith(_NO_NUMBER) \
        and not label[:-1].endswith(_THIS)


# 这个号 / 那个号码 point at the number being read (座机是这个号，021…: PII set 40), no thing's label
_THIS = ("这个", "那个", "哪个", "这", "那")


# words ending in 号 that name no number: a mark, a signal, a slogan (我手机号你记号, for 你记好: PII set 30)
_NO_NUMBER = ("记号", "信号", "符号", "问号", "句号", "逗号", "暗号", "称号")  # not 口号: QQ号 is heard 口口号


def _named(text: str, start: int, labels: tuple[str, ...]) -> bool:
    """Whether the words just before ``start`` name the number as one of ``labels`` (订单号是…),
    as written or by their sound (Whisper: 块地单好 for 快递单号, 核桶号 for 合同号, 右边 for 邮编)."""
    before = text[max(0, start - 8):start]
    heard = _heard(before)
    return any(label in before for label in labels) or any(
        _said_as_a_label(heard, sound) for sound in _label_sounds(labels))


def _said_as_a_label(heard: str, sound: str) -> bool:
    """Whether the label's syllables ``sound`` stand in ``heard`` as the label, not as the end of a
    word and the first syllable of 号码 (座机也行号码是…, heard 也行好骂是: xing hao, 型号's sound)."""
    at = heard.find(sound)
    while at >= 0:
        if not (sound.endswith(" hao ") and heard.startswith("ma ", at + len(sound))):
            return True
        at = heard.find(sound, at + 1)
    return False


@lru_cache(maxsize=4096)
def _heard(text: str) -> str:
    return " " + " ".join(lazy_pinyin(text, errors=lambda chunk: ["-"] * len(chunk))) + " "


@lru_cache(maxsize=8)
def _label_sounds(labels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_heard(label) for label in labels)


def _counts(text: str, start: int, digits: str = "") -> bool:
    """Whether the run at ``start`` is part of a value (一万两千, 第十二): a numeral word just before it.

    第 only makes a short run an ordinal; before eight digits it is a misheard word (卡 → 第), and
    so it is before three numerals said one by one: an ordinal of ten or more says 十, 百 … (第三十九),
    so 第三九八三 is a number's rest (PII set 28, post hoc: 后面是第三九八三).
    """
    if start <= 0:
        return False
    if text[start - 1] in _VALUE_WORDS:
        return True
    return text[start - 1] == "第" and len(digits) < 8 and not _said_one_by_one(text[start:start + ORDINAL_MAX + 1])


ORDINAL_MAX = 2  # Chinese numerals said one by one (第二, 第三四 is rare but heard) that may still be an ordinal


def _said_one_by_one(said: str) -> bool:
    return len(said) > ORDINAL_MAX and all(c in _NUMERALS[20:] for c in said)


def _digit(ch: str) -> str:
    if ch in _ID_TAIL:
        return "X"
    if ch.isdigit():
        return str(int(ch))  # also full-width digits
    return str(cn2an.cn2an(ch, "normal"))


def _masked(text: str, spans: Iterable[tuple[int, int] | Span]) -> str:
    chars = list(text)
    for span in spans:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        for k in range(start, end):
            if chars[k] not in _SEPARATORS:
                chars[k] = MASK
    return "".join(chars)


def _said_in_a_row(utterances: tuple[Utterance, ...]) -> list[list[int]]:
    """Utterance indices per speaker, chained while the pauses between them are short.

    The other party may say 嗯 in between: a customer reading a number keeps reading.
    """
    groups: list[list[int]] = []
    open_group: dict[str, list[int]] = {}
    for i, u in enumerate(utterances):
        group = open_group.get(u.role)
        if group is not None and u.start - utterances[group[-1]].end <= MAX_GAP_S:
            group.append(i)
        else:
            open_group[u.role] = [i]
            groups.append(open_group[u.role])
    return groups


def _as_masked(w, masked: str):
    """A word with its masked text; what Whisper heard (a corrected word's ``heard``, as long as
    its text) masked in the same places."""
    if not w.heard:
        return w._replace(text=masked)
    return w._replace(text=masked, heard="".join(h if m == t else m for m, t, h in zip(masked, w.text, w.heard)))


def _mask_utterance(u: Utterance, spans: list[tuple[int, int]]) -> Utterance:
    """``u`` with the characters of ``spans`` masked in its text and in its words."""
    text = _masked(u.text, spans)
    words, at = [], 0
    for w in u.words:
        words.append(_as_masked(w, text[at:at + len(w.text)]) if u.text.startswith(w.text, at) else w)
        at += len(w.text)
    if "".join(w.text for w in words) != text:  # words that do not spell the text: mask each alone
        words = [w._replace(text=mask(w.text), heard=mask(w.heard)) for w in u.words]
    # tokens are the classifier's input, not shown; they are masked like the text all the same
    return replace(u, text=text, words=tuple(words), tokens=mask(u.tokens) if u.tokens else u.tokens)
