"""Valid personal numbers and how customers introduce them: shared by the masking benchmarks
(product venv) and ``tools/gen_calls/pii_calls.py`` (generator venv), so it needs only stdnum."""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.cn import ric

REGIONS = ("110105", "310104", "440305", "510107", "330106", "420102", "610113", "370202")
MOBILE_PREFIXES = ("130", "133", "135", "138", "139", "150", "152", "158", "176", "177", "180", "186", "189", "199")
AREA = ("010", "021", "020", "0755", "028", "0571")
NUM = dict(zip("0123456789", "零一二三四五六七八九"))
CARRIERS = {
    "mobile": ("我的手机号是{}", "电话{}", "您记一下，{}", "号码是{}，对"),
    "landline": ("座机是{}", "家里电话{}", "单位电话是{}"),
    "id_card": ("身份证号是{}", "身份证号码{}", "我的证件号{}"),
    "bank_card": ("卡号是{}", "银行卡号{}", "扣款的卡是{}"),
}


def make_number(kind: str, rng: random.Random) -> str:
    if kind == "mobile":
        return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
    if kind == "landline":
        area = rng.choice(AREA)
        return area + "".join(rng.choice("123456789") for _ in range(8 if len(area) == 3 else 7))
    if kind == "id_card":
        body = rng.choice(REGIONS) + f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + \
            f"{rng.randint(0, 999):03d}"
        # stdnum's calc_check_digit reads all but the last character: pass a placeholder for it
        # (given the 17-digit body alone it dropped the body's last digit, and every 身份证 made
        # here before 2026-11-26 13:50 UTC failed its check)
        return body + ric.calc_check_digit(body + "?")
    body = "62" + "".join(rng.choice("0123456789") for _ in range(rng.choice((13, 14, 16))))
    return body + luhn.calc_check_digit(body)
