"""Whose segments are applied: signatures, the roster, invitations, approval (see keys.py).

Every segment written from format 2 on carries in its meta the writer's public key
(``kunci``), the SHA-256 of its body as written (``isi_sha256``), the writer's invitation
(``undangan``, from its join file) or, from the root or a co-signer, the signed roster
(``roster``), and the Ed25519 signature of all that (``tanda``). A segment is applied only
when its office is trusted here (root, roster, invitation or approval), the key is the one
trusted for that office, and the signature and body check; otherwise it is refused whole
(set aside with a message naming the office), or, for an office not approved yet, left in the
file until it is.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import keys
from jamsostek_desk.services.sync.checks import Sender
from jamsostek_desk.services.sync.container import Segment, SyncFile
from jamsostek_desk.store.settings import get_setting, set_setting

_SENT = "sync_daftar_terkirim:"  # + file id: hash of the roster last written into that file


def seal(key: Ed25519PrivateKey, meta: dict[str, Any], plain: bytes) -> dict[str, Any]:
    body = {**meta, "isi_sha256": hashlib.sha256(plain).hexdigest()}
    return {**body, "tanda": keys.sign(key, body)}


def _unsigned(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k != "tanda"}


def verify_body(sf: SyncFile, seg: Segment) -> bool:
    return hashlib.sha256(sf.plain(seg)).hexdigest() == seg.meta.get("isi_sha256")


@dataclass
class Verdict:
    sender: Sender | None = None
    wait: bool = False
    why: str = ""
    roster_why: str = ""  # the segment's roster was refused (its data is judged apart)


class Trust:
    def __init__(self, s: Session, ctx: AppContext, sf: SyncFile) -> None:
        self.s, self.ctx, self.sf = s, ctx, sf
        self.waiting: list[str] = []
        self.root = keys.root_of(s)
        if self.root is None:
            self._first_root()
        if self.root is not None:
            self._take_rosters(self.root)

    def _take_rosters(self, root: keys.Entry) -> None:
        """The root's latest roster in the file, then each co-signer's latest (their
        additions: offices not trusted here yet). The root reads its own roster back only for
        offices it does not know (a database restored from an older backup); its own roster
        is what it holds."""
        own_root = root.kantor_id == self.ctx.kantor_id
        latest: object = None
        cosigned: dict[str, tuple[Segment, object]] = {}
        for g in self.sf.segments:
            signed = g.meta.get("roster")
            if signed is None:
                continue
            if g.kantor_id == root.kantor_id:
                if self._signed(g, root.kunci):
                    latest = signed
            elif g.kantor_id != self.ctx.kantor_id and isinstance(signed, dict):
                cosigned[g.kantor_id] = (g, signed)
        if latest is not None:
            keys.take_roster(self.s, root, latest, only_new=own_root)
        for kantor_id, (g, signed) in cosigned.items():
            signer = keys.roster(self.s).get(kantor_id)
            if signer is not None and self._signed(g, signer.kunci):
                keys.take_cosigner_roster(self.s, root, signer, signed)

    def _signed(self, seg: Segment, public: str) -> bool:
        return seg.meta.get("kunci") == public and keys.verify(
            public, _unsigned(seg.meta), seg.meta.get("tanda")
        )

    def _first_root(self) -> None:
        """No join file: the first Dinas PMD segment that carries a roster signed by its own key
        is taken as the root (trust on first use)."""
        for g in self.sf.segments:
            m = g.meta
            pub, roster = m.get("kunci"), m.get("roster")
            if m.get("kantor_jenis") != "dinas_pmd" or not isinstance(pub, str) or not roster:
                continue
            if not isinstance(roster, dict) or "penanda" in roster:
                continue  # a co-signer's roster: never a root
            if not self._signed(g, pub) or str(m.get("wilayah", "")) != self.ctx.kabupaten_kode:
                continue
            self.root = keys.Entry(
                g.kantor_id, str(m.get("kantor_nama", ""))[:200], "dinas_pmd",
                str(m["wilayah"]), pub, keys.ROOT, "pertama",
            )  # fmt: skip
            keys.put(self.s, self.root)
            return

    def judge(self, seg: Segment) -> Verdict:
        m = seg.meta
        nama = str(m.get("kantor_nama", "kantor lain"))[:200]
        pub = m.get("kunci")
        if "tanda" not in m or not isinstance(pub, str):
            return Verdict(why=f"tidak bertanda tangan {nama} (dibuat versi aplikasi lama)")
        known = keys.roster(self.s).get(seg.kantor_id)
        if known is None or known.status == keys.WAITING:
            known = self._by_invitation(seg, pub) or known
        if known is None or known.status == keys.WAITING:
            if known is None or known.kunci != pub:
                keys.put(
                    self.s,
                    keys.Entry(
                        seg.kantor_id[:36], nama, str(m.get("kantor_jenis", ""))[:20],
                        str(m.get("wilayah", ""))[:13], pub[:64], keys.WAITING, "berkas",
                    ),
                )  # fmt: skip
            if nama not in self.waiting:
                self.waiting.append(nama)
            return Verdict(wait=True)
        if known.kunci != pub:
            return Verdict(
                why=f"kunci {nama} tidak cocok dengan daftar kantor (kiriman palsu, atau kunci "
                "kantor itu hilang dan diganti: minta Dinas memeriksanya)"
            )
        if not self._signed(seg, pub):
            return Verdict(why=f"tanda tangan {nama} tidak cocok (kiriman diubah atau palsu)")
        root = self.root is not None and known.kantor_id == self.root.kantor_id
        behalf = m.get("atas_nama")
        if root and isinstance(behalf, str) and behalf != known.kantor_id:
            # a compacted snapshot of another office's changes, written by the root: applied
            # with that office's scope, so compaction never widens what an office may change
            other = keys.roster(self.s).get(behalf)
            if other is None or other.status not in keys.TRUSTED:
                name = str(m.get("atas_nama_nama", "kantor lain"))[:200]
                if name not in self.waiting:
                    self.waiting.append(name)
                return Verdict(wait=True)
            return Verdict(Sender(other.kantor_id, other.nama, other.jenis, other.wilayah, False))
        sender = Sender(known.kantor_id, known.nama or nama, known.jenis, known.wilayah, root)
        return Verdict(sender, roster_why="" if root else self._roster_refused(seg, known))

    def _roster_refused(self, seg: Segment, known: keys.Entry) -> str:
        """Why the roster a non-root office sent is not taken ('' when it is, or when it adds
        nothing anyway: a revoked co-signer's older roster whose offices the root's roster has
        since listed)."""
        signed = seg.meta.get("roster")
        if signed is None or self.root is None:
            return ""
        if known.status == keys.COSIGNER and keys.cosigner_roster_checks(
            signed, known, self.root.kantor_id
        ):
            return ""
        added = keys.cosigner_additions(self.s, self.root, known.kantor_id, signed)
        if not added:
            return ""
        names = ", ".join(e.nama or e.kantor_id for e in added[:5])
        more = f" dan {len(added) - 5} lainnya" if len(added) > 5 else ""
        if known.status == keys.COSIGNER:
            why = f"tanda tangan daftar kantor dari {known.nama} tidak cocok"
        else:
            why = (
                f"{known.nama} bukan penanda tangan daftar kantor kabupaten ini (tidak ditunjuk "
                "Dinas, atau penunjukannya sudah dicabut)"
            )
        return (
            f"{why}; kantor yang dicantumkannya tidak dipercaya karenanya: {names}{more}. "
            "Data kiriman itu sendiri diperiksa seperti biasa."
        )

    def _by_invitation(self, seg: Segment, pub: str) -> keys.Entry | None:
        inv, m = seg.meta.get("undangan"), seg.meta
        if self.root is None or not isinstance(inv, dict) or not self._signed(seg, pub):
            return None
        body = _unsigned(inv)
        signer = self.root
        if "penanda" in body:  # made by a co-signer: it must be one here (named by the root)
            named = keys.roster(self.s).get(str(body["penanda"]))
            if named is None or named.status != keys.COSIGNER:
                return None
            signer = named
        if body.get("root") != self.root.kantor_id or not keys.verify(
            signer.kunci, body, inv.get("tanda")
        ):
            return None
        if (body.get("jenis"), body.get("wilayah")) != (m.get("kantor_jenis"), m.get("wilayah")):
            return None
        tag = ("undangan:" + str(body.get("undangan")))[:20]
        used = [e for e in keys.roster(self.s).values() if e.sumber == tag]
        if any(e.kantor_id != seg.kantor_id for e in used):
            return None  # one invitation, one office
        e = keys.Entry(
            seg.kantor_id, str(m.get("kantor_nama", ""))[:200], str(body["jenis"]),
            str(body["wilayah"]), pub, keys.APPROVED, tag,
        )  # fmt: skip
        keys.put(self.s, e)
        return e

    # -- what this office adds to its own segments ---------------------------------------
    def to_send(self, key: Ed25519PrivateKey) -> dict[str, Any]:
        out: dict[str, Any] = {"kunci": keys.public_b64(key)}
        mine = keys.signs_roster(self.s, self.ctx)
        if self.root is not None and mine is not None:
            cosigner = None if mine.status == keys.ROOT else self.ctx.kantor_id
            out["roster"] = keys.signed_roster(self.s, key, self.root.kantor_id, cosigner)
        inv = keys.invitation(self.s)
        if inv is not None:
            out["undangan"] = inv
        return out

    def _roster_hash(self, extra: dict[str, Any]) -> str:
        body = {k: v for k, v in extra["roster"].items() if k != "tanda"}
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def roster_changed(self, extra: dict[str, Any]) -> bool:
        return get_setting(self.s, _SENT + self.sf.file_id, "") != self._roster_hash(extra)

    def roster_sent(self, extra: dict[str, Any]) -> None:
        if extra.get("roster"):
            set_setting(self.s, _SENT + self.sf.file_id, self._roster_hash(extra))
