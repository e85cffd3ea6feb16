"""The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request

from quizgen.model import PRECISIONS

from .api import MAX_IDEMPOTENCY_KEY
from .api_write import MAX_SOURCE, MAX_TITLE

bp = Blueprint("openapi", __name__, url_prefix="/api/v1")

API_VERSION = "1.0.0"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` or null (OpenAPI 3.1 is JSON Schema: a list of types)."""
    return {**schema, "type": [schema["type"], "null"]}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str, **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}, **extra}


def _error(description: str) -> dict[str, Any]:
    return _json(_ref("Error"), description)


STRING = {"type": "string"}
DATE = {"type": "string", "format": "date"}
ANSWER = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}

SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object", "required": ["error", "message"], "additionalProperties": False,
        "description": "The one shape of every error under /api/v1, from the views and from routing "
                       "alike: an unknown path (404), a method the path does not take (405, with an "
                       "Allow header), too large (413), rate-limited (429), server errors (500).",
        "properties": {"error": {"type": "string", "description": "The HTTP status in words, e.g. \"Not Found\"."},
                       "message": {"type": "string", "description": "What went wrong and how to fix it."}},
    },
    "LessonSummary": {
        "type": "object",
        "required": ["slug", "title", "source", "published", "events", "questions", "url", "api_url"],
        "properties": {
            "slug": STRING, "title": STRING, "source": _nullable(STRING), "published": _nullable(DATE),
            "events": {"type": "integer", "minimum": 0, "description": "Number of timeline events."},
            "questions": {"type": "integer", "minimum": 0, "description": "Number of quiz questions."},
            "url": {"type": "string", "format": "uri", "description": "The lesson page for students."},
            "api_url": {"type": "string", "format": "uri"},
        },
    },
    "LessonList": {
        "type": "object", "required": ["lessons"],
        "properties": {"lessons": {"type": "array", "items": _ref("LessonSummary")}},
    },
    "Sentence": {
        "type": "object", "required": ["id", "text", "start", "end"],
        "properties": {"id": {"type": "integer"}, "text": STRING,
                       "start": {"type": "integer", "minimum": 0, "description": "Offset into the article text."},
                       "end": {"type": "integer", "minimum": 0}},
    },
    "Event": {
        "type": "object",
        "required": ["id", "date", "date_end", "precision", "label", "time_text", "sentence_id", "future"],
        "properties": {
            "id": STRING, "date": DATE, "date_end": _nullable(DATE),
            "precision": {"type": "string", "enum": list(PRECISIONS)},
            "label": {"type": "string", "description": "A short headline for the event."},
            "time_text": {"type": "string", "description": "The words in the article that date it."},
            "sentence_id": _nullable({"type": "integer"}),
            "future": {"type": "boolean", "description": "Planned or expected, not yet happened."},
        },
    },
    "Question": {
        "type": "object", "required": ["id", "type", "prompt", "choices", "sentence_id"],
        "properties": {
            "id": STRING,
            "type": {"type": "string", "description": "multiple_choice, true_false, fill_blank, who_said, why, "
                                                      "when, order_events (more kinds may be added)."},
            "prompt": STRING,
            "choices": _nullable({"type": "array", "items": STRING}),
            "sentence_id": _nullable({"type": "integer", "description": "The evidence sentence."}),
        },
    },
    "QuestionWithAnswer": {
        "allOf": [_ref("Question"), {
            "type": "object", "required": ["answer", "accept", "explanation"],
            "properties": {"answer": ANSWER, "accept": {"type": "array", "items": STRING},
                           "explanation": STRING}}],
    },
    "BankQuestion": {
        "allOf": [_ref("QuestionWithAnswer"), {
            "type": "object", "required": ["in_quiz"],
            "properties": {"in_quiz": {"type": "boolean", "description": "In the default quiz, or only in the bank."},
                           "note": {"type": "string", "description": "Present only when there is one: why the "
                                    "question was left out of the quiz, or why it needs a look."}}}],
    },
    "Lesson": {
        "type": "object",
        "required": ["slug", "title", "published", "source", "url", "sentences", "events", "questions"],
        "properties": {
            "slug": STRING, "title": STRING, "published": _nullable(DATE), "source": _nullable(STRING),
            "url": _nullable({"type": "string", "description": "The article's original address, if known."}),
            "sentences": {"type": "array", "items": _ref("Sentence")},
            "events": {"type": "array", "items": _ref("Event"), "description": "Sorted by date."},
            "questions": {"type": "array", "items": _ref("Question"),
                          "description": "The quiz, without answers."},
        },
    },
    "NewLesson": {
        "type": "object", "required": ["text"], "additionalProperties": False,
        "properties": {
            "text": {"type": "string", "minLength": 1, "maxLength": 200_000,
                     "description": "The article as plain UTF-8 text (at most 200 KB). An optional header "
                                    "of `Title:`, `Source:`, `Published:` lines and a blank line is read."},
            "title": {"type": "string", "maxLength": MAX_TITLE},
            "published": {"type": "string", "format": "date",
                          "description": "Publication date: relative dates ('Wednesday', 'last year') "
                                         "are resolved against it. Without it they are listed as unresolved."},
            "source": {"type": "string", "maxLength": MAX_SOURCE},
        },
    },
    "CreatedLesson": {
        "type": "object",
        "required": ["slug", "title", "published", "source", "url", "sentences", "events", "questions",
                     "status", "messages", "unresolved"],
        "properties": {
            "slug": STRING, "title": STRING, "published": _nullable(DATE), "source": _nullable(STRING),
            "url": {"type": "string", "format": "uri",
                    "description": "The lesson's page (its owner can preview the draft there)."},
            "sentences": {"type": "array", "items": _ref("Sentence")},
            "events": {"type": "array", "items": _ref("Event")},
            "questions": {"type": "array", "items": _ref("BankQuestion"),
                          "description": "The whole ranked question bank, with answers."},
            "status": {"type": "string", "enum": ["draft"]},
            "messages": {"type": "array", "items": STRING,
                         "description": "Notes from the generator, e.g. that no dates were found."},
            "unresolved": {"type": "array", "items": {
                "type": "object", "required": ["text", "sentence_id", "reason"],
                "properties": {"text": STRING, "sentence_id": {"type": "integer"}, "reason": STRING}}},
        },
    },
    "AttemptAnswers": {
        "type": "object", "required": ["answers"],
        "properties": {
            "answers": {"type": "object", "description": "Question id -> answer: a choice's text, a "
                                                         "string for fill_blank, a list of labels for "
                                                         "order_events, true/false for true_false.",
                        "additionalProperties": {"oneOf": [
                            {"type": "string"}, {"type": "boolean"}, {"type": "null"},
                            {"type": "array", "items": {"type": "string"}}]}},
            "idempotency_key": {"type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY},
        },
    },
    "AttemptResult": {
        "type": "object",
        "required": ["attempt_id", "lesson", "score", "max_score", "submitted", "results"],
        "properties": {
            "attempt_id": {"type": "integer"}, "lesson": STRING,
            "score": {"type": "integer", "minimum": 0}, "max_score": {"type": "integer", "minimum": 0},
            "submitted": _nullable({"type": "string", "format": "date-time"}),
            "results": {"type": "array", "items": {
                "type": "object",
                "required": ["question_id", "correct", "your_answer", "answer", "sentence_id", "explanation"],
                "properties": {
                    "question_id": STRING, "correct": {"type": "boolean"},
                    "your_answer": {"oneOf": [{"type": "null"}, *ANSWER["oneOf"]]},
                    "answer": {"oneOf": [{"type": "null"}, *ANSWER["oneOf"]],
                               "description": "The right answer; null for a question left unanswered "
                                              "(an empty submission never reveals the answer key)."},
                    "sentence_id": _nullable({"type": "integer"}),
                    "explanation": {"type": "string", "description": "Empty for an unanswered question."}}}},
            "learner_token": {"type": "string", "description": "Only for a new guest learner: send it "
                                                                "back as `Authorization: Bearer` next time."},
        },
    },
}

SCHEMAS["Job"] = {   # a lesson being made by a worker (classroom/jobs.py)
    "type": "object",
    "required": ["id", "state", "label", "progress", "title", "created", "finished", "error", "lesson", "url"],
    "properties": {
        "id": STRING,
        "state": {"type": "string", "enum": ["queued", "parsing", "dates", "questions", "done", "failed"]},
        "label": {"type": "string", "description": "The state in words."},
        "progress": {"type": "object", "required": ["step", "of", "steps"], "properties": {
            "step": {"type": "integer", "minimum": 0, "description": "1-based among steps; 0 when failed."},
            "of": {"type": "integer"}, "steps": {"type": "array", "items": STRING}}},
        "title": STRING,
        "created": _nullable({"type": "string", "format": "date-time"}),
        "finished": _nullable({"type": "string", "format": "date-time"}),
        "error": _nullable({"type": "string", "description": "Why it failed, in plain words."}),
        "lesson": {"oneOf": [{"type": "null"}, {"type": "object", "required": ["id", "slug", "status", "url"],
                                                "properties": {"id": {"type": "integer"}, "slug": STRING,
                                                               "status": STRING, "url": STRING,
                                                               "review_url": STRING}}]},
        "url": STRING,
    },
}

SLUG_PARAMETER = {"name": "slug", "in": "path", "required": True,
                  "schema": {"type": "string", "minLength": 1, "maxLength": 120}}


def _paths() -> dict[str, Any]:
    return {
        "/api/v1/lessons": {
            "get": {
                "operationId": "listLessons", "summary": "Published lessons", "tags": ["lessons"],
                "responses": {"200": _json(_ref("LessonList"), "Published lessons, newest first.")},
            },
            "post": {
                "operationId": "createLesson", "tags": ["lessons"],
                "summary": "Queue a draft lesson from an article",
                "description": "Queues the article for the quizgen engine; a worker stores the result as a "
                               "draft owned by the key's teacher, to review and publish on the site. Answers "
                               "202 with the job (follow `Location`); with `?wait=N` waits up to N seconds "
                               "and answers 201 with the lesson, or 422, as a synchronous call would. The "
                               "same article sent again by the same teacher gives the same job and lesson. "
                               "Rate-limited per key (10 per minute, 200 per day by default) and per "
                               "teacher across all keys and the web form.",
                "security": [{"ApiKeyBearer": []}, {"ApiKeyHeader": []}],
                "parameters": [{"name": "wait", "in": "query", "required": False,
                                "description": "Seconds to wait for the lesson (0 to 120).",
                                "schema": {"type": "number", "minimum": 0, "maximum": 120}}],
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": _ref("NewLesson")}}},
                "responses": {
                    "201": _json(_ref("CreatedLesson"), "The draft lesson, with its whole question bank.",
                                 headers={"Location": {"description": "The lesson's page.",
                                                       "schema": {"type": "string"}}}),
                    "202": _json(_ref("Job"), "Queued (or already made): the job to follow.",
                                 headers={"Location": {"description": "The job: GET /api/v1/jobs/{job_id}.",
                                                       "schema": {"type": "string"}}}),
                    "400": _error("The body is not a JSON object with the right fields."),
                    "401": _error("No API key, or one that is unknown or revoked."),
                    "413": _error("The article (or the request) is too large."),
                    "415": _error("The body is not sent as application/json."),
                    "422": _error("The article cannot be used (for example, it has no sentences)."),
                    "429": _error("Too many requests with this key, or too many lessons for this "
                                  "teacher; wait and retry (see Retry-After)."),
                    "503": _error("The lesson queue cannot be reached; nothing was started."),
                },
            },
        },
        "/api/v1/jobs/{job_id}": {
            "get": {
                "operationId": "getJob", "tags": ["lessons"],
                "summary": "A lesson job: state, progress, the lesson when done, the error when failed",
                "security": [{"ApiKeyBearer": []}, {"ApiKeyHeader": []}],
                "parameters": [{"name": "job_id", "in": "path", "required": True,
                                "schema": {"type": "string", "minLength": 1, "maxLength": 200}}],
                "responses": {
                    "200": _json(_ref("Job"), "The job."),
                    "401": _error("No API key, or one that is unknown or revoked."),
                    "404": _error("No job with this id belongs to the key's teacher."),
                },
            },
        },
        "/api/v1/lessons/{slug}": {
            "get": {
                "operationId": "getLesson", "tags": ["lessons"],
                "summary": "A published lesson: sentences, timeline, quiz (without answers)",
                "parameters": [SLUG_PARAMETER],
                "responses": {"200": _json(_ref("Lesson"), "The lesson JSON (with ETag and Last-Modified)."),
                              "304": {"description": "Not modified: the copy named by If-None-Match or "
                                                     "If-Modified-Since is current."},
                              "404": _error("No published lesson has this slug.")},
            },
        },
        "/api/v1/lessons/{slug}/attempts": {
            "post": {
                "operationId": "submitAttempt", "tags": ["attempts"],
                "summary": "Mark a learner's answers to the lesson's quiz and store them",
                "description": "Without a learner token a new guest learner is created and its token "
                               "returned. The same Idempotency-Key returns the first result again.",
                "parameters": [SLUG_PARAMETER, {
                    "name": "Idempotency-Key", "in": "header", "required": False,
                    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY}}],
                "security": [{}, {"LearnerToken": []}],
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": _ref("AttemptAnswers")}}},
                "responses": {
                    "200": _json(_ref("AttemptResult"), "A retry: the attempt stored the first time."),
                    "201": _json(_ref("AttemptResult"), "The marked attempt."),
                    "400": _error("Bad body, unknown question id, or an answer of the wrong kind."),
                    "401": _error("The learner token is not known here (send none to start as a new guest)."),
                    "404": _error("No published lesson has this slug."),
                    "415": _error("The body is not sent as application/json."),
                    "429": _error("Too many submissions from this address without a learner token."),
                },
            },
        },
        "/api/v1/openapi.json": {
            "get": {
                "operationId": "getOpenApi", "tags": ["meta"], "summary": "This document",
                "responses": {"200": _json({"type": "object"}, "The OpenAPI 3.1 description of /api/v1.")},
            },
        },
    }


def openapi_document(server_url: str | None = None) -> dict[str, Any]:
    """The whole document; `server_url` is where this app answers (the request's host)."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "Newsline API", "version": API_VERSION,
            "description": "News articles as lessons: timelines of dated events and comprehension "
                           "quizzes. Reading published lessons and submitting quiz attempts needs no "
                           "key; creating lessons needs a teacher's API key. Every error under /api/v1, routing "
                           "errors (unknown path 404, wrong method 405) included, is the same JSON "
                           'object: {"error": "<HTTP status in words>", "message": "<what to do>"} '
                           "(components/schemas/Error). Lesson documents carry ETag and Last-Modified; "
                           "send If-None-Match or If-Modified-Since to get 304 Not Modified.",
        },
        "paths": _paths(),
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "ApiKeyBearer": {"type": "http", "scheme": "bearer",
                                 "description": "A teacher's API key (nl_...), from /account/api-keys."},
                "ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "LearnerToken": {"type": "http", "scheme": "bearer",
                                 "description": "The learner_token returned by the first attempt."},
            },
        },
        "tags": [{"name": "lessons"}, {"name": "attempts"}, {"name": "meta"}],
    }
    if server_url:
        doc["servers"] = [{"url": server_url.rstrip("/") or "/"}]
    return doc


@bp.get("/openapi.json")
def document():
    """Serve the document (readable from any origin, so API tools in a browser can load it)."""
    response = jsonify(openapi_document(request.host_url))
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
