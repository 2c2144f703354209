"""Traditional Chinese (owners from Hong Kong or Taiwan) is read as simplified: the phrases and
the model are written in simplified Chinese, and triage reads 樓上滲水 as 楼上渗水."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from caredesk.core.text import T2S, simplified
from caredesk.triage.model import model_text, shipped_model
from caredesk.triage.rules import text_lower
from caredesk.triage.services import message_triage
from caredesk.triage.text import body_new_text
from caredesk.triage.training import corpus_read

CORPUS = Path(__file__).resolve().parents[2] / "caredesk/triage/data/corpus"
PHRASES = Path(__file__).resolve().parents[2] / "caredesk/triage/data/phrases.tsv"


def _decided(result) -> tuple:
    return result.urgency, result.leak_related, result.category, result.needs_callback


def test_the_table_maps_one_character_to_one_and_no_phrase_is_written_in_traditional():
    assert len(T2S) > 4000
    assert all(len(chr(k)) == 1 and len(v) == 1 and chr(k) != v for k, v in T2S.items())
    # the text a phrase is matched against is simplified: a traditional character never matches
    traditional = {chr(k) for k in T2S}
    lines = PHRASES.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#") and traditional & set(line)] == []


def test_simplified_keeps_every_offset():
    text = "Re: 樓上滲水！The ceiling’s wet 電梯 3樓"
    assert simplified(text) == "Re: 楼上渗水！The ceiling’s wet 电梯 3楼"
    assert len(text_lower(text)) == len(text)
    assert text_lower(text) == "re: 楼上渗水！the ceiling's wet 电梯 3楼"
    assert simplified("no chinese at all") == "no chinese at all"
    assert simplified("楼上渗水，请处理") == "楼上渗水，请处理"  # GB2312 text: nothing to do
    assert simplified("以後於是") == "以后于是"  # traditional characters GB2312 also holds
    assert simplified("樓上 😀 滲水") == "楼上 😀 渗水"  # ...and text GB2312 cannot hold
    assert "电梯困人 0" in model_text(channel="pre", sender="", subject="", body="電梯困人 7")


def test_a_traditional_message_is_decided_as_its_simplified_original(shipped_rules):
    """Every Chinese held-out message written in traditional characters (OpenCC's s2t) is
    decided as the original, where the two read back to the same simplified text."""
    to_traditional = opencc.OpenCC("s2t").convert
    model = shipped_model()

    def decide(subject: str, body: str, example) -> tuple:
        return _decided(
            message_triage(
                channel=example.channel,
                subject=subject,
                body=body,
                from_name=example.from_name,
                from_email=example.from_email,
                rules=shipped_rules,
                model=model,
            )
        )

    compared = changed = 0
    for example in corpus_read([CORPUS / "heldout.jsonl"]):
        subject, body = to_traditional(example.subject), to_traditional(example.body)
        if simplified(subject) != example.subject or simplified(body) != example.body:
            continue  # a character with two simplified forms (乾): not the same text
        compared += 1
        changed += body != example.body
        assert decide(subject, body, example) == decide(example.subject, example.body, example)
    assert compared >= 100 and changed >= 100


@pytest.mark.parametrize(
    ("body", "urgency", "leak"),
    [
        ("樓上的水管爆了，水從天花板一直往下流，客廳已經淹了，請馬上派人來！", "emergency", True),
        ("上個月樓上漏水弄濕的天花板已經修好了，謝謝你們。", "low", True),
        ("廚房有很重的煤氣味，我們已經打開窗戶，孩子說頭暈。", "emergency", False),
        ("請問這個月的管理費可以用信用卡繳嗎？", "normal", False),
    ],
)
def test_traditional_messages_in_their_own_words(triage, body, urgency, leak):
    result = triage(body)
    assert (result.urgency, result.leak_related) == (urgency, leak)


def test_a_traditional_quote_header_hides_the_old_message():
    body = (
        "好的，我下午在家。\n\n"
        "寄件者: 陽光嘉園物業 <care@example.com>\n"
        "傳送時間: 2026年5月3日 09:12\n"
        "主旨: 樓上漏水\n\n"
        "樓上漏水，水從燈裡滴下來。"
    )
    new = body_new_text(body)
    assert len(new) == len(body) and "好的" in new and "漏水" not in new
    quoted = "好的，明天見。\n\n陳先生 於 2026年5月3日 寫道：\n> 天花板在滴水"
    assert "滴水" not in body_new_text(quoted)
