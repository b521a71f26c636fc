"""NHS number Modulus 11, registration formats and masking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medassess.record.identifiers import (
    is_ods_code,
    is_valid_nhs_number,
    mask_nhs_number,
    nhs_number_problem,
    registration_problem,
)


def _check_digit(nine: str) -> int:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    return (11 - total % 11) % 11


@pytest.mark.parametrize("number", ["9990001111", "9990002258", "9434765919", "4010232137"])
def test_valid_nhs_numbers(number: str) -> None:
    assert is_valid_nhs_number(number)


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("9912003890", "check digit"),  # the UK Core example number that fails Modulus 11
        ("9990001112", "check digit"),
        ("999000111", "10 digits"),
        ("99900011110", "10 digits"),
        ("999000111A", "10 digits"),
        ("", "10 digits"),
    ],
)
def test_invalid_nhs_numbers_say_why_without_echoing(number: str, reason: str) -> None:
    problem = nhs_number_problem(number)
    assert problem is not None and reason in problem
    if number:
        assert number not in problem


def test_check_digit_ten_is_never_valid() -> None:
    # A nine-digit stem whose check digit would be 10 has no valid NHS number at all.
    stem = next(f"{n:09d}" for n in range(100_000_000, 100_100_000) if _check_digit(f"{n:09d}") == 10)
    assert not any(is_valid_nhs_number(stem + str(d)) for d in range(10))


@given(st.from_regex(r"[0-9]{9}", fullmatch=True))
def test_exactly_one_check_digit_is_valid_for_every_stem(stem: str) -> None:
    valid = [d for d in range(10) if is_valid_nhs_number(stem + str(d))]
    expected = _check_digit(stem)
    placeholder = len(set(stem)) == 1  # one digit repeated passes the check but is never issued
    assert valid == ([] if expected == 10 or placeholder else [expected])


@pytest.mark.parametrize("digit", "0123456789")
def test_one_digit_repeated_passes_the_check_digit_but_is_refused_as_a_placeholder(digit: str) -> None:
    assert _check_digit(digit * 9) == int(digit)
    problem = nhs_number_problem(digit * 10)
    assert problem is not None and "placeholder" in problem and digit * 10 not in problem


@pytest.mark.parametrize("number", ["9999999990", "1111111112", "9990000000"])
def test_near_a_repeated_digit_only_the_check_digit_decides(number: str) -> None:
    stem = number[:9]
    assert is_valid_nhs_number(number) == (_check_digit(stem) == int(number[9]) and _check_digit(stem) != 10)


@pytest.mark.parametrize(
    ("body", "number", "ok"),
    [
        ("GMC", "7012345", True),
        ("GMC", "701234", False),
        ("GMC", "70123456", False),
        ("NMC", "12A3456B", True),
        ("NMC", "12A34567", False),
        ("GPhC", "2012345", True),
        ("GPhC", "3012345", False),
        ("HCPC", "PA12345", True),
        ("HCPC", "PYL123456", True),
        ("HCPC", "XY12345", False),
        ("SWE", "SW12345", True),
        ("XYZ", "1234567", False),
        # digits of other scripts are digits to a regular expression's \\d, but no register issues them
        ("GMC", "\u0667\u0660\u0661\u0662\u0663\u0664\u0665", False),  # Arabic-Indic
        ("GMC", "\uff17\uff10\uff11\uff12\uff13\uff14\uff15", False),  # full-width
        ("NMC", "\u0967\u0968A\u0969\u096a\u096b\u096cB", False),  # Devanagari
        ("GPhC", "2\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55", False),  # Thai
        ("HCPC", "PA\u0661\u0662\u0663\u0664\u0665", False),
        ("SWE", "SW\u0661\u0662\u0663", False),
    ],
)
def test_registration_formats(body: str, number: str, ok: bool) -> None:
    assert (registration_problem(body, number) is None) is ok


def test_nhs_numbers_in_digits_of_other_scripts_are_refused() -> None:
    assert nhs_number_problem("\u0669\u0669\u0669\u0660\u0660\u0660\u0661\u0661\u0661\u0661") == (
        "an NHS number is exactly 10 digits"
    )
    assert not is_valid_nhs_number("\uff19\uff19\uff19\uff10\uff10\uff10\uff11\uff11\uff11\uff11")


def test_mask_keeps_only_last_three_digits() -> None:
    assert mask_nhs_number("9990001111") == "*******111"


def test_ods_code_shape() -> None:
    assert is_ods_code("Y90001") and is_ods_code("RX1")
    assert not is_ods_code("y90001") and not is_ods_code("AB")
