"""``--forms blind33``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind32`` has, and new hard negatives.

Written blind (set 33), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind32`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``sticky_flip``: she reads off a crumpled sticky note (便利贴); part-way the rest is on the
  back: she says so, the paper rustles (``background``, ``what: paper_rustle``, between her two
  turns, nobody speaking) and she reads the rest (readings ``head`` and ``continued_from``);
- ``colleague_shouts``: she forgets the next group and calls to a colleague across the office;
  the colleague (another voice, ``voices.colleague``, far off: reverberant and quieter,
  ``speaker: colleague``, ``far_s``) shouts that group, and she says it again herself and reads
  on to the end (readings: her ``head``; the colleague's group, ``continued_from``; her own from
  that group to the end, ``continued_from`` the same place);
- ``typing_to_check``: she reads the whole number, then says she is typing it into her own phone
  to check and says it again group by group as she types, a long pause after each group (each
  group its own reading: ``typed``, the first ``head``, each later one ``continued_from``), and
  says it came out right;
- ``army_digits``: an ex-soldier reading every digit the radio way (洞 0, 幺 1, 两 2, 拐 7, 勾 9),
  one reading (``army``).

Each kind's own: a mobile in fives and a lone last digit (``five_five_one``, ``sizes``); a
landline's area code, then its local number in a front and a back half, each named (区号…，前面是…，
后面是…; ``front_back``, ``sizes``); a 身份证 in fives and a last three (``fives_tail_three``:
5-5-5-3, ``sizes``); a bank card in fives counted from its end, the first group taking what is
left over (six or seven digits before two fives, three or four before three; ``fives_from_end``,
``sizes``).  20 (kind, form) pairs.  No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a concert ticket's stand, row and
seat and its hour; a hospital ward's floor and bed and visiting hours; a rice cooker's model (4
digits), litres and watts; a badminton court's number, hours and booking code (6 digits); a car
wash card's washes left and price; a year-end party hall's seats and rent in 千; a go (围棋)
class's lessons, fee in 百 and room (3 digits); a cleaner's day, hours and hourly rate; a
projector's lumens and lamp hours; square dancing's minutes and dancers, fish caught and the
biggest one's 斤, solar panels and kWh a month, a term's courses and credits, a village's maize
in 斤 and price in 毛, years of calligraphy and sheets a day, steps climbed up a mountain and
hours, glasses of water a day and their millilitres, a jujube tree's 斤 of dates.  Every digit
string is drawn until it is no valid mobile, landline, 身份证 or card, and no stretch inside is
one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, lfilter

from heldout import ALL_VOICES
from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind23 import reverb
from pii_blind24 import _norm, said_groups
from pii_blind32 import Call32, offsets
from pii_calls import ASK, CLOSING_NOTED, SR, NumberCallFrame, number_any_form

ASK33 = dict(ASK)
CARRIER33 = {
    "mobile": ("手机号是这样的，", "我的手机号码你记一下，", "我平时用的这个手机是"),
    "landline": ("家里座机你记一下，", "座机的话是", "我家那个固定电话是"),
    "id_card": ("身份证号码你记好，", "证件号是这样的，", "身份证上印的号是"),
    "bank_card": ("银行卡卡号我报一下，", "我那张银行卡的号是", "扣款的卡号是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("sticky_flip", "colleague_shouts", "typing_to_check", "army_digits"),
    "mobile": ("five_five_one",),
    "landline": ("front_back",),
    "id_card": ("fives_tail_three",),
    "bank_card": ("fives_from_end",),
}
STICKY_LEAD = ("我写在一张便利贴上了，皱巴巴的，我展开念啊，", "号码抄在便利贴上，揉成一团了，我摊开看，")
STICKY_FLIP = ("……后面的写到背面去了，我翻过来看看，", "……哎，剩下的在反面，等我翻一下，")
STICKY_BACK = ("翻过来了，后面是", "好，反面写的是")
COLLEAGUE_ASK = ("后面的我记不清了，小刘，那个号后面是多少来着？", "哎，后面我忘了，王姐，你帮我看一下后面几位是多少？")
COLLEAGUE_SAYS = ("是", "后面是", "我看看，是")
COLLEAGUE_ECHO = ("哦对对，", "对，是这个，")
TYPE_START = ("等一下，我在我自己手机上输一遍，看看对不对，我边输边念，", "我拿我手机输一下核对一下啊，你稍等，")
TYPE_END = ("……输完了，对的，没问题。", "……嗯，输进去是对的，就是这个。")
ARMY_LEAD = ("我以前在部队待过，念数习惯这么念，你别介意，", "我当过兵，报数习惯了，你听好，")
ARMY = {"0": "洞", "1": "幺", "2": "两", "7": "拐", "9": "勾"}
FRONT, BACK = "前面是", "后面是"
CODE = "区号"

NEGATIVE33 = {
    "agent": ("您买的演唱会门票在{stand}号看台{row}排{seat}座，晚上{ch}点半开场。",
              "您家属住在住院部{wf}楼{bed}床，探视时间是下午{vh}点到{vh2}点。",
              "您买的电饭煲型号是{model}，容量{rl}升，功率{rw}瓦。",
              "您订的羽毛球场是{court}号场，周{wd}晚上{bh}点到{bh2}点，预约码是{bcode}。",
              "您的洗车卡还能洗{wash}次，每次按{wfee}块扣。",
              "您预订的年会场地能坐{seats}个人，场租{rq}千块。",
              "您孩子报的围棋班一期{lessons}节课，学费{tb}百块，在{groom}教室上课。",
              "您约的保洁阿姨周{cwd}上午来，做{chrs}个小时，一小时{cfee}块。",
              "您这台投影仪亮度是{lumen}流明，灯泡能用{lamp}个小时。"),
    "customer": ("我每天晚上跳广场舞跳{dmin}分钟，我们队有{dp}个人。",
                 "我昨天去钓鱼钓了{fish}条，最大的一条有{fj}斤。",
                 "我家楼顶装了{panels}块太阳能板，一个月能发{kwh}度电。",
                 "我这学期选了{courses}门课，一共{credits}个学分。",
                 "我们村今年收了{corn}斤玉米，一斤卖{cm}毛。",
                 "我练书法练了{cal}年了，每天写{sheets}张纸。",
                 "我上周末去爬山，爬了{steps}级台阶，走了{mh}个小时。",
                 "我每天喝{cups}杯水，一杯大概{ml}毫升。",
                 "我家院子里那棵枣树今年结了{dates}斤枣。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``five_five_one``: 5-5-1; ``front_back``: the area code, then the local number's front and
    back halves (the longer one first); ``fives_tail_three``: 5-5-5-3; ``fives_from_end``: fives
    counted from the end, what is left over (with one more five when fewer than three are left)
    first."""
    n = len(number)
    if form == "five_five_one":
        return (5, 5, 1)
    if form == "front_back":
        code = 3 if number[:2] in ("01", "02") else 4
        local = n - code
        return (code, local - local // 2, local // 2)
    if form == "fives_tail_three":
        return (5, 5, 5, 3)
    if form == "fives_from_end":
        head = n % 5
        if head < 3:
            head += 5
        return (head,) + (5,) * ((n - head) // 5)
    raise ValueError(form)


def army(digits: str) -> str:
    """Digits the radio way: 洞 0, 幺 1, 两 2, 拐 7, 勾 9, the others as usual (X as 叉)."""
    return "".join(ARMY.get(c) or said9(c, random.Random(1)) for c in digits)


def paper_rustle(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A sticky note turned over: crackling noise (1-3.5 kHz) in short uneven bursts."""
    b, a = butter(2, (1000 / (SR / 2), 3500 / (SR / 2)), btype="band")
    noise = lfilter(b, a, rng.standard_normal(n))
    env = np.zeros(n)
    at = int(rng.uniform(0.0, 0.05) * SR)
    while at < n:
        k = int(rng.uniform(0.02, 0.09) * SR)
        env[at:at + k] = rng.uniform(0.3, 1.0) * np.hanning(len(env[at:at + k]))
        at += k + int(rng.uniform(0.0, 0.06) * SR)
    return _norm(noise * env, rms)


class _Voice33:
    """The call's engine: the colleague's lines far off across the office."""

    def __init__(self, engine, call: "Call33"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        call = self.call
        if call.far and voice == call.voices.get("colleague"):
            y = reverb(y, call.far, call.far_seed)
        return y


class Call33(Call32):
    """Call32 (its turns, readings, voices and sounds), with a colleague who may shout from afar."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.engine = _Voice33(self.engine, self)
        self.far = 0.0  # the office's decay (s) around the colleague's voice
        self.far_seed = 0


def read_number(call: Call33, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER33[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "sticky_flip":
        k = rng.randint(1, len(groups) - 1)
        spans = call.say_turn("customer", [(rng.choice(STICKY_LEAD), False), carrier,
                                           ("，".join(groups[:k]) + "，", True, {"head": True}),
                                           (rng.choice(STICKY_FLIP), False)], speed)
        start, dur = call.tl.t, rng.uniform(0.6, 1.1)
        db = rng.uniform(6, 10)
        rms = call.speech_rms(*spans[2]) * 10 ** (-db / 20)
        clip = paper_rustle(int(dur * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((round(start, 3), clip))
        call.background.append({"what": "paper_rustle", "role": "customer", "db_under": round(db, 1),
                                "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})
        call.tl.pause(dur + rng.uniform(0.3, 0.6))
        call.say_turn("customer", [(rng.choice(STICKY_BACK), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k]})], speed)
    elif form == "colleague_shouts":
        k = rng.randint(1, len(groups) - 1)
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "……", True, {"head": True}),
                                   (rng.choice(COLLEAGUE_ASK), False)], speed)
        colleague = rng.choice([v for v in ALL_VOICES if v not in call.voices.values()])
        call.voices["colleague"] = colleague
        call.far, call.far_seed = round(rng.uniform(0.5, 0.9), 2), rng.randrange(2 ** 30)
        call.say_turn("customer", [(rng.choice(COLLEAGUE_SAYS), False),
                                   (groups[k] + "！", True, {"continued_from": at[k], "far_s": call.far})],
                      rng.uniform(0.8, 0.95), voice=colleague, gain=rng.uniform(0.5, 0.7), speaker="colleague")
        call.far = 0.0
        call.say_turn("customer", [(rng.choice(COLLEAGUE_ECHO), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k]})], speed)
    elif form == "typing_to_check":
        call.say_turn("customer", [carrier, (joined, True), (rng.choice(TYPE_START), False)], speed)
        pieces = []
        for k, g in enumerate(groups):
            last = k == len(groups) - 1
            pieces.append((g + ("。" if last else "，"), True,
                           {"typed": True, "head": True} if k == 0 else {"typed": True, "continued_from": at[k]}))
        pieces.append((rng.choice(TYPE_END), False))
        call.say_turn("customer", pieces, rng.uniform(0.6, 0.75), gaps=(0.9, 1.5))
    elif form == "army_digits":
        text = "，".join(army(g) for g in raw) + "。"
        call.say_turn("customer", [(rng.choice(ARMY_LEAD), False), carrier, (text, True, {"army": True})], speed)
    elif form in ("five_five_one", "fives_tail_three", "fives_from_end"):
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    elif form == "front_back":
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        code, front, back = (said9(g, random.Random(yao)) for g in chunks(number, sizes))
        text = f"{CODE}{code}，{FRONT}{front}，{BACK}{back}。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK33, FORMS)


def make_blind33_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call33(engine, rng), kind_form, call_id, stem, out)


def negative33(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    vh = rng.randint(3, 4)
    bh = rng.randint(6, 8)
    fill = {"stand": c(1, 12), "row": c(1, 30), "seat": c(1, 40), "ch": c(7, 8), "wf": c(3, 16), "bed": c(1, 40),
            "vh": _cn(vh), "vh2": _cn(vh + rng.randint(1, 2)), "model": d(digits(4)), "rl": ch(3, 4, 5),
            "rw": ch(600, 800, 860, 1000, 1200), "court": c(1, 9), "wd": ch(1, 2, 3, 4, 5, 6), "bh": _cn(bh),
            "bh2": _cn(bh + rng.randint(1, 2)), "bcode": d(digits(6)), "wash": c(2, 20), "wfee": c(15, 40),
            "seats": ch(80, 100, 120, 150, 200), "rq": c(3, 9), "lessons": ch(8, 10, 12, 16, 20), "tb": c(8, 30),
            "groom": d(digits(3)), "cwd": ch(1, 2, 3, 4, 5, 6), "chrs": c(2, 4), "cfee": c(35, 60),
            "lumen": ch(2000, 3000, 3600, 4000), "lamp": ch(3000, 5000, 6000, 8000), "dmin": ch(30, 40, 60, 90),
            "dp": c(12, 40), "fish": c(2, 15), "fj": c(1, 6), "panels": c(6, 30), "kwh": c(150, 600),
            "courses": c(4, 9), "credits": c(12, 30), "corn": ch(2000, 3000, 5000, 8000), "cm": c(5, 9),
            "cal": c(2, 30), "sheets": c(2, 10), "steps": ch(1000, 2000, 3000, 5000), "mh": c(2, 6),
            "cups": c(4, 10), "ml": ch(200, 250, 300, 350), "dates": c(20, 90)}
    return template.format(**fill)


def negative(call: Call33, role: str) -> None:
    text = negative33(call.rng.choice(NEGATIVE33[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind33", ask=ASK33, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
