"""Writes sv_freq.txt.gz: the 100,000 most frequent Swedish words with their Zipf frequency (wordfreq 3.x data,
CC BY-SA 4.0: https://github.com/rspeer/wordfreq). Run once by a developer (``pip install wordfreq``); the product reads
the file, never wordfreq. Used to choose between readings the word list allows equally (ingest.glyphs: "e?er" is
"efter", not "etter")."""

import gzip
from pathlib import Path

import wordfreq

words = wordfreq.top_n_list("sv", 100_000)
lines = [f"{w}\t{wordfreq.zipf_frequency(w, 'sv'):.2f}" for w in words if w.isalpha()]
(Path(__file__).parent / "sv_freq.txt.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8"), mtime=0))
print(len(lines), "words")
