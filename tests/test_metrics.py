import pytest

from qa_pipeline.asr.metrics import cer, corpus_cer


def test_formatting_is_not_an_error():
    assert cer("您好，工号8001為您服務。", "您好工号八零零一为您服务") == 0.0


def test_one_wrong_character_in_ten():
    assert cer("广州市房地产中间协会", "广州市房地产中介协会") == pytest.approx(0.1)


def test_corpus_cer_weighs_by_reference_length():
    assert corpus_cer([("", "一二三四"), ("好", "好")]) == pytest.approx(4 / 5)
