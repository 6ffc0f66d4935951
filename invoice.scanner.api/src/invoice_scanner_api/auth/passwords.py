"""Password policy: a minimum length, a maximum length and no common passwords.

The common-password list is zxcvbn's ``passwords`` frequency list (the 30,000 most frequent
passwords of leaked sets, compiled by the zxcvbn project from Xato's corpus; MIT licence),
shipped inside the ``zxcvbn`` wheel, so nothing is downloaded at run time. Only the list is
used: a plain set lookup, case-insensitive, also after stripping trailing digits and symbols
(``password123!`` is ``password``), following NIST SP 800-63B's "compare against a list of
commonly used values" instead of composition rules.
"""

from __future__ import annotations

import re
from functools import cache

#: argon2 hashes any length, but a megabyte password costs CPU for nothing; 256 is generous.
MAX_LENGTH = 256
_TRAILING = re.compile(r"[\d\W_]+$")


@cache
def _common() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(word.lower() for word in FREQUENCY_LISTS["passwords"])


def password_problem(password: str, min_length: int) -> str | None:
    """Why ``password`` is refused, or None when it is acceptable."""
    if len(password) < min_length:
        return f"Password must be at least {min_length} characters long"
    if len(password) > MAX_LENGTH:
        return f"Password must be at most {MAX_LENGTH} characters long"
    lowered = password.lower()
    stem = _TRAILING.sub("", lowered)
    if len(set(lowered)) <= 2:
        return "Password is too repetitive"
    common = _common()
    if lowered in common or (len(stem) >= 4 and stem in common):
        return "Password is too common; choose one that is not on lists of leaked passwords"
    return None
