import pytest

from qa_pipeline.asr.metrics import cer, corpus_cer


def test_formatting_is_not_an_error():
    assert cer("您好，工号8001為您服務。", "您好工号八零零一为您服务") == 0.0


def test_one_wrong_character_in_ten():
    assert cer("广州市房地产中间协会", "广州市房地产中介协会") == pytest.approx(0.1)


def test_corpus_cer_weighs_by_reference_length():
    assert corpus_cer([("", "一二三四"), ("好", "好")]) == pytest.approx(4 / 5)


def test_a_number_read_as_a_quantity_matches_its_digits():
    # The reference writes 26年; Whisper may write the words said (二十六年) or the digits.
    assert cer("本节目由二十六年专注", "本节目由26年专注") == 0.0
    assert cer("本节目由26年专注", "本节目由二十六年专注") == 0.0


def test_a_number_read_digit_by_digit_matches_its_digits():
    assert cer("工号八零零一", "工号8001") == 0.0
    assert cer("二零二六年", "2026年") == 0.0


def test_a_wrong_number_still_counts_in_either_form():
    # 二十七 against 26 is one wrong character read as a quantity (七 for 六)
    assert cer("二十七年", "26年") == pytest.approx(1 / 4)
    assert cer("27年", "二十六年") == pytest.approx(1 / 4)


def test_a_phone_number_is_never_read_as_a_quantity():
    # 一百三十八亿… is no way to say a phone number: only the digit-by-digit form counts
    assert cer("一百三十八亿零一十三万八千", "13800138000") > 0.5
