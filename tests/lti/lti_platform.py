"""A test LMS: the `lti1p3platform` package's classes served over HTTP by a small Flask app.

It signs launches with its own key and serves its JWKS, token, AGS (line items, scores) and
NRPS endpoints on 127.0.0.1 (as http://localhost:PORT, so that the tool on 127.0.0.1 is
cross-site, as an LMS and a tool are in real life). Tests steer it through attributes:
`placements`, `members`, `ags_down`, and per-launch `tweaks` that make a launch go wrong.
"""
from __future__ import annotations

import html
import itertools
import json
import threading
import time
import typing as t
from dataclasses import dataclass, field
from urllib.parse import urlencode

import jwt
from flask import Flask, Response as FlaskResponse, jsonify, redirect, request
from jwcrypto.jwk import JWK
from lti1p3platform.exceptions import LineItemNotFoundException
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.membership import Context
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request, TRequest
from lti1p3platform.score import UpdateScoreStatus
from lti1p3platform.service_connector import AssignmentsGradesService, NamesRoleProvisioningService
from werkzeug.serving import make_server

ROLES = {
    "instructor": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],
    "learner": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
}
DEPLOYMENT_ID = "deployment-1"
CLIENT_ID = "newsline-client"


def rsa_pair() -> tuple[str, str]:
    key = JWK.generate(kty="RSA", size=2048)
    return key.export_to_pem(private_key=True, password=None).decode(), key.export_to_pem().decode()


@dataclass
class Placement:
    """A link in a course (what a teacher sees in the LMS), maybe with its line item."""

    resource_link_id: str
    context_id: str = "course-1"
    context_title: str = "Year 9 English"
    title: str = "Newsline quiz"
    custom: dict[str, str] = field(default_factory=dict)
    lineitem_id: str | None = None


class FlaskRequestAdapter(Request):
    def build_metadata(self, req: t.Any) -> TRequest:
        return {"method": req.method, "form_data": req.form.to_dict(), "get_data": req.args.to_dict(),
                "headers": req.headers, "content_type": req.content_type, "path": req.path,
                "json": req.get_json(silent=True)}


class TestPlatform:
    """The LMS. `url` is its base URL; `tool_url` the tool's, set before any launch."""

    __test__ = False

    def __init__(self) -> None:
        self.private_key, self.public_key = rsa_pair()
        self.forger_key, _ = rsa_pair()            # signs "forged" launches, with the real kid
        self.tool_url = ""
        self.placements: dict[str, Placement] = {}
        self.pending: dict[str, dict[str, t.Any]] = {}
        self.lineitems: dict[str, dict[str, t.Any]] = {}
        self.scores: dict[str, list[dict[str, t.Any]]] = {}
        self.deep_link_items: list[dict[str, t.Any]] = []
        self.members: list[dict[str, t.Any]] = []
        self.ags_down = False
        self.token_requests = 0
        self.assertion_kids: list[str] = []     # kid of each client assertion the tool signed
        self._ids = itertools.count(1)
        self.app = self._make_app()
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.url = f"http://localhost:{self.server.server_port}"
        self.issuer = self.url
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "TestPlatform":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    # ------------------------------------------------------------------ registration

    def registration(self) -> Registration:
        return (Registration().set_iss(self.issuer).set_client_id(CLIENT_ID).set_deployment_id(DEPLOYMENT_ID)
                .set_oidc_login_url(f"{self.tool_url}/lti/login").set_launch_url(f"{self.tool_url}/lti/launch")
                .set_deeplink_launch_url(f"{self.tool_url}/lti/launch")
                .set_platform_public_key(self.public_key).set_platform_private_key(self.private_key)
                .set_tool_key_set_url(f"{self.tool_url}/lti/jwks"))

    def conf(self) -> LTI1P3PlatformConfAbstract:
        platform = self

        class Conf(LTI1P3PlatformConfAbstract):
            def init_platform_config(self, **kwargs: t.Any) -> None:
                pass

            def get_registration_by_params(self, **kwargs: t.Any) -> Registration:
                return platform.registration()

        conf = Conf()
        conf.get_registration()
        return conf

    def tool_registration_values(self) -> dict[str, t.Any]:
        """What an admin types into Newsline for this LMS."""
        return {"name": "Test LMS", "issuer": self.issuer, "client_id": CLIENT_ID,
                "deployment_ids": [DEPLOYMENT_ID], "auth_login_url": f"{self.url}/authorize",
                "auth_token_url": f"{self.url}/token", "key_set_url": f"{self.url}/jwks"}

    # ----------------------------------------------------------------------- launches

    def add_placement(self, custom: dict[str, str] | None = None, *, with_lineitem: bool = True,
                      **kwargs: t.Any) -> Placement:
        n = next(self._ids)
        placement = Placement(resource_link_id=f"link-{n}", custom=dict(custom or {}), **kwargs)
        if with_lineitem:
            placement.lineitem_id = self._new_lineitem({"label": placement.title, "scoreMaximum": 10,
                                                        "resourceLinkId": placement.resource_link_id})
        self.placements[placement.resource_link_id] = placement
        return placement

    def launch_start_url(self, user_id: str, role: str, placement: Placement | None = None, *,
                         deep_link: bool = False, name: str | None = None, tweaks: t.Iterable[str] = ()) -> str:
        """Where a browser goes to open a link (or the deep-linking picker) as this user."""
        hint = f"hint-{next(self._ids)}"
        self.pending[hint] = {"user_id": user_id, "role": role, "placement": placement, "deep_link": deep_link,
                              "name": name or f"{role.title()} {user_id}", "tweaks": set(tweaks)}
        return f"{self.url}/start/{hint}"

    def course_page_url(self, start_url: str) -> str:
        """A course page of the LMS showing the launch in an iframe."""
        return f"{self.url}/course?{urlencode({'start': start_url})}"

    # ------------------------------------------------------------------------------ AGS

    def _new_lineitem(self, data: dict[str, t.Any]) -> str:
        item_id = f"{self.url}/lineitems/{next(self._ids)}"
        self.lineitems[item_id] = {**data, "id": item_id}
        self.scores[item_id] = []
        return item_id

    # ------------------------------------------------------------------------------ app

    def _make_app(self) -> Flask:
        app = Flask("test_platform")
        platform = self

        class Launch(LTIAdvantageMessageLaunchAbstract):
            def render_launch_form(self, launch_data: dict[str, t.Any], **kwargs: t.Any) -> str:
                return (f'<!doctype html><html><body><form id="launch" method="post" '
                        f'action="{html.escape(launch_data["launch_url"])}">'
                        f'<input type="hidden" name="id_token" value="{html.escape(launch_data["id_token"])}">'
                        f'<input type="hidden" name="state" value="{html.escape(launch_data["state"])}">'
                        f'<button type="submit">Continue</button></form>'
                        f'<script>document.getElementById("launch").submit()</script></body></html>')

        @app.get("/jwks")
        def jwks():
            return jsonify(platform.conf().get_jwks())

        @app.get("/start/<hint>")
        def start(hint: str):
            """OIDC third-party initiated login: send the browser to the tool's login URL."""
            pending = platform.pending[hint]
            reg = platform.registration()
            target = reg.get_launch_url()
            params = {"iss": reg.get_iss(), "target_link_uri": target, "login_hint": pending["user_id"],
                      "lti_message_hint": hint, "client_id": reg.get_client_id(),
                      "lti_deployment_id": reg.get_deployment_id()}
            return redirect(f"{reg.get_oidc_login_url()}?{urlencode(params)}")

        @app.get("/course")
        def course():
            start_url = request.args["start"]
            return (f'<!doctype html><html><head><title>Course</title></head><body><h1>Year 9 English</h1>'
                    f'<iframe id="tool" title="Newsline" src="{html.escape(start_url)}" width="900" height="1400">'
                    f'</iframe></body></html>')

        @app.route("/authorize", methods=["GET", "POST"])
        def authorize():
            """The platform's OIDC authorisation endpoint: answers with the signed launch."""
            data = request.values
            pending = platform.pending.get(data.get("lti_message_hint", ""))
            if pending is None or data.get("login_hint") != pending["user_id"]:
                return "unknown login", 400
            launch = Launch(FlaskRequestAdapter(request), platform.conf())
            launch.set_user_data(pending["user_id"], ROLES[pending["role"]], full_name=pending["name"])
            placement = pending["placement"]
            context_id = placement.context_id if placement else "course-1"
            launch.set_launch_context_claim(context_id, context_title=(placement.context_title if placement
                                                                       else "Year 9 English"))
            launch.set_nrps(f"{platform.url}/contexts/{context_id}/memberships")
            if pending["deep_link"]:
                launch.set_dl(f"{platform.url}/deep_link_return", title="Add content", accept_types={"ltiResourceLink"})
            else:
                launch.set_resource_link_claim(placement.resource_link_id, title=placement.title)
                if placement.custom:
                    launch.set_custom_parameters_claim(placement.custom)
                launch.set_ags(f"{platform.url}/contexts/{context_id}/lineitems", placement.lineitem_id)
            response = launch.lti_launch()
            tweaks = pending["tweaks"]
            if tweaks:
                response = platform._tweak(response, tweaks)
            return response

        @app.post("/token")
        def token():
            platform.token_requests += 1
            platform.assertion_kids.append(jwt.get_unverified_header(request.form["client_assertion"]).get("kid"))
            try:
                return jsonify(platform.conf().get_access_token(request.form.to_dict()))
            except Exception as e:  # noqa: BLE001
                return jsonify(error="invalid_client", error_description=str(e)), 400

        def ags_service(lineitem_url: str | None = None) -> AssignmentsGradesService:
            class Service(AssignmentsGradesService):
                def find_lineitems(self, page=1, limit=None, line_item_id=None, resource_link_id=None,
                                   resource_id=None, tag=None, **kw):
                    items = [i for i in platform.lineitems.values()
                             if (resource_link_id is None or i.get("resourceLinkId") == resource_link_id)]
                    return {"content": items, "has_next": False}

                def find_lineitem(self, line_item_id):
                    if line_item_id not in platform.lineitems:
                        raise LineItemNotFoundException()
                    return platform.lineitems[line_item_id]

                def create_lineitem(self, creation_data):
                    return platform.lineitems[platform._new_lineitem(dict(creation_data))]

                def update_lineitem(self, update_data):
                    platform.lineitems[update_data["id"]].update(update_data)
                    return platform.lineitems[update_data["id"]]

                def delete_lineitem(self, line_item_id):
                    platform.lineitems.pop(line_item_id)

                def update_score(self, line_item_id, score):
                    if line_item_id not in platform.lineitems:
                        raise LineItemNotFoundException()
                    platform.scores[line_item_id].append(dict(score))
                    return UpdateScoreStatus.SUCCESS

                def get_results(self, line_item_id, page=1, limit=None, user_id=None):
                    return {"content": [], "has_next": False}

            return Service(FlaskRequestAdapter(request), platform.conf(), f"{platform.url}/lineitems", lineitem_url)

        def as_flask(resp) -> FlaskResponse:
            body = json.dumps(resp.result) if resp.result is not None else json.dumps({"message": resp.message})
            return FlaskResponse(body, status=resp.code, mimetype=resp.media_type)

        @app.route("/contexts/<context_id>/lineitems", methods=["GET", "POST"])
        def lineitems(context_id: str):
            if platform.ags_down:
                return "down for maintenance", 503
            service = ags_service()
            if request.method == "POST":
                return as_flask(service.handle_resp(service.handle_create_lineitem))
            resp = service.handle_resp(service.handle_get_lineitems)
            if resp.code == 200:
                resp.result = resp.result["content"]     # AGS: a line item container is a JSON array
            return as_flask(resp)

        @app.post("/lineitems/<int:n>/scores")
        def scores(n: int):
            if platform.ags_down:
                return "down for maintenance", 503
            item_id = f"{platform.url}/lineitems/{n}"
            service = ags_service(item_id)
            return as_flask(service.handle_resp(service.handle_update_score, line_item_id=item_id))

        @app.get("/contexts/<context_id>/memberships")
        def memberships(context_id: str):
            class Service(NamesRoleProvisioningService):
                def get_member_data_page(self, page=1, limit=None, role=None, since=None, **kw):
                    return {"content": [dict(m) for m in platform.members], "has_next": False}

                def get_context_by_id(self):
                    return Context(id=context_id, label="Y9", title="Year 9 English")

            service = Service(FlaskRequestAdapter(request), platform.conf(),
                              f"{platform.url}/contexts/{context_id}/memberships")
            return as_flask(service.handle_resp(service.handle_get_members))

        @app.post("/deep_link_return")
        def deep_link_return():
            """Place the tool's content items in the course, making a line item where asked."""
            try:
                items = platform.conf().validate_deeplinking_resp(request.form.to_dict())
            except Exception as e:  # noqa: BLE001
                return f"deep linking response refused: {e}", 400
            for item in items:
                platform.deep_link_items.append(item)
                placement = platform.add_placement(item.get("custom") or {}, with_lineitem=False,
                                                   title=item.get("title") or "Newsline")
                if item.get("lineItem"):
                    placement.lineitem_id = platform._new_lineitem(
                        {**item["lineItem"], "resourceLinkId": placement.resource_link_id})
            return f"<!doctype html><p id='placed'>Placed {len(items)} item(s).</p>"

        return app

    def _tweak(self, form_html: str, tweaks: set[str]) -> str:
        """Re-sign the launch with a fault: forged, wrong audience, expired, unknown deployment."""
        import re

        token = re.search(r'name="id_token" value="([^"]+)"', form_html).group(1)
        payload = jwt.decode(token, options={"verify_signature": False})
        header = jwt.get_unverified_header(token)
        now = int(time.time())
        if "audience" in tweaks:
            payload["aud"] = payload["azp"] = "some-other-tool"
        if "expired" in tweaks:
            payload["iat"], payload["exp"] = now - 900, now - 300
        if "deployment" in tweaks:
            payload["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = "deployment-unknown"
        key = self.forger_key if "forge" in tweaks else self.private_key
        new_token = jwt.encode(payload, key, algorithm="RS256", headers={"kid": header["kid"]})
        return form_html.replace(token, new_token)
