"""A hello-world Flask app: the ceiling bench/web.py compares Newsline's pages against."""
from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "Hello, world!"
