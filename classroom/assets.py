"""Static files under content-hashed names, gzip-compressed and cached for a year (immutable).

`url_for('static', filename='js/lesson.js')` becomes `/static/js/lesson.<hash>.js`; that URL is
served compressed with `Cache-Control: public, max-age=31536000, immutable`, so a second visit
downloads no script or style at all. The plain name keeps working (revalidated, for old links).
"""
from __future__ import annotations

import gzip
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flask import Flask, Response, abort, current_app, request

IMMUTABLE = "public, max-age=31536000, immutable"
HASH_LENGTH = 12
# Worth compressing: text. Images and fonts here are already compressed or tiny.
COMPRESSIBLE = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".svg": "image/svg+xml", ".json": "application/json", ".map": "application/json"}
MIN_COMPRESS_BYTES = 1024


@dataclass(frozen=True)
class Asset:
    """One static file: its logical name, its hashed name, and its bytes (plain and gzipped)."""

    name: str
    hashed: str
    path: Path


def hashed_name(name: str, digest: str) -> str:
    """`js/lesson.js` -> `js/lesson.<digest>.js` (the digest goes before the last suffix)."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or "/" in suffix:
        return f"{name}.{digest}"
    return f"{stem}.{digest}.{suffix}"


@lru_cache(maxsize=512)
def _digest(path: str, mtime_ns: int, size: int) -> str:
    """Content hash of a file, remembered while the file is unchanged (apps are made per test)."""
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            sha.update(block)
    return sha.hexdigest()[:HASH_LENGTH]


@lru_cache(maxsize=512)
def _gzipped(path: str, mtime_ns: int, size: int) -> bytes:
    # mtime=0: the same bytes on every worker and every start, so ETags agree.
    return gzip.compress(Path(path).read_bytes(), compresslevel=9, mtime=0)


def _asset(path: Path, name: str) -> Asset:
    st = path.stat()
    return Asset(name=name, hashed=hashed_name(name, _digest(str(path), st.st_mtime_ns, st.st_size)),
                 path=path)


def build_manifest(static_folder: str) -> dict[str, Asset]:
    """Every file under static/ (dot-files aside) by its logical name."""
    root = Path(static_folder)
    manifest: dict[str, Asset] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            if filename.startswith("."):
                continue
            path = Path(dirpath) / filename
            name = path.relative_to(root).as_posix()
            manifest[name] = _asset(path, name)
    return manifest


def init_app(app: Flask) -> None:
    """Hash every static file's name in URLs and serve hashed names compressed and immutable."""
    if not app.static_folder:
        return
    app.extensions["asset_manifest"] = build_manifest(app.static_folder)
    app.extensions["asset_by_hashed"] = {a.hashed: a for a in app.extensions["asset_manifest"].values()}

    @app.url_defaults
    def hashed_static_urls(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "filename" in values:
            asset = _lookup(values["filename"])
            if asset is not None:
                values["filename"] = asset.hashed

    app.view_functions["static"] = serve_static


def _lookup(name: str) -> Asset | None:
    manifest: dict[str, Asset] = current_app.extensions.get("asset_manifest", {})
    asset = manifest.get(name)
    if asset is None or not asset.path.exists():
        return asset
    # A file edited while the app runs (development) gets a new hash, never a stale cached one.
    fresh = _asset(asset.path, name)
    if fresh.hashed != asset.hashed:
        manifest[name] = fresh
        current_app.extensions["asset_by_hashed"][fresh.hashed] = fresh
        return fresh
    return asset


def serve_static(filename: str) -> Response:
    """The static view: hashed names compressed and cached for good; plain names as Flask does."""
    asset = current_app.extensions.get("asset_by_hashed", {}).get(filename)
    if asset is None:
        return current_app.send_static_file(filename)
    try:
        st = asset.path.stat()
    except FileNotFoundError:
        abort(404)
    suffix = asset.path.suffix.lower()
    etag = asset.hashed.rsplit("/", 1)[-1]
    compress = (suffix in COMPRESSIBLE and st.st_size >= MIN_COMPRESS_BYTES
                and "gzip" in request.headers.get("Accept-Encoding", "").lower())
    if request.if_none_match.contains(etag + ("-gz" if compress else "")):
        response = Response(status=304)
    else:
        if compress:
            body = _gzipped(str(asset.path), st.st_mtime_ns, st.st_size)
        else:
            body = asset.path.read_bytes()
        response = Response(body, mimetype=None,
                            content_type=COMPRESSIBLE.get(suffix) or _guess_type(asset.path))
        if compress:
            response.headers["Content-Encoding"] = "gzip"
    response.set_etag(etag + ("-gz" if compress else ""))
    response.headers["Cache-Control"] = IMMUTABLE
    response.headers["Vary"] = "Accept-Encoding"
    return response


def _guess_type(path: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"
