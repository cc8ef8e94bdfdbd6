"""Each office's own key pair (Ed25519), the roster of trusted offices, invitations.

The private key lives in a key file beside the database (``<database>.kunci``), readable only
by its owner (0600), never in the database, its backups or the central file. The same file
holds the old QR secret (HMAC) that codes printed before signatures existed still need. Losing
the file loses nothing of the data: a new key is made, and the Dinas approves the office again
(its new key) on the Sinkronisasi page or with ``kantor setujui``; cards printed with the old
key then read "kantor tidak dikenal" until reprinted (see README, "Kunci kantor").

Trust: the root is the Dinas PMD of the kabupaten (it is its own root; other offices learn its
key from their join file, or, without one, from the first Dinas PMD segment they read). The
root signs the roster (office id, kind, area, public key) that travels in its segments, and the
invitations (join files) it makes for new offices. An office that is neither in the roster nor
invited waits until a Dinas operator approves it (``menunggu``).

Co-signers: the root may name an approved kabupaten-level office (a Disnakertrans beside the
Dinas PMD) a co-signer (``penanda``) of the roster; the root's signed roster marks its entry
``"penanda": true``. A co-signer does what the root does for the roster except changing the
root or naming co-signers: it makes join files and approves offices, and signs its own roster
(``"penanda": its id``) whose entries other offices add to theirs as long as the root's roster
names it a co-signer. Its additions only add offices not trusted yet; they never change an
entry (a key, a status) that is already trusted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.access import require_admin
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync.checks import KABUPATEN_KINDS
from jamsostek_desk.store.files import atomic_output
from jamsostek_desk.store.models import utcnow
from jamsostek_desk.store.settings import get_setting, set_setting
from jamsostek_desk.store.sync_models import SyncKantor

KEY_SUFFIX = ".kunci"
INVITATION = "sync_undangan"  # setting: this office's invitation (JSON), sent in its segments
ROOT_ROSTER = "sync_daftar_akar"  # setting: the root's signed roster last taken (JSON)
ROOT, COSIGNER, APPROVED, WAITING = "root", "penanda", "disetujui", "menunggu"
TRUSTED = (ROOT, COSIGNER, APPROVED)  # offices whose segments and codes are trusted
JOIN_FORMAT = 1


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def public_b64(key: Ed25519PrivateKey) -> str:
    return b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def fingerprint(public: str) -> str:
    """What an operator compares by eye: 4 groups of 4 hex digits of the key's SHA-256."""
    digest = hashlib.sha256(base64.b64decode(public)).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign(key: Ed25519PrivateKey, obj: Any) -> str:
    return b64(key.sign(canonical(obj)))


def verify(public: str, obj: Any, signature: object) -> bool:
    try:
        pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(public))
        pub.verify(base64.b64decode(str(signature)), canonical(obj))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def verify_raw(public: str, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).verify(signature, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# -- the key file ------------------------------------------------------------------------
def key_path(ctx: AppContext) -> Path:
    return key_path_at(Path(ctx.db.path))


def key_path_at(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def _read_keyfile(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        raise UserError(
            f"Berkas kunci kantor {path} tidak bisa dibaca ({e}). Pulihkan berkas itu dari "
            "salinannya, atau pindahkan ke tempat lain agar kunci baru dibuat (lalu minta Dinas "
            "menyetujui kantor ini lagi)."
        ) from e
    return data if isinstance(data, dict) else {}


def _write_keyfile(path: Path, data: dict[str, Any]) -> None:
    """Atomic, and readable only by its owner before any secret is written into it."""
    write_private(path, json.dumps(data), "Berkas kunci kantor")


def write_private(path: Path, text: str, what: str) -> None:
    """``text`` into ``path`` atomically, the file readable by its owner only (0600)."""
    with atomic_output(path, what) as tmp:
        tmp.chmod(0o600)
        tmp.write_text(text, encoding="utf-8")


def office_key(ctx: AppContext) -> Ed25519PrivateKey:
    """This office's private key (made the first time it is needed)."""
    return office_key_at(Path(ctx.db.path), ctx.kantor_id)


def office_key_at(db_path: Path, kantor_id: str) -> Ed25519PrivateKey:
    path = key_path_at(db_path)
    data = _read_keyfile(path)
    raw = data.get("ed25519")
    if isinstance(raw, str) and data.get("kantor_id") == kantor_id:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw))
    key = Ed25519PrivateKey.generate()
    data.update(kantor_id=kantor_id, ed25519=b64(key.private_bytes_raw()))
    _write_keyfile(path, data)
    return key


def stored_secret_at(db_path: Path, name: str) -> bytes | None:
    raw = _read_keyfile(key_path_at(db_path)).get(name)
    return base64.b64decode(raw) if isinstance(raw, str) else None


def store_secret_at(db_path: Path, name: str, value: bytes) -> None:
    path = key_path_at(db_path)
    data = _read_keyfile(path)
    data[name] = b64(value)
    _write_keyfile(path, data)


# -- the roster ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    kantor_id: str
    nama: str
    jenis: str
    wilayah: str
    kunci: str
    status: str
    sumber: str

    @property
    def sidik(self) -> str:
        return fingerprint(self.kunci)


def _entry(k: SyncKantor) -> Entry:
    return Entry(k.kantor_id, k.nama, k.jenis, k.wilayah_kode, k.kunci, k.status, k.sumber)


def roster(s: Session) -> dict[str, Entry]:
    return {k.kantor_id: _entry(k) for k in s.execute(select(SyncKantor)).scalars()}


def put(s: Session, e: Entry) -> None:
    row = s.get(SyncKantor, e.kantor_id)
    if row is None:
        s.add(
            SyncKantor(
                kantor_id=e.kantor_id,
                nama=e.nama[:200],
                jenis=e.jenis,
                wilayah_kode=e.wilayah,
                kunci=e.kunci,
                status=e.status,
                sumber=e.sumber,
            )
        )
    else:
        row.nama, row.jenis, row.wilayah_kode = e.nama[:200], e.jenis, e.wilayah
        row.kunci, row.status, row.sumber, row.waktu = e.kunci, e.status, e.sumber, utcnow()


def root_of(s: Session) -> Entry | None:
    return next((e for e in roster(s).values() if e.status == ROOT), None)


def ensure_self(s: Session, ctx: AppContext) -> Ed25519PrivateKey:
    """This office's key, and its own roster entry (the root's, for a Dinas PMD with no other
    root known)."""
    key = office_key(ctx)
    pub = public_b64(key)
    root = root_of(s)
    mine = s.get(SyncKantor, ctx.kantor_id)
    if (root is None and ctx.kantor_jenis == "dinas_pmd") or (
        root is not None and root.kantor_id == ctx.kantor_id
    ):
        status = ROOT
    elif mine is not None and mine.status == COSIGNER and mine.kunci == pub:
        status = COSIGNER  # named by the root's roster (take_roster), with this very key
    else:
        status = APPROVED
    if mine is None or mine.kunci != pub or mine.status != status:
        put(
            s,
            Entry(
                ctx.kantor_id,
                ctx.kantor_nama,
                ctx.kantor_jenis,
                ctx.wilayah_kode,
                pub,
                status,
                "sendiri",
            ),
        )
    return key


def signed_roster(
    s: Session, key: Ed25519PrivateKey, root_id: str, cosigner: str | None = None
) -> dict[str, Any]:
    """The roster as the root signs it: every trusted office with its key, co-signers marked
    ``"penanda": true``. Signed by a co-signer (``cosigner``: its id), the same list without
    marks: what it adds to the roster (it never names co-signers)."""
    entries = []
    for e in roster(s).values():
        if e.status not in TRUSTED:
            continue
        d: dict[str, Any] = {
            "kantor_id": e.kantor_id,
            "nama": e.nama,
            "jenis": e.jenis,
            "wilayah": e.wilayah,
            "kunci": e.kunci,
        }
        if e.status == COSIGNER and cosigner is None:
            d["penanda"] = True
        entries.append(d)
    entries.sort(key=lambda d: d["kantor_id"])
    body: dict[str, Any] = {"root": root_id, "kantor": entries}
    if cosigner is not None:
        body["penanda"] = cosigner
    return {**body, "tanda": sign(key, body)}


def _roster_body(signed: object, signer: Entry, root_id: str) -> dict[str, Any] | None:
    """The body of a roster ``signer`` signed for the root ``root_id`` (None: it does not
    check)."""
    if not isinstance(signed, dict):
        return None
    body = {k: v for k, v in signed.items() if k != "tanda"}
    if body.get("root") != root_id or not verify(signer.kunci, body, signed.get("tanda")):
        return None
    if signer.kantor_id != root_id and body.get("penanda") != signer.kantor_id:
        return None
    if signer.kantor_id == root_id and "penanda" in body:
        return None  # the root's own roster names no signer besides the root
    kantor = body.get("kantor")
    return body if isinstance(kantor, list) else None


def _listed(d: object, status: str, sumber: str) -> Entry | None:
    if not isinstance(d, dict):
        return None
    try:
        return Entry(
            str(d["kantor_id"])[:36], str(d.get("nama", ""))[:200], str(d["jenis"])[:20],
            str(d["wilayah"])[:13], str(d["kunci"])[:64], status, sumber,
        )  # fmt: skip
    except KeyError:
        return None


def take_roster(s: Session, root: Entry, signed: object, only_new: bool = False) -> None:
    """Trust the offices of a roster the root signed (a wrong signature: ignored). Its marks
    name the co-signers (an office it lists unmarked is no co-signer, or no longer one).
    ``only_new``: add offices not known here, change nothing else (the root reading its own
    older roster back from the file)."""
    body = _roster_body(signed, root, root.kantor_id)
    if body is None:
        return
    if not only_new:
        set_setting(s, ROOT_ROSTER, json.dumps(signed))  # what a co-signer's join files carry
    have = roster(s)
    for d in body["kantor"]:
        if not isinstance(d, dict) or d.get("kantor_id") == root.kantor_id:
            continue
        named = d.get("penanda") is True and d.get("jenis") in KABUPATEN_KINDS
        status = COSIGNER if named else APPROVED
        e = _listed(d, status, "roster")
        if e is None:
            continue
        old = have.get(e.kantor_id)
        if old is not None and (old.status == ROOT or only_new):
            continue
        if old != e:
            put(s, e)


def cosigner_additions(s: Session, root: Entry, signer_id: str, signed: object) -> list[Entry]:
    """The offices a co-signer's roster lists that are not trusted here yet (whether or not
    the signer is a co-signer here: see ``take_cosigner_roster``)."""
    if not isinstance(signed, dict) or not isinstance(signed.get("kantor"), list):
        return []
    have = roster(s)
    out = []
    for d in signed["kantor"]:
        e = _listed(d, APPROVED, "penanda")
        if e is None or e.kantor_id in (root.kantor_id, signer_id):
            continue
        old = have.get(e.kantor_id)
        if old is None or old.status not in TRUSTED:
            out.append(e)
    return out


def cosigner_roster_checks(signed: object, signer: Entry, root_id: str) -> bool:
    """``signer`` is a co-signer here and ``signed`` is its roster, signed with its key."""
    return signer.status == COSIGNER and _roster_body(signed, signer, root_id) is not None


def take_cosigner_roster(s: Session, root: Entry, signer: Entry, signed: object) -> bool:
    """Add the offices a co-signer's roster lists that are not trusted here yet. False when
    it does not check: ``signer`` is no co-signer here (never named, or revoked by the root's
    roster), or the signature is wrong. It never changes the root, a co-signer, or an office
    already trusted (its key and status stay as the root's roster has them)."""
    if not cosigner_roster_checks(signed, signer, root.kantor_id):
        return False
    for e in cosigner_additions(s, root, signer.kantor_id, signed):
        put(s, e)
    return True


def signs_roster(s: Session, ctx: AppContext) -> Entry | None:
    """This office's entry when it may sign the roster here (the root or a co-signer)."""
    mine = roster(s).get(ctx.kantor_id)
    return mine if mine is not None and mine.status in (ROOT, COSIGNER) else None


# -- invitations and joining ----------------------------------------------------------------
_NOT_SIGNER = (
    "Hanya Dinas PMD yang memegang daftar kantor kabupaten ini, atau kantor yang ditunjuknya "
    "sebagai penanda tangan daftar kantor, yang dapat {what}."
)


def _as_dict(e: Entry) -> dict[str, str]:
    return {"kantor_id": e.kantor_id, "nama": e.nama, "jenis": e.jenis, "wilayah": e.wilayah,
            "kunci": e.kunci}  # fmt: skip


def invite(
    ctx: AppContext, wilayah: str, jenis: str | None = None, passphrase: str = ""
) -> dict[str, Any]:
    """A join file's content for a new office of ``wilayah`` (the root or a co-signer only;
    its Admin: the file carries the sync passphrase).

    A co-signer's invitation names it (``"penanda"``) and is signed with its key; the join
    file then carries the root's signed roster that names it a co-signer, so the new office
    can check it, and the co-signer's own roster."""
    require_admin(ctx, "mengundang kantor")
    ref = load_wilayah()
    region = ref.get(wilayah)
    if region is None or region.level not in (2, 4):
        raise UserError(f"Kode wilayah {wilayah} tidak dikenal (pakai kode desa atau kabupaten).")
    if not (wilayah == ctx.kabupaten_kode or wilayah.startswith(ctx.kabupaten_kode + ".")):
        raise UserError(f"{ref.label(wilayah)} berada di luar kabupaten/kota kantor ini.")
    if jenis is None:
        jenis = "desa" if region.level == 4 else "disnakertrans"
    if (jenis == "desa") != (region.level == 4):
        raise UserError("Kantor desa memakai kode desa; kantor kabupaten memakai kode kabupaten.")
    with ctx.db.session() as s:
        key = ensure_self(s, ctx)
        root = root_of(s)
        mine = signs_roster(s, ctx)
        if root is None or mine is None:
            raise UserError(_NOT_SIGNER.format(what="membuat undangan"))
        body: dict[str, Any] = {
            "undangan": str(uuid.uuid4()),
            "jenis": jenis,
            "wilayah": wilayah,
            "root": root.kantor_id,
            "dibuat": utcnow().isoformat(timespec="seconds") + "Z",
        }
        out: dict[str, Any] = {"format": JOIN_FORMAT, "jenis_berkas": "undangan-jamsostek-desk"}
        if mine.status == ROOT:
            daftar: object = signed_roster(s, key, ctx.kantor_id)
        else:
            body["penanda"] = ctx.kantor_id
            daftar = json.loads(get_setting(s, ROOT_ROSTER, "null"))
            out["daftar_penanda"] = signed_roster(s, key, root.kantor_id, ctx.kantor_id)
        return {
            **out,
            "root": _as_dict(root),  # the root itself: its entry as ensure_self wrote it
            "undangan": {**body, "tanda": sign(key, body)},
            "kata_sandi": passphrase,
            "daftar": daftar,
        }


def read_join_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UserError(f"Berkas undangan {path} tidak bisa dibaca ({e}).") from e
    if not isinstance(data, dict) or data.get("jenis_berkas") != "undangan-jamsostek-desk":
        raise UserError(f"{path} bukan berkas undangan Jamsostek Desk.")
    if int(data.get("format", 0)) > JOIN_FORMAT:
        raise UserError("Berkas undangan dibuat oleh versi aplikasi yang lebih baru.")
    return data


def _join_root(data: dict[str, Any]) -> Entry | None:
    return _listed(data.get("root"), ROOT, "undangan")


def cosigner_in(signed: object, root: Entry, kantor_id: object) -> Entry | None:
    """The co-signer ``kantor_id`` as the root's signed roster ``signed`` names it (None: the
    roster does not check or does not name it a co-signer)."""
    body = _roster_body(signed, root, root.kantor_id)
    for d in body["kantor"] if body is not None else []:
        if (
            isinstance(d, dict)
            and d.get("kantor_id") == kantor_id
            and d.get("penanda") is True
            and d.get("jenis") in KABUPATEN_KINDS
        ):
            return _listed(d, COSIGNER, "roster")
    return None


def check_join(data: dict[str, Any], jenis: str, wilayah: str) -> None:
    """The join file is signed by its root (or a co-signer the root's roster in it names) and
    made for an office of this kind and area."""
    root, inv = _join_root(data), data.get("undangan")
    if root is None or not isinstance(inv, dict):
        raise UserError("Berkas undangan tidak lengkap.")
    body = {k: v for k, v in inv.items() if k != "tanda"}
    signer = root
    if "penanda" in body:
        named = cosigner_in(data.get("daftar"), root, body["penanda"])
        if named is None:
            raise UserError(
                "Berkas undangan ini dibuat oleh kantor yang tidak tercatat sebagai penanda "
                "tangan di daftar kantor yang ditandatangani Dinas. Minta undangan dari Dinas."
            )
        signer = named
    if body.get("root") != root.kantor_id or not verify(signer.kunci, body, inv.get("tanda")):
        raise UserError("Tanda tangan berkas undangan tidak cocok: berkas ini diubah.")
    if (body.get("jenis"), body.get("wilayah")) != (jenis, wilayah):
        ref = load_wilayah()
        raise UserError(
            f"Undangan ini untuk {ref.label(str(body.get('wilayah')))} ({body.get('jenis')}), "
            f"bukan untuk kantor ini ({ref.label(wilayah)}, {jenis})."
        )


def join(ctx: AppContext, data: dict[str, Any]) -> None:
    """Take a join file at set-up: its root is trusted, its invitation goes in every segment."""
    check_join(data, ctx.kantor_jenis, ctx.wilayah_kode)
    root, inv = _join_root(data), data["undangan"]
    assert root is not None  # checked above
    with ctx.db.session() as s:
        put(s, root)
        set_setting(s, INVITATION, json.dumps(inv))
        if data.get("kata_sandi"):  # kept beside the private key (0600), never in the database
            store_secret_at(Path(ctx.db.path), "kata_sandi", str(data["kata_sandi"]).encode())
        ensure_self(s, ctx)
        take_roster(s, root, data.get("daftar"))
        signer = roster(s).get(str(inv.get("penanda")))
        if signer is not None:
            take_cosigner_roster(s, root, signer, data.get("daftar_penanda"))


def invitation(s: Session) -> dict[str, Any] | None:
    raw = get_setting(s, INVITATION, "")
    return json.loads(raw) if raw else None


def _find(s: Session, kantor_id: str) -> Entry:
    want = kantor_id.strip().lower()
    matches = [
        e
        for e in roster(s).values()
        if len(want) >= 6 and (e.kantor_id.startswith(want) or e.kantor_id.endswith(want))
    ]
    if len(matches) != 1:
        raise UserError(f"Kantor dengan id {kantor_id} tidak ada di daftar (lihat kantor list).")
    return matches[0]


def approve(ctx: AppContext, kantor_id: str) -> Entry:
    """The root or a co-signer approves an office seen in the central file (its key as seen);
    office approval is the Admin's."""
    require_admin(ctx, "menyetujui kantor")
    with ctx.db.session() as s:
        ensure_self(s, ctx)
        if root_of(s) is None or signs_roster(s, ctx) is None:
            raise UserError(_NOT_SIGNER.format(what="menyetujui kantor"))
        e = _find(s, kantor_id)
        if e.status != WAITING:
            raise UserError(f"{e.nama} sudah disetujui.")
        done = Entry(e.kantor_id, e.nama, e.jenis, e.wilayah, e.kunci, APPROVED, "setuju")
        put(s, done)
        return done


def name_cosigner(ctx: AppContext, kantor_id: str, revoke: bool = False) -> Entry:
    """The root names an approved kabupaten-level office a co-signer of the roster (or, with
    ``revoke``, takes that back). The root's next segment carries the change in its roster.
    The Admin's, like approving offices."""
    require_admin(ctx, "menunjuk penanda tangan daftar kantor")
    with ctx.db.session() as s:
        ensure_self(s, ctx)
        root = root_of(s)
        if root is None or root.kantor_id != ctx.kantor_id:
            raise UserError(
                "Hanya Dinas PMD yang memegang daftar kantor kabupaten ini (akar daftar) yang "
                "dapat menunjuk atau mencabut penanda tangan daftar kantor."
            )
        e = _find(s, kantor_id)
        if revoke:
            if e.status != COSIGNER:
                raise UserError(f"{e.nama} bukan penanda tangan daftar kantor.")
            status, sumber = APPROVED, "dicabut"
        else:
            if e.kantor_id == ctx.kantor_id or e.status == ROOT:
                raise UserError(f"{e.nama} adalah pemegang daftar kantor (akar) itu sendiri.")
            if e.status == COSIGNER:
                raise UserError(f"{e.nama} sudah menjadi penanda tangan daftar kantor.")
            if e.status != APPROVED:
                raise UserError(
                    f"{e.nama} belum disetujui. Setujui dulu (periksa sidik kuncinya), lalu "
                    "jadikan penanda tangan."
                )
            if e.jenis not in KABUPATEN_KINDS or e.wilayah != ctx.kabupaten_kode:
                raise UserError(
                    f"{e.nama} bukan kantor tingkat kabupaten/kota ini. Hanya kantor kabupaten "
                    "(mis. Disnakertrans) yang dapat menjadi penanda tangan daftar kantor."
                )
            status, sumber = COSIGNER, "penanda"
        done = Entry(e.kantor_id, e.nama, e.jenis, e.wilayah, e.kunci, status, sumber)
        put(s, done)
        return done


def entries(ctx: AppContext) -> list[Entry]:
    with ctx.db.session() as s:
        order = {ROOT: 0, COSIGNER: 1, APPROVED: 2, WAITING: 3}
        return sorted(roster(s).values(), key=lambda e: (order.get(e.status, 4), e.nama))


def joined_passphrase(ctx: AppContext) -> str:
    """The central file's passphrase that came with the join file (empty: none)."""
    raw = stored_secret_at(Path(ctx.db.path), "kata_sandi")
    return raw.decode() if raw else ""
