"""The OpenAPI document matches the API: every route described, and schemathesis finds no 5xx or drift."""
from __future__ import annotations

import os

import jsonschema_rs
import pytest
import schemathesis
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_headers_conformance,
                                               response_schema_conformance, status_code_conformance)

from classroom.apikeys import create_key
from classroom.extensions import db
from classroom.models import User

# API_FUZZ_SCALE=10 runs ten times the examples, with fresh random inputs (the default run is repeatable).
FUZZ_SCALE = int(os.environ.get("API_FUZZ_SCALE", "1"))
# `make fuzz` sets API_FUZZ_MIN_EXAMPLES=200: at least that many per operation and mode.
FUZZ_MIN_EXAMPLES = int(os.environ.get("API_FUZZ_MIN_EXAMPLES", "0"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]


@pytest.fixture
def teacher_key(app) -> str:
    with app.app_context():
        user = User(email="script@example.org", password_hash="x")
        db.session.add(user)
        _, token = create_key(user, "schemathesis")
        db.session.commit()
        return token


@pytest.fixture
def api_schema(app, lesson):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


def test_document_is_openapi_3_and_describes_every_api_route(app, client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    described = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1"):
            path = rule.rule.replace("<", "{").replace(">", "}")
            routes |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes and routes == described


def test_document_is_valid_openapi(api_schema):
    """Checked against the OpenAPI 3.1 meta-schema shipped with schemathesis (raises if not valid)."""
    api_schema.validate()
    broken = schemathesis.openapi.from_dict({"openapi": "3.1.0", "info": {"title": "x"}, "paths": {}})
    with pytest.raises(jsonschema_rs.ValidationError):      # and the check can fail: no info.version
        broken.validate()


def test_document_is_served_to_any_origin(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200 and r.headers["Access-Control-Allow-Origin"] == "*"


def _run(operation, *, headers=None, max_examples=25,
         modes=(GenerationMode.POSITIVE, GenerationMode.NEGATIVE), **fixed):
    """Generated requests (valid and invalid) for one operation, each response checked."""
    for mode in modes:
        strategy = operation.as_strategy(generation_mode=mode, **fixed)

        @given(case=strategy)
        @settings(max_examples=max(max_examples * FUZZ_SCALE, FUZZ_MIN_EXAMPLES), deadline=None, derandomize=FUZZ_SCALE == 1,
                  database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        run()


@pytest.mark.slow
def test_every_operation_conforms_under_generated_requests(app, api_schema, teacher_key):
    """Property-based: no server error, and every response matches its documented status and schema."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    # (schemathesis leaves out the document's own path.)
    assert {op.label for op in operations} == {
        "GET /api/v1/lessons", "POST /api/v1/lessons", "GET /api/v1/lessons/{slug}",
        "POST /api/v1/lessons/{slug}/attempts", "GET /api/v1/jobs/{job_id}"}
    for op in operations:
        if op.label == "POST /api/v1/lessons":
            # Each valid request runs the NLP pipeline: fewer examples, with a real key.
            _run(op, headers={"Authorization": f"Bearer {teacher_key}"}, max_examples=15)
            _run(op, max_examples=5)                                # no key: 401, documented
        elif "{job_id}" in op.path:                                  # unknown ids: 404, or 401 with no key
            _run(op, headers={"Authorization": f"Bearer {teacher_key}"}, max_examples=10)
            _run(op, max_examples=5)
        elif "{slug}" in op.path:
            _run(op)                                                # mostly unknown slugs
            if op.method.upper() == "GET":                          # the real lesson
                _run(op, max_examples=3, modes=[GenerationMode.POSITIVE], path_parameters={"slug": FAKE_SLUG})
            else:
                _run(op, path_parameters={"slug": FAKE_SLUG})
        else:
            _run(op, max_examples=5, modes=[GenerationMode.POSITIVE])   # no input to get wrong


def test_real_responses_match_their_schemas(app, api_schema, quiz_ids):
    """The successful answers, made on purpose (random data rarely reaches them), conform too."""
    get_lesson = api_schema["/api/v1/lessons/{slug}"]["GET"]
    get_lesson.Case(path_parameters={"slug": FAKE_SLUG}).call_and_validate(checks=CHECKS)
    attempts = api_schema["/api/v1/lessons/{slug}/attempts"]["POST"]
    answers = {quiz_ids[k]: v for k, v in RIGHT_ANSWERS.items()}
    case = attempts.Case(path_parameters={"slug": FAKE_SLUG}, body={"answers": answers},
                         media_type="application/json")
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code == 201 and response.json()["score"] == len(RIGHT_ANSWERS)
    listing = api_schema["/api/v1/lessons"]["GET"].Case().call_and_validate(checks=CHECKS)
    assert [x["slug"] for x in listing.json()["lessons"]] == [FAKE_SLUG]


@pytest.mark.slow
def test_created_lesson_matches_its_schema(app, api_schema, teacher_key):
    create = api_schema["/api/v1/lessons"]["POST"]
    case = create.Case(body={"text": "Mayor Ana Ruiz opened the bridge on Monday. Work began in March 2019.",
                             "title": "Bridge", "published": "2024-05-08"}, media_type="application/json")
    response = case.call_and_validate(headers={"X-API-Key": teacher_key}, checks=CHECKS)
    assert response.status_code == 201 and response.json()["events"]
