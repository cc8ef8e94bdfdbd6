"""Kemendagri region reference (kode wilayah): lookup, labels and desa search.

Codes are stored dotted (``63.03.05.2001``) everywhere in the app; names always come from this
reference so that a renamed desa is renamed everywhere at once.
"""

from __future__ import annotations

import csv
import difflib
import gc
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jamsostek_desk.resources import resource_path

_PART_LENGTHS = (2, 2, 2, 4)
_DOTTED = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
_UNDOTTED_LENGTHS = (2, 4, 6, 10)

# Words users put before a desa or kecamatan name; they are not part of the name.
_DESA_PREFIXES = frozenset({"desa", "ds", "kel", "kelurahan", "kelurhan"})
_KEC_PREFIXES = frozenset({"kec", "kecamatan", "distrik"})
_APOSTROPHES = re.compile(r"['\u2018\u2019`\u00b4]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative unit: provinsi, kabupaten/kota, kecamatan or desa/kelurahan."""

    kode: str
    nama: str

    @property
    def level(self) -> int:
        """1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan."""
        return self.kode.count(".") + 1

    @property
    def parent_kode(self) -> str | None:
        return self.kode.rsplit(".", 1)[0] if "." in self.kode else None

    @property
    def is_kelurahan(self) -> bool:
        """Kelurahan (urban, led by a civil servant) rather than desa; their codes start with 1."""
        return self.level == 4 and self.kode[9] == "1"


def normalize_kode(value: str) -> str:
    """Dotted form of a region code typed with or without dots; ValueError when malformed."""
    text = str(value).strip()
    if _DOTTED.fullmatch(text):
        return text
    if text.isdigit() and text.isascii() and len(text) in _UNDOTTED_LENGTHS:
        parts, pos = [], 0
        for size in _PART_LENGTHS:
            if pos >= len(text):
                break
            parts.append(text[pos : pos + size])
            pos += size
        return ".".join(parts)
    raise ValueError(
        f"Kode wilayah '{value}' tidak sah. Contoh yang benar: 63 (provinsi), 63.03 "
        "(kabupaten/kota), 63.03.05 (kecamatan), 63.03.05.2001 (desa/kelurahan)."
    )


def _words(text: str, prefixes: frozenset[str]) -> list[str]:
    """Lower-case words without punctuation and without a leading 'Desa'/'Kec.'-style prefix."""
    folded = text.casefold()
    if folded.isascii() and folded.replace(" ", "").isalnum():
        words = folded.split()  # the common case, ten times faster than the regexes
    else:
        words = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", folded)).split()
    while len(words) > 1 and words[0] in prefixes:
        del words[0]
    return words


def _desa_key(text: str) -> str:
    """Key that ignores case, spaces, punctuation and a 'Desa'/'Kel.' prefix."""
    return "".join(_words(text, _DESA_PREFIXES))


def _kec_key(text: str) -> str:
    return "".join(_words(text, _KEC_PREFIXES))


class _Entry:
    """A region with its precomputed search key and the offsets where its later words start."""

    __slots__ = ("key", "region", "starts")

    def __init__(self, region: Region, prefixes: frozenset[str] = _DESA_PREFIXES) -> None:
        words = _words(region.nama, prefixes)
        self.key = "".join(words)
        self.region = region
        starts: list[int] = []
        pos = 0
        for w in words[:-1]:
            pos += len(w)
            starts.append(pos)
        self.starts = tuple(starts)

    def rank(self, query: str) -> int | None:
        """0 when the name starts with the query, 1 when a later word does, None otherwise."""
        key = self.key
        if key.startswith(query):
            return 0
        if query in key and any(key.startswith(query, s) for s in self.starts):
            return 1
        return None


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _typo_limit(key: str) -> int:
    return 0 if len(key) <= 4 else 1 if len(key) <= 8 else 2


class WilayahRef:
    """The whole reference in memory (about 92k rows), indexed for the pickers and the importer."""

    def __init__(self, regions: list[Region]) -> None:
        self._by_kode: dict[str, Region] = {}
        self._children: dict[str, list[Region]] = {}
        self._sorted_children: dict[str, list[Region]] = {}  # filled on first use
        desa: list[_Entry] = []
        self._kec: dict[str, _Entry] = {}
        self._kec_pools: dict[str, list[_Entry]] = {}
        for r in regions:
            kode = r.kode
            self._by_kode[kode] = r
            parent = kode[: len(kode) - 3 if len(kode) < 13 else 8] if len(kode) > 2 else ""
            self._children.setdefault(parent, []).append(r)
            if len(kode) == 13:
                desa.append(_Entry(r))
            elif len(kode) == 8:
                self._kec[kode] = _Entry(r, _KEC_PREFIXES)
        # Desa in code order, so that everything under a prefix is one contiguous slice.
        desa.sort(key=lambda e: e.region.kode)
        self._desa = desa
        self._desa_kode = [e.region.kode for e in desa]
        # The same entries ordered by key (stable, so code order breaks ties): names starting
        # with a query form one contiguous slice.
        self._by_key = sorted(desa, key=lambda e: e.key)
        self._keys = [e.key for e in self._by_key]

    @classmethod
    def from_csv(cls, path: Path) -> WilayahRef:
        # The ~270k objects made here would trigger several full garbage collections, which
        # cost more than the loading itself; none of them can form a cycle, so pause the GC.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                rows = csv.reader(f)
                if next(rows, None) != ["kode", "nama"]:
                    raise ValueError(f"Berkas wilayah {path} tidak berkolom 'kode,nama'.")
                return cls([Region(kode, nama.strip()) for kode, nama in rows])
        finally:
            if was_enabled:
                gc.enable()

    # -- lookup ---------------------------------------------------------------------------

    def get(self, kode: str) -> Region | None:
        found = self._by_kode.get(kode)
        if found is not None:
            return found
        try:
            return self._by_kode.get(normalize_kode(kode))
        except ValueError:
            return None

    def name(self, kode: str) -> str | None:
        region = self.get(kode)
        return region.nama if region else None

    def children(self, kode: str | None) -> list[Region]:
        if not kode:
            parent = ""
        else:
            region = self.get(kode)
            if region is None:
                return []
            parent = region.kode
        group = self._sorted_children.get(parent)
        if group is None:  # a new list, never sorted in place: safe to share between threads
            group = sorted(
                self._children.get(parent, ()), key=lambda r: (r.nama.casefold(), r.kode)
            )
            self._sorted_children[parent] = group
        return list(group)

    def provinsi(self) -> list[Region]:
        return self.children(None)

    def ancestors(self, kode: str) -> list[Region]:
        """Provinsi down to the region itself; codes missing from the reference are skipped."""
        try:
            parts = normalize_kode(kode).split(".")
        except ValueError:
            return []
        chain = (self._by_kode.get(".".join(parts[:i])) for i in range(1, len(parts) + 1))
        return [r for r in chain if r is not None]

    def _desa_slice(self, prefix: str) -> list[_Entry]:
        kode = normalize_kode(prefix)
        if kode.count(".") == 3:
            lo = bisect_left(self._desa_kode, kode)
            return self._desa[lo : lo + 1] if self._desa_kode[lo : lo + 1] == [kode] else []
        lo = bisect_left(self._desa_kode, kode + ".")
        hi = bisect_left(self._desa_kode, kode + "/")  # "/" sorts right after "."
        return self._desa[lo:hi]

    def desa_in(self, prefix: str) -> list[Region]:
        """Every desa/kelurahan under a code, ordered as a printed list would be."""
        regions = [e.region for e in self._desa_slice(prefix)]
        return sorted(regions, key=self._by_kecamatan_then_name)

    def _by_kecamatan_then_name(self, r: Region) -> tuple[str, str, str]:
        kec = self._by_kode.get(r.kode[:8])
        return ((kec.nama if kec else "").casefold(), r.nama.casefold(), r.kode)

    # -- search ---------------------------------------------------------------------------

    def search_desa(self, query: str, within: str | None = None, limit: int = 20) -> list[Region]:
        """As-you-type desa search: names starting with the query first, then word matches.

        "Sungai Tabuk, Kec. Sungai Tabuk" style queries also narrow by kecamatan name. An empty
        query gives no results (the picker shows desa_in() for browsing).
        """
        if limit <= 0:
            return []
        found: dict[str, tuple[int, _Entry]] = {}
        key = _desa_key(query)
        if key:
            found.update(
                (e.region.kode, (rank, e)) for rank, e in self._matches(key, within, limit)
            )
        # Split at the first and the last comma: some desa names contain one ("Lubuk Pakam I,II").
        splits = {
            (query[:i], query[i + 1 :]) for i in (query.find(","), query.rfind(",")) if i >= 0
        }
        for desa_part, kec_part in splits:
            for rank, e in self._matches_in_kecamatan(desa_part, kec_part, within):
                old = found.get(e.region.kode)
                found[e.region.kode] = (min(rank, old[0]) if old else rank, e)
        ordered = sorted(found.values(), key=lambda m: (m[0], m[1].key, m[1].region.kode))
        return [e.region for _, e in ordered[:limit]]

    def _matches_in_kecamatan(
        self, desa_part: str, kec_part: str, within: str | None
    ) -> list[tuple[int, _Entry]]:
        desa_key, kec_key = _desa_key(desa_part), _kec_key(kec_part)
        if not (desa_key and kec_key):
            return []
        prefix = normalize_kode(within) if within else ""
        out = []
        for kode, kec in self._kec.items():
            if kode.startswith(prefix) and kec.rank(kec_key) is not None:
                found = ((e.rank(desa_key), e) for e in self._desa_slice(kode))
                out += [(rank, e) for rank, e in found if rank is not None]
        return out

    def _matches(self, key: str, within: str | None, limit: int) -> list[tuple[int, _Entry]]:
        if within:
            found = ((e.rank(key), e) for e in self._desa_slice(within))
            return [(r, e) for r, e in found if r is not None]
        # Nationwide: prefix matches come straight from the sorted keys, word matches from a scan
        # that stops once enough are found (the scan runs in name order, so the first are best).
        out: list[tuple[int, _Entry]] = []
        i = bisect_left(self._keys, key)
        while i < len(self._keys) and self._keys[i].startswith(key) and len(out) < limit:
            out.append((0, self._by_key[i]))
            i += 1
        wanted = limit - len(out)
        for e in self._by_key if wanted else ():
            if key in e.key and e.rank(key) == 1:
                out.append((1, e))
                wanted -= 1
                if not wanted:
                    break
        return out

    def find_desa(self, name: str, within: str, kecamatan: str | None = None) -> list[Region]:
        """Import matching: exact (normalised) name first, else names with a small typo.

        More than one result means ambiguous, none means unknown; the caller decides. Typo
        matches come closest first, so the caller can offer them as suggestions.
        """
        pool = self._desa_slice(within)
        if kecamatan is not None and kecamatan.strip():
            kec_kodes = self._find_kecamatan(kecamatan, within)
            pool = [e for e in pool if e.region.kode[:8] in kec_kodes]
        key = _desa_key(name)
        if not key:
            return []
        exact = [e.region for e in pool if e.key == key]
        if exact:
            return exact
        return self._fuzzy(key, pool)

    def _find_kecamatan(self, kecamatan: str, within: str) -> set[str]:
        text = kecamatan.strip()
        if re.fullmatch(r"[0-9.]+", text):
            return {normalize_kode(text)}
        pool = self._kec_in(normalize_kode(within))
        key = _kec_key(text)
        exact = {e.region.kode for e in pool if e.key == key}
        return exact or {r.kode for r in self._fuzzy(key, pool)}

    def _kec_in(self, kode: str) -> list[_Entry]:
        """The kecamatan under a kabupaten code, kept: an import asks once per distinct desa."""
        pool = self._kec_pools.get(kode)
        if pool is None:
            prefix = kode + "."
            pool = [e for k, e in self._kec.items() if k.startswith(prefix)]
            self._kec_pools[kode] = pool
        return pool

    @staticmethod
    def _fuzzy(key: str, pool: list[_Entry]) -> list[Region]:
        limit = _typo_limit(key)
        scored: list[tuple[int, float, str, Region]] = []
        matcher = difflib.SequenceMatcher(b=key, autojunk=False)
        for e in pool:
            distance = _edit_distance(key, e.key, limit)
            matcher.set_seq1(e.key)
            ratio = (
                matcher.ratio()
                if matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85
                else 0.0
            )
            if distance <= limit or ratio >= 0.85:
                scored.append((distance, -ratio, e.key, e.region))
        scored.sort(key=lambda s: (s[0], s[1], s[2], s[3].kode))
        return [s[3] for s in scored]

    # -- labels ---------------------------------------------------------------------------

    def label(self, kode: str) -> str:
        """Short label for lists: a desa with its kecamatan, a kecamatan with its kabupaten."""
        region = self.get(kode)
        if region is None:
            return f"{kode} (kode wilayah tidak dikenal)"
        if region.level >= 3:
            return ", ".join(_titled(r) for r in reversed(self.ancestors(kode)[-2:]))
        return region.nama

    def full_label(self, kode: str) -> str:
        """Every level from the region up to the provinsi, for letters and printed lists."""
        region = self.get(kode)
        if region is None:
            return f"{kode} (kode wilayah tidak dikenal)"
        return ", ".join(_titled(r) for r in reversed(self.ancestors(kode)))


def _titled(region: Region) -> str:
    """Name with its kind: 'Desa X', 'Kel. X', 'Kec. X' (Papua: 'Distrik X')."""
    if region.level == 4:
        if region.nama.casefold().startswith(("desa ", "kelurahan ")):
            return region.nama
        return f"{'Kel.' if region.is_kelurahan else 'Desa'} {region.nama}"
    if region.level == 3:
        # Papua's kecamatan are called distrik (UU 21/2001); their provinsi codes start with 9.
        return f"{'Distrik' if region.kode.startswith('9') else 'Kec.'} {region.nama}"
    return region.nama


@cache
def load_wilayah() -> WilayahRef:
    """The shipped reference, loaded once per process."""
    return WilayahRef.from_csv(resource_path("wilayah/wilayah.csv"))
