"""Personal names as printed on cards and letters, and a key to find the same person twice.

Names arrive in capitals from KTP scans, in lower case from phones, with titles glued on
("H.ABDUL", "ahmad,s.pd"). clean_name gives one tidy spelling; name_key ignores the titles and
punctuation so that "H. Abdul Rahman, S.Pd." and "ABDUL RAHMAN" compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Titles written before a name, keyed by their letters in lower case.
_HONORIFICS = {
    "h": "H.",
    "hj": "Hj.",
    "dr": "Dr.",
    "drs": "Drs.",
    "dra": "Dra.",
    "ir": "Ir.",
    "kh": "KH.",
    "ust": "Ust.",
    "prof": "Prof.",
}

# Academic degrees written after a comma, keyed by their letters in lower case.
_DEGREES = {
    d.replace(".", "").lower(): d
    for d in (
        "A.Ma.",
        "A.Md.",
        "A.Md.Keb.",
        "A.Md.Kep.",
        "A.Md.Kom.",
        "Lc.",
        "M.A.",
        "M.Ag.",
        "M.H.",
        "M.Kes.",
        "M.Kom.",
        "M.M.",
        "M.Pd.",
        "M.Pd.I",
        "M.Sc.",
        "M.Si.",
        "M.T.",
        "S.Ag.",
        "S.E.",
        "S.E.I.",
        "S.Farm.",
        "S.H.",
        "S.H.I.",
        "S.Hut.",
        "S.I.Kom.",
        "S.IP.",
        "S.Kep.",
        "S.Ked.",
        "S.Kes.",
        "S.K.M.",
        "S.Kom.",
        "S.P.",
        "S.Pd.",
        "S.Pd.I",
        "S.Pd.SD.",
        "S.Psi.",
        "S.Pt.",
        "S.Si.",
        "S.Sos.",
        "S.ST.",
        "S.STP.",
        "S.T.",
        "S.Th.I",
        "S.Tr.",
    )
}
_APOSTROPHES = re.compile(r"[\u2018\u2019`\u00b4]")
_HYPHEN_SPACES = re.compile(r"\s*-[\s-]*")
_PIECES = re.compile(r"[^.]+\.?")  # "H.ABDUL" -> "H.", "ABDUL"
_LOOSE_HYPHENS = re.compile(r"^-+|-+(?=\.?$)")  # hyphens that join nothing
_GENERIC_DEGREE = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{0,4}\.?")
_KEY_DROP = re.compile(r"'")
_KEY_SPACE = re.compile(r"[^\w]+|_")


@dataclass(frozen=True, slots=True)
class _Parts:
    titles: list[str]
    words: list[str]
    degrees: list[str]
    written: list[str]  # the degrees as typed


def _letters(token: str) -> str:
    return token.replace(".", "").lower()


def _degree(token: str) -> str | None:
    """Canonical spelling of a degree, or None when the token does not look like one."""
    known = _DEGREES.get(_letters(token))
    if known:
        return known
    if _GENERIC_DEGREE.fullmatch(token):
        pieces = [p for p in token.split(".") if p]
        canonical = ".".join(_cap(p) for p in pieces) + "."
        # Unknown degrees need two parts ("S.Ars."); the spelling must also read back as one.
        if len(pieces) >= 2 and _GENERIC_DEGREE.fullmatch(canonical):
            return canonical
    return None


def _cap(part: str) -> str:
    """Upper-case the first letter, lower-case the rest ("MA'RUF" -> "Ma'ruf")."""
    for i, ch in enumerate(part):
        if ch.isalpha():
            upper = ch.upper()
            first = upper if len(upper) == 1 else ch  # "ß" would become "SS" and not come back
            return part[:i] + first + part[i + 1 :].lower()
    return part.lower()


@lru_cache(maxsize=65_536)
def _word(token: str) -> str:
    return "-".join(_cap(p) for p in token.split("-"))


def _name_tokens(raw: list[str]) -> list[str]:
    pieces = (_LOOSE_HYPHENS.sub("", p) for t in raw for p in _PIECES.findall(t))
    return [p for p in pieces if p.strip(".")]


def _pop_degrees(tokens: list[str], degrees: list[tuple[str, str]]) -> None:
    """Move degrees written without a comma at the end ("AHMAD S.PD") to the front of degrees."""
    while tokens and "." in tokens[-1] and _letters(tokens[-1]) in _DEGREES:
        degrees.insert(0, (_DEGREES[_letters(tokens[-1])], tokens.pop()))


def _split(value: str) -> _Parts:
    text = _APOSTROPHES.sub("'", " ".join(str(value).split()))
    text = _HYPHEN_SPACES.sub("-", text).strip(" ,")  # a stray leading comma splits nothing
    head, _, tail = text.partition(",")
    raw = head.split()
    degrees: list[tuple[str, str]] = []  # (canonical, as written)
    _pop_degrees(raw, degrees)
    tail_tokens = tail.replace(",", " ").split()
    i = 0
    while i < len(tail_tokens):
        token = tail_tokens[i]
        if i + 1 < len(tail_tokens) and _letters(token + tail_tokens[i + 1]) in _DEGREES:
            token += tail_tokens[i + 1]  # "A.Md. Keb." is one degree
            i += 1
        found = _degree(token)
        if found:
            degrees.append((found, token))
        else:
            raw.append(token)
        i += 1
    tokens = _name_tokens(raw)
    _pop_degrees(tokens, degrees)  # again on the pieces, as a second cleaning would see them
    if not tokens:
        # Without a name, only known degrees are taken as degrees: "H.H." is more likely initials.
        tokens = _name_tokens([w for d, w in degrees if _letters(d) not in _DEGREES])
        degrees = [(d, w) for d, w in degrees if _letters(d) in _DEGREES]
    titles: list[str] = []
    while len(titles) < len(tokens) - 1 and tokens[len(titles)].rstrip(".").lower() in _HONORIFICS:
        titles.append(_HONORIFICS[tokens[len(titles)].rstrip(".").lower()])
    return _Parts(
        titles,
        [_word(t) for t in tokens[len(titles) :]],
        [d for d, _ in degrees],
        [w for _, w in degrees],
    )


# Most names in a list are plain words: no titles, degrees, dots, commas or hyphens.
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _plain(value: str) -> bool:
    if _PLAIN.fullmatch(value) is None:
        return False
    head, space, _ = value.partition(" ")
    return not space or head.lower() not in _HONORIFICS


@lru_cache(maxsize=131_072)  # bulk imports clean the same names again and again
def clean_name(value: str) -> str:
    """One tidy spelling: 'H.ABDUL  RAHMAN,s.pd' -> 'H. Abdul Rahman, S.Pd.'. Idempotent."""
    if _plain(value):  # the same result as below, a tenth of the time
        return " ".join(_particles([w.capitalize() for w in value.split(" ")]))
    return _clean_parts(value)


# "son of" / "daughter of" between two names stay in lower case: "Siti Aminah binti Abdullah".
_PARTICLES = frozenset({"bin", "binti"})


def _particles(words: list[str]) -> list[str]:
    last = len(words) - 1
    return [
        w.lower() if 0 < i < last and w.lower() in _PARTICLES else w for i, w in enumerate(words)
    ]


def _clean_parts(value: str) -> str:
    parts = _split(value)
    name = " ".join(parts.titles + _particles(parts.words))
    return ", ".join([name, *parts.degrees] if name else parts.degrees)


def clean_official_name(value: str) -> str:
    """The name of an official as it is signed (the office head on letters): tidied like
    ``clean_name``, but a degree typed without its final dot keeps it off ("m.si" becomes
    "M.Si", not "M.Si."): a signature line is written the way its owner writes it."""
    if _plain(value):
        return clean_name(value)
    parts = _split(value)
    name = " ".join(parts.titles + _particles(parts.words))
    degrees = [
        d[:-1] if d.endswith(".") and not w.endswith(".") else d
        for d, w in zip(parts.degrees, parts.written, strict=True)
    ]
    return ", ".join([name, *degrees] if name else degrees)


@lru_cache(maxsize=131_072)
def name_key(value: str) -> str:
    """Comparison key for duplicate detection: no titles, no degrees, no punctuation, upper case."""
    if _plain(value):
        return value.upper()
    return _key_parts(value)


def _key_parts(value: str) -> str:
    words = " ".join(_split(value).words).upper()
    return " ".join(_KEY_SPACE.sub(" ", _KEY_DROP.sub("", words)).split())
