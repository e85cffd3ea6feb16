"""Helpers for web tests: read a quiz page's hidden fields and fill it in as a browser would."""
from __future__ import annotations

import html
import re


def hidden(page: str, name: str) -> str:
    """The value of a hidden input in the page."""
    m = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*value="([^"]*)"', page) or \
        re.search(rf'<input[^>]*value="([^"]*)"[^>]*name="{re.escape(name)}"', page)
    assert m, f"no hidden field {name} in the page"
    return html.unescape(m.group(1))


def order_labels(page: str, field: str) -> list[str]:
    """The event labels of an ordering question, in the order the page shows them."""
    return [html.unescape(m) for m in re.findall(rf'<label for="{field}-p\d+">([^<]*)</label>', page)]


def quiz_form_data(page: str, answers: dict[str, object], ids: dict[str, str]) -> dict[str, str]:
    """Form data for the quiz page: `answers` by quizgen id, `ids` quizgen id -> database id."""
    data = {"csrf_token": hidden(page, "csrf_token"), "idempotency_key": hidden(page, "idempotency_key")}
    for key, answer in answers.items():
        field = f"q{ids[key]}"
        if isinstance(answer, list):
            shown = order_labels(page, field)
            assert sorted(shown) == sorted(answer)
            for i, label in enumerate(shown):
                data[f"{field}-p{i}"] = str(answer.index(label) + 1)
        else:
            data[field] = str(answer)
    return data
