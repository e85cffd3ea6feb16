"""Real newswire articles nobody tuned on: TimeML .tml files (TempEval-3) as Newsline article files.

    python3 bench/te3_articles.py OUT_DIR ../shared/te3/AQUAINT/APW19980911.0475.tml ...

Title from <TITLE> (TimeBank files have none: give one with sed), publication date from the DCT,
body from <TEXT> with the TimeML tags taken out. Prints the word count of each."""
import html, re, sys
from pathlib import Path

def convert(path: Path) -> tuple[str, int]:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S).group(1)
    t = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    title = html.unescape(re.sub(r"<[^>]+>", "", t.group(1))).strip() if t else path.stem
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    # AQUAINT's SGML entities (&QL; &UR; ...) are layout marks, not text
    body = re.sub(r"&[A-Z]{2};", "", html.unescape(re.sub(r"<[^>]+>", "", body)))
    body = body.replace("``", "\u201c").replace("''", "\u201d")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    paras = [p for p in paras if p]
    text = f"Title: {title}\nSource: {path.stem} (TempEval-3 AQUAINT/TimeBank, newswire)\nPublished: {dct}\n\n" + "\n\n".join(paras) + "\n"
    return text, sum(len(p.split()) for p in paras)

if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for f in sys.argv[2:]:
        text, n = convert(Path(f))
        (out / (Path(f).stem + ".txt")).write_text(text, encoding="utf-8")
        print(n, Path(f).stem)
